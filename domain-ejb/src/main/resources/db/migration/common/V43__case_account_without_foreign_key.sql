-- A case names its account by the account's external id without a foreign key to the accounts context's table, as API
-- keys, customer messages and loss claims already do: the accounts context owns the account rows, and the cases
-- context checks that a case's account exists before it opens the case (every way in: FieldError UNKNOWN_ACCOUNT, one
-- query for a bulk job's chunk). Accounts are never deleted, so a case's account cannot go away afterwards.
--
-- The key's check cost every new case a row lock on its account (PostgreSQL's FOR KEY SHARE): a write to a random page
-- of the account table, a full-page image when it is the page's first since a checkpoint. 100,000 cases as a bulk job
-- writes them (statements of 250, one session, 1,000,000 accounts) took 7.9 s with the key and 6.6 s without it
-- (bench/results/bulk-job-1m-lanes-chunks-jit-2026-12-06.txt).
ALTER TABLE support_case DROP CONSTRAINT support_case_account_fk;
