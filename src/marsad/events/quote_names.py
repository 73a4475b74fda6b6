"""Marks around a name or a term, not a quotation: «وكالة “رويترز”», «الإعلامي "منهل
عبدالقادر"», a quoted word («"الغيرة"»), marks the tagger reads as one mention; unless a verb of
saying introduces words it took for a title («قال الفنان حسن حسني: «جيت عشان حبيبتي مريم»»).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import SAYING_OR_CONTINUING, Cue, quote_cues, speaker_ref
from marsad.events.words import Word, stems, words_of
from marsad.lang.clitics import ARTICLE
from marsad.lang.marks import mark_kinds

COLON_WORDS = 3  # words a colon's speech must have (not «قال: نعم» lists and labels)
_VERB_COLON_WORDS = 2  # marked words right after a verb of saying and its colon: speech, even short
_SHORT_COLON_SUBJECT = 8  # words between a verb of saying and the colon before a marked quote
_NEAR_WORDS = 2  # words (no cue) between marks and the complementizer after them
_NAME_NOUN = frozenset({"name_noun"})
_COMPLEMENTIZER = frozenset({"complementizer"})
_TERM_WORDS = 4  # marked words the clause goes on after without a pause: a term, not a quotation
_PREPOSITIONS = "لب"  # proclitic prepositions: لـ, بـ (with or without the article: لل, بال)
_TOLD = "ل"  # the proclitic of the hearer: «لـ"سبق"», «لـ «عكاظ»»
_PAUSE = " \u00a0،,"  # what may stand between marked words and the next
_NAME_CHARS = 60  # the longest second marked name read past before the hearer
_ALIAS_AFTER = "،,.؛;)"  # what may follow a body's short name in marks (a pause, the end)
_TITLES = frozenset({"title", "honorific"})  # speaker_references kinds that stand before a name
_LIST_JOINERS = ("أو", "و")  # what joins marked items of a list («"أ" و"ب"», «"أ" أو "ب"»)
_LIST_GAP = 6  # characters read past a closing mark (or before an opening one) for the joiner
_SPACES = " \u00a0"  # what may stand between a mark and a joiner


def is_name(ctx: ArticleContext, sent: Sentence, s: int, e: int, cues: list[tuple[int, Cue]]) -> bool:
    """Marks around a name: after a name noun or the preposition لـ (told «...»), or before a
    colon or a complementizer (وأضاف «إيرنست»: ..., وأكدت «ماما سارة» أنها ...); a short item of
    a list of marked items («وبينها «تحت السيطرة» و«العهد»»); or around
    a mention, unless a verb of saying (and its subject and a colon) introduces words the
    tagger took for a title (قال الفنان X: «جيت عشان حبيبتي مريم»)."""
    k = sent.word_index(s)
    named = k > 0 and not any(ch in ctx.text[sent.words[k - 1].end:s] for ch in "،,")  # a pause: no naming
    if named and ((quote_cues().at(sent.words, k - 1, _NAME_NOUN) and not _person_colon(ctx, sent, k, s)) or (
            _governed_name_noun(sent.words[k - 1]) and ":" not in ctx.text[sent.words[k - 1].end:s])):
        return True  # وقالت الصحيفة على لسان اللاعب، "[بالفعل اتفقت ...]": no player named "..."
    pre = ctx.text[sent.start:s - 1].rstrip(" \u00a0").rstrip("ـ")
    if pre.endswith("ل") and (len(pre) == 1 or not pre[-2].isalpha()):
        return True
    rest = ctx.text[e + 1:sent.end].lstrip(" \u00a0")
    j = sent.word_index(e + 1)
    if _before_addressee(rest):
        return True  # كشف قائد القوة "اللواء X"، لـ"سبق"؛ ...: the subject's name, before whom he told
    if rest.startswith(":") or (rest[:1].isalpha() and _complementizer_near(sent.words, j)):
        return True
    inner = ctx.text[s:e].strip()
    if len(inner.split()) < 2:
        return True  # a quoted word («"الغيرة"») is a term, not a quotation
    if len(inner.split()) <= COLON_WORDS and _listed(ctx.text, s, e):
        return True  # وبينها «تحت السيطرة» و«حارة اليهود»: titles listed, not words said
    if len(inner.split()) <= COLON_WORDS and _alias_of_body(ctx, s, rest):
        return True  # موقع هيئة الإذاعة البريطانية "بي بي سي"، ...: the body's short name
    if len(inner.split()) <= COLON_WORDS and rest[:1].isalpha() and j < len(sent.words) \
            and quote_cues().at(sent.words, j, SAYING_OR_CONTINUING):
        return True  # فـ"وان بلاس" أكدت أنها: a name in marks, the subject of the verb after it
    if len(inner.split()) <= _TERM_WORDS and _term_in_clause(ctx, sent, s, e):
        return True  # فإن «تاريخ إطلاق السراح» النظري لبولارد ...: a term the clause goes on after
    if len(inner.split()) <= _TERM_WORDS and rest[:1] in "،," and _complementizer_next(ctx, sent, j):
        return True  # التي تشمل "قيد الناخبين وتسجيل المرشحين"، أن ...: a term inside the subject
    if _titled_name(ctx, sent, s, e):
        return True  # وأوضح "الأستاذ عبد العزيز العيد" المشرف العام …؛ أنه: the speaker, titled
    said = _introduced(ctx, sent, s, cues, len(inner.split()))
    for m in ctx.mentions:
        if m.start < e and s < m.end and (min(e, m.end) - max(s, m.start)) >= 0.8 * len(inner) \
                and not (said and m.label == "MISC"):
            return True
    return False


def _person_colon(ctx: ArticleContext, sent: Sentence, k: int, s: int) -> bool:
    """A colon parts the marks opening at `s` (word `k`) from a name noun with the article before
    them: a person described speaks («وأضاف [الكاتب]: "[لأن الحادثة …]"», «وقال X أثناء المؤتمر
    [الصحفي]: "[أنا سعيد …]"»: no writer or journalist named "…"); after a bare noun of a thing the
    marks stay its title («تحت عنوان: «…»», «كتاب: «…»», «برنامج: "…"»)."""
    w = sent.words[k - 1].norm
    return ":" in ctx.text[sent.words[k - 1].end:s] and (w[1:] if w[:1] in "وف" else w).startswith(ARTICLE)


def _listed(text: str, s: int, e: int) -> bool:
    """The marked words `text[s:e]` stand in a list of marked items joined by و or أو («شركات
    مثل «إيربي إن بي» و«ريديت»», «وبينها «تحت السيطرة» و«حارة اليهود» و«العهد»»): names or
    titles listed, not a quotation (a short one: quotations joined so are longer)."""
    kinds = mark_kinds()
    after = text[e + 1:e + 1 + _LIST_GAP].lstrip(_SPACES)
    for joiner in _LIST_JOINERS:
        if after.startswith(joiner):
            nxt = after[len(joiner):].lstrip(_SPACES)[:1]
            if nxt in kinds and kinds[nxt] != "close":
                return True
    before = text[max(0, s - 1 - _LIST_GAP):s - 1].rstrip(_SPACES)
    for joiner in _LIST_JOINERS:
        if before.endswith(joiner):
            prev = before[:-len(joiner)].rstrip(_SPACES)[-1:]
            if prev in kinds and kinds[prev] != "open":
                return True
    return False


def _titled_name(ctx: ArticleContext, sent: Sentence, s: int, e: int) -> bool:
    """The marks hold a title or honorific (speaker_references: «الأستاذ», «المهندس», «الوزير»)
    and a person's name the tagger found, nothing else: «"المهندس عبدالعزيز آل حسن"» names
    someone (the tagger reads the name without the title, so the name alone is no 0.8 of the marks)."""
    k = sent.word_index(s)
    if k >= len(sent.words) or sent.words[k].start != s or (ref := speaker_ref(sent.words[k].norm)) is None \
            or ref[0] not in _TITLES or k + 1 >= len(sent.words):
        return False
    rest = sent.words[k + 1].start
    return any(m.label == "PER" and m.start == rest and abs(m.end - e) <= 1
               for m in ctx.mentions_in(rest, e + 1))


def _alias_of_body(ctx: ArticleContext, s: int, rest: str) -> bool:
    """The marks follow an organisation's name with only a space between and a pause or the
    sentence's end follows them («حسب موقع [هيئة الإذاعة البريطانية] "بي بي سي"، ...»): the
    marked words are its short name, not its words."""
    before = ctx.text[:s - 1].rstrip(" \u00a0")
    return (not rest or rest[:1] in _ALIAS_AFTER) and any(
        m.label == "ORG" and m.end == len(before) for m in ctx.mentions_in(max(0, s - _NAME_CHARS), s))


def _before_addressee(rest: str) -> bool:
    """The words after the closing mark (`rest`) name whom the words were told to, a proclitic ل
    on a marked outlet, maybe past a second marked name and a comma («“المشغل التجاري ...”،
    “خالد عويضة” لـ “عين اليوم” إن ...»): the marked words stand in the subject, before the
    hearer, so they name the speaker or his office, and what he said comes after."""
    kinds = mark_kinds()
    rest = rest.lstrip(_PAUSE)
    if rest[:1] in kinds and kinds[rest[0]] != "close":  # a second marked name: “خالد عويضة”
        close = next((i for i in range(1, min(len(rest), _NAME_CHARS)) if rest[i] in kinds), None)
        if close is None:
            return False
        rest = rest[close + 1:].lstrip(_PAUSE)
    if not rest.startswith(_TOLD):
        return False
    rest = rest[len(_TOLD):].lstrip(" \u00a0ـ")
    return rest[:1] in kinds and kinds[rest[0]] != "close"


def _term_in_clause(ctx: ArticleContext, sent: Sentence, s: int, e: int) -> bool:
    """The marks open the clause of a complementizer and the clause goes on right after them
    with no pause and no conjunction («فإن «لجنة إطلاق السراح المشروط» التابعة لوزارة العدل
    هي ...»): the marked words are a term, that clause's subject (a verb of saying before the
    complementizer still reports the whole clause)."""
    rest = ctx.text[e + 1:sent.end].lstrip(" \u00a0")
    if not rest[:1].isalpha() or rest[:1] in "وف":
        return False
    k = sent.word_index(s)
    return k > 0 and sent.words[k - 1].end < s \
        and quote_cues().at(sent.words, k - 1, _COMPLEMENTIZER) is not None


def _complementizer_next(ctx: ArticleContext, sent: Sentence, j: int) -> bool:
    """The word after the comma that follows the marks is a complementizer with no conjunction
    («، أن ...», not «، وأن ...»): the reported clause of a verb before the marks starts there."""
    ws = sent.words
    return j < len(ws) and quote_cues().at(ws, j, _COMPLEMENTIZER) is not None \
        and ctx.text[ws[j].start:ws[j].start + 1] not in "وف"


def _complementizer_near(ws: list[Word], j: int) -> bool:
    """A complementizer at word `j`, or after at most _NEAR_WORDS words that are no cue
    («وكشفت "وان بلاس" أيضاً أنها»): the marked words are the subject of the reported clause."""
    for i in range(j, min(len(ws), j + _NEAR_WORDS + 1)):
        if quote_cues().at(ws, i, _COMPLEMENTIZER):
            return True
        if (cue := quote_cues().at(ws, i)) is not None and cue.kind != "learn_source":
            return False  # a cue word (not the من of «علمت X من»)
    return False


def _governed_name_noun(w: Word) -> bool:
    """A name noun behind a proclitic preposition (لبرنامج "صدى الملاعب", بصحيفة "..."):
    a name still (not behind the article alone: «قال بيان البرنامج: «...»» is speech)."""
    return any(quote_cues().at(words_of(st.stem), 0, _NAME_NOUN) for st in stems(w.norm)
               if any(ch in _PREPOSITIONS for ch in st.clitic.replace("ال", "")))


def _introduced(ctx: ArticleContext, sent: Sentence, s: int, cues: list[tuple[int, Cue]], words: int) -> bool:
    """The `words` marked words opening at `s` follow a colon within a short subject after a
    verb of saying («قال الفنان حسن حسني: “...”»), or the verb right away when they are a
    clause, longer than a name in marks that is the verb's subject («كشف “مكتب أخبار سوريا”»)."""
    pre = ctx.text[sent.start:s - 1].rstrip(" \u00a0")
    k = sent.word_index(sent.start + len(pre)) if pre else 0  # the first word at or after the mark
    if pre.endswith(":"):
        if words >= _VERB_COLON_WORDS and any(j + c.size == k for j, c in cues):
            return True  # «ويقول: «[غارت أمكم]»»: the verb's own colon, no subject or label before it
        return words >= COLON_WORDS and any(j < k <= j + c.size + _SHORT_COLON_SUBJECT for j, c in cues)
    return words > COLON_WORDS and any(j + c.size == k for j, c in cues)
