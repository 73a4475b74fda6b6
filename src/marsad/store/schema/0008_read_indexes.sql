-- marsad database, schema version 8: indexes for reading (`marsad serve`, `marsad entity`).
-- An entity's articles and co-occurring entities (mentions by entity, then article).
CREATE INDEX IF NOT EXISTS mentions_entity_article ON mentions(entity, article);
-- Articles by date (the API's date filters and newest-first lists).
CREATE INDEX IF NOT EXISTS articles_published ON articles(published_date);
-- A quotation's speaker pages.
CREATE INDEX IF NOT EXISTS quotes_speaker_article ON quotes(speaker, article);
