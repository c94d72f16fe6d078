-- Report deadlines per jurisdiction (issue 11): each investigation keeps the account's jurisdiction, the rule set that
-- set its deadline (US, EU, a country code, * for others), the days and the basis as stated when it opened, and when
-- its deadline is near (5 days before, or half-way through a shorter period). Investigations opened before keep their
-- deadline (one configured number of days): no rule, near 5 days before as before.

ALTER TABLE screening_investigation ADD COLUMN near_at TIMESTAMP WITH TIME ZONE;
UPDATE screening_investigation SET near_at = due_at - INTERVAL '5' DAY;
ALTER TABLE screening_investigation ALTER COLUMN near_at SET NOT NULL;
ALTER TABLE screening_investigation ADD COLUMN jurisdiction VARCHAR(2);
ALTER TABLE screening_investigation ADD COLUMN deadline_rule VARCHAR(8);
ALTER TABLE screening_investigation ADD COLUMN deadline_days INTEGER;
ALTER TABLE screening_investigation ADD COLUMN deadline_basis VARCHAR(300);
