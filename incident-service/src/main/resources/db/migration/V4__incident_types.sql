-- Incident types (FIRE, FLOOD, POWER, CYBER, ...): what an incident is, which plans and templates
-- apply, its recovery time objective and whether public statements need a second approver.
-- The schema is shared by several features; the API that edits types belongs to the incident
-- lifecycle (package incident).
CREATE TABLE incident_types (
    code                text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    name                text NOT NULL,
    rto                 interval,
    two_person_approval boolean NOT NULL DEFAULT false
);

INSERT INTO incident_types (code, name) VALUES ('GENERAL', 'General incident');

ALTER TABLE incidents ADD COLUMN incident_type text NOT NULL DEFAULT 'GENERAL' REFERENCES incident_types (code);
