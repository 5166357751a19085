-- Incident roles, external statements (versions, approvals, publication) and the public status
-- page's email subscribers with their durable delivery queue.

-- Who held which incident role from when to when, and who assigned it. The open row (ended_at
-- IS NULL) is the current holder; the partial unique index keeps it at one per role.
-- An incident without a COMMANDER row is commanded by its declarer (incidents.declared_by).
CREATE TABLE incident_role_assignments (
    id          bigserial PRIMARY KEY,
    incident_id uuid NOT NULL REFERENCES incidents (id),
    role        text NOT NULL CHECK (role IN ('COMMANDER', 'SCRIBE', 'LIAISON', 'SPOKESPERSON')),
    username    text NOT NULL REFERENCES app_users (username),
    assigned_by text NOT NULL,
    assigned_at timestamptz NOT NULL,
    ended_at    timestamptz,
    ended_by    text
);

CREATE UNIQUE INDEX incident_roles_one_holder ON incident_role_assignments (incident_id, role) WHERE ended_at IS NULL;
CREATE INDEX incident_roles_history ON incident_role_assignments (incident_id, id);

-- A statement is one external message; every edit is a new version. Publication fixes the
-- version, the CAP msgType and the statements it references.
CREATE TABLE statements (
    id                uuid PRIMARY KEY,
    incident_id       uuid NOT NULL REFERENCES incidents (id),
    created_by        text NOT NULL,
    created_at        timestamptz NOT NULL,
    latest_version    int NOT NULL CHECK (latest_version >= 1),
    published_version int,
    published_by      text,
    published_at      timestamptz,
    msg_type          text CHECK (msg_type IN ('Alert', 'Update', 'Cancel')),
    reference_ids     uuid[] NOT NULL DEFAULT '{}',
    exercise          boolean NOT NULL,
    public            boolean NOT NULL DEFAULT false,
    CHECK ((published_at IS NULL) = (published_version IS NULL))
);

CREATE INDEX statements_by_incident ON statements (incident_id, created_at);
CREATE INDEX statements_public_newest_first ON statements (published_at DESC) WHERE public;

CREATE TABLE statement_versions (
    statement_id uuid NOT NULL REFERENCES statements (id),
    version      int NOT NULL,
    headline     text NOT NULL,
    texts        jsonb NOT NULL,
    drafted_by   text NOT NULL,
    drafted_at   timestamptz NOT NULL,
    PRIMARY KEY (statement_id, version)
);

CREATE TABLE statement_approvals (
    statement_id uuid NOT NULL,
    version      int NOT NULL,
    approved_by  text NOT NULL,
    approved_at  timestamptz NOT NULL,
    PRIMARY KEY (statement_id, version, approved_by),
    FOREIGN KEY (statement_id, version) REFERENCES statement_versions (statement_id, version)
);

-- Email subscribers of the public status page (double opt-in).
CREATE TABLE subscribers (
    id              uuid PRIMARY KEY,
    email           text NOT NULL UNIQUE,
    status          text NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')),
    requested_at    timestamptz NOT NULL,
    confirmed_at    timestamptz,
    unsubscribed_at timestamptz
);

-- The mail queue: confirmation mails (statement_id NULL) and one row per (statement, subscriber),
-- filled in the publishing transaction and drained by a poller with SKIP LOCKED.
CREATE TABLE subscriber_deliveries (
    id              bigserial PRIMARY KEY,
    subscriber_id   uuid NOT NULL REFERENCES subscribers (id),
    statement_id    uuid REFERENCES statements (id),
    kind            text NOT NULL CHECK (kind IN ('CONFIRMATION', 'STATEMENT')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        int NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    status          text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'SKIPPED', 'FAILED')),
    sent_at         timestamptz,
    last_error      text,
    CHECK ((kind = 'STATEMENT') = (statement_id IS NOT NULL)),
    UNIQUE (statement_id, subscriber_id)
);

CREATE INDEX subscriber_deliveries_due ON subscriber_deliveries (next_attempt_at, id) WHERE status = 'PENDING';
