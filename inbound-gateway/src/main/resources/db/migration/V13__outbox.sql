-- Accept, store, then publish: every event the gateway emits is first a row here, committed before
-- the webhook is answered; the relay sends the rows to Kafka and deletes them once the broker has
-- acknowledged them. A broker outage delays events, it no longer turns webhooks away.
create table outbox (
    id         bigserial   primary key,
    topic      text        not null,
    record_key text        not null,
    payload    text        not null,
    created_at timestamptz not null default now()
);
