-- A correction replaces the incident's message (docs/corrections.md); the change history keeps the original.
ALTER TABLE incident_changes DROP CONSTRAINT incident_changes_field_check;
ALTER TABLE incident_changes ADD CONSTRAINT incident_changes_field_check
    CHECK (field IN ('PHASE', 'SEVERITY', 'TYPE', 'SITREP_EVERY', 'MESSAGE'));
