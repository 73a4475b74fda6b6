-- marsad database, schema version 3: the indexes that keep writing linear.
-- A changed input replaces its older version found by path
-- (DELETE FROM articles WHERE path = ? AND id != ?): without this, a scan per article.
CREATE INDEX IF NOT EXISTS articles_path ON articles(path);
-- Deleting or replacing an event finds its mentions (foreign key event_mentions.event).
CREATE INDEX IF NOT EXISTS event_mentions_event ON event_mentions(event);
