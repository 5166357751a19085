-- The answer page and the voice call read the message itself, in the person's language; the
-- channels are kept so a bounce or a call can be told apart from the person's other addresses.
alter table open_requests
    add column body     text,
    add column locale   text,
    add column channels jsonb not null default '[]'::jsonb;
