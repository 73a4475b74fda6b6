"""Stories: near-duplicates, story clusters, merged events, story summaries.

`text` turns an article into normalised words and shingles; `neardup` finds wire copy
and reposts with MinHash/LSH; `cluster` groups articles about one happening within a
sliding time window, incrementally; `merge` folds event mentions into corpus events;
`summary` says what a story is about; `state` keeps what incremental runs need in the
database. The timeline and its page are `marsad.report`'s.
"""
