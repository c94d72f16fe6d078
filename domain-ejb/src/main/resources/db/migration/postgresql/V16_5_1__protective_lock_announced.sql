-- The protective lock is part of a decision's answer: its changes are announced like the standing's (V9_1), so every
-- instance's decision cache drops the account at once.
DROP TRIGGER kept_standing_announced ON account_standing;

CREATE TRIGGER kept_standing_announced
    AFTER UPDATE OF status, withdrawals_frozen, window_ends_at, restriction_id, protective_lock OR DELETE
    ON account_standing FOR EACH ROW
    EXECUTE FUNCTION announce_kept_standing();
