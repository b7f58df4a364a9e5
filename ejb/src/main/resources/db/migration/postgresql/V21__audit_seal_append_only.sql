-- The hash chain is append-only like the events it seals (V3): CoPlan's own database role may
-- add links and read them, never change or remove them.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_seal FROM CURRENT_USER;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_seal FROM PUBLIC;

CREATE FUNCTION audit_seal_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_seal is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_seal_no_change
    BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_seal_is_append_only();

CREATE TRIGGER audit_seal_no_truncate
    BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_seal_is_append_only();
