-- The cases' search text without the ticket (CaseRules.searchText). The trigram index (V3_1) held each ticket's
-- trigrams: random, so nearly every one a key of its own in the index, where the subject's and description's trigrams
-- only lengthen posting lists already there. Writing a bulk job's 100,000 new cases, those keys were about half the
-- indexes' cost (bench/case-text-indexes.sh, variant both-untitled). A whole ticket is found by its unique index, the
-- beginning of one by a range of it (TicketNumber.startingWith, CaseQueue); part of a ticket's end is no longer found.
-- Every search text began with the lower-cased ticket and a space; the index is rebuilt once, after the rows.
DROP INDEX support_case_search_trgm;
UPDATE support_case SET search_text = substring(search_text, length(ticket) + 2)
    WHERE substring(search_text, 1, length(ticket) + 1) = lower(ticket) || ' ';
CREATE INDEX support_case_search_trgm ON support_case USING gin (search_text gin_trgm_ops);
