-- Issue 3, fan-out speed: the relay reads a cohort's members a chunk at a time in notification id
-- order (DeferredRequests.cohort) and a cohort's step reads its unanswered members (PendingSteps).
-- Right after a 100,000-person COPY the table's statistics are stale: PostgreSQL then estimated a
-- hundred matching rows, scanned the whole table and joined all 100,000 people for every chunk of
-- 5,000 (0.4 s of PostgreSQL CPU per chunk). With this index the chunk is a range of one index
-- whatever the statistics say. A fan-out's members share one cohort and get increasing ids, so
-- its entries are appended at one end of the index.
CREATE INDEX recipients_by_cohort ON recipients (cohort, notification_id);
