-- The language a staff member reads the console in (en, fr, ja), beside their time zone. Null: the browser's language.
ALTER TABLE staff_preference ADD COLUMN language VARCHAR(8);
