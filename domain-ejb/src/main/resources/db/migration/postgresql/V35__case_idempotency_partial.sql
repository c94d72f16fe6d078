-- A case's idempotency key is its sender's (REST intake with an Idempotency-Key header); most cases have none: those a
-- person opens, and those a bulk job opens by the hundred thousand. The unique constraint of V19 indexed every case,
-- nulls included. A partial unique index keeps the same rule (nulls never collided) and indexes only the cases that
-- have a key, so each of the others costs one index entry less. The intake's lookup by key (opened_by = ? AND
-- idempotency_key = ?) implies the index's predicate and still uses it. H2 keeps V19's constraint (no partial indexes).
ALTER TABLE support_case DROP CONSTRAINT support_case_idempotency;
CREATE UNIQUE INDEX support_case_idempotency ON support_case (opened_by, idempotency_key) WHERE idempotency_key IS NOT NULL;
