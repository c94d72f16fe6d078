-- Restrictions with due process: the reason catalogue, restrictions, appeals, customer notices,
-- complaint activity for the retaliation guard, and alerts for supervisors.

CREATE SEQUENCE restriction_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE appeal_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE notice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE alert_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE complaint_seq START WITH 50 INCREMENT BY 50;

-- The standing the decision service reads, kept on the account row: one indexed lookup per decision.
ALTER TABLE account ADD COLUMN withdrawals_frozen BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN window_ends_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN restriction_id BIGINT;

CREATE TABLE restriction_reason (
    code             VARCHAR(48)   NOT NULL PRIMARY KEY,
    title            VARCHAR(160)  NOT NULL,
    terms_clause     VARCHAR(500)  NOT NULL,
    measures         VARCHAR(128)  NOT NULL,
    required_evidence VARCHAR(1000),
    approver_role    VARCHAR(16)   NOT NULL,
    min_window_days  INT           NOT NULL,
    notice_text      VARCHAR(2000) NOT NULL,
    disclosable      BOOLEAN       NOT NULL,
    active           BOOLEAN       NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT restriction_reason_approver CHECK (approver_role IN ('SUPERVISOR', 'COMPLIANCE'))
);

CREATE TABLE restriction (
    id                   BIGINT                   NOT NULL PRIMARY KEY,
    account_id           VARCHAR(64)              NOT NULL,
    measure              VARCHAR(24)              NOT NULL,
    reason_code          VARCHAR(48),
    justification        VARCHAR(4000)            NOT NULL,
    evidence             VARCHAR(30000),
    window_days          INT                      NOT NULL,
    duration_days        INT,
    lifts_restriction_id BIGINT,
    state                VARCHAR(16)              NOT NULL,
    requested_by         VARCHAR(128)             NOT NULL,
    requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by           VARCHAR(128),
    decided_role         VARCHAR(16),
    decided_at           TIMESTAMP WITH TIME ZONE,
    decision_note        VARCHAR(4000),
    attestation          VARCHAR(4000),
    after_complaint      BOOLEAN                  NOT NULL,
    complaint_summary    VARCHAR(2000),
    window_ends_at       TIMESTAMP WITH TIME ZONE,
    ends_at              TIMESTAMP WITH TIME ZONE,
    completed_at         TIMESTAMP WITH TIME ZONE,
    close_blocked_at     TIMESTAMP WITH TIME ZONE,
    lifted_by            VARCHAR(128),
    lifted_at            TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    CONSTRAINT restriction_account_fk FOREIGN KEY (account_id) REFERENCES account (external_id),
    CONSTRAINT restriction_reason_fk FOREIGN KEY (reason_code) REFERENCES restriction_reason (code)
);
CREATE INDEX restriction_account ON restriction (account_id, state);
CREATE INDEX restriction_state ON restriction (state, requested_at);
CREATE INDEX restriction_window ON restriction (state, window_ends_at);
CREATE INDEX restriction_after_complaint ON restriction (after_complaint, id);

CREATE TABLE appeal (
    id                    BIGINT                   NOT NULL PRIMARY KEY,
    restriction_id        BIGINT                   NOT NULL,
    account_id            VARCHAR(64)              NOT NULL,
    filed_by              VARCHAR(128)             NOT NULL,
    on_behalf_of_customer BOOLEAN                  NOT NULL,
    statement             VARCHAR(4000)            NOT NULL,
    filed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline              TIMESTAMP WITH TIME ZONE NOT NULL,
    state                 VARCHAR(16)              NOT NULL,
    reviewer              VARCHAR(128),
    reviewer_role         VARCHAR(16),
    decision_reasons      VARCHAR(4000),
    decided_at            TIMESTAMP WITH TIME ZONE,
    deadline_breached_at  TIMESTAMP WITH TIME ZONE,
    version               BIGINT                   NOT NULL,
    CONSTRAINT appeal_restriction_fk FOREIGN KEY (restriction_id) REFERENCES restriction (id)
);
CREATE INDEX appeal_state ON appeal (state, deadline);
CREATE INDEX appeal_account ON appeal (account_id, filed_at);
CREATE INDEX appeal_restriction ON appeal (restriction_id);

CREATE TABLE customer_notice (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    account_id       VARCHAR(64)              NOT NULL,
    restriction_id   BIGINT,
    kind             VARCHAR(32)              NOT NULL,
    text             VARCHAR(4000)            NOT NULL,
    reason_disclosed BOOLEAN                  NOT NULL,
    window_ends_at   TIMESTAMP WITH TIME ZONE,
    how_to_appeal    VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at     TIMESTAMP WITH TIME ZONE,
    delivered_by     VARCHAR(128),
    version          BIGINT                   NOT NULL
);
CREATE INDEX customer_notice_account ON customer_notice (account_id, id);

CREATE TABLE complaint_activity (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    account_id  VARCHAR(64)              NOT NULL,
    kind        VARCHAR(32)              NOT NULL,
    reference   VARCHAR(256)             NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(128)             NOT NULL
);
CREATE INDEX complaint_activity_account ON complaint_activity (account_id, occurred_at);

CREATE TABLE staff_alert (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    kind            VARCHAR(48)              NOT NULL,
    account_id      VARCHAR(64),
    reference       VARCHAR(128)             NOT NULL,
    message         VARCHAR(2000)            NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_by VARCHAR(128),
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL,
    CONSTRAINT staff_alert_once UNIQUE (kind, reference)
);

-- The starting catalogue. There is, deliberately, no reason about public criticism or complaining.
INSERT INTO restriction_reason VALUES ('PROHIBITED_JURISDICTION', 'Residence in a prohibited jurisdiction',
  'Terms of Service 3.2 (Eligibility: countries we serve)', 'WITHDRAW_ONLY,CLOSE',
  'Proof of residence: KYC document or a geolocation report', 'SUPERVISOR', 30,
  'Our services are not available in your country of residence.', TRUE, TRUE, 0);
INSERT INTO restriction_reason VALUES ('KYC_REFRESH_OVERDUE', 'Identity verification refresh overdue',
  'Terms of Service 4.3 (Keeping your identity information current)', 'WITHDRAW_ONLY,SUSPEND',
  'The refresh requests sent to the customer, with dates', 'SUPERVISOR', 14,
  'You have not completed the identity verification refresh we asked for.', TRUE, TRUE, 0);
INSERT INTO restriction_reason VALUES ('CONFIRMED_FRAUD', 'Confirmed fraud',
  'Terms of Service 9.1 (Prohibited use: fraud)', 'SUSPEND,CLOSE,FREEZE_WITHDRAWALS',
  'The fraud investigation report', 'COMPLIANCE', 7,
  'We have established fraudulent use of your account.', TRUE, TRUE, 0);
INSERT INTO restriction_reason VALUES ('MARKET_MANIPULATION', 'Market manipulation',
  'Terms of Service 9.3 (Prohibited use: market abuse)', 'WITHDRAW_ONLY,SUSPEND,CLOSE',
  'The market surveillance report: orders, trades and counterparties', 'COMPLIANCE', 14,
  'Trading on your account breached our market abuse rules.', TRUE, TRUE, 0);
INSERT INTO restriction_reason VALUES ('ABUSE_OF_STAFF', 'Threats or abuse towards staff',
  'Terms of Service 11.2 (Conduct towards our staff)', 'WITHDRAW_ONLY,CLOSE',
  'The messages or recordings containing the threats or abuse', 'SUPERVISOR', 30,
  'Messages sent to our staff contained threats or abuse.', TRUE, TRUE, 0);
INSERT INTO restriction_reason VALUES ('SANCTIONS_MATCH', 'Sanctions screening match',
  'Terms of Service 3.4 (Sanctions)', 'FREEZE_WITHDRAWALS,SUSPEND',
  'The sanctions screening match report', 'COMPLIANCE', 0,
  'We are required by law to restrict your account.', FALSE, TRUE, 0);
INSERT INTO restriction_reason VALUES ('COURT_ORDER', 'Court or authority order',
  'Terms of Service 12.1 (Orders of courts and authorities)', 'FREEZE_WITHDRAWALS,SUSPEND,CLOSE',
  'A copy of the order', 'COMPLIANCE', 0,
  'We are required by law to restrict your account.', FALSE, TRUE, 0);
INSERT INTO restriction_reason VALUES ('CUSTOMER_REQUEST', 'The customer''s own request',
  'Terms of Service 14.1 (Closing your account)', 'WITHDRAW_ONLY,SUSPEND,CLOSE',
  'The customer''s written request (ticket or message)', 'SUPERVISOR', 30,
  'As you asked us to.', TRUE, TRUE, 0);
INSERT INTO restriction_reason VALUES ('ACCOUNT_COMPROMISE_LOCK', 'Protective lock after a suspected account compromise',
  'Terms of Service 8.2 (Protecting your account)', 'SUSPEND,FREEZE_WITHDRAWALS',
  'The compromise indicators: logins, devices, API key use', 'COMPLIANCE', 0,
  'We have locked your account to protect it while we check signs that someone else may have access to it.', TRUE, TRUE, 0);
