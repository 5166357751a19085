-- Corrections and cancellations of a sent alert (docs/corrections.md). Each one goes to the people
-- the alert reached, as a step of their question (notification_steps), so its deliveries land in the
-- recipient's history and a reply to a correction answers the question like any other step.
ALTER TABLE notification_steps DROP CONSTRAINT notification_steps_purpose_check;
ALTER TABLE notification_steps ADD CONSTRAINT notification_steps_purpose_check
    CHECK (purpose IN ('ALERT', 'REMINDER', 'ALL_CLEAR', 'CORRECTION', 'CANCELLATION'));

-- One row per correction; the request key makes a retried request (a double click, a client's retry
-- after a timeout) answer with the first correction instead of sending it twice.
CREATE TABLE corrections (
    id           uuid PRIMARY KEY,
    incident_id  uuid NOT NULL REFERENCES incidents (id),
    kind         text NOT NULL CHECK (kind IN ('CORRECTION', 'CANCELLATION')),
    request_key  text NOT NULL,
    messages     jsonb NOT NULL,
    requested_by text NOT NULL,
    requested_at timestamptz NOT NULL,
    recipients   int NOT NULL,
    statement_id uuid,
    UNIQUE (incident_id, request_key)
);

-- Which notification carried which correction: the incident's "declared to last correction sent"
-- is the latest SENT report of these.
CREATE TABLE correction_notifications (
    notification_id uuid PRIMARY KEY,
    correction_id   uuid NOT NULL REFERENCES corrections (id),
    incident_id     uuid NOT NULL
);
CREATE INDEX correction_notifications_by_incident ON correction_notifications (incident_id);
