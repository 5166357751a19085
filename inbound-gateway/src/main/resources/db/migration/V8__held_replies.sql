-- SMS answers that matched nothing when they arrived, held while their request may still be on its way to the
-- correlation index (the gateway learns of a request from Kafka in parallel with the notifier that sends it).
-- Each is tried again when a request to its number is indexed (checked_at: the last try) and, matched, published
-- once with its own arrival time; past hold_until it goes to the operators' list (the inbound log's correlated
-- turns false). claimed_until: the lease of the instance trying it, so two instances never try it at once.
create table held_replies (
    inbound_id    bigint      primary key references inbound_log (id),
    phone         text        not null,
    message_sid   text        not null,
    body          text        not null,
    received_at   timestamptz not null,
    hold_until    timestamptz not null,
    checked_at    timestamptz not null,
    claimed_until timestamptz,
    resolved_at   timestamptz,
    outcome       text
);

create index held_replies_pending on held_replies (received_at) where resolved_at is null;
