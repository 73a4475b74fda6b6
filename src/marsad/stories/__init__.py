"""Stories and timeline: near-duplicates, story clusters, merged events, the timeline.

`text` turns an article into normalised words and shingles; `neardup` finds wire copy
and reposts with MinHash/LSH; `cluster` groups articles about one happening within a
sliding time window, incrementally; `merge` folds event mentions into corpus events;
`timeline` orders them; `html` renders the static page; `state` keeps what incremental
runs need in the database.
"""
