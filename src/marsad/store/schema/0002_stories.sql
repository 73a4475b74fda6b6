-- marsad database, schema version 2: what incremental story assignment keeps.
-- MinHash sketches of every article seen (near-duplicates of later articles are found
-- against them without re-reading old text).
CREATE TABLE IF NOT EXISTS story_sketches (
  article TEXT PRIMARY KEY, dup_group TEXT NOT NULL, day TEXT,
  size INTEGER NOT NULL, lead_size INTEGER NOT NULL, full BLOB NOT NULL, lead BLOB NOT NULL
);
-- Story centroids (top weighted features), their date span and size.
CREATE TABLE IF NOT EXISTS story_state (
  id TEXT PRIMARY KEY, size INTEGER NOT NULL, first TEXT, last TEXT, centroid TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS story_members (
  article TEXT PRIMARY KEY, story TEXT NOT NULL, dup_group TEXT
);
CREATE INDEX IF NOT EXISTS story_members_story ON story_members(story);
-- Document frequencies of story features, for idf weights that grow with the corpus.
CREATE TABLE IF NOT EXISTS story_df (feature TEXT PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS story_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
