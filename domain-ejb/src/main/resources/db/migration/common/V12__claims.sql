-- Loss claims: a customer's claim for a loss (an exact amount of an asset, in the asset's own decimals), the case
-- whose clocks it runs on, the incident and evidence report it relies on (references to records other contexts keep),
-- the assessment of liability, the decision with the rate its approval limit was checked at, one or two approvals,
-- the exchange's payout reference, and one appeal against a denial.

CREATE SEQUENCE loss_claim_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE loss_claim (
    id                   BIGINT                   NOT NULL PRIMARY KEY,
    account_id           VARCHAR(64)              NOT NULL,
    asset                VARCHAR(12)              NOT NULL,
    asset_scale          INTEGER                  NOT NULL,
    amount_claimed       NUMERIC(38, 18)          NOT NULL,
    description          VARCHAR(4000)            NOT NULL,
    ticket               VARCHAR(12)              NOT NULL,
    language             VARCHAR(2)               NOT NULL,
    incident_ref         VARCHAR(64),
    evidence_ref         VARCHAR(64),
    filed_by             VARCHAR(128)             NOT NULL,
    for_customer         BOOLEAN                  NOT NULL,
    filed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    answer_due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    idempotency_key      VARCHAR(64),
    request_fingerprint  VARCHAR(64)              NOT NULL,
    state                VARCHAR(32)              NOT NULL,
    liability            VARCHAR(16),
    assessment_reasoning VARCHAR(4000),
    assessed_by          VARCHAR(128),
    assessed_at          TIMESTAMP WITH TIME ZONE,
    outcome              VARCHAR(16),
    amount_decided       NUMERIC(38, 18),
    decision_reasons     VARCHAR(4000),
    decided_by           VARCHAR(128),
    decided_at           TIMESTAMP WITH TIME ZONE,
    reference_rate       NUMERIC(38, 18),
    rate_source          VARCHAR(16),
    reference_amount     NUMERIC(38, 2),
    reference_currency   VARCHAR(3),
    first_approver       VARCHAR(128),
    first_approver_role  VARCHAR(16),
    first_approved_at    TIMESTAMP WITH TIME ZONE,
    second_approver      VARCHAR(128),
    second_approver_role VARCHAR(16),
    second_approved_at   TIMESTAMP WITH TIME ZONE,
    final_at             TIMESTAMP WITH TIME ZONE,
    returned_note        VARCHAR(4000),
    payout_reference     VARCHAR(128),
    payout_confirmed_by  VARCHAR(128),
    paid_at              TIMESTAMP WITH TIME ZONE,
    appealable_until     TIMESTAMP WITH TIME ZONE,
    appeal_statement     VARCHAR(4000),
    appeal_filed_by      VARCHAR(128),
    appeal_filed_at      TIMESTAMP WITH TIME ZONE,
    appeal_outcome       VARCHAR(16),
    appeal_reviewer      VARCHAR(128),
    appeal_reasons       VARCHAR(4000),
    appeal_decided_at    TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    CONSTRAINT loss_claim_amount_positive CHECK (amount_claimed > 0),
    -- a repeated POST with the same Idempotency-Key from the same client is the same claim
    CONSTRAINT loss_claim_idempotency UNIQUE (filed_by, idempotency_key)
);

-- the consistency panel: final decisions of the same incident
CREATE INDEX loss_claim_incident ON loss_claim (incident_ref, state);
CREATE INDEX loss_claim_account ON loss_claim (account_id, id);
CREATE INDEX loss_claim_state ON loss_claim (state, id);

-- the decision on a claim, wrapped around the text the claims context writes in the customer's language
INSERT INTO message_template (code, language, subject, body, version) VALUES
 ('CLAIM_DECISION', 'en', 'The decision on your claim ({ticket})',
  'Hello {name},

{message}

Kind regards,
Customer Support', 0),
 ('CLAIM_DECISION', 'fr', 'La décision sur votre réclamation ({ticket})',
  'Bonjour {name},

{message}

Cordialement,
Le service client', 0),
 ('CLAIM_DECISION', 'ja', 'ご請求 ({ticket}) に関する決定',
  '{name} 様

{message}

カスタマーサポート', 0);
