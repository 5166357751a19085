-- Issue 3, fan-out speed: a 100,000-person declaration writes 100,000 recipients in one COPY.
--
-- The two foreign keys of recipients were checked row by row: for every row PostgreSQL ran a
-- lookup with FOR KEY SHARE on the incident and on the person, which also rewrote the header of
-- each of the 100,000 people rows (a row lock is a write) and filled the WAL. They go; what they
-- protected stays protected:
--  * recipients -> incidents: recipients are only ever written for an incident by the code that
--    inserts or reads that incident in the same transaction, and incidents are never deleted.
--  * recipients -> people: fan-out reads the people it targets under the fan-out advisory lock
--    (FanOutLock) and the trigger below takes the same lock before it looks for recipients of a
--    person being deleted. A delete and a fan-out are thus serialised: either the fan-out no
--    longer sees the person, or the delete sees their recipients and fails with SQLSTATE 23503
--    (foreign_key_violation), which the directory reports as 409 person-in-use, as before.

ALTER TABLE recipients DROP CONSTRAINT recipients_incident_id_fkey;
ALTER TABLE recipients DROP CONSTRAINT recipients_person_id_fkey;

CREATE FUNCTION people_keep_recipients() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The key of FanOutLock (io.muster.incident.escalation.FanOutLock).
    PERFORM pg_advisory_xact_lock(7887337266164662273);
    IF EXISTS (SELECT 1 FROM recipients WHERE person_id = OLD.id) THEN
        RAISE foreign_key_violation
            USING MESSAGE = 'person ' || OLD.id || ' is a recipient of an incident',
                  CONSTRAINT = 'recipients_person_id_fkey';
    END IF;
    RETURN OLD;
END;
$$;

CREATE TRIGGER people_keep_recipients BEFORE DELETE ON people
    FOR EACH ROW EXECUTE FUNCTION people_keep_recipients();

-- A fan-out's first request to each person is queued as a narrow outbox row naming the recipient's
-- notification id; the relay renders its JSON from the recipient, the person and the incident when
-- it publishes it (DeferredRequests). The declaration then writes ~60 bytes per person to the
-- outbox instead of ~700, and the relay's published mark rewrites a narrow row.
ALTER TABLE outbox
    ALTER COLUMN payload DROP NOT NULL,
    ADD COLUMN notification_id uuid,
    ADD CONSTRAINT outbox_payload_or_reference CHECK (payload IS NOT NULL OR notification_id IS NOT NULL);
