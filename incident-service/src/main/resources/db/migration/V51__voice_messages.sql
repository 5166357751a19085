-- Voice messages colleagues left each other on the hotline (VoiceMessageLeft from the gateway, which keeps
-- and plays the recording). One row per event: a redelivered event finds its row and notifies nobody again.
-- notification_id is the notice sent to the recipient (null when they have no SMS or email).
CREATE TABLE voice_messages (
    id                 uuid PRIMARY KEY,
    event_id           uuid        NOT NULL UNIQUE,
    incident_id        uuid        NOT NULL REFERENCES incidents (id),
    from_person_id     uuid        NOT NULL,
    to_person_id       uuid        NOT NULL,
    recording_sid      text,
    recording_url      text,
    duration_seconds   integer,
    provider_reference text,
    left_at            timestamptz NOT NULL,
    heard_at           timestamptz,
    notification_id    uuid
);

CREATE INDEX voice_messages_incident ON voice_messages (incident_id, left_at);
