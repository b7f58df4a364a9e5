-- The audit trail is append-only. CoPlan's own database role may INSERT and SELECT audit
-- events, never change or remove them: the privileges are revoked, and a trigger refuses any
-- UPDATE, DELETE or TRUNCATE even from a role that still holds them (such as the owner).
-- In production, run migrations as a separate owner role and give the application role only
-- the privileges it needs (see README); this migration protects a single-role set-up too.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM CURRENT_USER;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC;

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_change
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
