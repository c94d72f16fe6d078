-- The cases' word index (V8, V38) is dropped: the trigram index (V3_1) answers every phrase search alone, as it did
-- before V8. The word index made a rare phrase of three words or more about four times faster to find (24-34 ms
-- against 131-143 ms on 200,000 cases; 75 ms at 1,000,000 cases through the trigram index, the queue's target 300 ms),
-- and it cost 44 % of the text indexes' time on every case written: 3.5 s of 7.9 for a bulk job's 100,000 new cases
-- (bench/case-text-indexes.sh, variants both-untitled and trigrams-untitled, 6 December 2026).
DROP INDEX IF EXISTS support_case_search_words;
