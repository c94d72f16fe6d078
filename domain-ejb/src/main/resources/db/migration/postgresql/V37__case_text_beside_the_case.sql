-- The queue's text search reads its two GIN indexes (trigrams, V3_1; whole words, V8) from a table beside the cases,
-- case_text, instead of from support_case itself, so that a bulk job's new cases need not wait for them.
--
-- A case's search text goes into some 115 trigrams and 27 words. A bulk job opens its cases 500 to a statement, and
-- those two indexes made that statement about six times as costly as the table and its eleven other indexes together
-- (bench/case-text-indexes.sh; 14-20 s of the 100,000-key job's PostgreSQL time, keys benchmark, December 2026).
--
-- When a statement's cases are indexed depends on how many it inserts (support_case_text_written):
--   * one (a case opened on a screen, over REST, by the exchange's feed, by a screening): its text is written to
--     case_text in the same statement, so the case is found by its text as soon as it has committed, as before;
--   * several (a bulk job's chunk: up to 500 cases in one statement): their ids are queued in case_text_pending, and
--     CaseTextIndex writes their text to case_text after their commit, 500 to a transaction, every second on every
--     instance. Until then such a case is found by its ticket, its account, its queue and every filter, not by the
--     words of its text.
-- A case's search text is written when the case is opened and never changed; should it change, the new text replaces
-- the old one in case_text in the same statement (support_case_text_changed).
-- No foreign key to support_case: its check would lock each case's row as the text is written (a heap write and a WAL
-- record per case, after the job's own); cases are never deleted, and the search reads a case_id only through the case.
CREATE TABLE case_text (
    case_id     BIGINT PRIMARY KEY,
    search_text VARCHAR(21000) NOT NULL
);
INSERT INTO case_text (case_id, search_text) SELECT id, search_text FROM support_case;
CREATE INDEX case_text_trgm ON case_text USING gin (search_text gin_trgm_ops);
CREATE INDEX case_text_words ON case_text USING gin (to_tsvector('simple', search_text));
DROP INDEX support_case_search_trgm;
DROP INDEX support_case_search_words;
ANALYZE case_text;

CREATE TABLE case_text_pending (
    case_id BIGINT PRIMARY KEY
);
-- drained continuously from its head: vacuumed after every 10,000 deletions, as the audit chain's queue (V34)
ALTER TABLE case_text_pending SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000);

CREATE FUNCTION support_case_write_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM (SELECT 1 FROM inserted_cases LIMIT 2) AS first) <= 1 THEN
        INSERT INTO case_text (case_id, search_text) SELECT id, search_text FROM inserted_cases;
    ELSE
        INSERT INTO case_text_pending (case_id) SELECT id FROM inserted_cases;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER support_case_text_written AFTER INSERT ON support_case
    REFERENCING NEW TABLE AS inserted_cases FOR EACH STATEMENT EXECUTE FUNCTION support_case_write_text();

CREATE FUNCTION support_case_rewrite_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO case_text (case_id, search_text) VALUES (NEW.id, NEW.search_text)
    ON CONFLICT (case_id) DO UPDATE SET search_text = EXCLUDED.search_text;
    RETURN NULL;
END
$$;
CREATE TRIGGER support_case_text_changed AFTER UPDATE OF search_text ON support_case
    FOR EACH ROW WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text) EXECUTE FUNCTION support_case_rewrite_text();
