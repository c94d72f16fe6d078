-- Each instance's decision cache keeps the API keys that decisions ask about (CachedKeyCheck), so every change of what
-- a decision reads of a key is announced like a change of standing: same channel, in commit order, the payload '#'
-- and the key's id ('#' is in no account id). A key's last use moving later is left out: it moves at every trade, and
-- a decision confirms an expiry read from the cache against the row. It can move back (an upsert that read the key
-- before a trade's use was committed writes the older one): that is announced. A new key needs no announcement: a
-- key not found is never kept.
CREATE FUNCTION announce_api_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('redress_standing', '#' || CASE WHEN TG_OP = 'DELETE' THEN OLD.key_id ELSE NEW.key_id END);
    IF TG_OP = 'UPDATE' AND OLD.key_id <> NEW.key_id THEN
        PERFORM pg_notify('redress_standing', '#' || OLD.key_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER api_key_changed
    AFTER UPDATE OF key_id, account_id, status, granted, ip_allowlist, created_at, last_used_at ON api_key FOR EACH ROW
    WHEN (OLD.key_id IS DISTINCT FROM NEW.key_id OR OLD.account_id IS DISTINCT FROM NEW.account_id
          OR OLD.status IS DISTINCT FROM NEW.status OR OLD.granted IS DISTINCT FROM NEW.granted
          OR OLD.ip_allowlist IS DISTINCT FROM NEW.ip_allowlist OR OLD.created_at IS DISTINCT FROM NEW.created_at
          OR OLD.last_used_at IS NOT NULL AND (NEW.last_used_at IS NULL OR NEW.last_used_at < OLD.last_used_at))
    EXECUTE FUNCTION announce_api_key();

CREATE TRIGGER api_key_deleted
    AFTER DELETE ON api_key FOR EACH ROW
    EXECUTE FUNCTION announce_api_key();
