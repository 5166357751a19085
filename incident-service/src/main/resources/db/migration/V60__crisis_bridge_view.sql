-- The crisis bridge in the console (docs/bridge.md): who joined and left, as the gateway publishes it
-- (BridgeParticipantChanged, once per event id), and the commanders' requests to ring a member in
-- (BridgeCallRequested through the outbox, once per Idempotency-Key; failed when the gateway reports it).
CREATE TABLE bridge_participation (
    event_id    uuid PRIMARY KEY,
    incident_id uuid        NOT NULL REFERENCES incidents (id),
    person_id   uuid        NOT NULL,
    call_sid    text        NOT NULL,
    event       text        NOT NULL CHECK (event IN ('JOINED', 'LEFT')),
    at          timestamptz NOT NULL,
    UNIQUE (call_sid, event)
);

CREATE INDEX bridge_participation_by_incident ON bridge_participation (incident_id, at);

CREATE TABLE bridge_ring_ins (
    id              uuid PRIMARY KEY,
    incident_id     uuid        NOT NULL REFERENCES incidents (id),
    person_id       uuid        NOT NULL REFERENCES people (id),
    idempotency_key text        NOT NULL,
    requested_by    text        NOT NULL,
    requested_at    timestamptz NOT NULL,
    failed_at       timestamptz,
    failure         text,
    UNIQUE (incident_id, idempotency_key)
);
