-- V37's trade ids, unique per key; rows without one are not in the index. Its first column is the trade id. Not built
-- CONCURRENTLY: Flyway's transactional lock makes that wait for itself. The build reads the whole table once (all its
-- rows lack an id yet) and holds off the exchange's intake meanwhile, as V30 did: migrate between intake bursts.
CREATE UNIQUE INDEX trade_event_trade_id ON api_trade_event (trade_id, key_id) WHERE trade_id IS NOT NULL;
