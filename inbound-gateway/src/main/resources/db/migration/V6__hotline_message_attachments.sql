-- Messages of callers the hotline could not identify: an operator attaches them to a person and an incident,
-- which publishes them to that incident's log. Who did it, when and why is kept with the message.
alter table hotline_messages
    add column attached_by    text,
    add column attached_at    timestamptz,
    add column attach_comment text;

create index hotline_messages_attached on hotline_messages (attached_at) where attached_by is not null;

-- Whether the request offered "3, at the alternate site" (only people whose site has an alternate site are
-- offered it). Null for requests indexed before this column existed: not known, so offered as before.
alter table hotline_requests add column offers_alternate_site boolean;
