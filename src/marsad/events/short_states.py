"""A state named by the bare head of its full name, as the state the article names in full.

Arabic news names a state by the head noun of its formal name once the name is known: «وقعت
المملكة العربية السعودية اتفاقيات ... وبهذا تكون المملكة قد وقعت» (the Kingdom: Saudi Arabia),
«سلطنة عمان ... السلطنة» (the Sultanate: Oman). Resolution leaves the bare «المملكة» unresolved
on purpose (lang/kb/countries.yaml: it is Saudi Arabia in Saudi papers, Jordan, Bahrain or Morocco
in theirs, and stories move with it), so an event whose party is «المملكة» names a party no other
mention of the state shares. Within one article the head is the one state the article names in
full with that head (المملكة العربية السعودية, المملكة الأردنية الهاشمية, المملكة المتحدة,
سلطنة عمان): the events step reads the bare head as that state, and as nothing when the article
names none or two of them.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from marsad.events.context import ArticleContext
from marsad.lang import kb_entries
from marsad.lang.normalize import normalize
from marsad.model import MentionAttrs, Span

_ARTICLE = "ال"
_PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_HEADS = tuple(normalize(w) for w in ("مملكة", "سلطنة"))  # the heads of a state's formal name


@cache
def _headed_states() -> dict[str, frozenset[str]]:
    """Each head -> the catalogue's states whose name or other name opens with it (the head,
    with or without the article: «المملكة العربية السعودية», «سلطنة عمان»)."""
    out: dict[str, set[str]] = {h: set() for h in _HEADS}
    for raw in kb_entries("countries.yaml"):
        for name in [raw.get("name", ""), *(raw.get("names") or [])]:
            first = normalize(str(name)).split()[:1]
            if first and first[0].removeprefix(_ARTICLE) in out and len(normalize(str(name)).split()) > 1:
                out[first[0].removeprefix(_ARTICLE)].add(str(raw["id"]))
    return {h: frozenset(ids) for h, ids in out.items()}


def _bare_head(word: str) -> str | None:
    """The head a mention's one word is, with the article and a proclitic before it («بالمملكة»,
    «والسلطنة»), else None."""
    for clitic in ("", *_PROCLITICS):
        if word.startswith(clitic + _ARTICLE) and word[len(clitic) + 2:] in _HEADS:
            return word[len(clitic) + 2:]
    return None


def _full_head(word: str) -> str | None:
    """The head a full name's first word is («المملكة», «سلطنة», «بالمملكة»), else None."""
    for clitic in ("", *_PROCLITICS):
        for article in (_ARTICLE, ""):
            lead = clitic + article
            if word.startswith(lead) and word[len(lead):] in _HEADS:
                return word[len(lead):]
    return None


def _told_apart(ctx: ArticleContext, bare: list[Span[MentionAttrs]], states: set[str]) -> bool:
    """Whether a sentence names the state beside a bare head («تربط المملكة، والمملكة الأردنية
    الهاشمية», «اتفقت المملكة والأردن»): the bare head is another kingdom there (a Saudi paper's
    Kingdom), so nowhere in the article that state."""
    for m in bare:
        sent = ctx.sentence_at(m.start)
        if sent is not None and any(o is not m and str(o.attrs.entity) in states
                                    for o in ctx.mentions_in(sent.start, sent.end)):
            return True
    return False


def with_short_states(ctx: ArticleContext) -> ArticleContext:
    """`ctx` with each bare «المملكة» / «السلطنة» mention keyed to the one state of that head the
    article names in full (see the module)."""
    named: dict[str, set[str]] = {}  # head -> the states a mention names in full with it
    for m in ctx.mentions:
        words = normalize(m.slice(ctx.text)).split()
        head = _full_head(words[0]) if len(words) > 1 and m.attrs.entity else None
        if head is not None and str(m.attrs.entity) in _headed_states()[head]:
            named.setdefault(head, set()).add(str(m.attrs.entity))
    bare: list[tuple[int, str]] = []
    for i, m in enumerate(ctx.mentions):
        words = normalize(m.slice(ctx.text)).split()
        head = _bare_head(words[0]) if len(words) == 1 else None
        if head is not None and str(m.attrs.entity) not in _headed_states()[head]:
            bare.append((i, head))
    if not bare:
        return ctx
    mentions: list[Span[MentionAttrs]] = list(ctx.mentions)
    for i, head in bare:
        states = named.get(head, set())
        if len(states) == 1 and not _told_apart(ctx, [mentions[j] for j, h in bare if h == head], states):
            m = mentions[i]
            mentions[i] = Span(m.start, m.end, m.label, replace(m.attrs, entity=next(iter(states))))
    return ctx.with_mentions(mentions)
