-- Whether the customer knows of a case: they asked for it, or Redress wrote to them about it. A case staff open in the
-- INTERNAL channel is their own work until then: no acknowledgement, and the exchange's customer view does not show it.
-- Every case before this column was acknowledged or quoted to its customer, so all of them are known.
ALTER TABLE support_case ADD COLUMN known_to_customer BOOLEAN DEFAULT TRUE NOT NULL;
