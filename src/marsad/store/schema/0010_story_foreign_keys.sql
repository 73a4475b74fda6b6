-- marsad database, schema version 10: the ids that name an article or a story in the story
-- tables are foreign keys too (version 9 declared those that name an entity):
--   story_members.article, story_sketches.article -> articles.id
--   articles.story, story_members.story, story_state.id -> stories.id
-- They are DEFERRABLE INITIALLY DEFERRED: a run saves its sketches and its story state (the
-- dedup and stories steps) before its articles and its stories rows, and replaces an article
-- or a story row whole (INSERT OR REPLACE), so they are checked when the run's one
-- transaction commits; a run that would leave one pointing nowhere fails with nothing
-- written. No ON DELETE action: a REPLACE deletes the row it replaces, and a cascade would
-- take the story rows of every article a run saves again. An article a newer version of
-- its file replaces takes its membership and its sketch with it (`store/sqlite.save_articles`).
--
-- Three ids stay undeclared, each because it may name no row by design:
--   articles.duplicate_of: the original an exact duplicate copies; when the original's file
--     changes, the original is replaced and the duplicate keeps naming the content it copies;
--   outcomes.article: the id an input had when it was read, also for an input a stage
--     skipped (never stored);
--   search_docs.article: the search index, which follows the articles when it is updated
--     (every run updates it in its transaction; `store/search.drop_gone`).
--
-- Each table is rebuilt as version 9 rebuilt its tables (renamed aside, made again with the
-- same columns in the same order plus the constraints, refilled with the same rowids, since
-- `ORDER BY rowid` is the order articles were stored in, and dropped), with foreign keys off
-- and the legacy rename, so that the other tables' references and the views keep their
-- names. An id that pointed nowhere in an older database is dropped: NULL for an article's
-- story, the row for a member, a sketch or a story's state.

ALTER TABLE articles RENAME TO articles_v9;
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  url TEXT,
  source TEXT,
  title TEXT,
  text TEXT NOT NULL,
  body TEXT NOT NULL,
  published_date TEXT,
  published_source TEXT,
  published_json TEXT,
  flags TEXT NOT NULL DEFAULT '[]',
  meta TEXT NOT NULL DEFAULT '{}',
  story TEXT REFERENCES stories(id) DEFERRABLE INITIALLY DEFERRED,
  duplicate_group TEXT,
  updated TEXT NOT NULL,
  duplicate_of TEXT,
  origin TEXT
);
INSERT INTO articles (rowid, id, path, url, source, title, text, body, published_date, published_source,
                      published_json, flags, meta, story, duplicate_group, updated, duplicate_of, origin)
  SELECT rowid, id, path, url, source, title, text, body, published_date, published_source,
         published_json, flags, meta, CASE WHEN story IN (SELECT id FROM stories) THEN story END,
         duplicate_group, updated, duplicate_of, origin
  FROM articles_v9 ORDER BY rowid;
DROP TABLE articles_v9;
CREATE INDEX IF NOT EXISTS articles_path ON articles(path);
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles(duplicate_of);
CREATE INDEX IF NOT EXISTS articles_origin ON articles(origin);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published_date);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story);

ALTER TABLE story_members RENAME TO story_members_v9;
CREATE TABLE story_members (
  article TEXT PRIMARY KEY REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED,
  story TEXT NOT NULL REFERENCES stories(id) DEFERRABLE INITIALLY DEFERRED,
  dup_group TEXT
);
INSERT INTO story_members (rowid, article, story, dup_group)
  SELECT rowid, article, story, dup_group FROM story_members_v9
  WHERE article IN (SELECT id FROM articles) AND story IN (SELECT id FROM stories) ORDER BY rowid;
DROP TABLE story_members_v9;
CREATE INDEX IF NOT EXISTS story_members_story ON story_members(story);

ALTER TABLE story_sketches RENAME TO story_sketches_v9;
CREATE TABLE story_sketches (
  article TEXT PRIMARY KEY REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED,
  dup_group TEXT NOT NULL, day TEXT,
  size INTEGER NOT NULL, lead_size INTEGER NOT NULL, full BLOB NOT NULL, lead BLOB NOT NULL
);
INSERT INTO story_sketches (rowid, article, dup_group, day, size, lead_size, full, lead)
  SELECT rowid, article, dup_group, day, size, lead_size, full, lead FROM story_sketches_v9
  WHERE article IN (SELECT id FROM articles) ORDER BY rowid;
DROP TABLE story_sketches_v9;

ALTER TABLE story_state RENAME TO story_state_v9;
CREATE TABLE story_state (
  id TEXT PRIMARY KEY REFERENCES stories(id) DEFERRABLE INITIALLY DEFERRED,
  size INTEGER NOT NULL, first TEXT, last TEXT, centroid TEXT NOT NULL
);
INSERT INTO story_state (rowid, id, size, first, last, centroid)
  SELECT rowid, id, size, first, last, centroid FROM story_state_v9
  WHERE id IN (SELECT id FROM stories) ORDER BY rowid;
DROP TABLE story_state_v9;
