-- A flagged-list import runs as a restartable job (issue 11): the request reads and checks the files and stages their
-- good lines here; the job applies them page by page (each page once, beside its done-marker); the removal of the
-- listings the source no longer names, the counts and the report happen once, when the job completes, and the staged
-- lines are then deleted. Imports recorded before this migration were applied at once: COMPLETED.

ALTER TABLE flagged_list_import ADD COLUMN import_state VARCHAR(12) DEFAULT 'COMPLETED' NOT NULL;
ALTER TABLE flagged_list_import ADD COLUMN job_id BIGINT;
ALTER TABLE flagged_list_import ADD COLUMN finished_at TIMESTAMP WITH TIME ZONE;
UPDATE flagged_list_import SET finished_at = imported_at;
CREATE INDEX flagged_list_import_running ON flagged_list_import (source, import_state);

CREATE TABLE flagged_list_import_line (
    import_id       BIGINT                   NOT NULL REFERENCES flagged_list_import (id),
    seq             INTEGER                  NOT NULL,
    asset           VARCHAR(12)              NOT NULL,
    address         VARCHAR(128)             NOT NULL,
    address_format  VARCHAR(16)              NOT NULL,
    category        VARCHAR(16)              NOT NULL,
    severity        VARCHAR(8)               NOT NULL,
    label           VARCHAR(200),
    file_name       VARCHAR(200)             NOT NULL,
    line_no         INTEGER                  NOT NULL,
    -- ADDED, CHANGED or UNCHANGED once its page is applied
    outcome         VARCHAR(10),
    PRIMARY KEY (import_id, seq)
);
CREATE INDEX flagged_list_import_line_listing ON flagged_list_import_line (import_id, asset, address);
