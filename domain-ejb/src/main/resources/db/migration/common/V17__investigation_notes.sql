-- Compliance's internal notes on a confidential investigation: written once, never changed, shown newest first; each
-- addition is audited. Only COMPLIANCE writes them and only COMPLIANCE and AUDITOR read them (the service checks): no
-- other staff member, and nothing customer-facing, ever sees them.
CREATE SEQUENCE investigation_note_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE investigation_note (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    investigation_id BIGINT                   NOT NULL,
    written_by       VARCHAR(128)             NOT NULL,
    written_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    note_text        VARCHAR(4000)            NOT NULL,
    CONSTRAINT investigation_note_investigation FOREIGN KEY (investigation_id) REFERENCES screening_investigation (id)
);
CREATE INDEX investigation_note_of ON investigation_note (investigation_id, id);
