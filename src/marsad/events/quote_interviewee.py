"""Who answers an interview, and the answers as that person's quotations (`quote_interview`
finds the turns): the person the title gives the word to («الزيد: …»), else the one the lead
quotes most, else the lead's person most mentioned; a person a byline names as asking («حوار -
X», «حاوره: X») never answers.
"""

from __future__ import annotations

import re
from collections import Counter

from marsad.events.context import ArticleContext
from marsad.events.quote_interview import continued_answers, turn_marks, turns
from marsad.lang.normalize import normalize
from marsad.model import QuoteAttrs, Span

_BYLINE_MARKS = ":\\-–—"
TITLE_SPEAKER_WORDS = 4  # «هزبر محمود: …»; a longer head before the colon is not a name


def interviewee(ctx: ArticleContext, quotes: list[Span[QuoteAttrs]], before: int) -> str | None:
    """Who answers: the person the title gives the word to («الغذامي: لا أفوّت …»), else the one
    the lead (the text before `before`) quotes most, else the lead's person most mentioned in
    the article; None when the lead names no one."""
    titled = _title_speaker(ctx)
    if titled is not None:
        return titled
    asking = _interviewers(ctx)
    said = Counter(q.attrs.speaker for q in quotes
                   if q.end <= before and q.attrs.speaker and q.attrs.speaker not in asking)
    if said:
        return said.most_common(1)[0][0]
    lead = [ctx.entity_of(m) for m in ctx.mentions
            if m.label == "PER" and m.end <= before and ctx.entity_of(m) not in asking]
    if not lead:
        return None
    counts = Counter(ctx.entity_of(m) for m in ctx.mentions if m.label == "PER")
    return max(dict.fromkeys(lead), key=lambda ent: counts[ent])  # ties: the first named


def _interviewers(ctx: ArticleContext) -> set[str]:
    """The people a byline names as asking («حوار - حاتم البراهيم», «حاوره: …»): a byline word,
    a dash or colon, the name, anywhere in the text (a byline cut as junk holds no mention)."""
    words = "|".join(re.escape(w) for w in turn_marks().interviewer_words)
    out: set[str] = set()
    for form in {m.slice(ctx.text) for m in ctx.mentions if m.label == "PER"}:
        if re.search(rf"(?:{words})\s*[{_BYLINE_MARKS}]\s*{re.escape(form)}", ctx.text):
            out.update(ctx.entity_of(m) for m in ctx.mentions if m.slice(ctx.text) == form)
    return out  # «حوار الغذامي مع سبق» (no mark between) names the one answering


def _title_speaker(ctx: ArticleContext) -> str | None:
    """The person a title «X: …» opens with, as the article names them."""
    title = ctx.article.title or ""
    head = title.split(":")[0].split() if ":" in title else []
    if not head or len(head) > TITLE_SPEAKER_WORDS:
        return None
    last = normalize(head[-1])
    for m in ctx.mentions:
        if m.label == "PER" and normalize(m.slice(ctx.text)).split()[-1:] == [last]:
            return ctx.entity_of(m)
    return None


def with_interview(ctx: ArticleContext, quotes: list[Span[QuoteAttrs]]) -> list[Span[QuoteAttrs]]:
    """`quotes` with each interview answer as a direct quote of the interviewee, and none inside
    a question line."""
    pairs = turns(ctx.text, [(s.start, s.end) for s in ctx.sentences if s.role != "title"])
    if not pairs:
        return quotes
    spans = [answer for _, answer in pairs]
    speaker = interviewee(ctx, quotes, spans[0][0])
    if speaker is None:  # no one named before the first answer: a writer's questions, not an interview
        return quotes
    questions = [q for q, _ in pairs if q is not None]
    kept = [q for q in quotes if not any(s <= q.start and q.end <= e for s, e in spans + questions)]
    added = [Span(s, e, "direct", QuoteAttrs(speaker=speaker, cue="-")) for s, e in spans
             if not any(q.start < e and s < q.end for q in kept)]
    held = [(q.start, q.end) for q in kept + added]
    added += [Span(s, e, "direct", QuoteAttrs(speaker=speaker, cue="-")) for s, e
              in continued_answers(ctx.text, pairs, held)]
    return sorted(kept + added, key=lambda q: q.start)
