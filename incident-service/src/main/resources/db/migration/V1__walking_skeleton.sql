-- People, incidents, recipients and answers; the outbox carries events to Kafka.

CREATE TABLE sites (
    id                uuid PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    address           text,
    alternate_site_id uuid REFERENCES sites (id)
);

CREATE TABLE people (
    id           uuid PRIMARY KEY,
    employee_id  text NOT NULL UNIQUE,
    display_name text NOT NULL,
    phone        text CHECK (phone ~ '^\+[1-9][0-9]{1,14}$'),
    email        text,
    locale       text NOT NULL DEFAULT 'en',
    site_id      uuid REFERENCES sites (id)
);

CREATE TABLE person_roles (
    person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role      text NOT NULL,
    PRIMARY KEY (person_id, role)
);

CREATE INDEX person_roles_by_role ON person_roles (role);

CREATE TABLE app_users (
    username      text PRIMARY KEY,
    password_hash text NOT NULL,
    roles         text[] NOT NULL,
    person_id     uuid REFERENCES people (id)
);

CREATE TABLE incidents (
    id          uuid PRIMARY KEY,
    title       text NOT NULL,
    message     text NOT NULL,
    severity    text NOT NULL CHECK (severity IN ('LOW', 'MODERATE', 'HIGH', 'CRITICAL')),
    priority    text NOT NULL CHECK (priority IN ('NORMAL', 'LIFE_SAFETY')),
    exercise    boolean NOT NULL,
    status      text NOT NULL,
    declared_by text NOT NULL,
    declared_at timestamptz NOT NULL
);

CREATE INDEX incidents_newest_first ON incidents (declared_at DESC);

CREATE TABLE recipients (
    incident_id     uuid NOT NULL REFERENCES incidents (id),
    person_id       uuid NOT NULL REFERENCES people (id),
    notification_id uuid NOT NULL UNIQUE,
    reply_code      text NOT NULL,
    state           text NOT NULL,
    answered_at     timestamptz,
    answer_channel  text,
    PRIMARY KEY (incident_id, person_id)
);

-- Reply codes are chosen per person among their open incidents.
CREATE INDEX recipients_by_person ON recipients (person_id);

CREATE TABLE recipient_events (
    event_id        uuid PRIMARY KEY,
    notification_id uuid NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('SENT', 'DELIVERED', 'FAILED', 'ANSWERED')),
    channel         text,
    detail          text,
    occurred_at     timestamptz NOT NULL,
    received_at     timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX recipient_events_history ON recipient_events (notification_id, occurred_at);

CREATE TABLE outbox (
    id           bigserial PRIMARY KEY,
    topic        text NOT NULL,
    record_key   text NOT NULL,
    payload      text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz
);

-- The relay only ever looks for what is still to be sent.
CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;
