-- One customer outbox for everything sent to a customer: the cases' outbox_message and the restrictions'
-- customer_notice become customer_message, filed by the context that requested each message (source).
--
-- delivery_position is the sequence number of the audit entry that queued the message: taken under the audit chain's
-- row lock, held until commit, so positions become visible in commit order and GET /messages?after= cannot pass over
-- a message committed late on another instance. Messages moved here from the two old tables have none (they were
-- never queued that way): ?pending=true reads them.
--
-- legacy_id is the id under the feeds this outbox replaced (/outbox, /notices), which keep answering with it:
-- outbox messages keep their id (case_message.outbox_id points at them); notices get new ids after them.

CREATE SEQUENCE customer_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE customer_message (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    request_key       VARCHAR(64)              NOT NULL,
    source            VARCHAR(32)              NOT NULL,
    kind              VARCHAR(48)              NOT NULL,
    account_id        VARCHAR(64),
    reference         VARCHAR(128),
    channel           VARCHAR(16)              NOT NULL,
    contact           VARCHAR(256),
    language          VARCHAR(2)               NOT NULL,
    subject           VARCHAR(200),
    body              VARCHAR(20000)           NOT NULL,
    template_code     VARCHAR(32),
    restriction_id    BIGINT,
    reason_disclosed  BOOLEAN,
    window_ends_at    TIMESTAMP WITH TIME ZONE,
    how_to_appeal     VARCHAR(2000),
    created_by        VARCHAR(128)             NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    delivery_position BIGINT,
    legacy_id         BIGINT                   NOT NULL,
    delivered_at      TIMESTAMP WITH TIME ZONE,
    delivered_by      VARCHAR(128),
    version           BIGINT                   NOT NULL,
    CONSTRAINT customer_message_request_uk UNIQUE (request_key),
    CONSTRAINT customer_message_position_uk UNIQUE (delivery_position),
    CONSTRAINT customer_message_legacy_uk UNIQUE (source, legacy_id)
);
CREATE INDEX customer_message_pending ON customer_message (delivered_at, created_at);
CREATE INDEX customer_message_reference ON customer_message (source, reference, id);
CREATE INDEX customer_message_account ON customer_message (source, account_id, id);

INSERT INTO customer_message (id, request_key, source, kind, account_id, reference, channel, contact, language, subject,
                              body, template_code, created_by, created_at, legacy_id, delivered_at, delivered_by, version)
SELECT id, 'outbox:' || CAST(id AS VARCHAR(20)), 'cases', template_code, account_id, ticket, channel, contact, language,
       subject, body, template_code, created_by, created_at, id, delivered_at, delivered_by, version
FROM outbox_message;

INSERT INTO customer_message (id, request_key, source, kind, account_id, reference, channel, language, subject, body,
                              restriction_id, reason_disclosed, window_ends_at, how_to_appeal, created_by, created_at,
                              legacy_id, delivered_at, delivered_by, version)
SELECT n.id + (SELECT COALESCE(MAX(o.id), 0) FROM outbox_message o), 'notice:' || CAST(n.id AS VARCHAR(20)),
       'restrictions', n.kind, n.account_id,
       CASE WHEN n.restriction_id IS NULL THEN NULL ELSE 'restriction:' || CAST(n.restriction_id AS VARCHAR(20)) END,
       'ACCOUNT_INBOX', 'en', 'A decision about your account', n.text, n.restriction_id, n.reason_disclosed,
       n.window_ends_at, n.how_to_appeal, 'system', n.created_at, n.id, n.delivered_at, n.delivered_by, n.version
FROM customer_notice n;

DROP TABLE outbox_message;
DROP TABLE customer_notice;
DROP SEQUENCE outbox_seq;
DROP SEQUENCE notice_seq;
