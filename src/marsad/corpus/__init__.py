"""Corpus-level steps: they see every article of a run at once."""
