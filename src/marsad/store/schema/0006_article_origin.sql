-- marsad database, schema version 6: where an article was read from, as a key that names
-- the same file from any working directory (its resolved path, and the record number of a
-- JSON Lines file), or NULL for standard input. A newer version read from the same origin
-- replaces the older one; articles without an origin (stdin) are never replaced by place,
-- only by identity (content and URL), so two runs from stdin keep both batches.
ALTER TABLE articles ADD COLUMN origin TEXT;
CREATE INDEX IF NOT EXISTS articles_origin ON articles(origin);
