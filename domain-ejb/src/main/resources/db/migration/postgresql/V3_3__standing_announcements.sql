-- Every change of what a decision reads about an account is announced, in commit order, on the channel
-- redress_standing with the account's id: each instance's decision cache drops it (StandingFeed, StandingCache).
-- A new account needs no announcement: the cache only holds accounts it has read.
CREATE FUNCTION announce_account_standing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('redress_standing', CASE WHEN TG_OP = 'DELETE' THEN OLD.external_id ELSE NEW.external_id END);
    RETURN NULL;
END
$$;

CREATE TRIGGER account_standing_announced
    AFTER UPDATE OF status, withdrawals_frozen, window_ends_at, open_derivatives_positions, restriction_id OR DELETE
    ON account FOR EACH ROW
    EXECUTE FUNCTION announce_account_standing();

-- the measure and reason of the restriction in force are part of the answer too (an appeal may modify them)
CREATE FUNCTION announce_restriction_standing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('redress_standing', NEW.account_id);
    RETURN NULL;
END
$$;

CREATE TRIGGER restriction_standing_announced
    AFTER UPDATE OF measure, reason_code ON restriction FOR EACH ROW
    EXECUTE FUNCTION announce_restriction_standing();
