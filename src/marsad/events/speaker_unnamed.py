"""Whether the words describing a speaker no name resolves stand for someone unnamed.

`someone_unnamed`: an office or source word, a group or one of a group, that a later verb may go
back to. `nobody_named`: such words that stand for nobody the article names (an unnamed source,
group or indefinite office), so they get no place in the text; a definite office, or one in
construct with a named body («وزيرة خارجية [الاتحاد الأوروبي]»), singles out one holder.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.lexicon import quote_cues, speaker_ref
from marsad.events.speaker_clauses import speaker_clauses, unnamed_group
from marsad.events.speaker_names import definite, definite_at
from marsad.events.words import words_of

_PARTITIVE = frozenset({"partitive"})
_NAME_NOUN = frozenset({"name_noun"})  # quote cue kind: a noun heading a name (جماعة, حزب, وكالة)
UNNAMED_SOURCES = frozenset({"مصدر", "شاهد"})  # speaker_references keys of unnamed sources and witnesses
_CHAIN_WORDS = 3  # indefinite nouns in construct after an office before the body it heads


def someone_unnamed(description: str) -> bool:
    """The words describing a speaker name someone unnamed a later verb may go back to: an
    office or source word («مصادر أمنية», «مسؤول في الوزارة», «المتحدث باسم ...»), a group
    («مسؤولون مصريون», «سكان») or one of a group («أحد المشاركين»); not any phrase left
    without a name («قيد الناخبين ...» after a verb read as relaying)."""
    ws = words_of(description)
    if not ws:
        return False
    ref = speaker_ref(ws[0].norm)
    return bool(ref and ref[0] == "title") or unnamed_group(ws[0]) \
        or speaker_clauses().at(ws, 0, _PARTITIVE) is not None


def nobody_named(description: str, ctx: ArticleContext | None = None,
                 at: tuple[int, int] | None = None) -> bool:
    """The words describing a speaker stand for nobody the article names: an unnamed source or
    group («مصادر أمنية», «المصادر», «سكان», «أحد المشاركين») or an indefinite office («مسؤول في
    الوزارة»); such a speaker has no place in the text. Not a definite office that singles out
    one person («المتحدث الرسمي للمركز …», «النائب الديمقراطي البارز …»), nor an office in
    construct with a definite noun («رئيس الوزراء الماليزي», «وزير السياحة المصري»: definite by
    what it is annexed to, the one holder the article names) or, given the article (`ctx`) and
    where the words stand (`at`), one heading a construct that reaches a named body («وزيرة خارجية
    [الاتحاد الأوروبي]»)."""
    ws = words_of(description)
    if not ws or not someone_unnamed(description):
        return False
    ref = speaker_ref(ws[0].norm)
    office = ref is not None and ref[0] == "title"
    known = definite_at(ws, 0, len(ws)) if office else definite(ws[0].norm)
    if office and not known and ctx is not None and at is not None:
        known = _office_of_named_body(ctx, at)
    return not known or unnamed_group(ws[0]) or (ref is not None and ref[1] in UNNAMED_SOURCES)


def _office_of_named_body(ctx: ArticleContext, at: tuple[int, int]) -> bool:
    """The office opening the words at `at` heads a construct of bare indefinite nouns that
    reaches a body's or place's name: «رئيسة [اتحاد جمعيات الصحافيين] الإسبان», «وزيرة خارجية
    [الاتحاد الأوروبي]» — the one holder of that body's office, as definite as «وزير الحج». Not
    past a preposition or comma («مسؤول في [الوزارة]», «مسؤول بالوزارة»), an adjective's
    construct that names no body («مسؤول رفيع المستوى») or a place right after the office (a
    nisba: «ضابط بوروندي»); a place past a noun of office is its body («رئيس وزراء [اليونان]»)."""
    sent = ctx.sentence_at(at[0])
    if sent is None:
        return False
    ws = sent.words
    k = sent.word_index(at[0])
    for j in range(k + 1, min(len(ws), k + 1 + _CHAIN_WORDS)):
        if ws[j].start >= at[1] or ctx.text[ws[j - 1].end:ws[j].start].strip():
            return False
        m = ctx.mention_at(ws[j])
        if m is not None:
            # a place right after the office is its adjective («ضابط [بوروندي]»: someone unnamed)
            return m.start == ws[j].start and (m.label == "ORG" or (m.label == "LOC" and j > k + 1))
        if definite(ws[j].norm) or ((c := quote_cues().at(ws, j)) is not None and c.kind not in _NAME_NOUN):
            return False  # a noun heading a name goes on to it: «زعيم [جماعة] الحوثي»
    return False
