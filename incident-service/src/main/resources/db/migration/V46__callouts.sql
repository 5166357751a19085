-- Call-outs: "we need N people with this role" (docs/call-outs.md). Everyone with the roles is asked
-- once; the call-out row is the lock that counts the yes answers, so two at once never make N+1.
CREATE TABLE callouts (
    id           uuid PRIMARY KEY,
    incident_id  uuid NOT NULL REFERENCES incidents (id),
    needed       int NOT NULL CHECK (needed >= 1),
    roles        text[] NOT NULL,
    report_place text NOT NULL,
    report_at    timestamptz NOT NULL,
    message      text NOT NULL,
    request_key  text NOT NULL,
    requested_by text NOT NULL,
    requested_at timestamptz NOT NULL,
    filled_at    timestamptz,
    UNIQUE (incident_id, request_key)
);

-- Everyone asked, their reply code and their answer; counted: a yes that took one of the N places.
CREATE TABLE callout_people (
    callout_id  uuid NOT NULL REFERENCES callouts (id),
    person_id   uuid NOT NULL,
    reply_code  text NOT NULL,
    answer      text CHECK (answer IN ('COMING', 'NOT_COMING')),
    counted     boolean NOT NULL DEFAULT false,
    channel     text,
    answered_at timestamptz,
    PRIMARY KEY (callout_id, person_id)
);

-- Every message of a call-out: the question (ASK), where to report (REPORT), no longer needed (RELEASE).
CREATE TABLE callout_notifications (
    notification_id uuid PRIMARY KEY,
    callout_id      uuid NOT NULL REFERENCES callouts (id),
    person_id       uuid NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('ASK', 'REPORT', 'RELEASE'))
);
CREATE INDEX callout_notifications_by_callout ON callout_notifications (callout_id, person_id);

-- Replies already taken, so a redelivered reply changes nothing.
CREATE TABLE callout_replies (
    event_id    uuid PRIMARY KEY,
    callout_id  uuid NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
