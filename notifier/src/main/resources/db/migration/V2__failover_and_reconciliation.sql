-- What was sent, so an ambiguous attempt can be matched against the provider's list before any resend.
alter table delivery_attempts add column content_sha256 text;

-- One row per notification: the request (to move on to the next channel when a failure receipt
-- arrives later) and the index of the channel currently being tried.
create table notifications (
    notification_id uuid        primary key,
    request         text        not null,
    current_channel integer     not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
