-- The sequences a bulk job draws hundreds of ids from a chunk hand them out 500 at a time (as the trade events' and
-- chain transfers' do), no longer 50: a 100,000-key job asked PostgreSQL for the next value 18,000 times, one round
-- trip each in the job's transaction (bench/keys-benchmark.sh). The entities' allocationSize says the same.
-- EclipseLink hands out N-499..N for NEXT VALUE N: the next value is moved 500 past the last one handed out, so no id
-- is handed out twice, nor below 1 for a sequence never used.
ALTER SEQUENCE audit_entry_seq INCREMENT BY 500;
SELECT setval('audit_entry_seq', (SELECT last_value FROM audit_entry_seq) + 500, false);
ALTER SEQUENCE case_seq INCREMENT BY 500;
SELECT setval('case_seq', (SELECT last_value FROM case_seq) + 500, false);
ALTER SEQUENCE case_event_seq INCREMENT BY 500;
SELECT setval('case_event_seq', (SELECT last_value FROM case_event_seq) + 500, false);
ALTER SEQUENCE case_link_seq INCREMENT BY 500;
SELECT setval('case_link_seq', (SELECT last_value FROM case_link_seq) + 500, false);
ALTER SEQUENCE customer_message_seq INCREMENT BY 500;
SELECT setval('customer_message_seq', (SELECT last_value FROM customer_message_seq) + 500, false);
ALTER SEQUENCE key_feed_seq INCREMENT BY 500;
SELECT setval('key_feed_seq', (SELECT last_value FROM key_feed_seq) + 500, false);
