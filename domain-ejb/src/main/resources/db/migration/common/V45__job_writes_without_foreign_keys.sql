-- Three foreign keys that a bulk job checked 400,000 times (each of its 100,000 accounts: a case opened with two events
-- and a link to the incident, a letter whose delivery position the audit chainer writes), each check a query of the
-- parent's key and a row lock (FOR KEY SHARE) written into the parent's row. They guarded nothing that can happen:
--   - a case's events and links are written by the cases context only, in the transaction that opens or loads the case,
--     and a case is never deleted (a merge keeps both cases);
--   - a message's position is written by the chainer, whose insert reads the message itself (it joins customer_message
--     on PostgreSQL, checks that the message exists on H2: MessagePosition), and a message is never deleted.
-- As V43 did for the case's account. 200,000 case events of 1,000,000 cases, in statements of 500, took 2.18 s with the
-- key and 0.77 s without it, in one session (bench/case-indexes.sh, 6 December 2026).
ALTER TABLE case_event DROP CONSTRAINT case_event_case_fk;
ALTER TABLE case_link DROP CONSTRAINT case_link_case_fk;
ALTER TABLE message_position DROP CONSTRAINT message_position_message_fk;
