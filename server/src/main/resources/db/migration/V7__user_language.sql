-- The language a user chose for the site ('en', 'ko'); NULL until they choose, and then the browser's language is used.
ALTER TABLE users ADD COLUMN language VARCHAR(8);
