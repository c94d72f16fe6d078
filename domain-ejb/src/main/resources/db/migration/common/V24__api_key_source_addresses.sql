-- The addresses each API key has traded from, for the "new IP for the key" rule of the trade-event intake: one row
-- per key and address, read by primary key for a batch's keys. The rule read them from every trade event the key ever
-- made (DISTINCT over its whole history), a cost that grew with each key's history at every batch.
CREATE TABLE api_key_source_address (
    key_id      VARCHAR(64)              NOT NULL,
    source_ip   VARCHAR(64)              NOT NULL,
    first_seen  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT api_key_source_address_pk PRIMARY KEY (key_id, source_ip)
);

INSERT INTO api_key_source_address (key_id, source_ip, first_seen)
SELECT key_id, source_ip, MIN(traded_at) FROM api_trade_event WHERE source_ip IS NOT NULL GROUP BY key_id, source_ip;
