-- PostgreSQL: new entry ids start past the existing ones (EclipseLink takes nextval N and hands out N-49..N); the
-- chain's links are append-only like its entries (a trigger for everyone, privileges revoked as well); every
-- inserted entry is queued for the chainer, whoever inserts it.
SELECT setval('audit_entry_seq', (SELECT COALESCE(MAX(id), 0) + 50 FROM audit_entry), false);

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_link_append_only BEFORE UPDATE OR DELETE ON audit_link
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_link_no_truncate BEFORE TRUNCATE ON audit_link
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_link FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_link FROM CURRENT_USER;

CREATE FUNCTION audit_entry_queue_for_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_pending (entry_id) VALUES (NEW.id);
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_entry_queued_for_chain AFTER INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_queue_for_chain();
