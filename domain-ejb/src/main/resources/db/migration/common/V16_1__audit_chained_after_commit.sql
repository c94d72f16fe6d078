-- Audit entries are put on the chain after they commit (issue 14): a request inserts its entries unlinked, under no
-- lock, and the chainer links the committed ones in batches under the chain head's lock, held only for its own short
-- transaction. Before, every request locked the head at its first append until its commit, fsync included, so audited
-- writes were serialized at the disk's commit rate.
--
-- audit_entry keeps what each entry says, immutable as before; its key, seq, becomes id: the order of insertion,
-- not of commit. An entry's place on the chain moves to audit_link, append-only too: its sequence number, the
-- previous hash and its hash, written once by the chainer. Existing entries keep exactly their sequence number and
-- hash (id = seq for them), so they verify as before; entries are chained from then on in the order of their ids.
-- audit_account_link.seq names entries by id (equal to their sequence number: all of them predate this migration).
--
-- audit_pending is the chainer's queue: the database adds one row per inserted entry (a trigger, V16_1_1), the
-- chainer removes it when it links the entry.

ALTER TABLE audit_entry RENAME COLUMN seq TO id;

CREATE TABLE audit_link (
    seq       BIGINT   NOT NULL PRIMARY KEY,
    entry_id  BIGINT   NOT NULL,
    prev_hash CHAR(64) NOT NULL,
    hash      CHAR(64) NOT NULL,
    CONSTRAINT audit_link_entry_uk UNIQUE (entry_id),
    CONSTRAINT audit_link_entry_fk FOREIGN KEY (entry_id) REFERENCES audit_entry (id)
);

INSERT INTO audit_link (seq, entry_id, prev_hash, hash)
SELECT id, id, prev_hash, hash FROM audit_entry;

ALTER TABLE audit_entry DROP COLUMN prev_hash;
ALTER TABLE audit_entry DROP COLUMN hash;

CREATE TABLE audit_pending (
    entry_id BIGINT NOT NULL PRIMARY KEY
);

-- moved past the existing entries by V16_1_1
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
