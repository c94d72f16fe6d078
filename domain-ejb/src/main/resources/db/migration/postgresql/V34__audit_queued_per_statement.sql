-- Every inserted audit entry is queued for the chainer (V16_1_1) by one INSERT per statement instead of one per row: a
-- statement that appends a bulk job's 500 entries ran the row trigger, and its own INSERT, 500 times. The statement
-- trigger reads the statement's new rows from its transition table; a one-row insert queues its one entry as before.
DROP TRIGGER audit_entry_queued_for_chain ON audit_entry;
DROP FUNCTION audit_entry_queue_for_chain();

CREATE FUNCTION audit_entries_queue_for_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_pending (entry_id) SELECT id FROM inserted_entries;
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_entries_queued_for_chain AFTER INSERT ON audit_entry
    REFERENCING NEW TABLE AS inserted_entries FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_queue_for_chain();

-- The queue is read from its head many times a second and its entries deleted once chained: with autovacuum on (as
-- PostgreSQL ships), this table is vacuumed after every 10,000 deletions rather than after a fifth of its size, so a
-- read does not walk past a long run of deleted entries.
ALTER TABLE audit_pending SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000);
