-- marsad database, schema version 5: views that name things, for sqlite3 and datasette.
-- Read-only: nothing writes through them and no table changes. The ids they join on (not
-- declared as foreign keys):
--   mentions.entity, quotes.speaker, events.place, event_participants.entity -> entities.id
--   mentions.article, quotes.article, timexes.article, segments.article,
--     event_mentions.article, story_members.article, articles.duplicate_of -> articles.id
--   event_participants.event, event_mentions.event -> events.id
--   articles.story, story_members.story -> stories.id (members: stories.attrs $.articles)
-- An id with no row in `entities` has a NULL name. Offsets are code points into
-- articles.text (substr(text, start + 1, end - start) is the span). A view here is never
-- changed in place: a later schema file drops and recreates it.

-- One row per merged event. participant_ids and participant_names are ' ; '-joined in the
-- same order (by id; a participant without an entity record is named by its id there and has
-- "name": null in participants_json). n_mentions/n_articles count its evidence spans and the
-- articles they are in; evidence is the text of the first span (earliest article), and
-- evidence_json lists every span with its article, offsets, trigger word and text.
CREATE VIEW IF NOT EXISTS v_events AS
SELECT
  e.id AS id,
  e.type AS type,
  e.plover AS plover,
  e.status AS status,
  e.date AS date,
  e.series AS series,
  json_extract(e.attrs, '$.series_label') AS series_label,
  e.round AS round,
  e.place AS place_id,
  pl.name AS place_name,
  (SELECT group_concat(x.entity, ' ; ') FROM (
     SELECT p.entity FROM event_participants p WHERE p.event = e.id ORDER BY p.entity) x
  ) AS participant_ids,
  (SELECT group_concat(x.name, ' ; ') FROM (
     SELECT coalesce(en.name, p.entity) AS name FROM event_participants p
     LEFT JOIN entities en ON en.id = p.entity WHERE p.event = e.id ORDER BY p.entity) x
  ) AS participant_names,
  (SELECT json_group_array(json_object('id', x.entity, 'name', x.name, 'role', x.role)) FROM (
     SELECT p.entity, en.name, p.role FROM event_participants p
     LEFT JOIN entities en ON en.id = p.entity WHERE p.event = e.id ORDER BY p.entity) x
  ) AS participants_json,
  (SELECT count(*) FROM event_mentions m WHERE m.event = e.id) AS n_mentions,
  (SELECT count(DISTINCT m.article) FROM event_mentions m WHERE m.event = e.id) AS n_articles,
  (SELECT group_concat(x.t, ' ; ') FROM (
     SELECT DISTINCT json_extract(m.attrs, '$.trigger') AS t FROM event_mentions m
     WHERE m.event = e.id AND json_extract(m.attrs, '$.trigger') IS NOT NULL ORDER BY t) x
  ) AS triggers,
  (SELECT substr(a.text, m.start + 1, m."end" - m.start) FROM event_mentions m
     JOIN articles a ON a.id = m.article WHERE m.event = e.id
     ORDER BY a.published_date IS NULL, a.published_date, m.article, m.start LIMIT 1
  ) AS evidence,
  (SELECT json_group_array(json_object('article', x.article, 'start', x.start, 'end', x."end",
                                       'trigger', x.t, 'text', x.text)) FROM (
     SELECT m.article, m.start, m."end", json_extract(m.attrs, '$.trigger') AS t,
            substr(a.text, m.start + 1, m."end" - m.start) AS text
     FROM event_mentions m JOIN articles a ON a.id = m.article WHERE m.event = e.id
     ORDER BY a.published_date IS NULL, a.published_date, m.article, m.start) x
  ) AS evidence_json,
  json_extract(e.attrs, '$.stories') AS stories_json
FROM events e
LEFT JOIN entities pl ON pl.id = e.place;

-- Every quotation with its speaker named (NULL when unknown) and the article it is in.
CREATE VIEW IF NOT EXISTS v_quotes AS
SELECT
  q.article AS article_id,
  q.start AS start,
  q."end" AS "end",
  q.text AS text,
  q.kind AS kind,
  json_extract(q.attrs, '$.cue') AS cue,
  q.speaker AS speaker_id,
  sp.name AS speaker_name,
  a.title AS title,
  a.source AS source,
  a.published_date AS published_date,
  a.url AS url
FROM quotes q
JOIN articles a ON a.id = q.article
LEFT JOIN entities sp ON sp.id = q.speaker;

-- Every entity mention with its entity named and the article it is in.
CREATE VIEW IF NOT EXISTS v_mentions AS
SELECT
  m.article AS article_id,
  m.start AS start,
  m."end" AS "end",
  m.text AS text,
  m.type AS type,
  m.entity AS entity_id,
  en.name AS entity_name,
  en.type AS entity_type,
  en.qid AS entity_qid,
  a.title AS title
FROM mentions m
JOIN articles a ON a.id = m.article
LEFT JOIN entities en ON en.id = m.entity;

-- Every article without its text: flags ' ; '-joined (flags_json as stored) and how many
-- mentions, quotations and merged events it holds.
CREATE VIEW IF NOT EXISTS v_articles AS
SELECT
  a.id AS id,
  a.title AS title,
  a.source AS source,
  a.url AS url,
  a.published_date AS published_date,
  a.published_source AS published_source,
  a.story AS story_id,
  a.duplicate_group AS duplicate_group,
  a.duplicate_of AS duplicate_of,
  (SELECT group_concat(f.value, ' ; ') FROM json_each(a.flags) f) AS flags,
  a.flags AS flags_json,
  (SELECT count(*) FROM mentions m WHERE m.article = a.id) AS n_mentions,
  (SELECT count(*) FROM quotes q WHERE q.article = a.id) AS n_quotes,
  (SELECT count(DISTINCT m.event) FROM event_mentions m WHERE m.article = a.id) AS n_events,
  a.path AS path
FROM articles a;

-- Every stored member of every story (the members `marsad story` shows: stories.attrs
-- $.articles still in `articles`), with position, the number of stored members, and
-- first_title: the title of the earliest member (undated last). The story's headline
-- proper (its most central title) is in stories.jsonl and `marsad story`.
CREATE VIEW IF NOT EXISTS v_story_members AS
SELECT
  st.id AS story_id,
  count(*) OVER (PARTITION BY st.id) AS story_size,
  first_value(a.title) OVER (
    PARTITION BY st.id ORDER BY a.published_date IS NULL, a.published_date, a.id
    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS first_title,
  j.key AS position,
  a.id AS article_id,
  a.title AS title,
  a.source AS source,
  a.published_date AS published_date,
  a.url AS url
FROM stories st
JOIN json_each(st.attrs, '$.articles') j
JOIN articles a ON a.id = j.value;
