-- The account's timeline: every audit entry may name the customer account it concerns.
--
-- Entries from now on carry the account inside their hashed facts (AuditHasher writes it as a thirteenth field when
-- present), so an entry cannot be moved onto or off an account's timeline without breaking the chain. Entries written
-- before this migration were sealed without it and must keep verifying: they are not updated (the table stays
-- append-only, migrations included). Instead the account each of them concerns is derived here, from the record it
-- names, into audit_account_link, beside the chain and outside it; the timeline and the export show such a link as
-- "derived".

ALTER TABLE audit_entry ADD COLUMN account_id VARCHAR(64);
CREATE INDEX audit_entry_account ON audit_entry (account_id, seq);

CREATE TABLE audit_account_link (
    seq        BIGINT      NOT NULL PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    CONSTRAINT audit_account_link_entry_fk FOREIGN KEY (seq) REFERENCES audit_entry (seq)
);
CREATE INDEX audit_account_link_account ON audit_account_link (account_id, seq);

-- the account record itself: mirror updates, standing changes, confidentiality, complaints recorded over REST
INSERT INTO audit_account_link (seq, account_id)
SELECT e.seq, e.entity_id FROM audit_entry e
WHERE e.entity_type = 'Account' AND e.entity_id IS NOT NULL;

-- a restriction request refused before it existed names the account instead of a restriction
INSERT INTO audit_account_link (seq, account_id)
SELECT e.seq, a.external_id FROM audit_entry e JOIN account a ON a.external_id = e.entity_id
WHERE e.entity_type = 'Restriction' AND e.action = 'DUE_PROCESS_REFUSED' AND e.reason LIKE 'restriction.request [%';

-- restrictions: requests, refusals, approvals, rejections, lifts, closures, expiries
INSERT INTO audit_account_link (seq, account_id)
SELECT e.seq, r.account_id FROM audit_entry e JOIN restriction r ON CAST(r.id AS VARCHAR(20)) = e.entity_id
WHERE e.entity_type = 'Restriction'
  AND NOT (e.action = 'DUE_PROCESS_REFUSED' AND e.reason LIKE 'restriction.request [%');

INSERT INTO audit_account_link (seq, account_id)
SELECT e.seq, p.account_id FROM audit_entry e JOIN appeal p ON CAST(p.id AS VARCHAR(20)) = e.entity_id
WHERE e.entity_type = 'Appeal';

INSERT INTO audit_account_link (seq, account_id)
SELECT e.seq, n.account_id FROM audit_entry e JOIN customer_notice n ON CAST(n.id AS VARCHAR(20)) = e.entity_id
WHERE e.entity_type = 'CustomerNotice';

INSERT INTO audit_account_link (seq, account_id)
SELECT e.seq, c.account_id FROM audit_entry e JOIN support_case c ON c.ticket = e.entity_id
WHERE e.entity_type = 'Case' AND c.account_id IS NOT NULL;

INSERT INTO audit_account_link (seq, account_id)
SELECT e.seq, o.account_id FROM audit_entry e JOIN outbox_message o ON CAST(o.id AS VARCHAR(20)) = e.entity_id
WHERE e.entity_type = 'OutboxMessage' AND o.account_id IS NOT NULL;

INSERT INTO audit_account_link (seq, account_id)
SELECT e.seq, p.account_id FROM audit_entry e JOIN public_post p ON CAST(p.id AS VARCHAR(20)) = e.entity_id
WHERE e.entity_type = 'PublicPost' AND p.account_id IS NOT NULL;

INSERT INTO audit_account_link (seq, account_id)
SELECT e.seq, l.account_id FROM audit_entry e JOIN alert l ON CAST(l.id AS VARCHAR(20)) = e.entity_id
WHERE e.entity_type = 'Alert' AND l.account_id IS NOT NULL;
