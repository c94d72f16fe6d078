-- The queue of active cases (state=ACTIVE: NEW, OPEN, WAITING_ON_CUSTOMER, ESCALATED), oldest first, keyset-paged
-- over (opened_at, id). Active cases are a few per cent of all cases and mostly recent, so the plain
-- (queue, state, opened_at, id) index cannot return them in order (four states) and walking (opened_at, id)
-- filters through the closed cases of years. These partial indexes hold only the active, unmerged cases, in
-- queue order: a page, however deep, reads about as many index entries as it shows (with CaseQueue's
-- "opened_at >= cursor" the range starts at the cursor). EclipseLink binds the four states as parameters; the
-- planner matches the predicate in the plan it makes with their values, and keeps making such plans because a
-- generic plan, which could not use these indexes, costs it some twenty times more.
-- With 1,000,000 cases (about 40,000 active): a page 10,000 rows deep went from 1.2-1.9 s to about 1 ms.
CREATE INDEX support_case_active_opened ON support_case (opened_at, id)
    WHERE merged_into_id IS NULL AND state IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'ESCALATED');
CREATE INDEX support_case_active_queue_opened ON support_case (queue, opened_at, id)
    WHERE merged_into_id IS NULL AND state IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'ESCALATED');
