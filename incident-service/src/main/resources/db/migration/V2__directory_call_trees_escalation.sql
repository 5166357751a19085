-- Issue 3: a directory with roles, sites and contact points; call trees; durable escalation timers.

CREATE TABLE roles (name text PRIMARY KEY);
INSERT INTO roles (name) SELECT DISTINCT role FROM person_roles;
ALTER TABLE person_roles ADD CONSTRAINT person_roles_role_known FOREIGN KEY (role) REFERENCES roles (name);

ALTER TABLE people
    ADD COLUMN phones      text[] NOT NULL DEFAULT '{}',
    ADD COLUMN time_zone   text NOT NULL DEFAULT 'UTC',
    ADD COLUMN department  text,
    ADD COLUMN manager_id  uuid REFERENCES people (id) ON DELETE SET NULL,
    ADD COLUMN deputy_id   uuid REFERENCES people (id) ON DELETE SET NULL,
    ADD COLUMN channels    text[] NOT NULL DEFAULT '{SMS,VOICE,EMAIL}',
    ADD COLUMN quiet_from  time,
    ADD COLUMN quiet_until time;
UPDATE people SET phones = ARRAY[phone] WHERE phone IS NOT NULL;
CREATE INDEX people_by_site ON people (site_id);

-- Reachability per address: consecutive permanent failures; HR looks at the flagged ones.
CREATE TABLE contact_points (
    person_id          uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind               text NOT NULL CHECK (kind IN ('PHONE', 'EMAIL')),
    address            text NOT NULL,
    verified           boolean NOT NULL DEFAULT false,
    permanent_failures int NOT NULL DEFAULT 0,
    last_delivered_at  timestamptz,
    flagged_at         timestamptz,
    PRIMARY KEY (person_id, kind, address)
);

CREATE TABLE call_trees (
    id              uuid PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    step_timeout_ms bigint NOT NULL CHECK (step_timeout_ms > 0),
    levels          jsonb NOT NULL
);

-- An incident keeps a copy of its tree, so editing the tree never changes a running escalation.
ALTER TABLE incidents
    ADD COLUMN call_tree_id      uuid REFERENCES call_trees (id) ON DELETE SET NULL,
    ADD COLUMN affected_site_ids uuid[] NOT NULL DEFAULT '{}',
    ADD COLUMN roll_call         boolean NOT NULL DEFAULT false,
    ADD COLUMN step_timeout_ms   bigint NOT NULL DEFAULT 300000,
    ADD COLUMN levels            jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN closed_at         timestamptz;

-- level 0: named directly or by roll call; 1..n: call-tree levels. deputy_for: whose deputy.
ALTER TABLE recipients
    ADD COLUMN level       int NOT NULL DEFAULT 0,
    ADD COLUMN deputy_for  uuid,
    ADD COLUMN notified_at timestamptz;
UPDATE recipients r SET notified_at = i.declared_at FROM incidents i WHERE i.id = r.incident_id;

-- Every notification after a recipient's first (escalation steps, reminders, the all-clear).
CREATE TABLE notification_steps (
    notification_id uuid PRIMARY KEY,
    incident_id     uuid NOT NULL,
    person_id       uuid NOT NULL,
    step            int NOT NULL,
    purpose         text NOT NULL CHECK (purpose IN ('ALERT', 'REMINDER', 'ALL_CLEAR')),
    FOREIGN KEY (incident_id, person_id) REFERENCES recipients (incident_id, person_id)
);

CREATE VIEW notifications AS
    SELECT notification_id, incident_id, person_id, 0 AS step, 'ALERT' AS purpose FROM recipients
    UNION ALL
    SELECT notification_id, incident_id, person_id, step, purpose FROM notification_steps;

-- STEP: send the person's step `step` when due; LEVEL: start level `level` when due, unless the
-- level before reached its quorum. Fired or cancelled timers stay as the audit trail.
CREATE TABLE escalation_timers (
    id           bigserial PRIMARY KEY,
    incident_id  uuid NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('STEP', 'LEVEL')),
    person_id    uuid,
    level        int NOT NULL,
    step         int NOT NULL DEFAULT 0,
    due_at       timestamptz NOT NULL,
    fired_at     timestamptz,
    cancelled_at timestamptz
);
CREATE INDEX escalation_timers_due ON escalation_timers (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX escalation_timers_pending ON escalation_timers (incident_id, person_id)
    WHERE fired_at IS NULL AND cancelled_at IS NULL;
