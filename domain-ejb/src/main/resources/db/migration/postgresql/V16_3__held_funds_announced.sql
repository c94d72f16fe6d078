-- A WITHDRAW decision lists the funds screening holds on the account (a deposit frozen or held for review), and each
-- instance's decision cache keeps them beside the standing (CachedHeldFunds). So every change of a hold in force is
-- announced like a change of standing: same channel, same payload (the account's id), in commit order.
-- A deposit that passed holds nothing and needs no announcement.
CREATE FUNCTION announce_held_funds() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('redress_standing', CASE WHEN TG_OP = 'DELETE' THEN OLD.account_id ELSE NEW.account_id END);
    IF TG_OP = 'UPDATE' AND OLD.account_id <> NEW.account_id THEN
        PERFORM pg_notify('redress_standing', OLD.account_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER held_funds_created
    AFTER INSERT ON deposit_screening FOR EACH ROW
    WHEN (NEW.in_force)
    EXECUTE FUNCTION announce_held_funds();

CREATE TRIGGER held_funds_changed
    AFTER UPDATE OF in_force, measure, covered_amount, asset, account_id OR DELETE
    ON deposit_screening FOR EACH ROW
    EXECUTE FUNCTION announce_held_funds();
