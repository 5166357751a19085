-- Sitrep reminders sent to a commander: their delivery reports are recognised, not dead-lettered
-- (as task_reminders for overdue tasks); the commander need not be a recipient of the incident.
CREATE TABLE sitrep_notices (
    notification_id uuid PRIMARY KEY,
    incident_id     uuid NOT NULL REFERENCES incidents (id),
    person_id       uuid NOT NULL,
    sent_at         timestamptz NOT NULL
);
