-- An account has three writers, and each now writes a row of its own under its own version: the exchange's profile
-- mirror (account), the standing the restrictions context keeps (account_standing) and the confidentiality flag
-- compliance sets (account_confidentiality). An approval no longer invalidates the exchange's next mirror write.
CREATE TABLE account_standing (
    account_id         VARCHAR(64)              NOT NULL PRIMARY KEY,
    status             VARCHAR(16)              NOT NULL,
    withdrawals_frozen BOOLEAN                  NOT NULL,
    window_ends_at     TIMESTAMP WITH TIME ZONE,
    restriction_id     BIGINT,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT account_standing_account_fk FOREIGN KEY (account_id) REFERENCES account (external_id)
);
CREATE INDEX account_standing_status ON account_standing (status);

INSERT INTO account_standing (account_id, status, withdrawals_frozen, window_ends_at, restriction_id, updated_at, version)
SELECT external_id, status, withdrawals_frozen, window_ends_at, restriction_id, updated_at, 1 FROM account;

CREATE TABLE account_confidentiality (
    account_id   VARCHAR(64)              NOT NULL PRIMARY KEY,
    confidential BOOLEAN                  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL,
    CONSTRAINT account_confidentiality_account_fk FOREIGN KEY (account_id) REFERENCES account (external_id)
);

INSERT INTO account_confidentiality (account_id, confidential, updated_at, version)
SELECT external_id, confidential, updated_at, 1 FROM account;
