-- The home page counts each person's open cases by SLA state: by assignee, then state, without reading the cases.
CREATE INDEX support_case_assignee_state ON support_case (assignee, state, sla_state);

-- A staff member's own console preferences (written by the person, never by an administrator's change of roles, so
-- it is a row of its own under its own version). A person without a row sees times in UTC.
CREATE TABLE staff_preference (
    username   VARCHAR(128)             NOT NULL PRIMARY KEY,
    time_zone  VARCHAR(64)              NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL
);
