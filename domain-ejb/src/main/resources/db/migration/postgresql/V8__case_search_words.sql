-- Phrase search of three words or more (CaseQueue): the cases holding the phrase's whole words, from a word index,
-- then checked for the exact phrase. The trigram index (V3_1) intersects a posting list per trigram of the phrase,
-- and the frequent ones (" th", "the", " on") are nearly as long as the table: with 1,000,000 cases a phrase found
-- in 462 of them cost 96 ms of database CPU there. The 'simple' configuration keeps every word (no stop words, no
-- stemming), so a word of the phrase is a word of the index.
CREATE INDEX support_case_search_words ON support_case USING gin (to_tsvector('simple', search_text));
