-- A confidential investigation for compliance, opened by each screened deposit held or frozen: a deadline for the
-- report, an outcome proposed by one officer and approved by another (four eyes), the filing reference of a report and
-- the authority's answer, recorded as its own step.

CREATE SEQUENCE screening_investigation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE screening_investigation (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    screening_id        BIGINT                   NOT NULL,
    account_id          VARCHAR(64)              NOT NULL,
    measure             VARCHAR(8)               NOT NULL,
    summary             VARCHAR(2000)            NOT NULL,
    state               VARCHAR(16)              NOT NULL,
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    proposed_outcome    VARCHAR(8),
    proposal_reason     VARCHAR(4000),
    filing_reference    VARCHAR(128),
    proposed_by         VARCHAR(128),
    proposed_at         TIMESTAMP WITH TIME ZONE,
    decided_by          VARCHAR(128),
    decided_at          TIMESTAMP WITH TIME ZONE,
    authority_answer    VARCHAR(16),
    authority_reference VARCHAR(128),
    answered_by         VARCHAR(128),
    answered_at         TIMESTAMP WITH TIME ZONE,
    near_alerted        BOOLEAN                  NOT NULL,
    overdue_alerted     BOOLEAN                  NOT NULL,
    version             BIGINT                   NOT NULL,
    CONSTRAINT screening_investigation_screening UNIQUE (screening_id)
);
CREATE INDEX screening_investigation_state ON screening_investigation (state, due_at);
CREATE INDEX screening_investigation_account ON screening_investigation (account_id);

-- Proof that a customer controls a self-hosted address (EU 2023/1113 above EUR 1,000): recorded once per account,
-- chain and address; a deposit from it then passes the travel rule, and its travel-rule holds end.
CREATE SEQUENCE wallet_proof_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE wallet_proof (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    account_id   VARCHAR(64)              NOT NULL,
    chain        VARCHAR(12)              NOT NULL,
    address      VARCHAR(128)             NOT NULL,
    method       VARCHAR(16)              NOT NULL,
    recorded_by  VARCHAR(128)             NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT wallet_proof_address UNIQUE (account_id, chain, address)
);
