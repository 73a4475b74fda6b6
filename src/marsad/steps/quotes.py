"""Quotations: layer `quotes`, spans over the quoted words (inside the marks for a direct
quote, the complement clause for an indirect one) with label `direct|indirect` and attrs
`QuoteAttrs` (speaker: entity id | None, cue: the speech word). See `marsad.events.quotes`."""

from __future__ import annotations

from marsad.events.context import build_context
from marsad.events.quote_highlights import with_highlights
from marsad.events.quote_interviewee import with_interview
from marsad.events.quote_nested import outside_longer
from marsad.events.quotes import extract_quotes
from marsad.model import Article
from marsad.steps.base import stage


@stage("quotes", requires=("segments", "mentions", "entity_ids"), provides=("quotes",))
def quotes(art: Article) -> None:
    ctx = build_context(art)
    art.set_layer("quotes", outside_longer(with_highlights(ctx, with_interview(ctx, extract_quotes(ctx)))))
