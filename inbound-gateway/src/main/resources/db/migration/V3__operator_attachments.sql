-- An operator may attach an uncorrelated entry to a request by hand: who did, when, and why.
alter table inbound_log
    add column attached_by    text,
    add column attached_at    timestamptz,
    add column attach_comment text;

-- The operator's list of what could not be correlated, newest first.
create index inbound_log_uncorrelated on inbound_log (id desc) where correlated = false;
