-- H2: the audit trail cannot be updated or deleted by the application (a Java trigger refuses it).
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry
    FOR EACH ROW CALL 'io.redress.audit.infrastructure.AppendOnlyTrigger';
