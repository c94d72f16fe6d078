-- The word index (V8) without the ticket. A phrase's words in the middle are bounded by spaces and hold only ASCII
-- letters and digits (PhraseWords); a ticket (RD-7K3Q-9P2M) holds hyphens, so no such word ever comes from it, and the
-- index never needed its parts. Every ticket added three words no other case has, each a new key in the index, where
-- a common word only lengthens a posting list: without them, the indexes of a bulk job's 100,000 new cases are a
-- quarter smaller and write less WAL (bench/case-text-indexes.sh). The phrase is still checked against the whole
-- search text, ticket and all (CaseQueue), and the trigram index (V3_1) still finds part of a ticket.
DROP INDEX support_case_search_words;
CREATE INDEX support_case_search_words ON support_case
    USING gin (to_tsvector('simple', subject || ' ' || description || ' ' || coalesce(customer_contact, '')));
