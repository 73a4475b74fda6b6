-- marsad database, schema version 9: the ids that name an entity are foreign keys to
-- entities(id), so that sqlite3, datasette and any other reader see (and follow) where a
-- hash points:
--   mentions.entity, quotes.speaker, events.place, event_participants.entity -> entities.id
-- (the article and event ids of every layer were foreign keys from version 1). They are
-- DEFERRABLE INITIALLY DEFERRED: a run writes its mentions before its entities and replaces
-- the entities whole when it resolves every mention again, so they are checked when the
-- run's one transaction commits; a run that would leave an id pointing nowhere fails with
-- nothing written.
--
-- SQLite adds a constraint only by rebuilding the table: each table is renamed aside, made
-- again with the same columns in the same order plus the constraint, refilled and dropped
-- (`store/sqlite.connect` runs migrations with foreign keys off and the legacy rename, so
-- that the views and the other tables' references keep their names, then checks every
-- foreign key). An id that pointed nowhere in an older database is dropped: NULL for a
-- mention's entity, a quotation's speaker or an event's place, the row for a participant.

ALTER TABLE mentions RENAME TO mentions_v8;
CREATE TABLE mentions (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL, type TEXT NOT NULL,
  entity TEXT REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  attrs TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (article, start, end)
);
INSERT INTO mentions
  SELECT article, start, "end", text, type,
         CASE WHEN entity IN (SELECT id FROM entities) THEN entity END, attrs
  FROM mentions_v8;
DROP TABLE mentions_v8;
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);
CREATE INDEX IF NOT EXISTS mentions_entity_article ON mentions(entity, article);

ALTER TABLE quotes RENAME TO quotes_v8;
CREATE TABLE quotes (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL, kind TEXT NOT NULL,
  speaker TEXT REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  attrs TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (article, start, end)
);
INSERT INTO quotes
  SELECT article, start, "end", text, kind,
         CASE WHEN speaker IN (SELECT id FROM entities) THEN speaker END, attrs
  FROM quotes_v8;
DROP TABLE quotes_v8;
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE INDEX IF NOT EXISTS quotes_speaker_article ON quotes(speaker, article);

ALTER TABLE events RENAME TO events_v8;
CREATE TABLE events (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, plover TEXT,
  place TEXT REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  date TEXT, series TEXT, round INTEGER, status TEXT, attrs TEXT NOT NULL DEFAULT '{}'
);
INSERT INTO events
  SELECT id, type, plover, CASE WHEN place IN (SELECT id FROM entities) THEN place END,
         date, series, round, status, attrs
  FROM events_v8;
DROP TABLE events_v8;

ALTER TABLE event_participants RENAME TO event_participants_v8;
CREATE TABLE event_participants (
  event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  entity TEXT NOT NULL REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  role TEXT,
  PRIMARY KEY (event, entity)
);
INSERT INTO event_participants
  SELECT event, entity, role FROM event_participants_v8 WHERE entity IN (SELECT id FROM entities);
DROP TABLE event_participants_v8;
-- Deleting or replacing an entity finds what points to it (the others have theirs).
CREATE INDEX IF NOT EXISTS events_place ON events(place);
CREATE INDEX IF NOT EXISTS event_participants_entity ON event_participants(entity);
