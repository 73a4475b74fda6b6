"""Event triggers found in a sentence's words, from `lang/ar/event_triggers.tsv`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.events.lexicon import cue_forms, office_word, sense_forms
from marsad.events.signed_clauses import held_by_pair, signed_between
from marsad.events.word_memo import WordMemo
from marsad.events.words import (
    WITH,
    Stem,
    Word,
    first_person_suffixes,
    maqsura_first_person_suffixes,
    possessed,
    spelt_possessed,
    stems,
    word_matches,
)
from marsad.lang import load_table
from marsad.lang.clitics import ARTICLE, LAM_ARTICLE
from marsad.lang.normalize import normalize

_NEEDS_WINDOW = 4
_NOUN_REACH = 10  # words from a verbal noun (التوصل) to a far object (the verbs' reach before it grew to 14)
GOAL_WINDOW = 10  # a goal (إلى) may follow a long subject; the goal itself is checked (visit_goals.py)
_LEAD_GOAL_WINDOW = 30  # the report's first word a verb of going: its goal past a subject's full titles
_TO = normalize("إلى")
_BY = normalize("ب")
_COUNTERPART = normalize("نظير")
_COURTESY_HEAD = normalize("صاحب")  # صاحب السمو, صاحب المعالي
_RESUMPTIVE = ("ه", "ها", "هما")  # the object pronoun on a relative clause's verb
_ANTECEDENT = 4  # words from an agreement noun to the relative pronoun (الاتفاق النووي التاريخي الذي)


@dataclass(frozen=True, slots=True)
class TriggerRow:
    forms: tuple[str, ...]
    type: str
    pos: str
    plover: str
    subject_role: str
    needs: tuple[str, ...]
    series: bool


@dataclass(frozen=True, slots=True)
class Trigger:
    row: TriggerRow
    index: int  # first word
    size: int
    reading: Stem

    @property
    def definite(self) -> bool:
        return _with_article(self.reading)

    @property
    def possessed(self) -> bool:
        """A noun with a possessive pronoun (لقائه, اجتماعهما): definite, its owner a party."""
        return self.row.pos == "noun" and self.size == 1 and possessed(self.reading.stem, self.row.forms[0])

    @property
    def object_pronoun(self) -> bool:
        """A verb carrying an object pronoun (استقبله, استقبلها: a verb row with a pronoun after it;
        not توجه, whose ه is its own): in a relative clause (X الذي استقبله Y) the pronoun stands for
        the antecedent, the verb's object."""
        stem = self.reading.stem
        return self.row.pos == "verb" and any(stem.endswith(p) and stem[:-len(p)] in one_word_verbs()
                                              for p in _RESUMPTIVE)

    @property
    def owner_spelt(self) -> bool:
        """A noun row that spells its owner's pronoun itself (توجهه: `spelt_possessed`)."""
        return self.row.forms[0] in _owner_spelt_forms()

    @property
    def dual(self) -> bool:
        """A verb in the dual (اتفقا, التقيا, اجتمعا): two parties act; not the plural (التقوا)
        or a verb with an object pronoun (التقاها, التقانا)."""
        stem = self.reading.stem
        return self.row.pos == "verb" and stem.endswith("ا") and not stem.endswith(("وا", "ها", "نا"))

    @property
    def first_person(self) -> bool:
        """A verb with a first-person ending (وصلنا, زارنا, التقينا: we, or us): the writer's or
        an interviewee's own doing, a party the text names no one for."""
        stem, form = self.reading.stem, self.row.forms[0]
        if self.row.pos != "verb" or self.size != 1:
            return False
        if any(stem == form + end for end in first_person_suffixes()):
            return True
        # التقيت, "I met": a past verb ending in alif maqsura (التقى) takes ت in the first or second
        # person only; she met is التقت, a row of its own
        return form in maqsura_verbs() and any(stem == form + end for end in maqsura_first_person_suffixes())


@cache
def maqsura_verbs() -> frozenset[str]:
    """The normalised forms of the verb rows written with a final alif maqsura (التقى), which
    normalising spells as a ya."""
    return frozenset(normalize(r["form"]) for r in load_table("event_triggers")
                     if r["pos"] == "verb" and len(r["form"].split()) == 1 and r["form"].endswith("ى"))


@cache
def trigger_rows() -> tuple[TriggerRow, ...]:
    rows = []
    for r in load_table("event_triggers"):
        needs = tuple(normalize(n) for n in r["needs"].split("|") if n)
        rows.append(TriggerRow(tuple(normalize(r["form"]).split()), r["type"], r["pos"], r["plover"],
                               r["subject_role"], needs, r["series"] == "yes"))
    rows.sort(key=lambda t: -len(t.forms))
    return tuple(rows)


@cache
def one_word_verbs() -> frozenset[str]:
    """The normalised forms of the one-word verb rows (استقبل, زار)."""
    return frozenset(r.forms[0] for r in trigger_rows() if r.pos == "verb" and len(r.forms) == 1)


@cache
def _owner_spelt_forms() -> frozenset[str]:
    """The noun rows' forms that carry a possessive pronoun themselves (توجهه: `spelt_possessed`)."""
    verbs = one_word_verbs()
    return frozenset(r.forms[0] for r in trigger_rows()
                     if r.pos == "noun" and len(r.forms) == 1 and spelt_possessed(r.forms[0], verbs))


@cache
def _trigger_nouns(etype: str) -> frozenset[str]:
    """The words of the table's noun rows, of type `etype` ("" for every type): اتفاق, زياره, قمه."""
    return frozenset(f for r in trigger_rows() if r.pos == "noun" and etype in ("", r.type) for f in r.forms)


def definite_trigger_noun(w: Word, etype: str = "") -> bool:
    """Whether word `w` reads as a noun of the trigger table (of type `etype` where given) with the
    article on its stem («الاتفاق», «بالاتفاق»), an event where it stands or not."""
    nouns = _trigger_nouns(etype)
    return any(st.stem.startswith(ARTICLE) and st.stem[len(ARTICLE):] in nouns for st in stems(w.norm))


def bare_trigger_noun(w: Word, etype: str = "") -> bool:
    """Whether word `w` reads as a noun of the trigger table (of type `etype` where given) with no
    article («جولة», «وزيارة»), whatever words its row needs after it to be an event."""
    nouns = _trigger_nouns(etype)
    return any(st.stem in nouns for st in stems(w.norm))


@cache
def _by_prefix() -> dict[str, tuple[TriggerRow, ...]]:
    """Rows by the first two letters of their first word (a matching stem starts with them)."""
    index: dict[str, list[TriggerRow]] = {}
    for row in trigger_rows():
        index.setdefault(row.forms[0][:2], []).append(row)
    return {k: tuple(v) for k, v in index.items()}


_Candidates = tuple[tuple[TriggerRow, Stem], ...]


def _candidates(word: str) -> _Candidates:
    """The rows whose first word `word` is, longest form first, each with the reading of
    `word` that matches it (a pure function of the word, asked for every word of every sentence)."""
    index = _by_prefix()
    keys = dict.fromkeys(s.stem[:2] for s in stems(word))
    rows = {id(r): r for k in keys for r in index.get(k, ())}
    out = []
    for row in sorted(rows.values(), key=lambda r: -len(r.forms)):
        reading = word_matches(word, row.forms[0], row.pos)
        if reading is not None and possessed_only(row.forms[0]) \
                and (_with_article(reading) or reading.stem != row.forms[0]):
            reading = None  # الاستقبال, استقبالات: a service or a welcome; bare «استقبال X» is X's
            # reception when a party's name follows (`senses.not_a_reception` asks for it)
        if reading is not None and row.pos == "verb" and reading.clitic.endswith((ARTICLE, LAM_ARTICLE)) \
                and row.forms[0] not in sense_forms("verbal_noun"):
            reading = None  # للبحث والاستكشاف, البحث العلمي: with the article a verb's form is a noun;
            # not a verb whose verbal noun is spelt as it (التوصل إلى اتفاق: `completed_parties.verbal_noun`)
        if reading is not None and row.forms[0] in _owner_spelt_forms() and reading.stem != row.forms[0]:
            reading = None  # توجهات (trends) is no توجهه with a plural ending: a pronoun row takes no suffix
        if reading is None and row.pos == "noun" and len(row.forms) == 1 \
                and row.forms[0] not in sense_forms("no_possessive"):  # لقائه, اجتماعه: the owner a party
            reading = next((st for st in stems(word) if possessed(st.stem, row.forms[0])), None)
        if reading is not None:
            out.append((row, reading))
    return tuple(out)


_KNOWN = WordMemo(_candidates)  # the words met, each with its `_candidates`


def possessed_only(form: str) -> bool:
    """Whether a noun trigger's form is an event only with a possessive pronoun naming the doer
    (`possessed_only` in event_senses.tsv: خلال استقباله X; bare «استقبال الطلبات» is a service)."""
    return form in sense_forms("possessed_only")


def find_triggers(words: list[Word], lead: bool = False) -> list[Trigger]:
    """Every trigger in `words`; a longer form wins over a shorter one on the same words (a
    sentence keeps its own: `Sentence.triggers`). A verb of `opening_verb` in event_senses.tsv
    (تفقد, اطمأن) is a trigger only as the first word of the body's first sentence (`lead`) with an
    office right after it, where it tells the report's own happening («تفقد نائب وزير الصحة X
    مستشفيات المنطقة»); elsewhere it is a step of a visit told already («وتفقد الأمير وحدة التدخل
    السريع», «وتفقد غرفة التحكم»), a crowd's («تفقد أكثر من 3500 زائر المتحف») or another sense
    («تفقد الرواية قيمتها»: loses)."""
    out: list[Trigger] = []
    taken: set[int] = set()
    for i, rows in enumerate(_KNOWN.many([w.norm for w in words])):
        if not rows or i in taken:
            continue
        for row, reading in rows:
            size = len(row.forms)
            if row.forms[0] in sense_forms("opening_verb") and not _opens_the_report(words, i, lead):
                continue
            if size > 1 and not _rest_at(words, i, row.forms, row.pos):
                continue
            if not _needs_met(words, i + size, row.needs, goal_window(lead, i)) \
                    and not _far_object(words, i + size, row, reading) \
                    and not relative_object(words, i, row) \
                    and signed_between(words, i + size, row.needs) is None \
                    and not (row.type == "AGREE" and held_by_pair(words, i + size, row.type)):
                continue  # «لاتفاقية التعاون والتي تم توقيعها فيما بينهما»: its parties named before
            out.append(Trigger(row, i, size, reading))
            taken.update(range(i, i + size))
            break
    return out


def _opens_the_report(words: list[Word], i: int, lead: bool) -> bool:
    """Whether word `i` opens the body's first sentence (`lead`) with an office or a courtesy
    word right after it (نائب وزير, معالي, صاحب السمو): an official's own doing told as the news."""
    if not lead or i != 0 or len(words) < 2:
        return False
    nxt = words[1].norm
    return office_word(nxt) or nxt == _COURTESY_HEAD


def _with_article(reading: Stem) -> bool:
    """Whether a word's reading carries the article (التوصل): a noun, whatever row it matched."""
    return reading.clitic.endswith("ال") or reading.stem.startswith("ال")


def _rest_at(words: list[Word], i: int, forms: tuple[str, ...], pos: str) -> bool:
    """Whether the words after `i` spell the later words of the multi-word `forms` (the
    first word matched already)."""
    if i + len(forms) > len(words):
        return False
    return all(word_matches(words[i + k].norm, f, pos) is not None for k, f in enumerate(forms[1:], 1))


@cache
def _far_objects() -> tuple[tuple[tuple[str, ...], int], ...]:
    """(words, reach) of the object nouns that make a verb of agreeing an agreement past a long
    subject (`far_object` in event_senses.tsv)."""
    return tuple((tuple(normalize(r["form"]).split()), int(r["window"]))
                 for r in load_table("event_senses") if r["kind"] == "far_object")


def _far_object(words: list[Word], i: int, row: TriggerRow, reading: Stem) -> bool:
    """A verb of agreeing whose object stands past a long subject (وقعت شركة X، أكبر شركة
    متخصصة في ...، اتفاقا مع شركة Y): an object noun of `far_object` within its reach. A verbal
    noun read on the verb's row (التوصل) has no subject before its object: it reaches
    `_NOUN_REACH` words at most."""
    if row.type != "AGREE" or row.pos != "verb" or not row.needs:
        return False
    for forms, reach in _far_objects():
        if forms[0] not in row.needs and forms[0].removesuffix("ا") not in row.needs:
            continue
        if _with_article(reading):
            reach = min(reach, _NOUN_REACH)
        for k in range(i, min(len(words) - len(forms) + 1, i + reach)):
            if all(word_matches(words[k + n].norm, f, "noun") is not None for n, f in enumerate(forms)):
                return True
    return False


def relative_object(words: list[Word], i: int, row: TriggerRow) -> bool:
    """A verb of agreeing in a relative clause whose antecedent is its object (الاتفاق النووي
    الذي أبرمته الدول الكبرى مع إيران, مذكرة التفاهم التي وقعها الوزيران, الاتفاقية التي
    وقعتها الناقلتان): an object noun of `needs` within `_ANTECEDENT` words before the relative pronoun
    right before the verb, which carries the object pronoun that refers back to it (وقعها, أبرمته:
    the relative clause names who signed; الاتفاق الذي وقع, passive, names no one). Its parties stand
    in that clause (`clauses.scope_of`)."""
    if row.type != "AGREE" or row.pos != "verb" or not row.needs or not words[i].norm.endswith(_RESUMPTIVE):
        return False  # الاتفاق الذي وقع (passive): no doer named; الذي وقعه X: X signed it
    return after_antecedent(words, i, row.needs)


def after_antecedent(words: list[Word], i: int, nouns: tuple[str, ...]) -> bool:
    """Whether word `i` follows a relative pronoun whose antecedent is one of `nouns`: one of them
    within `_ANTECEDENT` words before the pronoun (الاتفاق النووي التاريخي الذي)."""
    if i < 2 or words[i - 1].norm not in sense_forms("relative_pronoun"):
        return False
    return any(word_matches(w.norm, n, "noun") is not None
               for w in words[max(0, i - 1 - _ANTECEDENT):i - 1] for n in nouns)


def goal_window(lead: bool, i: int) -> int:
    """Words after a trigger at word `i` where its goal (إلى) or partner (مع) may stand: more
    when the trigger is the first word of the body's first sentence (`lead`), the report's own
    happening told with the doer's full titles before the goal («يتوجه صاحب السمو الملكي الأمير X
    بن Y ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع غدا الثلاثاء إلى الأردن»)."""
    return _LEAD_GOAL_WINDOW if lead and i == 0 else GOAL_WINDOW


def _needs_met(words: list[Word], i: int, needs: tuple[str, ...], goal: int = GOAL_WINDOW) -> bool:
    if not needs:
        return True
    far = needs in ((_TO,), (WITH,)) or not cue_forms("stops_verb").isdisjoint(needs)
    window = goal if far else _NEEDS_WINDOW  # وصل نائب الرئيس ... إلى عدن, بحث وزير الخارجية
    # العراقي فؤاد حسين مع: a goal or partner after a long subject; جولة ... شملت: a tour's stops
    reach = GOAL_WINDOW if _BY in needs else window  # اتصل رئيس الوزراء البريطاني ديفيد كاميرون بالرئيس
    for k, w in enumerate(words[i:i + reach]):
        for n in needs:
            if n == _BY and _by_person(w.norm):
                return True
            if k < window and (w.norm == n or word_matches(w.norm, n, "noun") is not None):
                return True
    return False


def _by_person(word: str) -> bool:
    """A word that is the preposition ب glued to a person's title or counterpart (بالرئيس,
    بنظيره, بولي العهد, بخادم الحرمين): the one a verb of calling reaches (اتصل X بالرئيس Y); not
    a particle that starts with ب (بين, بعد, بشأن)."""
    if not word.startswith(_BY) or len(word) < 4:
        return False
    rest = word[1:]
    return office_word(rest) or office_word(rest.removeprefix("ال")) or rest.startswith(_COUNTERPART)
