-- A message's delivery position moves out of its row into a narrow table of its own. The audit chainer gave each
-- queued message its position with an UPDATE of customer_message: a column the position's unique index holds, so
-- every such update wrote a whole new copy of the row (its body included) and an entry in each of the table's seven
-- indexes. A bulk job queues 100,000 messages at once, and those updates were 5.6 s of PostgreSQL's time in a job of
-- 60 s (bench/keys-benchmark.sh, 1,000,000 keys). Now the chainer inserts (position, message) pairs: two small index
-- entries each, and the message, written once, is never rewritten for its position. The feed pages over this
-- table's primary key and reads the messages by their ids.
CREATE TABLE message_position (
    position   BIGINT NOT NULL PRIMARY KEY,
    message_id BIGINT NOT NULL,
    CONSTRAINT message_position_message_uk UNIQUE (message_id),
    CONSTRAINT message_position_message_fk FOREIGN KEY (message_id) REFERENCES customer_message (id)
);

INSERT INTO message_position (position, message_id)
SELECT delivery_position, id FROM customer_message WHERE delivery_position IS NOT NULL;

ALTER TABLE customer_message DROP CONSTRAINT customer_message_position_uk;
ALTER TABLE customer_message DROP COLUMN delivery_position;
