-- The (symbol, traded_at) index of api_trade_event has one reader: the leak signature's recent illiquid buys
-- (SqlTradeLog.illiquidBuys), which names side = 'BUY' as a literal. Indexing the buys alone spares every sold trade
-- its entry, about half of that index's upkeep at each event insert. H2 has no partial index: it keeps the full one.
CREATE INDEX trade_event_buy_symbol ON api_trade_event (symbol, traded_at) WHERE side = 'BUY';
DROP INDEX trade_event_symbol;
