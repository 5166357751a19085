-- The audit trail: one row per declaration, change, message, answer, on-behalf update,
-- approval and publication. Append-only: the database itself refuses updates and deletes.
CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    incident_id uuid,
    actor       text NOT NULL,
    action      text NOT NULL,
    subject     text,
    details     jsonb NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX audit_log_by_incident ON audit_log (incident_id, id);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

CREATE TRIGGER audit_log_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
