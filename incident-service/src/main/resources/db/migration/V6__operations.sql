-- Running the response (issue 6): the lifecycle phase beside the open/closed status, the history
-- of changes, RTO met or not, the internal status log, situation reports and their reminder
-- timers, response documents and hotline messages.

-- status stays OPEN/CLOSED (escalation, reply codes and closing query it); phase is the finer
-- lifecycle DECLARED -> ACTIVE -> STABLE -> CLOSED that the team moves forward.
ALTER TABLE incidents
    ADD COLUMN phase        text NOT NULL DEFAULT 'DECLARED'
        CHECK (phase IN ('DECLARED', 'ACTIVE', 'STABLE', 'CLOSED')),
    ADD COLUMN rto_met      boolean,
    ADD COLUMN sitrep_every interval;

UPDATE incidents SET phase = 'CLOSED' WHERE status = 'CLOSED';

-- Every change of phase, severity, type or sitrep cadence, with who, when and why.
CREATE TABLE incident_changes (
    id          bigserial PRIMARY KEY,
    incident_id uuid NOT NULL REFERENCES incidents (id),
    changed_at  timestamptz NOT NULL,
    changed_by  text NOT NULL,
    field       text NOT NULL CHECK (field IN ('PHASE', 'SEVERITY', 'TYPE', 'SITREP_EVERY')),
    old_value   text,
    new_value   text,
    comment     text
);

CREATE INDEX incident_changes_by_incident ON incident_changes (incident_id, id);

CREATE TABLE status_updates (
    id          uuid PRIMARY KEY,
    incident_id uuid NOT NULL REFERENCES incidents (id),
    posted_at   timestamptz NOT NULL,
    posted_by   text NOT NULL,
    text        text NOT NULL
);

CREATE INDEX status_updates_newest_first ON status_updates (incident_id, posted_at DESC, id);

CREATE TABLE sitreps (
    id          uuid PRIMARY KEY,
    incident_id uuid NOT NULL REFERENCES incidents (id),
    posted_at   timestamptz NOT NULL,
    posted_by   text NOT NULL,
    conditions  text NOT NULL,
    actions     text NOT NULL,
    needs       text NOT NULL
);

CREATE INDEX sitreps_newest_first ON sitreps (incident_id, posted_at DESC, id);

-- The durable sitrep reminder: one row per incident with a cadence, taken with SKIP LOCKED.
CREATE TABLE sitrep_reminders (
    incident_id uuid PRIMARY KEY REFERENCES incidents (id),
    due_at      timestamptz NOT NULL,
    reminded    int NOT NULL DEFAULT 0
);

CREATE INDEX sitrep_reminders_due ON sitrep_reminders (due_at);

-- Response documents per incident type; a new upload under the same name is a new version.
-- content holds the bytes unless muster.documents.directory is set (then stored_path does).
CREATE TABLE response_documents (
    id            uuid PRIMARY KEY,
    incident_type text NOT NULL REFERENCES incident_types (code),
    name          text NOT NULL,
    version       int NOT NULL CHECK (version > 0),
    content_type  text NOT NULL,
    size_bytes    bigint NOT NULL,
    sha256        text NOT NULL,
    content       bytea,
    stored_path   text,
    uploaded_by   text NOT NULL,
    uploaded_at   timestamptz NOT NULL,
    UNIQUE (incident_type, name, version),
    CHECK (content IS NOT NULL OR stored_path IS NOT NULL)
);

-- Messages callers left on the hotline; the recording stays with the provider and is streamed.
CREATE TABLE hotline_messages (
    id                 uuid PRIMARY KEY,
    event_id           uuid NOT NULL UNIQUE,
    incident_id        uuid NOT NULL REFERENCES incidents (id),
    person_id          uuid,
    caller_number      text,
    recording_url      text NOT NULL,
    recording_sid      text,
    duration_seconds   int,
    provider_reference text,
    recorded_at        timestamptz NOT NULL,
    received_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX hotline_messages_by_incident ON hotline_messages (incident_id, recorded_at);
