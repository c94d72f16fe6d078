-- Canned replies: text snippets ADMIN keeps, per language, that an agent inserts into a reply on a case.
-- A retired reply stays (the audit trail names it) but is no longer offered nor edited.
CREATE SEQUENCE canned_reply_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE canned_reply (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    title       VARCHAR(120)             NOT NULL,
    language    VARCHAR(8)               NOT NULL,
    body        VARCHAR(4000)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(128)             NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE,
    updated_by  VARCHAR(128),
    retired_at  TIMESTAMP WITH TIME ZONE,
    retired_by  VARCHAR(128),
    version     BIGINT                   NOT NULL
);

CREATE INDEX canned_reply_language ON canned_reply (language, title);
