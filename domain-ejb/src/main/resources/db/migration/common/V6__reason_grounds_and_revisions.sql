-- Due process on the policy itself: every reason stands on one of the fixed grounds (Ground in code), and a
-- reason or a change to it takes effect only once a compliance officer other than its author approves it.
-- restriction_reason holds the revision in force; reason_revision every version ever proposed.

ALTER TABLE restriction_reason ADD COLUMN ground VARCHAR(32);
UPDATE restriction_reason SET ground = CASE code
    WHEN 'PROHIBITED_JURISDICTION' THEN 'INELIGIBILITY'
    WHEN 'KYC_REFRESH_OVERDUE' THEN 'FAILED_VERIFICATION'
    WHEN 'CONFIRMED_FRAUD' THEN 'FRAUD'
    WHEN 'MARKET_MANIPULATION' THEN 'MARKET_ABUSE'
    WHEN 'ABUSE_OF_STAFF' THEN 'STAFF_ABUSE'
    WHEN 'SANCTIONS_MATCH' THEN 'SANCTIONS'
    WHEN 'COURT_ORDER' THEN 'LEGAL_ORDER'
    WHEN 'CUSTOMER_REQUEST' THEN 'CUSTOMER_REQUEST'
    WHEN 'ACCOUNT_COMPROMISE_LOCK' THEN 'SECURITY_COMPROMISE'
    ELSE 'PLATFORM_CONDUCT' END;
ALTER TABLE restriction_reason ALTER COLUMN ground SET NOT NULL;
ALTER TABLE restriction_reason ADD COLUMN revision INT DEFAULT 1 NOT NULL;

CREATE TABLE reason_revision (
    code              VARCHAR(48)              NOT NULL,
    revision          INT                      NOT NULL,
    ground            VARCHAR(32)              NOT NULL,
    title             VARCHAR(160)             NOT NULL,
    terms_clause      VARCHAR(500)             NOT NULL,
    measures          VARCHAR(128)             NOT NULL,
    required_evidence VARCHAR(1000),
    approver_role     VARCHAR(16)              NOT NULL,
    min_window_days   INT                      NOT NULL,
    notice_text       VARCHAR(2000)            NOT NULL,
    disclosable       BOOLEAN                  NOT NULL,
    state             VARCHAR(16)              NOT NULL,
    proposed_by       VARCHAR(128)             NOT NULL,
    proposed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    proposal_note     VARCHAR(2000),
    decided_by        VARCHAR(128),
    decided_at        TIMESTAMP WITH TIME ZONE,
    decision_note     VARCHAR(2000),
    version           BIGINT                   NOT NULL,
    CONSTRAINT reason_revision_pk PRIMARY KEY (code, revision),
    CONSTRAINT reason_revision_state CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED'))
);
CREATE INDEX reason_revision_state ON reason_revision (state, proposed_at);

-- the starting catalogue is its own first revision
INSERT INTO reason_revision (code, revision, ground, title, terms_clause, measures, required_evidence, approver_role,
                             min_window_days, notice_text, disclosable, state, proposed_by, proposed_at, proposal_note,
                             decided_by, decided_at, decision_note, version)
SELECT code, 1, ground, title, terms_clause, measures, required_evidence, approver_role, min_window_days, notice_text,
       disclosable, 'APPROVED', 'system', CURRENT_TIMESTAMP, 'the starting catalogue', 'system', CURRENT_TIMESTAMP,
       'the starting catalogue', 0
FROM restriction_reason;

-- the revision of its reason a restriction was requested and decided under
ALTER TABLE restriction ADD COLUMN reason_revision INT;
UPDATE restriction SET reason_revision = 1 WHERE reason_code IS NOT NULL;
