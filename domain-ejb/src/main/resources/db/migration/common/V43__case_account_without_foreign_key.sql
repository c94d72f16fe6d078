-- A case names its account by the account's external id without a foreign key to the accounts context's table, as API
-- keys, customer messages and loss claims already do: the accounts context owns the account rows, and the cases
-- context checks that a case's account exists before it opens the case (every way in: FieldError UNKNOWN_ACCOUNT, one
-- query for a bulk job's chunk). Accounts are never deleted, so a case's account cannot go away afterwards.
--
-- The key's check cost every new case a row lock on its account (PostgreSQL's FOR KEY SHARE): a write to a random page
-- of the account table, with a full-page image after each checkpoint. A bulk job's 100,000 new cases spent 1.4 s of
-- PostgreSQL's time on it in one session and some 19,000 full-page images of account pages (bench/keys-benchmark.sh,
-- 6 December 2026).
ALTER TABLE support_case DROP CONSTRAINT support_case_account_fk;
