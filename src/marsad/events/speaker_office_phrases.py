"""Office phrases among a speaker's subject words: whether one names someone the article names,
and who holds it.

`named_office`: a definite office (الوزير, وزير الحج) or one in construct with a named body
(وكيل [إمارة منطقة الباحة]), not an unnamed one. `holder_after`: the person named within a few
words after a preposition that ends an office's description. `person_ahead`: whether a person is
named in the words after an office, before the verb.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.coref import PARTNER
from marsad.events.lexicon import event_cues, quote_cues, speaker_ref
from marsad.events.speaker_clauses import office_head_end, speaker_clauses
from marsad.events.speaker_names import definite, definite_at, name_right_after
from marsad.events.words import Word
from marsad.lang.normalize import normalize

_STOP_KINDS = frozenset({"stop", "addressee", "complementizer"})
_COPULA = frozenset({"copula"})
_NAMING = frozenset({"naming_pronoun"})  # «متحدث باسم الرئاسة [هو] X»: X is the spokesman
_HEARER = frozenset({"addressee", "stop", "verb", "continuation"})
_HOLDER_WORDS = 5
_BESIDE = 2  # words after an office phrase where its holder may be named (وزير الحج [X])


def holder_after(ctx: ArticleContext, ws: list[Word], k0: int, k1: int) -> str | None:
    """The person named within a few words after a preposition that ends an office's
    description (عضو ... المشارك في البطولة [حسام الصالح] على أن), when nothing on the way
    names a hearer or a partner (لنظيره, مع)."""
    for k in range(k0, min(k1, k0 + _HOLDER_WORDS)):
        m = ctx.mention_at(ws[k])  # before the stop words: [علي الحسن] is no على
        if m is not None:  # نائب الرئيس ... في شركة "فاير آي" [مانيش جوبتا]: the body, then the holder
            if (after := name_right_after(ctx, ws, m, k1)) is not None:
                return after
            return ctx.entity_of(m) if m.label == "PER" else None
        if quote_cues().at(ws, k, _HEARER) or event_cues().at(ws, k, PARTNER):
            return None
    return None

def named_office(ctx: ArticleContext, ws: list[Word], k: int, end: int) -> bool:
    """A definite office (الوزير, وزير الحج), or one in construct with a named body
    (وكيل [إمارة منطقة الباحة]), past an office adjective or the indefinite offices and
    bodies in construct before it (أمين عام [الملتقى], رئيس نادي [الهلال]): someone the
    article names, not an unnamed one."""
    if definite_at(ws, k, end) or _construct_chain(ctx, ws, k, end) \
            or (k + 1 < end and short_body(ctx, ws[k + 1]) is not None):
        return True
    j = office_head_end(ws, k, end)  # أمين عام الملتقى, رئيس نادي [الهلال]
    if j >= end:
        return False
    if j > k + 1 and definite(ws[j].norm):
        return True
    m = ctx.mention_at(ws[j])
    return m is not None and m.label in ("ORG", "LOC") and m.start >= ws[j].start


def short_body(ctx: ArticleContext, w: Word) -> str | None:
    """The body named before in full by its kind and one word when `w` is that word alone and
    no name of its own («جمعية [خيركم]» … «وأوضح رئيس [خيركم]»): an office in construct with
    it is that body's office, held by the person named with it. None for a definite word, a
    name, an office or body noun, or a word no body's name ends with so."""
    if definite(w.norm) or speaker_ref(w.norm) or ctx.mention_at(w) is not None:
        return None
    for m in reversed(ctx.mentions_in(0, w.start, ("ORG",))):
        words = normalize(m.slice(ctx.text)).split()
        if len(words) == 2 and words[1] == w.norm and (ref := speaker_ref(words[0])) and ref[0] == "org":
            return ctx.entity_of(m)
    return None


def _construct_chain(ctx: ArticleContext, ws: list[Word], k: int, end: int) -> bool:
    """The office at word `k` heads a construct whose second noun is indefinite and whose third
    is definite («وزير [حقوق الإنسان] اليمني», «أمين [سر اللجنة]»), the very words the article
    introduced a person with before («عز الدين الأصبحي، وزير حقوق الإنسان اليمني،»): a definite
    office. Words never said of a person before are left alone: «مسؤول رفيع المستوى» is an
    unnamed official, «خبير أسواق السلع» an expert not named yet."""
    if k + 2 >= end:
        return False
    second, third = ws[k + 1], ws[k + 2]
    if definite(second.norm) or not definite(third.norm) or ctx.mention_at(second) is not None \
            or any(ctx.in_timex(w) for w in (second, third)) or not _body_opens(ctx, third):
        return False
    ref = speaker_ref(ws[k].norm)
    for sent in ctx.sentences:
        if sent.start >= ws[k].start:
            break
        sw = sent.words
        for p in range(len(sw) - 2):
            if sw[p + 1].norm == second.norm and sw[p + 2].norm == third.norm \
                    and speaker_ref(sw[p].norm) == ref and _person_beside(ctx, sw, p, p + 3):
                return True
    return False


def _body_opens(ctx: ArticleContext, w: Word) -> bool:
    """The word is no name, or opens the name of a body or place («وزيرة خارجية [الاتحاد
    الأوروبي]»): the office's complement, not a person nor a word inside another name."""
    m = ctx.mention_at(w)
    return m is None or (m.label in ("ORG", "LOC") and m.start >= w.start)


def _person_beside(ctx: ArticleContext, ws: list[Word], k0: int, k1: int) -> bool:
    """A person is named right before words `k0`..`k1` or within two words after them."""
    near = [ws[k0 - 1]] if k0 > 0 else []
    near += ws[k1:k1 + _BESIDE]
    return any((m := ctx.mention_at(w)) is not None and m.label == "PER" for w in near)


def person_ahead(ctx: ArticleContext, ws: list[Word], k0: int, k1: int) -> bool:
    """Whether a person is named in words [k0, k1) after the office at word k0 - 1, as its holder
    (past a preposition only right after a phrase of definite words: «رئيس كتلة … الممثلة في
    البرلمان [أحمد المساري]»); not one inside what describes an indefinite office
    (`_inside_description`: «ضابط ليبي كان يعمل في مخابرات [X]»)."""
    if _inside_description(ctx, ws, k0, k1):
        return False
    for k in range(k0, k1):
        if quote_cues().at(ws, k, _STOP_KINDS):  # رئيس كتلة ... الممثلة في البرلمان [أحمد المساري]
            return holder_after(ctx, ws, k + 1, k1) is not None
        m = ctx.mention_at(ws[k])
        if (m is not None and m.label == "PER") or ctx.person_named(ws[k]):
            return True
    return False


def _inside_description(ctx: ArticleContext, ws: list[Word], k0: int, k1: int) -> bool:
    """The first person named in words [k0, k1) after an indefinite office at word k0 - 1 («ضابط
    ليبي», «مصدر أمني»; not «عضو البرلمان», definite by construct) is the genitive of a bare
    noun, past a كان or a preposition: he is in what describes the one who speaks, not that one
    («يكشف ضابط ليبي كان يعمل في مخابرات [معمر القذافي] أن», «مصدر أمني كان ضمن حلقة تراقب
    تحركات «[حسيني]»»: the officer and the source, unnamed)."""
    if k0 < 1 or definite(ws[k0 - 1].norm) or (k0 < k1 and definite(ws[k0].norm)):
        return False
    clause = False
    for k in range(k0, k1):
        m = ctx.mention_at(ws[k])
        if m is not None and m.label == "PER" or ctx.person_named(ws[k]) is not None:
            before = ws[k - 1]
            return clause and k - 1 >= k0 and not definite(before.norm) and speaker_ref(before.norm) is None \
                and ctx.mention_at(before) is None and quote_cues().at(ws, k - 1, _STOP_KINDS) is None \
                and not ctx.text[before.end:ws[k].start].strip(" «\"“")
        if m is not None or speaker_clauses().at(ws, k, _NAMING) is not None:
            return False
        clause = clause or speaker_clauses().at(ws, k, _COPULA) is not None \
            or quote_cues().at(ws, k, _STOP_KINDS) is not None
    return False
