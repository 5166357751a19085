-- Exercises (issue 6): drills scheduled once or on a recurrence. Each occurrence declares an
-- exercise incident from the stored declaration (the body of POST /api/incidents).
CREATE TABLE drills (
    id          uuid PRIMARY KEY,
    title       text NOT NULL,
    declaration jsonb NOT NULL,
    first_at    timestamptz NOT NULL,
    recurrence  text,
    next_at     timestamptz,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL
);

-- The scheduler claims due drills with FOR UPDATE SKIP LOCKED; finished drills (next_at NULL) drop out.
CREATE INDEX drills_due ON drills (next_at) WHERE next_at IS NOT NULL;

-- One row per occurrence: the incident it declared, or why it could not.
CREATE TABLE drill_runs (
    drill_id     uuid NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    scheduled_at timestamptz NOT NULL,
    ran_at       timestamptz NOT NULL,
    incident_id  uuid REFERENCES incidents (id),
    error        text,
    PRIMARY KEY (drill_id, scheduled_at)
);
