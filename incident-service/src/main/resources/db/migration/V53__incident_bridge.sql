-- Whether the incident's alerts invite people to the crisis bridge (one audio conference per incident, the
-- gateway's: docs/bridge.md). Its questions carry "bridge": true on NotificationRequested.
ALTER TABLE incidents ADD COLUMN bridge boolean NOT NULL DEFAULT false;
