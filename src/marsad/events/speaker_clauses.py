"""Which clause of a sentence a name stands in, for a verb of saying without its own subject,
and where a verb's subject ends: at a hearer after the preposition لـ («وقالت [للصحف
الكينية]», «كشف لـ "الاقتصادية"», «وقال السفير [لوكالة] ...»).

A particle such as قد opens a new verbal clause whose subject outranks the names before it
(«احتفى [بتال] ... وقد عبر مدير المنتخب [خالد مطر] عن سعادته وقال: ...»). The words are
data: `lang/ar/speaker_clauses.tsv`.

A subject that is an unnamed group («وقال سكان محليون», «وتوقع آخرون») names nobody: its words
are `lang/ar/speaker_groups.tsv`.
"""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import CueLexicon, quote_cues, ref_words, speaker_ref
from marsad.events.words import Word, stems, words_of, written
from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.model import Span

_NEW_CLAUSE = frozenset({"new_clause"})
_COPULA = frozenset({"copula"})
_COPULA_SUBJECT = 8  # words between كان and قد: the subject of the clause قد opens
_COMPLEMENTIZERS = frozenset({"complementizer"})
_OPENERS = frozenset({"clause_opener"})
_MEDIUM = frozenset({"medium"})
_STATEMENT_ADJECTIVE = frozenset({"statement_adjective"})  # في [أول] تقرير
_LATTER = frozenset({"latter"})
_OFFICE_ADJECTIVE = frozenset({"office_adjective"})
_OFFICE_LINK = frozenset({"office_link"})
_ISSUER_LINK = frozenset({"issuer_link"})
_JOINT = frozenset({"joint_statement"})
_AUTHORED = frozenset({"authored_document"})
_PARTITIVE = frozenset({"partitive"})
_KIN = frozenset({"kin"})  # «والد», «شقيقة», «عائلة»: a relative opens the subject
_HOLDER_OFFICE = frozenset({"holder_office"})  # «مكتب»: an official's office speaks, a body
_STANCE_LEAD = frozenset({"stance_lead"})
_APPOSITION_MARKS = "،,-–ـ("  # what may stand between a group's words and the member's name
_LINKED_BODY = 2  # words between an office's preposition and the body it names («في [شركة] "X"»)
_CONSTRUCT_WORDS = 4  # words between an office and the body it heads (رئيس [مجلس إدارة] نادي الهلال)


@cache
def speaker_clauses() -> CueLexicon:
    return CueLexicon([(r["form"], r["kind"], "") for r in load_table("speaker_clauses")])


def stance_lead(ws: list[Word]) -> int:
    """How many words of «for his part» (kind stance_lead: «من جهته», «بدورها») open `ws` before
    its verb, read past as no subject and no object of it; 0 when none does."""
    cue = speaker_clauses().at(ws, 0, _STANCE_LEAD) if ws else None
    return cue.size if cue is not None else 0


def latter(ws: list[Word], k: int) -> str | None:
    """«الأخير» (m) or «الأخيرة» (f) at word `k`: the one named last stands there."""
    cue = speaker_clauses().at(ws, k, _LATTER)
    return None if cue is None else ("f" if ws[k + cue.size - 1].norm.endswith(("ة", "ه")) else "m")


def partitive_member(ctx: ArticleContext, ws: list[Word], i0: int, i1: int) -> int | None:
    """For a subject opening with «أحد/إحدى» at word `i0` (before word `i1`): the word where
    the person it is stands named («أحد الزبائن من الشباب- [سلطان البلوي]», «أحد محامي حبري
    [إبراهيم دياوارا]»: after a mark, or right after another name or a named person's last
    name); -1 when the subject is one unnamed member of a group whose description may hold
    names («أحد أنصار [حبري]», «أحد مستشاري الرئيس الروسي [بوتين]»); None when the subject does
    not open with «أحد/إحدى»."""
    if i0 >= i1 or speaker_clauses().at(ws, i0, _PARTITIVE) is None or ctx.mention_at(ws[i0]) is not None:
        return None
    return _member_named(ctx, ws, i0, i0 + 2, i1)


def holder_office(ctx: ArticleContext, ws: list[Word], i0: int, i1: int) -> bool:
    """The subject at word `i0` (before word `i1`) opens with an official's office (kind
    holder_office, «مكتب») the tagger named no body with, in construct with a title or a person
    («وقال [مكتب] رئيس الوزراء حيدر العبادي», «وذكر [مكتب] أردوغان»): that office speaks, a body
    the words describe, not the holder they name."""
    if i0 + 1 >= i1 or speaker_clauses().at(ws, i0, _HOLDER_OFFICE) is None \
            or ctx.mention_at(ws[i0]) is not None:
        return False
    ref = speaker_ref(ws[i0 + 1].norm)
    m = ctx.mention_at(ws[i0 + 1])
    return (ref is not None and ref[0] == "title" and m is None) or (
        m is not None and m.label == "PER" and m.start == ws[i0 + 1].start)


def kin_member(ctx: ArticleContext, ws: list[Word], i0: int, i1: int) -> int | None:
    """For a subject opening with a word of kinship at word `i0` (kind kin: «والد», «شقيقة»,
    «عائلة», «زوجته»; before word `i1`): the word where the relative stands named — right after
    a word that carries its pronoun («شقيقه [محمد]»: his brother, Muhammad), else after a mark
    or right after another name («والدة الطفل، [سارة]») —; -1 when the relative is unnamed and
    a name after the word says whose relative he is («وقال والد [هووت] الشاب», «عائلة [عبد
    العزيز]», «قالت والدتها»: the quotes gold's «والد X» is null); None when the subject does not
    open with a word of kinship."""
    if i0 >= i1 or speaker_clauses().at(ws, i0, _KIN) is None:
        return None
    if (whole := ctx.mention_at(ws[i0])) is not None:
        # «وقال [والد هووت] الشاب»: the tagger took the word of kinship into the name; unnamed
        return -1 if whole.label == "PER" and whole.start == ws[i0].start and whole.end > ws[i0].end else None
    m = ctx.mention_at(ws[i0 + 1]) if i0 + 1 < i1 else None
    if written(ctx.text, ws[i0]).endswith(("ه", "ها", "هم", "هما")) and m is not None and m.label == "PER" \
            and m.start == ws[i0 + 1].start:
        return i0 + 1  # «وقال شقيقه [محمد]»: the relative's own name
    return _member_named(ctx, ws, i0, i0 + 1, i1)


def _member_named(ctx: ArticleContext, ws: list[Word], i0: int, first: int, i1: int) -> int | None:
    """The word from `first` on (before `i1`) where the one a subject opening at `i0` with «أحد»
    or a word of kinship is stands named: a person after a mark or right after another name;
    -1 when none is."""
    for j in range(first, i1):
        m = ctx.mention_at(ws[j])
        if m is None or m.label != "PER" or m.start != ws[j].start:
            continue
        between = ctx.text[ws[i0].end:ws[j].start]
        before = ctx.mention_at(ws[j - 1])
        if any(ch in _APPOSITION_MARKS for ch in between) or (before is not None and before is not m) \
                or ctx.person_named(ws[j - 1]) is not None:
            return j  # «أحد المشاركين من مصراتة، وهو النائب [X]», «أحد محامي حبري [X]»
    return -1


def office_head_end(ws: list[Word], k: int, end: int) -> int:
    """The word after the office at word `k` and the words that stay inside it before the body
    it heads (before word `end`): an office adjective («أمين [عام] الملتقى») and indefinite
    office or body nouns in construct («رئيس [مجلس إدارة نادي] الهلال»)."""
    j = k + 1
    while j < min(end, k + 1 + _CONSTRUCT_WORDS):
        if speaker_clauses().at(ws, j, _OFFICE_ADJECTIVE) is None:
            ref = speaker_ref(ws[j].norm)
            if ref is None or ref[0] not in ("title", "org") or ws[j].norm.startswith("ال"):
                break
        j += 1
    return j


def issued_phrase(ws: list[Word], k: int) -> bool:
    """The two words after the statement noun at word `k` are issuing words («للبيان [الصادر من]
    الاتحاد», «لتقرير [صادر عن] الوزارة»): the noun names its issuer after them, even where it is
    the statement named again after «وفقا لـ» (round 53)."""
    return k + 2 < len(ws) and all(speaker_clauses().at(ws, i, _ISSUER_LINK) is not None
                                   for i in (k + 1, k + 2))


def issuing_place(ws: list[Word], k: int, j: int) -> bool:
    """A place named at word `j` after the statement noun at word `k` issued it: right after
    it («بيان [السعودية]»), past issuing words only («بيان صادر عن [السعودية]», «رسالة من
    [قطر]») or right after a body's noun (a body's name the tagger called a place: «الدراسة التي
    أجرتها مؤسسة ([ميديا أناليسيس])»); not past another noun or preposition («تقرير مراجعة
    للاقتصاد [الصومالي]», «تقرير نشر في [ألمانيا]»)."""
    if j > k + 1 and (ref := speaker_ref(ws[j - 1].norm)) is not None and ref[0] == "org":
        return True
    return all(speaker_clauses().at(ws, i, _ISSUER_LINK) is not None for i in range(k + 1, j))


def joint_statement(ws: list[Word], k: int) -> bool:
    """The statement noun at word `k` is one several issued together («بيان [مشترك]», «البيان
    [المشترك]»): no one issuer speaks for it."""
    return k + 1 < len(ws) and speaker_clauses().at(ws, k + 1, _JOINT) is not None


def authored_document(key: str) -> bool:
    """The statement noun `key` (its speaker_references key) is research a person prepares for
    his body («دراسة», «تقرير»), not words of his own («بيان», «رسالة»)."""
    return speaker_clauses().at(words_of(key), 0, _AUTHORED) is not None


def office_link(ws: list[Word], k: int) -> bool:
    """Word `k` is a preposition that ties an office before it to the body after it (في, لدى)."""
    return k >= 0 and speaker_clauses().at(ws, k, _OFFICE_LINK) is not None


def linked_body(ws: list[Word], k: int, end: int) -> list[int]:
    """The words where a body may be named after an office's preposition at word `k` (before
    word `end`): «في شركة "فاير آي"», «لدى مصر»; none when word `k` is no such preposition."""
    if not office_link(ws, k):
        return []
    return list(range(k + 1, min(end, k + 1 + _LINKED_BODY)))


def last_clause_start(sent: Sentence, before: int) -> int:
    """The offset of the last clause-opening particle before `before` (the sentence start
    when there is none)."""
    at = sent.start
    for k, w in enumerate(sent.words):
        if w.start >= before:
            break
        if speaker_clauses().at(sent.words, k, _NEW_CLAUSE) is not None:
            at = w.start
            copula = speaker_clauses().nearest_before(sent.words, k - 1, _COPULA,
                                                      max(0, k - 1 - _COPULA_SUBJECT))
            if copula is not None:
                at = sent.words[copula[0]].start  # وكان [مجلس المحافظة]، قد أعلن ...، فيما أكد: its subject
    return at


def addresses_hearer(w: Word, first: bool) -> bool:
    """The word opens «to whom» a verb of saying was said: لـ on its own, لـ + a body or an
    office (لصحيفة, للوزير), or, right after the verb (`first`), لل + any noun (وقالت
    [للصحف] الكينية; later in the subject it may be part of a name: وكالة تاس للأنباء).
    A name that starts with ل is a mention first."""
    if w.norm == "ل":
        return True
    for st in stems(w.norm):
        if (st.clitic == "لل" and first) or (st.clitic in ("ل", "لل") and (ref := speaker_ref(st.stem))
                                             and ref[0] in ("org", "title")):
            return True
    return False


def office_complement(w: Word) -> bool:
    """The word is لـ + an office («الممثل الخاص [للأمين] العام», «مستشار [لرئيس] الوزراء»):
    after an office it says whose office it is, not to whom the words were said."""
    return any(st.clitic in ("ل", "لل") and (ref := speaker_ref(st.stem)) is not None and ref[0] == "title"
               for st in stems(w.norm))


@cache
def _groups() -> frozenset[str]:
    return frozenset(normalize(r["form"]) for r in load_table("speaker_groups"))


@cache
def _forms(kind: str) -> frozenset[str]:
    """The normalised forms of one kind of `speaker_clauses.tsv` rows, as single words."""
    return frozenset(normalize(r["form"]) for r in load_table("speaker_clauses") if r["kind"] == kind)


def not_verb(w: Word) -> bool:
    """The word, its conjunction stripped, opens a sentence without being its verb
    (`speaker_clauses` kind not_verb: «ومثل», «ومع», «ومنذ»)."""
    return any(st.stem in _forms("not_verb") and st.clitic in ("", "و", "ف") for st in stems(w.norm))


def verb_preposition(ctx: ArticleContext, ws: list[Word]) -> bool:
    """The sentence opens with a preposition written like a verb (`speaker_clauses` kind
    verb_preposition: «وعبر», via or expressed) that reads as the verb: a person or an office
    follows it («وعبر [الأمين العام] للمركز X عن …»), not a thing («وعبر [حسابه] في تويتر»)."""
    if len(ws) < 2 or not any(st.stem in _forms("verb_preposition") and st.clitic in ("", "و", "ف")
                              for st in stems(ws[0].norm)):
        return False
    m = ctx.mention_at(ws[1])
    ref = speaker_ref(ws[1].norm)
    return (m is not None and m.label == "PER") or ctx.person_named(ws[1]) is not None \
        or bool(ref and ref[0] == "title") or _described_person(ctx, ws)


def _described_person(ctx: ArticleContext, ws: list[Word]) -> bool:
    """A definite word that is no name, then a person's name right after it with no mark between
    («وعبر [الفنان] [X] عن سعادته», «وعبر [الكابتن] [X]»): a calling before the person who
    expressed, not a thing the preposition leads to («وعبر [الحدود] السورية»)."""
    if len(ws) < 3 or not ws[1].norm.startswith("ال") or ctx.mention_at(ws[1]) is not None \
            or ctx.text[ws[1].end:ws[2].start].strip():
        return False
    m = ctx.mention_at(ws[2])
    return m is not None and m.label == "PER" and m.start == ws[2].start


def opens_new_subject(w: Word) -> bool:
    """The word opens a clause with a subject of its own between two verbs of saying
    (`speaker_clauses` kind new_subject: لكن, بينما, فيما)."""
    return w.norm in _forms("new_subject")


def joined_verb(w: Word) -> bool:
    """The verb carries the conjunction و/ف that joins it to a verb before it (وأشار, فقال),
    not a و of its own root («ورد أن»: it was stated)."""
    return w.norm[:1] in "وف" and w.norm not in _forms("root_waw")


def unnamed_group(w: Word) -> bool:
    """The word is a noun of an unnamed group or person (سكان, آخرون, خبراء), the article or
    conjunction allowed before it."""
    return any(st.stem in _groups() and st.clitic in ("", "و", "ف", "ال", "وال", "فال")
               for st in stems(w.norm))


def subject_end(ctx: ArticleContext, ws: list[Word], i0: int, i1: int) -> int:
    """Where the subject words [i0, i1) after a verb of saying end: at the first complementizer
    (أن, إن) among them that no name holds («[وان] بلاس» is a name). What follows it is what was
    said: «وقالت المصادر إن زيارة [فانديلا] …، مشيرة إلى أن» names no office holder of «المصادر»."""
    return next((j for j in range(i0, i1) if quote_cues().at(ws, j, _COMPLEMENTIZERS)
                 and ctx.mention_at(ws[j]) is None), i1)


def hearer_first(ctx: ArticleContext, ws: list[Word], i0: int, k: int) -> bool:
    """The words [i0, k) after a verb of saying are one name, and an unnamed source («مصدر»,
    «مصادر») follows it at word `k`: the name is whom the source told, put before the subject
    («وأبلغت (الصحيفة) [مصادر] مطلعة أن»), not who spoke."""
    m = ctx.mention_at(ws[i0]) if i0 < k else None
    return m is not None and all(ctx.mention_at(w) is m for w in ws[i0:k]) \
        and speaker_ref(ws[k].norm) == ("title", normalize("مصدر"))


def counted_group(ctx: ArticleContext, w: Word) -> bool:
    """The word is a number opening a subject («أفاد [72] % من أصحاب العمل», «قال [4] في المائة
    فقط»): a share of a group, no one named; not a time or a name."""
    return w.norm.isdigit() and not ctx.in_timex(w) and ctx.mention_at(w) is None


def complement_start(sent: Sentence, before: int) -> int:
    """The offset of the first complementizer (أن, إن) before offset `before` that opens a
    reported or complement clause (not «بعد أن», «على الرغم من أن»: adverbial ones): the
    names after it stand inside that clause, never as the subject of a verb after it;
    `before` when none does."""
    ws = sent.words
    for k, w in enumerate(ws):
        if w.start >= before:
            break
        if quote_cues().at(ws, k, _COMPLEMENTIZERS) and not _adverbial(ws, k):
            return w.start
    return before


def _adverbial(ws: list[Word], k: int) -> bool:
    """The complementizer at word `k` opens an adverbial clause: بعد أن, على الرغم من أن."""
    if k > 0 and quote_cues().at(ws, k - 1, _OPENERS):
        return True
    return k > 1 and ws[k - 1].norm == "من" and quote_cues().at(ws, k - 2, _OPENERS) is not None


def conjoined(sent: Sentence, at: int) -> bool:
    """The verb at offset `at` carries a conjunction (وقال, فأضاف): it goes on the clause before,
    whose last name is its object, not its subject."""
    k = sent.word_index(at)
    if k >= len(sent.words):
        return False
    w = sent.words[k].norm
    return any(not st.clitic and st.stem != w and w[:1] in "وف" and len(st.stem) == len(w) - 1
               for st in stems(w))


def statements_given_in(sent: Sentence, outside: list[tuple[int, int]]) -> list[int]:
    """The offsets of the statement nouns a medium word introduces («في [بيان]», «وذلك في
    [بيان] تم توزيعه», past an ordinal: «في أول [تقرير]»), outside the quotation marks
    `outside` (the words of a speaker there may name another statement): statements the
    sentence's speaker gave its words in."""
    ws = sent.words
    out = []
    for k in ref_words(ws, "statement"):
        if k < 1:
            continue
        j = k - 2 if k > 1 and speaker_clauses().at(ws, k - 1, _STATEMENT_ADJECTIVE) else k - 1  # أول
        if speaker_clauses().at(ws, j, _MEDIUM) and not any(s <= ws[k].start < e for s, e in outside):
            out.append(ws[k].start)
    return out


def subject_right_before(ctx: ArticleContext, sent: Sentence, m: Span, before: int) -> bool:
    """The name `m` is the subject of the verb of saying at offset `before`: it stands right
    before it («أن [X] قال»; not «استقبل الملك [Y] وقال», `conjoined`), or right before a verb
    that one is joined to (`joined_subject`)."""
    return (not ctx.text[m.end:before].strip() and not conjoined(sent, before)) \
        or joined_subject(ctx, sent, m, before)


def joined_subject(ctx: ArticleContext, sent: Sentence, m: Span, before: int) -> bool:
    """The verb of saying at offset `before` is joined by و to a verb right after the name `m`
    («أن [هيئة الطيران المدني] تجرأت وأعلنت أن», «[X] خرج وقال»): that name is the subject of
    both, inside a complement clause too. One word, no mention, definite noun, cue or time,
    stands between the name and the verb, with nothing but spaces around it."""
    k = sent.word_index(before)
    ws = sent.words
    if k < 2 or k >= len(ws) or not joined_verb(ws[k]) or not ws[k].norm.startswith("و"):
        return False
    verb, last = ws[k - 1], ws[k - 2]
    return m.start <= last.start and last.end <= m.end and m.end <= verb.start \
        and not ctx.text[m.end:verb.start].strip() and not ctx.text[verb.end:ws[k].start].strip() \
        and ctx.mention_at(verb) is None and not verb.norm.startswith("ال") and len(verb.norm) >= 3 \
        and quote_cues().at(ws, k - 1) is None and not ctx.in_timex(verb)
