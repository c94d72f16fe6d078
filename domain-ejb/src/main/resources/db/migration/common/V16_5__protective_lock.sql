-- A protective lock on an account (its API keys were exposed by a third party): no API trading, no withdrawals to new
-- addresses, until the customer's verification lifts it. Kept on the standing row (restrictions' own, under its
-- version) because every decision reads it; it is no restriction and changes no status. The reason names what placed
-- it, e.g. incident:INC-2026-0001.
ALTER TABLE account_standing ADD COLUMN protective_lock VARCHAR(120);
ALTER TABLE account_standing ADD COLUMN protective_lock_since TIMESTAMP WITH TIME ZONE;

-- a bulk action of a third-party incident may place it on every affected account
ALTER TABLE incident_action ADD COLUMN protective_lock BOOLEAN DEFAULT FALSE NOT NULL;
