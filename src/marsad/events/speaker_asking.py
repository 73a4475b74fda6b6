"""The subject of a verb of asking or accusing put before it: «وكان [صالح] قد طالب الحكومة
الإماراتية [بمراجعة موقفها]», «إلا أن [مديرية الأحوال] طالبت المواطن [بإحضار ...]».

Such a verb (quote_objects rows whose preposition is «ب+»: طالب, ناشد, اتهم, أوصى, برر, or «ب*»,
the orders أمر, وجّه; the
calls of quote_calls: دعا, حث, طلب) names the one asked or accused right after it, before what
was asked: «طالب [الحكومة] بمراجعة ...». When its subject already stands before it (after كان,
a complementizer or at the sentence's start, «قد» between), the name after the verb is that
object, never the speaker: the words before it say who asked (issue 15, round 38, from the
quotes-dev lists: «وكان صالح قد طالب الحكومة الإماراتية ب…» gave the demand to the government).
"""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import office_word, quote_calls, quote_cues, quote_objects, speaker_ref
from marsad.events.speaker_agreement import relative_pronouns
from marsad.events.speaker_clauses import joined_verb, speaker_clauses
from marsad.events.words import Word
from marsad.lang import load_table
from marsad.lang.normalize import normalize

_ASKED_FIRST = ("ب+", "ب*")  # quote_objects: a proclitic ب past the one asked, accused or ordered
_COMPLEMENTIZER = frozenset({"complementizer"})
_COPULA = frozenset({"copula"})
_NEW_CLAUSE = frozenset({"new_clause"})  # قد right before the verb
_SUBJECT_LABELS = ("PER", "ORG", "LOC")
_BODIES = ("org", "body")  # speaker_references kinds of a body's noun («اللجنة», «الوزارة»)
_BODY_WORDS = 3  # words of an untagged body before a verb of asking: its noun and what it is annexed to


@cache
def _asked_all() -> frozenset[str]:
    return frozenset(normalize(r["form"]) for r in load_table("speaker_asked_all"))


def asks_first(ws: list[Word], k: int) -> bool:
    """The verb at word `k` names the one asked, accused or ordered right after it: a row of
    quote_objects with «ب+» or «ب*», or a verb of calling (quote_calls)."""
    obj = quote_objects().at(ws, k)
    return (obj is not None and any(p in _ASKED_FIRST for p in obj.value.split())) \
        or quote_calls().at(ws, k) is not None


def asking_subject(ctx: ArticleContext, sent: Sentence, k: int) -> tuple[int, int] | None:
    """The words [i0, i1) of the name right before the verb of asking at word `k` («قد» between
    them allowed), when that name opens its clause: at the sentence's start, or right after كان
    or a complementizer («وكان [صالح] قد طالب», «إلا أن [مديرية الأحوال] طالبت»). None for a
    verb joined by و/ف (its subject is the clause's before), a name after a preposition or any
    other word («بحضور X طالب»: no subject), or a pause between the name and the verb."""
    ws = sent.words
    if k < 1 or joined_verb(ws[k]) or not asks_first(ws, k):
        return None
    if (person := relative_asker(ctx, sent, k)) is not None:
        return person
    end = k - 1 if speaker_clauses().at(ws, k - 1, _NEW_CLAUSE) is not None else k
    if end < 1 or any(ctx.text[ws[j].end:ws[j + 1].start].strip(" ") for j in range(end - 1, k)):
        return None  # «صالح، الذي طالب»: a pause parts them
    m = ctx.mention_at(ws[end - 1])
    if m is None or m.label not in _SUBJECT_LABELS or m.end != ws[end - 1].end:
        return None
    first = next(j for j in range(end) if ws[j].end > m.start)
    if ctx.text[ws[first].start:m.start] not in ("", "و", "ف"):
        return None  # the name starts inside a word («لـX», «بـX»): a preposition governs it
    if first == 0 or (first == 1 and ws[0].norm in ("و", "ف")):
        return first, end
    before = first - 1
    if ctx.text[ws[before].end:ws[first].start].strip(" "):
        return None
    if speaker_clauses().at(ws, before, _COPULA) or quote_cues().at(ws, before, _COMPLEMENTIZER):
        return first, end
    return (first, end) if _office_opened(ctx, ws, first) else None


def _office_opened(ctx: ArticleContext, ws: list[Word], first: int) -> bool:
    """The name at word `first` closes an office that opens its clause right after كان or a
    complementizer, no pause between («وكان [زعيم الحزب المقرب من الأكراد X] دعا السبت الحكومة
    …»: the leader asked, not the government); round 46."""
    for j in range(first - 1, 0, -1):
        if ctx.text[ws[j].end:ws[j + 1].start].strip(" "):
            return False
        if speaker_clauses().at(ws, j - 1, _COPULA) or quote_cues().at(ws, j - 1, _COMPLEMENTIZER):
            return office_word(ws[j].norm) and not ctx.text[ws[j - 1].end:ws[j].start].strip(" ")
    return False


def relative_asker(ctx: ArticleContext, sent: Sentence, k: int) -> tuple[int, int] | None:
    """The words [i0, i1) of the person named right before the relative pronoun that opens the
    verb at word `k` («المستشارة [أنجيلا ميركل] التي دعت الحكومة التركية إلى …»), no pause
    between them: the relative clause's subject, who asked (round 46); None when no person's
    name ends right there («الأمر الذي دعا الحكومة إلى»: what prompted it, no one asked)."""
    ws = sent.words
    if k < 2 or ws[k - 1].norm not in relative_pronouns() \
            or any(ctx.text[ws[j].end:ws[j + 1].start].strip(" ") for j in (k - 2, k - 1)):
        return None
    m = ctx.mention_at(ws[k - 2])
    if m is None or m.label != "PER" or m.end != ws[k - 2].end:
        return None
    return next(j for j in range(k - 1) if ws[j].end > m.start), k - 1


def asker_end(ctx: ArticleContext, sent: Sentence, k: int, i0: int, i1: int) -> int:
    """Where the subject after a verb of asking or accusing at word `k` ends (its words start at
    `i0`, the search stops at `i1`): the one asked or accused comes right after it; a word of all
    the ones asked right after the verb (speaker_asked_all.tsv) leaves it no subject there. A name right
    after the verb is the subject alone («واتهمت [لجنة التوحيد] سالم العلي بأنه …»: not Salem), and
    so is a body's noun with the article («واتهمت [اللجنة] رئيس الوزراء X بأنه …»). Otherwise (an
    office and its holder's name, «وطالب الوزير X الحكومة ب…»), `i1`: the words are read as before."""
    ws = sent.words
    if i0 >= i1 or not asks_first(ws, k):
        return i1
    if ws[i0].norm in _asked_all():
        return i0  # «وطالب [الجميع] ببذل …», «ودعا [جميع المستفيدين] إلى …»: the ones asked, no subject
    m = ctx.mention_at(ws[i0])
    if m is not None and m.label in _SUBJECT_LABELS and m.start >= ws[i0].start:
        end = sent.word_index(m.end - 1) + 1
        if end < len(ws) and ws[end].norm[:1] == "و":
            return i1  # «وحثت [بريطانيا وفرنسا] دول الاتحاد على …»: two joined, read as before
        return min(i1, end)
    ref = speaker_ref(ws[i0].norm)
    if ref is not None and ref[0] in _BODIES and ws[i0].norm.removeprefix("و").startswith("ال"):
        return min(i1, i0 + 1)
    return i1


def asking_description(ctx: ArticleContext, sent: Sentence, k: int) -> tuple[int, int] | None:
    """The words [i0, i1) of a body the tagger left unnamed, its noun and what it is annexed to,
    right before the verb of asking at word `k` when they open its clause after a complementizer
    or كان («ووفقاً للتفاصيل، أن [إدارة الشقق] طالبت المتهم بمغادرة …»; «إلا أن [مديرية الأحوال]
    طالبت المواطن بإحضار …»), no pause between: they describe who asked, as `asking_subject`'s name
    does, not the one asked after the verb (quotes-dev-fresh27 23454, round 51). None for a verb
    joined by و/ف, or when a name stands there (`asking_subject`)."""
    ws = sent.words
    if k < 2 or joined_verb(ws[k]) or not asks_first(ws, k):
        return None
    for first in range(k - 1, max(0, k - 1 - _BODY_WORDS), -1):
        if ctx.text[ws[first].end:ws[first + 1].start].strip(" ") or ctx.mention_at(ws[first]) is not None:
            return None
        ref = speaker_ref(ws[first].norm)
        if ref is not None and ref[0] in _BODIES:
            opens = speaker_clauses().at(ws, first - 1, _COPULA) \
                or quote_cues().at(ws, first - 1, _COMPLEMENTIZER)
            joined = not ctx.text[ws[first - 1].end:ws[first].start].strip(" ")
            return (first, k) if opens and joined else None
    return None
