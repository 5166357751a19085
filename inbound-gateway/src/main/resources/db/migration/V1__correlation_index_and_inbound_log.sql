-- The gateway's own copy of what it needs to correlate a reply: one row per notification request.
create table open_requests (
    notification_id uuid primary key,
    incident_id     uuid        not null,
    person_id       uuid        not null,
    display_name    text,
    phone           text,
    email           text,
    reply_code      text,
    reply_options   jsonb       not null default '[]'::jsonb,
    subject         text,
    expires_at      timestamptz,
    exercise        boolean     not null default false,
    created_at      timestamptz not null default now()
);

create index open_requests_by_phone on open_requests (phone, expires_at);

-- Every webhook as received (the audit log); the unique key turns a replayed webhook into a no-op.
create table inbound_log (
    id                 bigserial   primary key,
    received_at        timestamptz not null default now(),
    kind               text        not null,
    provider_reference text        not null,
    params             jsonb       not null,
    correlated         boolean,
    notification_id    uuid,
    outcome            text,
    reply              text,
    unique (kind, provider_reference)
);
