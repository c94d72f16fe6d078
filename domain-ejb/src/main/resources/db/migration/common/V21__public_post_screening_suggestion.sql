-- A public post's suggestion may come from the account's screening exposure (one or two degrees of separation): the
-- screening behind it, and what the text alone suggested (what the integration login is answered instead).
ALTER TABLE public_post ADD COLUMN screening_id BIGINT;
ALTER TABLE public_post ADD COLUMN text_kind VARCHAR(32);
ALTER TABLE public_post ADD COLUMN text_score INTEGER;
ALTER TABLE public_post ADD COLUMN text_evidence VARCHAR(4000);
