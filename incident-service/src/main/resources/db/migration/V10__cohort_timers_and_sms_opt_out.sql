-- Issue 3, fan-out speed: one step timer per cohort instead of one per person.
--
-- A cohort is the people a fan-out reached at one time on one level (a declaration for 100,000
-- people makes one): they climb their ladders in step, so one STEP timer row sends step n to every
-- member who has not answered when it fires (EscalationEngine, PendingSteps). A person whose next
-- step is deferred (quiet hours) moves to the cohort due then. Timers are still claimed with
-- FOR UPDATE SKIP LOCKED and marked fired in the firing transaction, so two engines never fire
-- one and a restart loses none and fires none twice. recipients.cohort is the person's cohort.
ALTER TABLE recipients ADD COLUMN cohort uuid;
ALTER TABLE escalation_timers ADD COLUMN cohort uuid;

-- Each pending per-person step timer becomes a cohort of one: nothing running is lost.
UPDATE escalation_timers SET cohort = gen_random_uuid()
WHERE kind = 'STEP' AND person_id IS NOT NULL AND fired_at IS NULL AND cancelled_at IS NULL;
UPDATE recipients r SET cohort = t.cohort FROM escalation_timers t
WHERE t.cohort IS NOT NULL AND r.incident_id = t.incident_id AND r.person_id = t.person_id;

-- Answers no longer cancel timers person by person; closing and quorums cancel by incident.
DROP INDEX escalation_timers_pending;
CREATE INDEX escalation_timers_pending ON escalation_timers (incident_id, kind, level)
    WHERE fired_at IS NULL AND cancelled_at IS NULL;

-- Fan-out reads whether a person's number opted out of SMS (STOP) for every person it reaches.
CREATE INDEX contact_points_sms_opted_out ON contact_points (person_id, address)
    WHERE kind = 'PHONE' AND opted_out;

-- A cohort's first requests are one outbox row (cohort): the relay reads the members in
-- notification id order, a chunk per transaction, and keeps its place in cursor (the last
-- notification id sent). A declaration for 100,000 people writes one outbox row, not 100,000.
ALTER TABLE outbox
    ADD COLUMN cohort uuid,
    ADD COLUMN cursor uuid,
    DROP CONSTRAINT outbox_payload_or_reference,
    ADD CONSTRAINT outbox_payload_or_reference
        CHECK (payload IS NOT NULL OR notification_id IS NOT NULL OR (cohort IS NOT NULL AND cursor IS NOT NULL));
-- The engine holds a cohort's steps until its first requests are out (DueTimers).
CREATE INDEX outbox_unpublished_cohorts ON outbox (cohort) WHERE published_at IS NULL AND cohort IS NOT NULL;
