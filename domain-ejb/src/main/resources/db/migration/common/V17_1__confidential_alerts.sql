-- A need-to-know alert (a screening's hold or freeze, an investigation's deadline): its steps stay off the account's
-- timeline, which every staff member reads. The alerts screening raised before this are marked so by their kinds (the
-- audit entries already written cannot change: the chain is append-only).
ALTER TABLE alert ADD COLUMN confidential BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE alert SET confidential = TRUE
 WHERE kind IN ('SCREENING_HOLD', 'SCREENING_FREEZE', 'INVESTIGATION_DEADLINE_NEAR', 'INVESTIGATION_OVERDUE');
