"""Names a speaker's subject holds where the tagger's mentions fall short, and names that are
no speaker.

- A person the tagger cut short (`glued_surnames`): «المدير العام سلمان الخلف» tagged «سلمان»
  alone; the definite word glued to the mention (الخلف) is his last name, so a later
  «وأوضح الخلف أن» is that person.
- The name that ends a long subject (`name_before`): «وقال الناطق الإعلامي لهيئة الهلال الأحمر
  في المنطقة الشرقية فهد الغامدي: إن ...», «أوضح المشرف العام على المنتخب صالح أبو نخاع أن»:
  an office, its body and a place after a preposition, then the holder's name right before
  the reported words (a hearer «لـ"المدينة"» or a time word may follow it).
- A fronted topic (`topic_fronted`): «وحول إصابة المهاجم [نايف هزازي] ... قال: ...» opens with
  a preposition; the names in that phrase are what the speaker talked about, not the speaker.
- A body named by its kind and definite words (`full_org`): «هيئة القناة» after «هيئة قناة بنما».
- A name a preposition governs (`governed`): an object, never the clause's subject.

The subject of the verb a sentence opens with is in speaker_openings.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from marsad.events.context import ArticleContext, Sentence, given_name
from marsad.events.coref import PARTNER
from marsad.events.lexicon import SAYING_OR_CONTINUING, event_cues, quote_cues, speaker_ref
from marsad.events.outlets import glued_outlet
from marsad.events.speaker_clauses import addresses_hearer, joined_verb, speaker_clauses
from marsad.events.words import Word, stems, words_of
from marsad.lang import load_table
from marsad.lang.marks import mark_kinds, quote_pairs
from marsad.lang.normalize import normalize
from marsad.model import Span

_GLUE_WINDOW = 40  # characters after a mention where its glued last name is looked for
_MIN_SURNAME = 5  # letters of a definite last name, the article included (الخلف)
_NOT_SUBJECT = frozenset({"addressee", "verb", "continuation", "participle"})
_PARTICIPLE = frozenset({"participle"})  # بالقول, قائلا: goes on a clause's own subject
_TOPIC = frozenset({"topic"})
_ISSUER_LOOKBACK = 4  # words from a verb of issuing to its statement: the subject between
_ISSUE_VERBS = frozenset({"issue_verb"})
_TIME_STOPS = frozenset({"stop"})  # قبل, بعد before a time between a verb of issuing and its noun
_PREPOSITIONS = frozenset({"stop"})
_DETACHED_PREPOSITIONS = frozenset({"ل", "ب"})  # «لـ» written apart before a name in marks
_PARTITIVE = frozenset({"partitive"})  # «أحد», «إحدى», «بعض»: one member of a group
_MEMBER_WORDS = 3  # words of the group's description between «أحد» and the member's name
BOTH = frozenset({"كل", "وكل"})  # «كل من X وY»: X and Y both, normalised
CUE_WORDS = frozenset({"verb", "continuation", "participle", "complementizer", "stop", "addressee",
                        "blocker", "hearsay", "relay", "other_verb"})


def glued_surnames(ctx: ArticleContext) -> dict[str, str]:
    """Last name -> person, for each PER mention followed right away (a space, no comma) by a
    definite word that is no mention, office, body or cue word: the name's end the tagger left
    out (سلمان [الخلف], سعود [التويم], محمد بن عبدالرحمن [المخرج])."""
    out: dict[str, str] = {}
    text = ctx.text
    for m in ctx.mentions:
        if m.label != "PER" or not m.attrs.entity:
            continue
        ws = words_of(text, m.end, min(len(text), m.end + _GLUE_WINDOW))
        if not ws or text[m.end:ws[0].start].strip():
            continue
        w = ws[0]
        bare = [st.stem for st in stems(w.norm) if not st.clitic]
        if not bare or not w.norm.startswith("ال") or len(w.norm) < _MIN_SURNAME:
            continue
        if ctx.mention_at(w) is not None or speaker_ref(w.norm) or quote_cues().at(ws, 0, CUE_WORDS) \
                or event_cues().at(ws, 0) or ctx.in_timex(w):
            continue
        out.setdefault(w.norm, str(m.attrs.entity))
        out.setdefault(normalize(w.norm[2:]), str(m.attrs.entity))
    return out


def name_before(ctx: ArticleContext, ws: list[Word], k0: int, k1: int,
                surnames: dict[str, str]) -> str | None:
    """The person named by the last words of a subject [k0, k1) that ends where the reported
    words begin (a hearer لـ X or a time word may follow the name); None when a word on the way
    names a hearer or a partner (لنظيره, مع), or is a verb: the name is then not the subject."""
    j = k1 - 1
    if j - 1 >= k0 and ws[j - 1].norm == "ل":  # لـ«المدينة»
        j -= 2
    while j >= k0 and ctx.in_timex(ws[j]):
        j -= 1
    if j < k0:
        return None
    m = ctx.mention_at(ws[j])
    if m is not None and m.label == "PER" and m.end <= ws[j].end + 1:
        who: str | None = ctx.entity_of(m)
        first = ws[j].start if m.start >= ws[j].start else m.start
    else:
        who = surname_of(ws[j], surnames) or ctx.person_named(ws[j])
        first = ws[j].start
    if who is None:
        return None
    for k in range(k0, k1):
        if ws[k].start >= first:
            break
        if quote_cues().at(ws, k, _NOT_SUBJECT) or event_cues().at(ws, k, PARTNER) \
                or addresses_hearer(ws[k], k == k0):
            return None
    return who


def place_of_origin(ws: list[Word], k: int, i0: int) -> bool:
    """The place at word `k` of a subject that opens at word `i0` is where the subject's noun
    comes from, after «من» and a noun of the subject («وقالت مؤسسة خيرية من [جنوب افريقيا]»,
    «السيدة التي هاجرت من [فرنسا]»): no speaker. Not «كل من [كوريا الجنوبية] واليابان» (both
    states speak)."""
    return k - 2 >= i0 and ws[k - 1].norm == "من" and ws[k - 2].norm not in BOTH


def topic_fronted(sent: Sentence, before: int) -> int:
    """The offset where a sentence's fronted topic phrase ends (the verb at `before`), when the
    sentence opens with a topic preposition (وعن, وحول: speaker_clauses) and no verb of saying
    comes before `before`; the sentence start when it does not."""
    ws = sent.words
    topic = speaker_clauses().at(ws, 0, _TOPIC) if ws else None
    at = sent.word_index(before)
    if topic is None or (at < len(ws) and quote_cues().at(ws, at, _PARTICIPLE)):
        return sent.start  # «وردا على سؤال …، اكتفى [X] بالقول»: a clause of its own before the participle
    for k, w in enumerate(ws):
        if w.start >= before:
            return before
        if k >= topic.size and quote_cues().at(ws, k, SAYING_OR_CONTINUING):
            # «[وردا] على سؤال»: the lead's own
            return sent.start
    return sent.start


def surname_of(w: Word, surnames: dict[str, str]) -> str | None:
    """The person whose glued last name the word is (`glued_surnames`)."""
    for st in stems(w.norm):
        if st.stem in surnames:
            return surnames[st.stem]
    return None


def name_right_after(ctx: ArticleContext, ws: list[Word], m: Span, k1: int) -> str | None:
    """The person named right after the mention `m` (only spaces, quotation marks or a comma
    between), within the first `k1` words, when `m` names a body or a place: an office's holder
    after the body the office is in, set off by a comma or not («مسؤول إعلام الجمعية في شمال
    [تبوك]، [سالم العنزي]»)."""
    if m.label not in ("ORG", "LOC"):
        return None
    j = next((j for j, w in enumerate(ws[:k1]) if w.start >= m.end), None)
    if j is None or ctx.text[m.end:ws[j].start].strip(" \"'”“»«،,") != "":
        return None
    after = ctx.mention_at(ws[j])
    return ctx.entity_of(after) if after is not None and after.label == "PER" else None


def named_last(ctx: ArticleContext, before: int, feminine: bool) -> str | None:
    """The person named last before an offset (a body or a country too for «الأخيرة»)."""
    labels = ("PER", "ORG", "LOC") if feminine else ("PER",)
    found = ctx.mentions_in(0, before, labels)
    return ctx.entity_of(found[-1]) if found else None


def definite(word: str) -> bool:
    """Whether a word opens with the article, a conjunction at most before it («الوزير»,
    «والوزير»; not «بالوزير», «للوزير»)."""
    return any(st.stem.startswith("ال") and not st.clitic for st in stems(word))


def object_after_comma(ctx: ArticleContext, ws: list[Word], i0: int, k: int) -> bool:
    """A comma before word `k` ends a subject of definite nouns that are no office, body,
    statement or name («ومن جهته اتهم [الزوج]، جامعة تبوك بتغيير …»): the name after it, unless a
    person's (an apposition: «وقال المواطن، [محمد]، إن»), is the verb's object, not its subject."""
    if k <= i0 or not ctx.comma_between(ws[k - 1], ws[k]):
        return False
    m = ctx.mention_at(ws[k])
    return (m is None or m.label != "PER") and all(
        definite(w.norm) and speaker_ref(w.norm) is None and ctx.mention_at(w) is None for w in ws[i0:k])


def full_org(ctx: ArticleContext, m: Span) -> str:
    """An organisation named by its kind and definite words (هيئة القناة) stands for the
    one named in full before it whose name starts with that kind and holds those words
    (هيئة قناة بنما), when the tagger took the two for different bodies."""
    words = normalize(m.slice(ctx.text)).split()
    ref = speaker_ref(words[0]) if len(words) >= 2 else None
    rest = [w[2:] for w in words[1:] if w.startswith("ال") and len(w) > 3]
    if not ref or ref[0] != "org" or len(rest) != len(words) - 1:
        return ctx.entity_of(m)
    own = ctx.entity_of(m)
    for other in reversed(ctx.mentions):
        if other.start >= m.start or other.label != "ORG" or ctx.entity_of(other) == own:
            continue
        full = normalize(other.slice(ctx.text)).split()
        bare = {w[2:] if w.startswith("ال") else w for w in full[1:]}
        if len(full) > len(words) and speaker_ref(full[0]) == ref and all(w in bare for w in rest):
            return ctx.entity_of(other)
    return own


def governed(ctx: ArticleContext, sent: Sentence, m: Span) -> bool:
    """A name a preposition governs, alone or as the last noun of a construct (لسفارة
    المملكة, مع اسرة زينب), or one after a «لـ» written apart («وقالوا لـ«[عكاظ]»», «يقول
    لـ«[الشرق الأوسط]»»: the hearer): an object, never the clause's subject."""
    k = sent.word_index(m.start)
    ws = sent.words
    if k < len(ws) and ctx.text[ws[k].start:m.start].lstrip("وف"):
        return True  # a proclitic preposition inside the word: [ل]سفارة, not و
    for j in range(max(0, k - 2), k):
        if j == k - 1 and given_name(ws[j]) and not ctx.text[ws[j].start:ws[j].end].endswith("ى"):
            continue  # «رئيس النادي [علي] مداوي الشهراني»: a given name the tagger left out, not «على»
        if quote_cues().at(ws, j, _PREPOSITIONS) or event_cues().at(ws, j, PARTNER) \
                or ws[j].norm in _DETACHED_PREPOSITIONS:
            return j == k - 1 or ctx.mention_at(ws[k - 1]) is None
    return False


def governed_member(sent: Sentence, m: Span) -> bool:
    """The name `m` stands in apposition to one member of a group a preposition governs («وتوجه
    إلى أحد منظمي الحفل [X] قائلا له», «لأحد مساعديه [X]»): an object of its clause's verb, never
    the subject a participle of saying goes on with; a verb of saying between them opens a clause
    of its own («في بعض الأحيان يقول [X]»). Not for `governed`: the one met may speak next in a
    verb of its own («والتقينا بأحد رواد المقهى [X] وقال»)."""
    ws, k = sent.words, sent.word_index(m.start)
    for j in range(max(0, k - 1 - _MEMBER_WORDS), k - 1):
        if speaker_clauses().at(ws, j, _PARTITIVE) is not None:
            ruled = j > 0 and (quote_cues().at(ws, j - 1, _PREPOSITIONS) is not None
                               or event_cues().at(ws, j - 1, PARTNER) is not None)
        else:  # «لأحد», «بإحدى»: the preposition glued to it
            ruled = any(st.clitic in _DETACHED_PREPOSITIONS and st.stem in _partitive_forms()
                        for st in stems(ws[j].norm))
        if ruled and not any(quote_cues().at(ws, i, CUE_WORDS) for i in range(j + 1, k)):
            return True
    return False


@cache
def _partitive_forms() -> frozenset[str]:
    """«أحد», «إحدى», «بعض» normalised (speaker_clauses kind partitive)."""
    return frozenset(normalize(r["form"]) for r in load_table("speaker_clauses") if r["kind"] == "partitive")


def after_cue(sent: Sentence, m: Span, kinds: frozenset[str], n: int) -> bool:
    """A quote cue of `kinds` within the `n` words before the name (المتحدث باسم X)."""
    k = sent.word_index(m.start)
    return any(quote_cues().at(sent.words, j, kinds) for j in range(max(0, k - n), k))


def definite_at(ws: list[Word], k: int, end: int) -> bool:
    """A title is definite with the article (الوزير) or in construct with a definite noun
    (وزير الحج, وزير الخارجية): someone the article has named, not an unnamed one."""
    return definite(ws[k].norm) or (k + 1 < end and definite(ws[k + 1].norm))


def glued_hearer(ctx: ArticleContext, w: Word) -> Span | None:
    """The name glued to the «لـ» that opens word `w` («وأضاف [لرويترز]: “…”», «وأوضح لـ[عكاظ]
    أن»): to whom the words were said, never the verb's subject; None when `w` is no such word
    (a name whose own first letter is ل, «لبنان», «لطيفة», starts with the word)."""
    m = ctx.mention_at(w)
    if m is None or m.start <= w.start:
        return None
    lead = "".join(ch for ch in ctx.text[w.start:m.start] if ch.isalpha() and ch != "ـ")  # لـ: no tatweel
    return m if lead in ("ل", "لل") else None


def glued_hearer_end(ctx: ArticleContext, ws: list[Word], k: int) -> int | None:
    """Where the hearer glued to the «لـ» that opens word `k` ends: a name the tagger found there
    (`glued_hearer`) or a catalogue outlet's name spelled there (`outlets.glued_outlet`: «قال
    [لبي بي سي] إن», the tagger's «سي» no speaker); None when word `k` opens no such hearer."""
    if (m := glued_hearer(ctx, ws[k])) is not None:
        return m.end
    j = glued_outlet(ws, k)
    return ws[j - 1].end if j is not None else None


def past_hearer(ctx: ArticleContext, ws: list[Word], k: int, end: int) -> int | None:
    """The word after a hearer named in marks or by a name right after the لـ at word `k`
    («أكد لـ"عين اليوم" المتحدث الرسمي ...», «وقال لـ[سبق] مدير ...», «قال لـ«الاقتصادية»
    الدكتور مصطفى بلجون»), when an office, an honorific or a name opens there: the verb's
    subject comes after its hearer. None otherwise."""
    after = ctx.text[ws[k].end:ws[k + 1].start] if k + 1 < end else ""
    stop: int | None = None
    if any(ch in mark_kinds() for ch in after):
        pairs = quote_pairs(ctx.text, ws[k].end, ws[end - 1].end)
        stop = next((e for s, e in pairs if s == ws[k + 1].start), None)
    elif k + 1 < end and (m := ctx.mention_at(ws[k + 1])) is not None:
        stop = m.end
    if stop is None:
        return None
    j = next((j for j in range(k + 1, end) if ws[j].start > stop), None)
    if j is None:
        return None
    m = ctx.mention_at(ws[j])
    ref = speaker_ref(ws[j].norm)
    return j if (m is not None and m.label == "PER") or (ref and ref[0] in ("title", "honorific")) else None


def issued_by(ctx: ArticleContext, sent: Sentence, k: int,
              by_org: Callable[[str, int], str | None]) -> str | None:
    """Who issued the statement at word `k` as the subject of a verb of issuing right
    before it («وأصدرت [اللجنة] بيانا», «نشر [المكتب] تقريرا»): a name there, or a body
    named before by its kind (اللجنة -> the last لجنة ...); with no subject after the verb, a
    name right before it («وكان [معهد X] أصدر قبل شهور، تقريرا»: a time and its comma between
    the verb and the noun allowed). None when there is none."""
    ws = sent.words
    verb = speaker_clauses().nearest_before(ws, k, _ISSUE_VERBS, max(0, k - _ISSUER_LOOKBACK))
    if verb is None:
        return None
    j = verb[0]
    timed = all(ctx.in_timex(ws[i]) or quote_cues().at(ws, i, _TIME_STOPS) for i in range(j + 1, k))
    if any(ch in ".:؛" or ch in mark_kinds() or (ch in "،," and not timed)
           for ch in ctx.text[ws[j].end:ws[k].start]):
        return None
    for i in range(j + 1, k):
        m = ctx.mention_at(ws[i])
        if m is not None and m.label in ("ORG", "PER"):
            return full_org(ctx, m) if m.label == "ORG" else ctx.entity_of(m)
        ref = speaker_ref(ws[i].norm)
        if ref and ref[0] == "org" and definite(ws[i].norm):
            return by_org(ref[1], ws[i].start)
    m = ctx.mention_at(ws[j - 1]) if j > 0 and not joined_verb(ws[j]) else None
    if m is not None and ctx.text[m.end:ws[j].start].strip():
        return None  # «التي يترأسها [X]، نشر نص بيان لـ…»: the comma closes a clause, X no subject
    return (full_org(ctx, m) if m.label == "ORG" else ctx.entity_of(m)) \
        if m is not None and m.label in ("ORG", "PER") else None
