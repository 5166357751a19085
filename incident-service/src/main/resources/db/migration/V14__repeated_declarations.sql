-- Declaring is idempotent: a declaration with an Idempotency-Key already used by the same login, or
-- an identical declaration by the same login a few seconds after the first (a double click, a
-- client's retry after a timeout), answers with the first incident instead of alerting everyone twice.
CREATE TABLE declarations (
    incident_id     uuid PRIMARY KEY REFERENCES incidents (id),
    declared_by     text NOT NULL,
    idempotency_key text,
    request_hash    text NOT NULL,
    declared_at     timestamptz NOT NULL
);
CREATE UNIQUE INDEX declarations_by_key ON declarations (declared_by, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX declarations_by_request ON declarations (declared_by, request_hash, declared_at);
