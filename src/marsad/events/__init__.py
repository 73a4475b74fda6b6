"""Events and quotations: who visited, met, called or agreed with whom, and who said what.

The mechanisms live here; the Arabic (triggers, cues, ordinals, quote verbs, speaker
references) lives in `lang/ar/event_*.tsv`, `quote_*.tsv` and `speaker_references.tsv`.
Everything works on normalised words mapped back to offsets in the untouched text.
"""
