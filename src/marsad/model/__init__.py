"""The records every stage reads and writes."""

from marsad.model.article import Article, Outcome, StoredArticle
from marsad.model.corpus import Corpus
from marsad.model.span import Span

__all__ = ["Article", "Corpus", "Outcome", "Span", "StoredArticle"]
