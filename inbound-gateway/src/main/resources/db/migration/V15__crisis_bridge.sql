-- The crisis bridge (docs/bridge.md): who was invited to an incident's bridge (from NotificationRequested with
-- bridge: true), who joined and left it (Twilio's conference status callbacks), and the calls operators rang.
create table bridge_members (
    notification_id uuid primary key,
    incident_id     uuid        not null,
    person_id       uuid        not null,
    employee_id     text,
    employee_digits text,
    display_name    text,
    locale          text,
    phone           text,
    created_at      timestamptz not null default now()
);

create index bridge_members_by_incident on bridge_members (incident_id, person_id, created_at);

-- Every participant-join / participant-leave of a bridge call, once per call and event (a repeated callback
-- changes nothing).
create table bridge_events (
    id             bigserial   primary key,
    incident_id    uuid        not null,
    person_id      uuid        not null,
    call_sid       text        not null,
    conference_sid text        not null,
    event          text        not null,
    occurred_at    timestamptz not null,
    received_at    timestamptz not null default now(),
    unique (call_sid, event)
);

create index bridge_events_by_incident on bridge_events (incident_id, occurred_at);

-- Members rung into a bridge by an operator, one per request key: the same key again rings nobody.
create table bridge_ring_ins (
    request_key  text        primary key,
    incident_id  uuid        not null,
    person_id    uuid        not null,
    requested_by text        not null,
    call_sid     text,
    requested_at timestamptz not null default now()
);

-- The hotline offers the bridge to a caller whose request in the incident carried it.
alter table hotline_requests add column bridge boolean not null default false;
