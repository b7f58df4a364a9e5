-- The hash chain is append-only like the events it seals: CoPlan's own database role may add
-- links and read them, never change or remove them. V3's trigger function now names the table
-- it guards, so the same function guards both.
CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

REVOKE UPDATE, DELETE, TRUNCATE ON audit_seal FROM CURRENT_USER;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_seal FROM PUBLIC;

CREATE TRIGGER audit_seal_no_change
    BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER audit_seal_no_truncate
    BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
