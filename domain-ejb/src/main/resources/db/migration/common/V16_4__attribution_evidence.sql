-- Leak-attribution evidence (issue 10, section 4): the other side of a trade when the exchange reports it, and the
-- reports as issued. A report row is written once and never changed: a recomputation for the same account, key and
-- window is a new row with the next version number of its series.

ALTER TABLE api_trade_event ADD COLUMN counterparty_account_id VARCHAR(64);

CREATE SEQUENCE evidence_report_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE evidence_report (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    reference         VARCHAR(32)              NOT NULL,
    -- account, key (or '*') and window: the reports of one question, numbered by report_version
    series            VARCHAR(200)             NOT NULL,
    report_version    INT                      NOT NULL,
    account_id        VARCHAR(64)              NOT NULL,
    key_id            VARCHAR(64),
    window_from       TIMESTAMP WITH TIME ZONE NOT NULL,
    window_to         TIMESTAMP WITH TIME ZONE NOT NULL,
    integration_code  VARCHAR(64),
    incident_ref      VARCHAR(64),
    score             DECIMAL(9, 1)            NOT NULL,
    conclusion        VARCHAR(32)              NOT NULL,
    case_ticket       VARCHAR(32),
    issued_by         VARCHAR(128)             NOT NULL,
    issued_role       VARCHAR(32)              NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the facts, factors and score exactly as issued (JSON)
    content           VARCHAR(1000000)         NOT NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT evidence_report_reference UNIQUE (reference),
    CONSTRAINT evidence_report_series UNIQUE (series, report_version)
);
CREATE INDEX evidence_report_account ON evidence_report (account_id, issued_at);
