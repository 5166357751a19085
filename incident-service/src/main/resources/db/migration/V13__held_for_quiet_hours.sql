-- A step deferred to the end of the person's quiet hours shows in their channel history as HELD,
-- with when it will go out, so that a commander sees why someone got nothing yet.
ALTER TABLE recipient_events DROP CONSTRAINT recipient_events_kind_check;
ALTER TABLE recipient_events ADD CONSTRAINT recipient_events_kind_check
    CHECK (kind IN ('SENT', 'DELIVERED', 'FAILED', 'ANSWERED', 'HELD'));
ALTER TABLE recipient_events ADD COLUMN held_until timestamptz;
