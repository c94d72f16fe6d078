-- Each instance holds the transaction graph in memory (ScreeningGraph). So that the transfers and listings another
-- instance commits reach it within a second, PostgreSQL announces them on the channel redress_graph, delivered at
-- commit in commit order (GraphFeed listens):
--   't<transaction id>'  transfers were stored by that transaction: the feed reads them by stored_tx;
--   'a<address>'         the address's listings changed: the feed reads the categories it is listed under now.
-- A transaction announces its transfers once (PostgreSQL folds identical announcements of one transaction), whatever
-- the number of statements that inserted them. Rows stored before this migration have no stored_tx: the graph loads
-- them at start and nothing announces them again.
ALTER TABLE chain_transfer ADD COLUMN stored_tx BIGINT;
ALTER TABLE chain_transfer ALTER COLUMN stored_tx SET DEFAULT txid_current();
CREATE INDEX chain_transfer_stored_tx ON chain_transfer (stored_tx);

CREATE FUNCTION announce_transfers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('redress_graph', 't' || txid_current());
    RETURN NULL;
END
$$;

CREATE TRIGGER transfers_stored
    AFTER INSERT ON chain_transfer FOR EACH STATEMENT
    EXECUTE FUNCTION announce_transfers();

CREATE FUNCTION announce_listing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('redress_graph', 'a' || CASE WHEN TG_OP = 'DELETE' THEN OLD.address ELSE NEW.address END);
    IF TG_OP = 'UPDATE' AND OLD.address <> NEW.address THEN
        PERFORM pg_notify('redress_graph', 'a' || OLD.address);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER listing_changed
    AFTER INSERT OR UPDATE OF address, category, removed_at OR DELETE ON flagged_address FOR EACH ROW
    EXECUTE FUNCTION announce_listing();
