-- Redress foundation: staff, the tamper-evident audit trail, and the customer account mirror.
-- Runs unchanged on H2 2.x and PostgreSQL 15+. Sequences step by 50 to match JPA's allocationSize.

CREATE SEQUENCE staff_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE staff_member (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    username      VARCHAR(64)              NOT NULL,
    display_name  VARCHAR(128)             NOT NULL,
    password_hash VARCHAR(256)             NOT NULL,
    roles         VARCHAR(256)             NOT NULL,
    enabled       BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT staff_member_username_uk UNIQUE (username)
);

-- The audit trail: append-only, each entry hashed over its canonical form and the previous hash.
CREATE TABLE audit_entry (
    seq          BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(128)             NOT NULL,
    actor_role   VARCHAR(32)              NOT NULL,
    action       VARCHAR(64)              NOT NULL,
    entity_type  VARCHAR(64)              NOT NULL,
    entity_id    VARCHAR(128),
    before_state VARCHAR(100000),
    after_state  VARCHAR(100000),
    reason       VARCHAR(4000),
    origin       VARCHAR(128)             NOT NULL,
    prev_hash    CHAR(64)                 NOT NULL,
    hash         CHAR(64)                 NOT NULL
);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id, seq);
CREATE INDEX audit_entry_actor ON audit_entry (actor, seq);
CREATE INDEX audit_entry_action ON audit_entry (action, seq);

-- One row: the end of the chain. Appenders lock it, which keeps the chain linear under concurrency.
CREATE TABLE audit_chain_head (
    id        INT      NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    version   BIGINT   NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash, version)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);

-- The mirror of a customer account held by the exchange; Redress owns only its status.
CREATE TABLE account (
    id                         BIGINT                   NOT NULL PRIMARY KEY,
    external_id                VARCHAR(64)              NOT NULL,
    handle                     VARCHAR(64)              NOT NULL,
    handle_key                 VARCHAR(64)              NOT NULL,
    kyc_level                  VARCHAR(16)              NOT NULL,
    jurisdiction               CHAR(2)                  NOT NULL,
    customer_since             DATE                     NOT NULL,
    vip_tier                   INT                      NOT NULL,
    open_derivatives_positions INT                      NOT NULL,
    status                     VARCHAR(16)              NOT NULL,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    version                    BIGINT                   NOT NULL,
    CONSTRAINT account_external_id_uk UNIQUE (external_id)
);
CREATE INDEX account_handle_key ON account (handle_key);

-- Known social-media handles of a customer, normalised (lower case, no leading @), for matching public posts.
CREATE TABLE account_social_handle (
    account_id BIGINT      NOT NULL,
    handle     VARCHAR(64) NOT NULL,
    CONSTRAINT account_social_handle_pk PRIMARY KEY (account_id, handle),
    CONSTRAINT account_social_handle_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX account_social_handle_handle ON account_social_handle (handle);
