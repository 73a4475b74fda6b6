-- Full-text search (schema version 7): an FTS5 index over Arabic-normalised text.
-- search_docs keys each indexed article (its rowid is the FTS row) with the article's
-- `updated` value and a digest of the indexed text, so indexing again skips what is current,
-- and a copy of the fields the filters read (published date, outlet): a search filters
-- and ranks without reading the articles table.
-- Columns hold words in their matching form separated by spaces: title, the kept body
-- (body and heading segments) and the clitic-free forms of their words (بالرياض -> رياض).
CREATE TABLE IF NOT EXISTS search_docs (
  rowid INTEGER PRIMARY KEY,
  article TEXT NOT NULL UNIQUE,
  updated TEXT NOT NULL,
  digest TEXT NOT NULL,
  published TEXT,
  source TEXT
);
CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
  title, body, forms, tokenize = 'unicode61 remove_diacritics 0'
);
-- The ranking: bm25 with a hit in the title counting most.
INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 0.7)');
-- Browsing by date, newest first.
CREATE INDEX IF NOT EXISTS search_docs_published ON search_docs(published);
