"""What a request asked for, a noun phrase with no marks: «وطلب X من مسؤولي الصحة [إعفاءه من منصبه]»,
«طلب [مرتضى منصور] [عقد جلسة عاجلة …]», «وطلب [مقابلة كيسنجر]», «وجه خطابا … طلب فيه [دعم موقف
الحكومة …]».

The guide (round 49, second reader) reads «طلب/طلبت X (من Y)» + a verbal noun or a noun of the thing
asked as an `indirect` quotation of X, the span from the thing asked, leaving out the addressee «من
Y» before it, as round 48's «طالب X بـ». Only the past verb (quote_calls rows whose preposition is
«من+»: «طلب», «طلبت», «طلبوا»), not after a preposition («بناء على طلب»: the noun), not «طلبا» (the
noun's accusative) nor inside a name. The thing asked opens either right after a verb that opens its
clause (or after its «فيه» of a medium, round 48), a verbal noun (quote_object_heads,
quote_object_templates) with no article («وطلب [مقابلة …]»; «هناك طلب مستمر», «كل طلب ترشيح» are the
noun) or, after a particle that holds the subject, a bare noun («لكنه طلب [مهلة عشرة أيام]», round
50), or past a named subject or an unnamed one of words with the article and a «في» phrase of such
words (round 50: «وطلبت النيابة [توقيف …]», «وقد طلب الفريقان الخاسران في الوقت الإضافي [فتح تحقيق
…]», the guide's example) and an optional «من Y» («طلب X من مسؤولي الصحة [إعفاءه …]»): a verbal
noun, or a bare noun with no clitic right after the name. A source's anonymity («طلب عدم نشر اسمه»)
is no words said (the guide: as «طالبا عدم كشف هويته»). It runs to the next verb of saying or the
sentence's end, as a call's content (quote_call_nouns). On the 3,000-record run: 11 requests more, 8
right (a story's «وطلب لي الصديق فنجان [قهوة]», a shopper's «طلبت شراءها عبر موقع «أمازون»» and the
noun «قبول طلب ولي العهد … [إعفاءه]» wrong). Round 50's bare noun after «لكنه» fires nowhere there;
its unnamed subject with the article adds 3, right («فقد طلبت الوزارة [استمرار منع تأشيرات …]»,
«وطلبت المدينة من المسؤولين العسكريين [المساعدة …]», «وطلبت النيابة [توقيف الشبان …]»). Tried and
dropped in round 50: the present («يطلب [صدقة]», «الذي يطلب من المتمردين [الانسحاب]»), 5 of its 5
firings there wrong (a habit «فيطلب من الموظف», the passive «ويطلب من المشاركين», «الأمر الذي تطلب»
= required, a poem, «تطلب [قهوتك]» = you order); «من Y» right after a verb with no named subject
(«وقد طلبت من ليبيا [تأمين حدودها]»), no dev quotation and 1 there, right, but its speaker carried
from the last one (the outlet, not the unnamed European states), which then carried on to two more
quotations.
"""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import SPEECH_CUES, quote_calls, quote_cues, speaker_ref
from marsad.events.quote_call_nouns import content_quote, plain_noun
from marsad.events.quote_object_heads import heads_object, templated_head
from marsad.events.quote_speaker import Found
from marsad.events.quote_words import RESUMPTIVE, after_preposition, inside_name
from marsad.events.words import Word, mark_before, stems
from marsad.lang import load_table
from marsad.lang.clitics import ARTICLE
from marsad.lang.normalize import normalize

_ASKED_FROM = "من+"  # quote_calls: the one asked after «من»
_FROM = normalize("من")
_IN = normalize("في")  # «طلب الفريقان الخاسران [في] الوقت الإضافي فتح تحقيق»: a phrase after the subject
_NOT_SAID = normalize("عدم")  # «طلب عدم نشر اسمه»: a source's anonymity
_SUBJECT_WORDS = 8  # words from the verb to its named subject's first word (an office first)
_ASKED_WORDS = 4  # words of the one asked after «من» before the thing asked
_BREAKS = ".:;؛?!؟،,"
_BLOCKERS = frozenset({"blocker"})
_SPEECH_COMPLEMENTIZER_OR_BLOCKER = SPEECH_CUES | _BLOCKERS | frozenset({"complementizer"})
_LEAST_WORDS = 2  # «[مقابلة كيسنجر]»


def requested_nouns(ctx: ArticleContext, sent: Sentence, found: list[Found]) -> list[Found]:
    """The thing asked by each past «طلب» with no marks, an indirect quotation of the one who asked;
    none that overlaps a quotation already `found`."""
    ws = sent.words
    out: list[Found] = []
    for k, c in quote_calls().each(ws):
        if _ASKED_FROM not in c.value.split() or ws[k].norm[:1] in "يت" or _accusative_noun(ws[k]) \
                or (k > 0 and quote_cues().at(ws, k - 1, _BLOCKERS)) \
                or inside_name(ctx, ws[k]) or after_preposition(ctx, sent, k):
            continue
        at = _asked_at(ctx, sent, k, k + c.size)
        if at is None or ws[at].norm == _NOT_SAID:
            continue
        content = content_quote(ctx, sent, k, c, at, found + out, _LEAST_WORDS)
        if content is not None:
            out.append(content)
    return out


def _asked_at(ctx: ArticleContext, sent: Sentence, k: int, i0: int) -> int | None:
    """The first word of the thing asked after the verb at word `k` ending before word `i0`: a
    verbal noun with no article right after a verb that opens its clause (or after its «فيه»), or
    past a named subject and an optional «من Y»; None else."""
    ws = sent.words
    medium = i0 < len(ws) and ws[i0].norm in RESUMPTIVE
    i0 += medium
    if i0 >= len(ws) or _pause(ctx, ws, i0):
        return None
    opening = medium or _clause_verb(ctx, sent, k)
    if opening and not ws[i0].norm.startswith(ARTICLE) \
            and (_verbal_noun(ctx, ws[i0]) or (_subject_before(sent, k) and _bare_noun(ctx, ws[i0]))):
        return i0
    named = _named_subject_end(ctx, sent, i0)
    if named is None and opening:
        named = _definite_subject_end(ctx, sent, i0)  # «وقد طلب الفريقان الخاسران … [فتح تحقيق]»
    if named is None or named >= len(ws) or _pause(ctx, ws, named):
        return None
    if ws[named].norm != _FROM:
        return named if _bare_noun(ctx, ws[named]) or _verbal_noun(ctx, ws[named]) else None
    for j in range(named + 1, min(len(ws), named + 2 + _ASKED_WORDS)):
        if _pause(ctx, ws, j) or quote_cues().at(ws, j, _SPEECH_COMPLEMENTIZER_OR_BLOCKER):
            return None
        if j > named + 1 and _verbal_noun(ctx, ws[j]):
            return j
    return None


def _named_subject_end(ctx: ArticleContext, sent: Sentence, i0: int) -> int | None:
    """The word after the person or body named within a few words of the verb (offices and
    titles before it), when only such words come first; None when no name is there."""
    ws = sent.words
    for i in range(i0, min(len(ws), i0 + _SUBJECT_WORDS)):
        if i > i0 and _pause(ctx, ws, i):
            return None
        m = ctx.mention_at(ws[i])
        if m is not None and m.label in ("PER", "ORG"):
            return _name_end(ctx, sent, i)
        if quote_cues().at(ws, i, _SPEECH_COMPLEMENTIZER_OR_BLOCKER) or _verbal_noun(ctx, ws[i]):
            return None
    return None


def _definite_subject_end(ctx: ArticleContext, sent: Sentence, i0: int) -> int | None:
    """The word after an unnamed subject of words with the article right after the verb, and a
    phrase of «في» and such words after it («طلب [الفريقان الخاسران في الوقت الإضافي] فتح تحقيق»),
    within a few words and no pause; None when no such word comes first."""
    ws = sent.words
    j = _definite_end(ctx, ws, i0)
    if j == i0:
        return None
    if j < len(ws) and ws[j].norm == _IN and not _pause(ctx, ws, j):
        j = max(j, _definite_end(ctx, ws, j + 1))
    return j if j - i0 <= _SUBJECT_WORDS else None


def _definite_end(ctx: ArticleContext, ws: list[Word], i: int) -> int:
    """The word after the words with the article (or of a time) from word `i`, with no pause nor
    relative pronoun; «إلى» («الى»: no article) is none."""
    j = i
    while j < len(ws) and (j == i or not _pause(ctx, ws, j)) \
            and (any(st.clitic == ARTICLE for st in stems(ws[j].norm)) or ctx.in_timex(ws[j])) \
            and not quote_cues().at(ws, j, _SPEECH_COMPLEMENTIZER_OR_BLOCKER):
        j += 1
    return j


def _name_end(ctx: ArticleContext, sent: Sentence, i: int) -> int:
    """The word after the name at word `i` and the offices and names that go on it with no pause
    («مدير [مستشفى القنفذة العام] الدكتور [محمد حمزة مليباري]»: one subject)."""
    ws = sent.words
    j = i
    while j < len(ws) and (j == i or not _pause(ctx, ws, j)):
        m = ctx.mention_at(ws[j])
        if m is not None:
            j = sent.word_index(m.end) if m.end < sent.end else len(ws)
        elif (speaker_ref(ws[j].norm) or (None, ""))[0] in ("title", "honorific"):
            j += 1
        else:
            break
    return j


def _subject_before(sent: Sentence, k: int) -> bool:
    """The verb at word `k` has its subject before it, none after to take for the thing asked: a
    particle holding it as a pronoun («لكنه طلب [مهلة …]»)."""
    return k > 0 and sent.words[k - 1].norm in _request_words("subject_particle")


def _accusative_noun(w: Word) -> bool:
    """«طلبا» with the accusative's alif, the noun («قدمت الشركة طلبا للحصول …»), no verb; not «طلبوا»."""
    return w.norm.endswith("ا") and not w.norm.endswith("وا")


def _clause_verb(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """The form at word `k` is a verb opening its clause: joined by و/ف («وطلب», «فطلب»), at the
    sentence's start or after a pause, or after a particle of a clause («لكنه», «وقد»); the noun
    «طلب» after a word («هناك طلب مستمر», «كل طلب ترشيح», «تم طلب دعم») is none."""
    ws = sent.words
    bare = ws[k].norm
    return (bare[:1] in "وف" and len(bare) > 3) or k == 0 or _pause(ctx, ws, k) \
        or ws[k - 1].norm in _request_words("clause_particle") or _subject_before(sent, k)


def _pause(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """A stop or a comma right before word `j`."""
    return mark_before(ctx.text, ws, j, _BREAKS)


def _unnamed(ctx: ArticleContext, w: Word) -> bool:
    return ctx.mention_at(w) is None and not ctx.in_timex(w)


def _verbal_noun(ctx: ArticleContext, w: Word) -> bool:
    """A noun that heads what was said (quote_object_heads) or a verbal noun of a derived form, in
    no name nor time."""
    return _unnamed(ctx, w) and (heads_object(w) or templated_head(w))


def _bare_noun(ctx: ArticleContext, w: Word) -> bool:
    """A word with no article, clitic-free first letter aside, that is no name, time, office or
    word of the lexicon of saying («منه», «فيه», «رئيس» are none): «[مهلة]», «[عقد]»."""
    return _unnamed(ctx, w) and plain_noun(w) and not _function_word(w)


@cache
def _request_words(kind: str) -> frozenset[str]:
    """The normalised forms of quote_request_words.tsv of one kind."""
    return frozenset(normalize(r["form"]) for r in load_table("quote_request_words") if r["kind"] == kind)


def _function_word(w: Word) -> bool:
    """A preposition, pronoun or particle after the verb («منه», «إلى», «أن», «هذا»): no noun."""
    return w.norm in _request_words("no_noun")
