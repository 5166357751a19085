-- Voice messages for a team (docs/hotline.md, "Messages for a team"): a message kept for a role of the incident's
-- people instead of one person, and the members it was for: the incident's recipients holding the role when it
-- arrived (not the caller), each told once (notification_id null: no SMS or email to tell them on).
ALTER TABLE voice_messages
    ALTER COLUMN to_person_id DROP NOT NULL,
    ADD COLUMN to_role text,
    ADD CONSTRAINT voice_messages_one_recipient CHECK ((to_person_id IS NULL) <> (to_role IS NULL));

CREATE TABLE voice_message_members (
    message_id      uuid NOT NULL REFERENCES voice_messages (id) ON DELETE CASCADE,
    person_id       uuid NOT NULL,
    notification_id uuid,
    PRIMARY KEY (message_id, person_id)
);
