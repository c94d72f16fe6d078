-- H2: new entry ids start past the existing ones (EclipseLink takes NEXT VALUE N and hands out N-49..N); the chain's
-- links are append-only like its entries; every inserted entry is queued for the chainer, whoever inserts it.
ALTER SEQUENCE audit_entry_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 50 FROM audit_entry);

CREATE TRIGGER audit_link_append_only BEFORE UPDATE, DELETE ON audit_link
    FOR EACH ROW CALL 'io.redress.audit.infrastructure.AppendOnlyTrigger';

CREATE TRIGGER audit_entry_queued_for_chain AFTER INSERT ON audit_entry
    FOR EACH ROW CALL 'io.redress.audit.infrastructure.QueueForChainTrigger';
