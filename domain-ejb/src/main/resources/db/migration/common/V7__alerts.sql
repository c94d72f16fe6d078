-- Alerts become a shared component with an inbox: the role that must act, severity, assignment, acknowledgement
-- with a note, resolution. The staff alerts the restrictions and cases contexts wrote (and nobody read) move here,
-- for SUPERVISOR as before, keeping their ids (the same alert_seq goes on numbering).

CREATE TABLE alert (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    kind             VARCHAR(48)              NOT NULL,
    severity         VARCHAR(16)              NOT NULL,
    account_id       VARCHAR(64),
    subject          VARCHAR(128)             NOT NULL,
    message          VARCHAR(2000)            NOT NULL,
    must_act         VARCHAR(16)              NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    state            VARCHAR(16)              NOT NULL,
    assigned_to      VARCHAR(128),
    assigned_at      TIMESTAMP WITH TIME ZONE,
    acknowledged_by  VARCHAR(128),
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    acknowledge_note VARCHAR(2000),
    resolved_by      VARCHAR(128),
    resolved_at      TIMESTAMP WITH TIME ZONE,
    resolve_note     VARCHAR(2000),
    version          BIGINT                   NOT NULL,
    CONSTRAINT alert_once UNIQUE (kind, subject)
);

-- the inbox and the navigation count: a role's alerts in a state, newest first
CREATE INDEX alert_inbox ON alert (must_act, state, id);

INSERT INTO alert (id, kind, severity, account_id, subject, message, must_act, raised_at, state,
                   acknowledged_by, acknowledged_at, version)
SELECT id, kind,
       CASE WHEN kind = 'CLOSE_BLOCKED_OPEN_POSITIONS' THEN 'CRITICAL' ELSE 'WARNING' END,
       account_id, reference, message, 'SUPERVISOR', created_at,
       CASE WHEN acknowledged_at IS NULL THEN 'OPEN' ELSE 'ACKNOWLEDGED' END,
       acknowledged_by, acknowledged_at, version
FROM staff_alert;

DROP TABLE staff_alert;
