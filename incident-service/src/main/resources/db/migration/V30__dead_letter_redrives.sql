-- Issue 16: every re-drive of a dead-lettered record, by whom and when. Re-driving again is allowed
-- (consumers are idempotent by eventId); the list shows what was already sent back.
CREATE TABLE dead_letter_redrives (
    id          bigserial PRIMARY KEY,
    topic       text        NOT NULL,
    partition   integer     NOT NULL,
    "offset"    bigint      NOT NULL,
    sent_to     text        NOT NULL,
    redriven_by text        NOT NULL,
    redriven_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX dead_letter_redrives_by_record ON dead_letter_redrives (topic, partition, "offset");
