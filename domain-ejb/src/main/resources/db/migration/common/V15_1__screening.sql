-- Screening (KYT/KYW): flagged-address lists with their imports, the on-chain transfers the exchange reports (the
-- transaction graph, also held in memory), and each deposit's screening with the measure it put on the deposit.

CREATE SEQUENCE flagged_address_seq START WITH 500 INCREMENT BY 500;
CREATE SEQUENCE flagged_list_import_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE chain_transfer_seq START WITH 500 INCREMENT BY 500;
CREATE SEQUENCE deposit_screening_seq START WITH 50 INCREMENT BY 50;

-- One address on one source's list for one asset; removed_at set when a later import of the source no longer lists it
-- (cleared again if it comes back). The address is in canonical form (EVM and bech32 lower case).
CREATE TABLE flagged_address (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    source          VARCHAR(64)              NOT NULL,
    asset           VARCHAR(12)              NOT NULL,
    address         VARCHAR(128)             NOT NULL,
    address_format  VARCHAR(16)              NOT NULL,
    category        VARCHAR(16)              NOT NULL,
    severity        VARCHAR(8)               NOT NULL,
    label           VARCHAR(200),
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at      TIMESTAMP WITH TIME ZONE,
    last_import_id  BIGINT                   NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT flagged_address_listing UNIQUE (source, asset, address)
);
CREATE INDEX flagged_address_address ON flagged_address (address);

CREATE TABLE flagged_list_import (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    source          VARCHAR(64)              NOT NULL,
    list_format     VARCHAR(16)              NOT NULL,
    files           VARCHAR(2000)            NOT NULL,
    assets          VARCHAR(500)             NOT NULL,
    imported_by     VARCHAR(128)             NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    lines_read      INTEGER                  NOT NULL,
    added           INTEGER                  NOT NULL,
    changed         INTEGER                  NOT NULL,
    removed         INTEGER                  NOT NULL,
    unchanged       INTEGER                  NOT NULL,
    bad_lines       INTEGER                  NOT NULL,
    listed_after    INTEGER                  NOT NULL,
    -- the first bad lines, "file:line: message" one per line; and the addresses added and removed (first ones)
    bad_line_text   VARCHAR(20000)           NOT NULL,
    added_text      VARCHAR(20000)           NOT NULL,
    removed_text    VARCHAR(20000)           NOT NULL
);
CREATE INDEX flagged_list_import_source ON flagged_list_import (source, id);

CREATE TABLE chain_transfer (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    chain           VARCHAR(12)              NOT NULL,
    tx_hash         VARCHAR(130)             NOT NULL,
    output_index    INTEGER                  NOT NULL,
    asset           VARCHAR(12)              NOT NULL,
    from_address    VARCHAR(128)             NOT NULL,
    to_address      VARCHAR(128)             NOT NULL,
    amount          NUMERIC(38, 18)          NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT chain_transfer_output UNIQUE (chain, tx_hash, output_index),
    CONSTRAINT chain_transfer_amount_positive CHECK (amount > 0)
);

-- A deposit's screening; a HOLD or FREEZE is in force on covered_amount of the deposit's asset until released.
CREATE TABLE deposit_screening (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    account_id      VARCHAR(64)              NOT NULL,
    chain           VARCHAR(12)              NOT NULL,
    asset           VARCHAR(12)              NOT NULL,
    tx_hash         VARCHAR(130)             NOT NULL,
    sending_address VARCHAR(128)             NOT NULL,
    amount          NUMERIC(38, 18)          NOT NULL,
    self_hosted     BOOLEAN                  NOT NULL,
    value_eur       NUMERIC(38, 18),
    measure         VARCHAR(8)               NOT NULL,
    reasons         VARCHAR(500)             NOT NULL,
    covered_amount  NUMERIC(38, 18)          NOT NULL,
    in_force        BOOLEAN                  NOT NULL,
    exposure        VARCHAR(100000)          NOT NULL,
    screened_by     VARCHAR(128)             NOT NULL,
    screened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT deposit_screening_deposit UNIQUE (account_id, chain, tx_hash)
);
-- the decision's question on WITHDRAW: the measures in force on an account
CREATE INDEX deposit_screening_in_force ON deposit_screening (account_id, in_force);
