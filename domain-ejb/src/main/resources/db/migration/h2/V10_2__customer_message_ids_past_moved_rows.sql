-- New messages are numbered after every message V10_1 moved (EclipseLink hands out N-49..N for NEXT VALUE N), so a
-- new message's id is also greater than every id the replaced feeds (/outbox, /notices) have answered with.
ALTER SEQUENCE customer_message_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 50 FROM customer_message);
