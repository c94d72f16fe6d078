-- Failed sign-ins per user name and per source address, shared by every instance behind the balancer: the
-- throttle (growing delay, temporary lock) holds across instances and restarts. One row per key, no sequence.
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(100)             NOT NULL PRIMARY KEY,
    failures        INTEGER                  NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL
);
