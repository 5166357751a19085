-- One row per provider call, written PENDING before the call, so a redelivered request is never sent twice.
create table delivery_attempts (
    notification_id    uuid        not null,
    channel            text        not null,
    attempt            integer     not null check (attempt > 0),
    status             text        not null check (status in ('PENDING', 'SENT', 'FAILED', 'AMBIGUOUS')),
    -- true when a FAILED attempt can never succeed (invalid number, opted out): the channel is settled
    permanent          boolean     not null default false,
    provider           text        not null,
    provider_reference text,
    incident_id        uuid        not null,
    person_id          uuid        not null,
    error              text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    primary key (notification_id, channel, attempt)
);

-- Reconciliation with the provider (a later issue) looks for calls whose fate is unknown.
create index delivery_attempts_unsettled on delivery_attempts (updated_at) where status in ('PENDING', 'AMBIGUOUS');

-- Status callbacks and support look attempts up by the provider's reference (Twilio SID, Message-ID).
create index delivery_attempts_provider_reference on delivery_attempts (provider_reference) where provider_reference is not null;
