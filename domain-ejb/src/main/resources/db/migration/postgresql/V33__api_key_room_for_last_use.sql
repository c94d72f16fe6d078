-- The trade-event intake moves a key's last use (plain UPDATE of last_used_at, no index holds it). With every page of
-- api_key full (fillfactor 100, the default) the new row version goes to another page and every one of the table's
-- indexes gets a new entry for it (six of them); a tenth of each page kept free lets the version stay on its page, a
-- heap-only tuple (HOT) that touches no index. It applies to pages written from now on: a table that existed before
-- this migration gains the room as its pages are rewritten (VACUUM FULL or pg_repack, at a quiet hour).
ALTER TABLE api_key SET (fillfactor = 90);
