-- marsad database, schema version 1.
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  url TEXT,
  source TEXT,
  title TEXT,
  text TEXT NOT NULL,
  body TEXT NOT NULL,
  published_date TEXT,
  published_source TEXT,
  published_json TEXT,           -- the full published record: flags, evidence, reasoning
  flags TEXT NOT NULL DEFAULT '[]',
  meta TEXT NOT NULL DEFAULT '{}',
  story TEXT,
  duplicate_group TEXT,
  updated TEXT NOT NULL
);

-- Every layer of spans: segments, tokens, ... with offsets into articles.text.
CREATE TABLE IF NOT EXISTS segments (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL,
  role TEXT NOT NULL, lang TEXT, cue TEXT,
  PRIMARY KEY (article, start)
);
CREATE TABLE IF NOT EXISTS mentions (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL, type TEXT NOT NULL, entity TEXT, attrs TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (article, start, end)
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);
CREATE TABLE IF NOT EXISTS timexes (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL, type TEXT NOT NULL, value TEXT, attrs TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (article, start, end)
);
CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, qid TEXT,
  attrs TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS entity_variants (
  entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  variant TEXT NOT NULL, norm TEXT NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY (entity, variant)
);
CREATE INDEX IF NOT EXISTS entity_variants_norm ON entity_variants(norm);
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, plover TEXT, place TEXT, date TEXT,
  series TEXT, round INTEGER, status TEXT, attrs TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS event_participants (
  event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  entity TEXT NOT NULL, role TEXT,
  PRIMARY KEY (event, entity)
);
CREATE TABLE IF NOT EXISTS event_mentions (
  event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL, type TEXT NOT NULL,
  attrs TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (article, start, type)
);
CREATE TABLE IF NOT EXISTS quotes (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL, kind TEXT NOT NULL, speaker TEXT, attrs TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (article, start, end)
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE TABLE IF NOT EXISTS stories (
  id TEXT PRIMARY KEY, attrs TEXT NOT NULL DEFAULT '{}'
);
-- What happened to every input: read, or skipped with the stage and the reason.
CREATE TABLE IF NOT EXISTS outcomes (
  path TEXT PRIMARY KEY, status TEXT NOT NULL, stage TEXT NOT NULL,
  reason TEXT NOT NULL, article TEXT, updated TEXT NOT NULL
);
