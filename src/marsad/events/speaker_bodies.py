"""Bodies that speak without a name: «وقالت الشرطة», «أكد المركز الإعلامي للمقاومة أن», «وأوضحت
قيادة العمليات المشتركة» when no organisation of the article opens with that noun (the tagger
named none). The body is no entity, yet it is somebody: a verb without a subject after it
(«وأضافت», «مشيرة إلى») carries it on, and a statement it gave («في بيان») is its own, so
«وأضاف البيان» is that body again, not the last organisation named before.

The tracker stands for such a body with a described id (`DESCRIBED` + its offsets) while it
walks the article; a quotation never keeps that id as its speaker: it gets `None`, the words
describing the body (`speaker_text`) and where they stand (`speaker_at`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import quote_cues
from marsad.events.speaker_clauses import addresses_hearer
from marsad.events.words import AND, Word, stems
from marsad.lang.clitics import ARTICLE, LAM_ARTICLE

DESCRIBED = "described:"
_MAX_WORDS = 5  # the body's noun and its modifiers: القوات الجوية النيجيرية
_ENDS = frozenset({"stop", "complementizer", "addressee", "relay", "on_behalf", "verb", "participle",
                   "continuation"})
_TRIM = " ،,:\"“”«»()"


@dataclass(frozen=True, slots=True)
class DescribedBody:
    """A described body's words: where they stand, and the words."""

    start: int
    end: int
    text: str


@dataclass
class DescribedBodies:
    """The bodies described so far in an article, each with the noun it was described by."""

    seen: list[tuple[str, str]] = field(default_factory=list)  # (noun key, described id)

    def subject(self, ctx: ArticleContext, sent: Sentence, k: int, i0: int, end: int, key: str) -> str | None:
        """The described id of the body whose noun (`key`) is word `k`, when it opens the
        subject that starts at word `i0` (a time before it aside): «وقالت [الشرطة] في بيان»,
        not a body inside a longer subject. The noun alone again («وأضاف [المركز]» after
        «المركز الإعلامي للمقاومة») is the body last described by that noun."""
        if not opens_subject(ctx, sent, i0, k):
            return None
        start, stop = _words(ctx, sent, k, end)
        if stop == sent.words[k].end:
            again = [ent for noun, ent in self.seen if noun == key]
            if again:
                return again[-1]
        ent = f"{DESCRIBED}{start}:{stop}"
        self.seen.append((key, ent))
        return ent


def opens_subject(ctx: ArticleContext, sent: Sentence, i0: int, k: int) -> bool:
    """Whether word `k` opens the subject that starts at word `i0`, a time before it aside
    («وقالت أمس [الشرطة]»; not «فئة من مشجعي [النادي]»)."""
    return all(ctx.in_timex(w) for w in sent.words[i0:k])


def _words(ctx: ArticleContext, sent: Sentence, k: int, end: int) -> tuple[int, int]:
    """Where the body's noun at word `k` and the words that modify it stand, before word `end`
    (up to a preposition, a verb, a time, a hearer, a mark or a colon; after a noun with the article,
    up to a word without it, which cannot describe it: «وأرجعت [الشركة] تراجع أرباحها إلى …»)."""
    ws = sent.words
    last = k
    for j in range(k + 1, min(end, k + _MAX_WORDS)):
        between = ctx.text[ws[j - 1].end:ws[j].start]
        if any(ch in between for ch in ":،,\"“”«»()") or quote_cues().at(ws, j, _ENDS) \
                or ctx.in_timex(ws[j]) or (addresses_hearer(ws[j], False) and ctx.mention_at(ws[j]) is None) \
                or (_has_article(ws[k]) and not _has_article(ws[j]) and ctx.mention_at(ws[j]) is None):
            break
        last = j
    return ws[k].start, ws[last].end


def _has_article(w: Word) -> bool:
    """Whether a word carries the article, after a proclitic or not («الشركة», «للإحصاء»)."""
    return w.norm.startswith((LAM_ARTICLE, AND + LAM_ARTICLE)) \
        or any(st.stem.startswith(ARTICLE) for st in stems(w.norm))


def described(ctx: ArticleContext, speaker: str | None) -> DescribedBody | None:
    """The body a described id stands for (None for an entity id or nobody)."""
    if speaker is None or not speaker.startswith(DESCRIBED):
        return None
    start, end = (int(x) for x in speaker[len(DESCRIBED):].split(":"))
    return DescribedBody(start, end, ctx.text[start:end].strip(_TRIM))
