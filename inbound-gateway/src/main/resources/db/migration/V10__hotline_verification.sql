-- A caller the hotline does not recognise by their own number proves who they are (docs/hotline.md) with the
-- hotline PIN the incident-service publishes (HotlinePinChanged: a bcrypt hash, never the PIN) or, when enabled,
-- the reply code of their alert.
create table hotline_pins (
    person_id  uuid primary key,
    pin_hash   text        not null,
    changed_at timestamptz not null,
    event_id   uuid        not null
);

alter table hotline_requests add column reply_code text;

-- Failed proofs, counted per claimed person and per calling number over a window: once a key reaches its limit,
-- every proof for it is refused until the window ends, right or wrong (so guessing is slow on every instance).
create table hotline_verification_failures (
    key               text primary key,
    failures          integer     not null,
    window_started_at timestamptz not null,
    last_failed_at    timestamptz not null
);

-- Whom a caller claimed to be (by employee id) and how the person they were identified as was proven.
alter table hotline_calls
    add column claimed_person_id uuid,
    add column verified_by       text;

-- A message left by a caller who claimed to be someone and could not prove it: flagged, never attributed.
alter table hotline_messages add column claimed_person_id uuid;
