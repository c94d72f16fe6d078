-- The standing moved to account_standing (V9): its changes are announced from there, and the account row announces
-- only what a decision still reads from it, the open derivatives positions (and a deletion). Same channel, same
-- payload (the account's external id), still in commit order.
DROP TRIGGER account_standing_announced ON account;

CREATE TRIGGER account_positions_announced
    AFTER UPDATE OF open_derivatives_positions OR DELETE
    ON account FOR EACH ROW
    EXECUTE FUNCTION announce_account_standing();

CREATE FUNCTION announce_kept_standing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('redress_standing', CASE WHEN TG_OP = 'DELETE' THEN OLD.account_id ELSE NEW.account_id END);
    RETURN NULL;
END
$$;

CREATE TRIGGER kept_standing_announced
    AFTER UPDATE OF status, withdrawals_frozen, window_ends_at, restriction_id OR DELETE
    ON account_standing FOR EACH ROW
    EXECUTE FUNCTION announce_kept_standing();

-- a standing row created after its account with something in force (an account mirrored before V9 and never
-- given one) changes what a cached "active" said; a new account's row says active and needs no announcement
CREATE TRIGGER kept_standing_created
    AFTER INSERT ON account_standing FOR EACH ROW
    WHEN (NEW.status <> 'ACTIVE' OR NEW.withdrawals_frozen OR NEW.restriction_id IS NOT NULL)
    EXECUTE FUNCTION announce_kept_standing();
