-- What kind of message a request is (ALERT, REMINDER, ALL_CLEAR, SITREP_REMINDER, TASK_OVERDUE; null from an
-- older publisher) and where its person reports if their site cannot be used: read by the voice message and the
-- answer page. Whether a request asks a question at all is its reply_options (empty: it never takes answers).
-- issued_at is when the incident-service asked for it (the event's occurredAt): a reply received before a request
-- was issued can never answer it, which matters for a reply held until its request is indexed.
alter table open_requests
    add column purpose        text,
    add column alternate_site jsonb,
    add column issued_at      timestamptz;
