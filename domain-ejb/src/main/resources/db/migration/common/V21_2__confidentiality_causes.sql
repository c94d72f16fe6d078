-- The confidentiality flag's two causes, kept apart: compliance set it by hand, or an open risk review requires it.
-- The last review closing clears the review's cause only, so a flag set by hand stays until compliance lifts it.
ALTER TABLE account_confidentiality ADD COLUMN set_by_hand BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account_confidentiality ADD COLUMN required_by_review BOOLEAN DEFAULT FALSE NOT NULL;
-- flags already set: a review's while the account has an open investigation, compliance's otherwise (the audit trail
-- tells the rest; a flag both set cannot be told apart here and counts as the review's)
UPDATE account_confidentiality SET required_by_review = TRUE WHERE confidential = TRUE AND account_id IN
    (SELECT account_id FROM screening_investigation WHERE state IN ('OPEN', 'RELEASE_PROPOSED', 'REPORT_PROPOSED', 'REPORTED'));
UPDATE account_confidentiality SET set_by_hand = TRUE WHERE confidential = TRUE AND required_by_review = FALSE;
