-- Restartable jobs (a shared piece: incidents' bulk actions now, the screening import later) and third-party incidents.

CREATE SEQUENCE batch_job_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE incident_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE incident_action_seq START WITH 50 INCREMENT BY 50;

-- Redress's own record of a job: what it works on, who asked, how far it got. Jakarta Batch's repository holds the
-- executions; this row is what the console and GET /api/v1/jobs/{id} read, and what a restart resumes from.
CREATE TABLE batch_job (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    kind          VARCHAR(64)              NOT NULL,
    subject       VARCHAR(128)             NOT NULL,
    -- the work's parameters as name=value lines (written once)
    params        VARCHAR(4000)            NOT NULL,
    state         VARCHAR(16)              NOT NULL,
    total         BIGINT                   NOT NULL,
    done          BIGINT                   NOT NULL,
    failed        BIGINT                   NOT NULL,
    -- the last item whose chunk committed: a new execution after a crash starts after it
    item_cursor   VARCHAR(256),
    execution_id  BIGINT,
    executions    INT                      NOT NULL,
    -- the instance (server name / boot id) running it, and when it last moved
    owner         VARCHAR(200),
    heartbeat_at  TIMESTAMP WITH TIME ZONE,
    last_error    VARCHAR(2000),
    requested_by  VARCHAR(128)             NOT NULL,
    acting_role   VARCHAR(32)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE,
    finished_at   TIMESTAMP WITH TIME ZONE,
    version       BIGINT                   NOT NULL
);
CREATE INDEX batch_job_subject ON batch_job (subject, id);
CREATE INDEX batch_job_state ON batch_job (state);

-- One row per item a job has dealt with, written in the same transaction as the item's effect: an item with a row
-- is never done again, whatever restarts, crashes or checkpoints say.
CREATE TABLE batch_job_item (
    job_id        BIGINT                   NOT NULL REFERENCES batch_job (id),
    item_key      VARCHAR(200)             NOT NULL,
    outcome       VARCHAR(16)              NOT NULL,
    detail        VARCHAR(500),
    done_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (job_id, item_key)
);

CREATE TABLE incident (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    reference         VARCHAR(64)              NOT NULL,
    integration_code  VARCHAR(64)              NOT NULL,
    severity          VARCHAR(16)              NOT NULL,
    suspected_since   TIMESTAMP WITH TIME ZONE NOT NULL,
    known             VARCHAR(4000)            NOT NULL,
    state             VARCHAR(16)              NOT NULL,
    declared_by       VARCHAR(128)             NOT NULL,
    declared_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT incident_reference UNIQUE (reference)
);
CREATE INDEX incident_integration ON incident (integration_code, declared_at);

-- A bulk action on an incident's keys and accounts: requested by one person, approved by another, then run as a job.
CREATE TABLE incident_action (
    id                     BIGINT                   NOT NULL PRIMARY KEY,
    incident_id            BIGINT                   NOT NULL REFERENCES incident (id),
    created_before         TIMESTAMP WITH TIME ZONE,
    without_allowlist_only BOOLEAN                  NOT NULL,
    notify_customers       BOOLEAN                  NOT NULL,
    open_cases             BOOLEAN                  NOT NULL,
    justification          VARCHAR(2000)            NOT NULL,
    state                  VARCHAR(16)              NOT NULL,
    requested_by           VARCHAR(128)             NOT NULL,
    requested_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by             VARCHAR(128),
    decided_role           VARCHAR(32),
    decided_at             TIMESTAMP WITH TIME ZONE,
    decision_note          VARCHAR(2000),
    job_id                 BIGINT,
    version                BIGINT                   NOT NULL
);
CREATE INDEX incident_action_incident ON incident_action (incident_id, id);

-- The blast radius counts an integration's distinct accounts from the index alone
CREATE INDEX api_key_integration_account ON api_key (integration_id, account_id);
