-- Mails of the reply mailbox that could not be read or handled: moved to a quarantine folder of the mailbox and
-- listed here for operators (GET /api/quarantined-mails), so one bad mail never stops the others.
create table quarantined_mails (
    id             bigserial primary key,
    message_id     text        not null,
    reason         text        not null,
    folder         text        not null,
    quarantined_at timestamptz not null default now()
);

create index quarantined_mails_newest on quarantined_mails (id desc);
