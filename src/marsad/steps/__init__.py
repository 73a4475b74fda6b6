"""The steps of the pipeline, one module each: thin adapters from the domain folders to
the chain. A `Stage` works on one article (segment, language, published, timex, ner,
quotes, events); a `CorpusStep` on all the articles of a run (site_chrome,
writing_days, resolve_entities, dedup, stories, merge_events). `base` says what a step is."""
