-- marsad database, schema version 4: exact duplicate inputs keep rows of their own.
-- An input with the same content as an earlier one gets its own row (flag exact_duplicate)
-- whose duplicate_of names the article it duplicates (`marsad.ingest.duplicates`).
ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles(duplicate_of);
