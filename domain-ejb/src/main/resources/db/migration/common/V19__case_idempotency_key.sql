-- Case intake takes an Idempotency-Key (as loss claims do): a client repeating an intake after a lost answer (or a 503
-- whose outcome is unknown) finds the case its first sending opened. The key is the sender's; the fingerprint is
-- what was asked, so the same key with another case is refused.
ALTER TABLE support_case ADD COLUMN idempotency_key VARCHAR(64);
ALTER TABLE support_case ADD COLUMN request_fingerprint VARCHAR(64);
ALTER TABLE support_case ADD CONSTRAINT support_case_idempotency UNIQUE (opened_by, idempotency_key);
