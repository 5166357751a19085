-- The incident's title and message in each language it was declared in (a launched scenario's texts),
-- as [{"language", "title", "message"}]; null for an incident declared in one language (title, message).
-- Each person's alert and reminders read their language (docs/scenarios.md).
ALTER TABLE incidents ADD COLUMN texts jsonb;
