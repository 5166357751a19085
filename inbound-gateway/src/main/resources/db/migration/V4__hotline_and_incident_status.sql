-- The incidents the gateway has heard of on the incident topic: whether they are closed and their latest
-- internal status update, for the call-in hotline and the answer page.
create table known_incidents (
    incident_id        uuid primary key,
    title              text,
    exercise           boolean     not null default false,
    declared_at        timestamptz,
    closed_at          timestamptz,
    latest_update_id   uuid,
    latest_update_text text,
    latest_update_at   timestamptz
);

-- The hotline's own copy of who was asked what (from NotificationRequested): it finds a caller by number or by
-- employee id, and the caller's latest request of each incident.
create table hotline_requests (
    notification_id uuid primary key,
    incident_id     uuid        not null,
    person_id       uuid        not null,
    employee_id     text,
    employee_digits text,
    phone           text,
    display_name    text,
    subject         text,
    locale          text,
    exercise        boolean     not null default false,
    expires_at      timestamptz,
    created_at      timestamptz not null default now()
);

create index hotline_requests_by_phone on hotline_requests (phone, created_at);
create index hotline_requests_by_employee on hotline_requests (employee_digits, created_at);
create index hotline_requests_by_person on hotline_requests (person_id, incident_id, created_at);

-- Every hotline call: who called (the number as Twilio gave it) and whom we identified.
create table hotline_calls (
    call_sid      text primary key,
    caller_number text        not null,
    person_id     uuid,
    started_at    timestamptz not null default now()
);

-- Every keypad webhook of a hotline call as received; the unique key turns a replay into a no-op.
create table hotline_log (
    id          bigserial   primary key,
    received_at timestamptz not null default now(),
    call_sid    text        not null,
    step        text        not null,
    params      jsonb       not null,
    outcome     text,
    reply       text,
    unique (call_sid, step)
);

-- Every recorded message. Those of identified callers are published (HotlineMessageRecorded); those of callers
-- we could not identify stay here (incident_id null) for operators.
create table hotline_messages (
    recording_sid    text primary key,
    call_sid         text        not null,
    caller_number    text,
    person_id        uuid,
    incident_id      uuid,
    recording_url    text        not null,
    duration_seconds integer,
    recorded_at      timestamptz not null default now(),
    published_at     timestamptz
);

create index hotline_messages_unidentified on hotline_messages (recorded_at) where incident_id is null;
