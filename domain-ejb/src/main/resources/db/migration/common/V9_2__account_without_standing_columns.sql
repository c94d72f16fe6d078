-- The standing and the confidentiality flag live in their own tables since V9 (on PostgreSQL, V9_1 moved the
-- trigger that read these columns): the account row keeps the exchange's profile only.
ALTER TABLE account DROP COLUMN status;
ALTER TABLE account DROP COLUMN withdrawals_frozen;
ALTER TABLE account DROP COLUMN window_ends_at;
ALTER TABLE account DROP COLUMN restriction_id;
ALTER TABLE account DROP COLUMN confidential;
