-- PostgreSQL: the audit trail cannot be updated, deleted or truncated through the application's role:
-- a trigger refuses it for everyone, and the privileges are revoked as well.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM CURRENT_USER;

-- Prefix search on handles and account ids regardless of the database's collation.
CREATE INDEX account_handle_key_prefix ON account (handle_key varchar_pattern_ops);
CREATE INDEX account_external_id_prefix ON account (external_id varchar_pattern_ops);
