-- API keys and their third parties: the managed list of integrations, the key registry the exchange keeps current,
-- the feed of revocations and policy lapses the exchange polls, the API trade events and the anomalies found in them.

CREATE SEQUENCE integration_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE api_key_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE key_feed_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE trade_event_seq START WITH 500 INCREMENT BY 500;
CREATE SEQUENCE key_anomaly_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE third_party_integration (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    code        VARCHAR(64)              NOT NULL,
    name        VARCHAR(200)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(128)             NOT NULL,
    retired_at  TIMESTAMP WITH TIME ZONE,
    retired_by  VARCHAR(128),
    version     BIGINT                   NOT NULL,
    CONSTRAINT integration_code UNIQUE (code)
);

CREATE TABLE api_key (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    key_id              VARCHAR(64)              NOT NULL,
    account_id          VARCHAR(64)              NOT NULL,
    label               VARCHAR(200),
    -- what the key holds now (after the policy), and what the exchange granted: names separated by spaces
    permissions         VARCHAR(100)             NOT NULL,
    granted             VARCHAR(100)             NOT NULL,
    -- canonical addresses and CIDR ranges separated by spaces; empty: no allowlist
    ip_allowlist        VARCHAR(4000)            NOT NULL,
    has_allowlist       BOOLEAN                  NOT NULL,
    integration_id      BIGINT REFERENCES third_party_integration (id),
    fingerprint         VARCHAR(128),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_from_ip     VARCHAR(64),
    last_used_at        TIMESTAMP WITH TIME ZONE,
    status              VARCHAR(16)              NOT NULL,
    status_by           VARCHAR(128),
    status_at           TIMESTAMP WITH TIME ZONE,
    status_reason       VARCHAR(2000),
    -- the next moment the key policy needs a look (null: never by time alone); the sweep reads only what is due
    policy_check_at     TIMESTAMP WITH TIME ZONE,
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    CONSTRAINT api_key_key_id UNIQUE (key_id)
);

-- staff's list by account; the blast radius of an integration (all its keys, or those created before a cut-off);
-- a bulk job's pages through an integration's keys in id order
CREATE INDEX api_key_account ON api_key (account_id, key_id);
CREATE INDEX api_key_integration ON api_key (integration_id, created_at);
CREATE INDEX api_key_integration_page ON api_key (integration_id, id);
CREATE INDEX api_key_policy_due ON api_key (policy_check_at);

-- Revocations, expiries and permission lapses, for the exchange to poll. 'position' is assigned in commit order
-- (under the lock of key_feed_head's one row, taken last in the writing transaction), so a reader that has seen
-- position N has seen every entry below N: a cursor cannot skip an entry committed late on another instance.
CREATE TABLE key_feed_head (
    id             INT    NOT NULL PRIMARY KEY,
    last_position  BIGINT NOT NULL
);
INSERT INTO key_feed_head (id, last_position) VALUES (1, 0);

CREATE TABLE key_feed_entry (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    position        BIGINT                   NOT NULL,
    key_id          VARCHAR(64)              NOT NULL,
    account_id      VARCHAR(64)              NOT NULL,
    kind            VARCHAR(24)              NOT NULL,
    permissions     VARCHAR(100)             NOT NULL,
    removed         VARCHAR(100)             NOT NULL,
    reason          VARCHAR(2000)            NOT NULL,
    decided_by      VARCHAR(128)             NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT key_feed_position UNIQUE (position)
);
CREATE INDEX key_feed_key ON key_feed_entry (key_id, position);

CREATE TABLE api_trade_event (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    key_id           VARCHAR(64)              NOT NULL,
    account_id       VARCHAR(64)              NOT NULL,
    symbol           VARCHAR(32)              NOT NULL,
    side             VARCHAR(4)               NOT NULL,
    quantity         DECIMAL(38, 18)          NOT NULL,
    price            DECIMAL(38, 18)          NOT NULL,
    reference_price  DECIMAL(38, 18)          NOT NULL,
    volume_24h       DECIMAL(38, 18)          NOT NULL,
    source_ip        VARCHAR(64),
    traded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
-- a key's history (burst, IPs seen); a symbol's buyers in a window (the leak signature)
CREATE INDEX trade_event_key ON api_trade_event (key_id, traded_at);
CREATE INDEX trade_event_symbol ON api_trade_event (symbol, traded_at);

CREATE TABLE key_anomaly (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    rule             VARCHAR(32)              NOT NULL,
    key_id           VARCHAR(64)              NOT NULL,
    account_id       VARCHAR(64)              NOT NULL,
    integration_id   BIGINT,
    trade_event_id   BIGINT                   NOT NULL,
    symbol           VARCHAR(32)              NOT NULL,
    traded_value     DECIMAL(38, 18)          NOT NULL,
    evidence         VARCHAR(2000)            NOT NULL,
    traded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    detected_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    case_ticket      VARCHAR(32)
);
CREATE INDEX key_anomaly_account ON key_anomaly (account_id, detected_at);
CREATE INDEX key_anomaly_integration ON key_anomaly (integration_id, traded_at);
