-- V37's trade ids, unique per key; rows without one are not in the index. Its first column is the trade id: the intake
-- looks up a batch's ids before it keeps the batch.
CREATE UNIQUE INDEX trade_event_trade_id ON api_trade_event (trade_id, key_id) WHERE trade_id IS NOT NULL;
