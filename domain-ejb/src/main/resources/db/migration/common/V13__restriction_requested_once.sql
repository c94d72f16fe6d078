-- A restriction request is made once: while one for a measure on an account for a reason under its revision in force (for LIFT: lifting one restriction) waits
-- for its decision, the same again is refused. The service checks first and names the pending request; this key, set
-- while a request waits and cleared when it is decided, stops two identical requests sent at the same moment.
-- A unique index admits any number of NULLs on H2 and PostgreSQL alike: decided requests hold none.
ALTER TABLE restriction ADD COLUMN pending_key VARCHAR(200);
CREATE UNIQUE INDEX restriction_pending_once ON restriction (pending_key);
