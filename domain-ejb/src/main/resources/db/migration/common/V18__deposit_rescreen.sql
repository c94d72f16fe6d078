-- Re-screening: when a list import gains addresses, the deposits screened within the look-back are traced again after
-- the import commits (a job); a deposit with new exposure gets a row here and an alert for COMPLIANCE, nothing else.

CREATE SEQUENCE deposit_rescreen_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE deposit_rescreen (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    screening_id     BIGINT                   NOT NULL REFERENCES deposit_screening (id),
    list_import_id   BIGINT                   NOT NULL REFERENCES flagged_list_import (id),
    job_id           BIGINT,
    rescreened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    would_be         VARCHAR(8)               NOT NULL,
    would_be_reasons VARCHAR(500)             NOT NULL,
    exposure         VARCHAR(100000)          NOT NULL,
    version          BIGINT                   NOT NULL,
    -- an import re-screens a deposit once, whatever restarts its job
    CONSTRAINT deposit_rescreen_once UNIQUE (screening_id, list_import_id)
);

-- the re-screening job pages through the deposits screened within the look-back, by id; and reads the addresses an
-- import listed
CREATE INDEX deposit_screening_screened_at ON deposit_screening (screened_at, id);
CREATE INDEX flagged_address_last_import ON flagged_address (last_import_id);
