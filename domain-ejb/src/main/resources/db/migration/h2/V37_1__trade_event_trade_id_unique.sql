-- V37's trade ids, unique per key (H2 has no partial index; rows without an id never collide: NULLs are distinct).
CREATE UNIQUE INDEX trade_event_trade_id ON api_trade_event (trade_id, key_id);
