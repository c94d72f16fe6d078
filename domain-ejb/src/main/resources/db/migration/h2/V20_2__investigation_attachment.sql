-- Attachments on an investigation (issue 11): written once, read by compliance only, never deleted.
CREATE SEQUENCE investigation_attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE investigation_attachment (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    investigation_id BIGINT                   NOT NULL REFERENCES screening_investigation (id),
    file_name        VARCHAR(200)             NOT NULL,
    content_type     VARCHAR(100)             NOT NULL,
    size_bytes       INTEGER                  NOT NULL,
    sha256           CHAR(64)                 NOT NULL,
    uploaded_by      VARCHAR(128)             NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    content          VARBINARY(5242880)       NOT NULL
);
CREATE INDEX investigation_attachment_of ON investigation_attachment (investigation_id, uploaded_at);

-- never deleted nor changed
CREATE TRIGGER investigation_attachment_kept BEFORE UPDATE, DELETE ON investigation_attachment FOR EACH ROW
    CALL 'io.redress.audit.infrastructure.AppendOnlyTrigger';
