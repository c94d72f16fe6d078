-- Phrase search in the queue: a trigram index makes LIKE '%phrase%' on the lower-cased case text an index
-- scan instead of a scan of every case. pg_trgm is a trusted extension (PostgreSQL 13+): the database owner
-- may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX support_case_search_trgm ON support_case USING gin (search_text gin_trgm_ops);
