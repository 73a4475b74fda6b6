"""The records every stage reads and writes."""

from marsad.model.article import Article, Outcome, StoredArticle
from marsad.model.corpus import Corpus, Entity, MergedEvent
from marsad.model.layers import EventAttrs, Happening, MentionAttrs, QuoteAttrs, SegmentAttrs, TimexAttrs
from marsad.model.published import DateEvidence, Published
from marsad.model.span import Span

__all__ = ["Article", "Corpus", "DateEvidence", "Entity", "EventAttrs", "Happening", "MentionAttrs",
           "MergedEvent", "Outcome", "Published", "QuoteAttrs", "SegmentAttrs", "Span", "StoredArticle",
           "TimexAttrs"]
