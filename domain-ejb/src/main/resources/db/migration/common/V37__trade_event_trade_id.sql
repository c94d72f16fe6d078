-- The exchange's own id of an API trade (optional): a trade of the same key with the same id is kept once, so a batch
-- sent again (after a 400 for some of its rows, or a lost answer) keeps only what it did not keep before. Unique per
-- key by the index of V37_1 (partial on PostgreSQL: rows without an id cost it nothing).
ALTER TABLE api_trade_event ADD COLUMN trade_id VARCHAR(64);
