"""Names that hold date words: an expression inside one is no date.

`inside_name`: an expression that is part of a name (`lang/ar/date_names.tsv`): an outlet
whose name holds a date word (عين اليوم; «المصري اليوم» between quotation marks or after
صحيفة), a day and month right after the head of a place or group name (مدينة 6 أكتوبر), anything
right after «أبو» (a family name: أبو قرنين), a place named by a date after a place head or closing a list
of places («ومدينتي أبوحماد والعاشر من رمضان»), a bare Hijri month right after a person's given name,
title or name particle (الرئيس رمضان قاديروف, الفنان محمد رمضان, سلمان آل رمضان) or in a short title
between quotation marks or brackets (برنامج «يا هلا رمضان», منصة "دليل رمضان"), or a date or length
with a number standing alone between quotation marks (the film ”1 ديسمبر“).

It works on the normalised, lower-cased text the patterns matched.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from marsad.dates.lexicon import alternation, given_names, lexicon, norm
from marsad.dates.word_forms import CLITICS, clitic_forms, is_cue, without_clitics
from marsad.lang import load_table
from marsad.lang.nisba import ENDINGS as NISBA_ENDINGS

_OPENING_QUOTES = frozenset("«\"“‘'„”")  # ” too: Arabic text often sets the pair reversed
_CLOSING_QUOTES = frozenset("»\"”’'“")
_LOOK_BACK = 40  # characters searched for a head word before a name
_LAST_WORD = regex.compile(r"(\S+)\s+$")  # the word right before the end of a stretch
PLACE_REACH = 8  # words before a place named by a date where its head or list head may stand
_CLAUSE_ENDS = ".،,؛;:!?؟\n"
_OPENERS = frozenset("«\"“„”(")  # what opens a quoted or bracketed title (” too: often set reversed)
_CLOSERS = frozenset("»\"”“)")
TITLE_WORDS = (2, 4)  # words of a short title: «يا هلا رمضان», «ليالي رمضان», «رمضان في دبي»


@dataclass(frozen=True)
class NameTables:
    plain: frozenset[str]  # never a date where they stand
    quoted: frozenset[str]  # names only between quotation marks or after an outlet head
    outlet_heads: frozenset[str]
    heads: frozenset[str]  # outlet heads and heads of places and groups
    weekday_heads: frozenset[str]  # heads of names with a weekday (سوق الثلاثاء)
    weekday_rites: frozenset[str]  # a rite held on a weekday, named for it (خطبة الجمعة)
    kunyas: frozenset[str]  # «أبو»: a date word right after it ends a family name (أبو قرنين)
    given: frozenset[str]  # given names (lang/ar/segment_given_names.tsv, kind `name`): محمد, سعود
    titles: frozenset[str]  # titles and offices before a person (ner_cues PER_TITLE/PER_HONORIFIC, عضو)
    particles: frozenset[str]  # words that join a name's parts (resolve_particles: بن, آل, أبو, عبد)
    describers: frozenset[str]  # a person's occupation or courtesy title (ner_person_words, ner_cues
    # PER_HONORIFIC: «الكاتب», «الإعلامي», «الدكتور»): the given name after one has a family name after it
    names: regex.Pattern[str]  # any plain or quoted name, after up to two clitics
    longest: int  # characters of the longest name
    places: frozenset[str]  # places named by a date (العاشر من رمضان): no date after a head in its clause
    place_lists: frozenset[str]  # heads of several places (مدينتي, مدن) that open a list of places
    rulers: frozenset[str]  # a ruler's titles of several words (ولي العهد): his given name alone names him


@cache
def name_tables() -> NameTables:
    rows = load_table("date_names")

    def of(*kinds: str) -> frozenset[str]:
        return frozenset(norm(r["name"]) for r in rows if r["kind"] in kinds)

    plain, quoted = of("name"), of("quoted")
    rx = regex.compile(rf"(?<![\p{{L}}\p{{N}}])[{CLITICS}]{{0,2}}(?P<name>{alternation(plain | quoted)})"
                       r"(?![\p{L}\p{N}])")
    return NameTables(plain, quoted, of("outlet_head"), of("outlet_head", "head"), of("weekday_head"),
                      of("weekday_rite"), of("kunya"), given_names("name"),
                      _words_before_person(("PER_TITLE", "PER_HONORIFIC"), "ner_office_words"), _particles(),
                      _words_before_person(("PER_HONORIFIC",), "ner_person_words"), rx,
                      max(len(n) for n in plain | quoted), of("place"), of("place_list"),
                      of("ruler_title"))


def _words_before_person(cues: tuple[str, ...], words: str) -> frozenset[str]:
    """The phrases of ner_cues of the kinds `cues` and the words of the table `words`, normalised:
    the titles (PER_TITLE, PER_HONORIFIC and ner_office_words) or the describers (PER_HONORIFIC and
    ner_person_words) of `NameTables`."""
    phrases = (norm(r["phrase"]) for r in load_table("ner_cues") if r["cue"] in cues)
    return frozenset((*phrases, *(norm(r["word"]) for r in load_table(words))))


def _particles() -> frozenset[str]:
    """Name particles (resolve_particles), less «ولد»: also the verb "was born" («ولد في رمضان»)."""
    return frozenset(norm(r["form"]) for r in load_table("resolve_particles") if r["form"] != "ولد")


def _person_month(ntext: str, start: int, parts: dict[str, str], t: NameTables) -> bool:
    """«الرئيس رمضان قاديروف», «الفنان محمد رمضان», «سلمان آل رمضان»: a Hijri month named alone (no
    «شهر», day or year) right after a given name, a title or a name particle is a person's name (the
    given name or family name رمضان, شعبان), no date. «خلال رمضان», «صيام رمضان» stay the month."""
    return _bare_hijri(parts) and _head_before(ntext, start, t.given | t.titles | t.particles)


def _bare_hijri(parts: dict[str, str]) -> bool:
    """A Hijri month named alone: no «شهر», day or year with it."""
    return bool(parts.get("hmon")) and not any(parts.get(k) for k in ("shahr", "day", "dayw", "hyear"))


def _titled_month(ntext: str, start: int, end: int) -> bool:
    """«برنامج «يا هلا رمضان»», «منصة "دليل رمضان"», «فعاليات (رمضان في دبي)»: a bare Hijri month in a
    title of TITLE_WORDS words between quotation marks or brackets is part of the name; not after a
    frame word in it («"نلتقي في رمضان"» quotes a speaker), nor alone («شهر «رمضان»»)."""
    left, right = ntext[max(0, start - _LOOK_BACK):start], ntext[end:end + _LOOK_BACK]
    opened = max((left.rfind(q) for q in _OPENERS), default=-1)
    closed = min((i for i in (right.find(q) for q in _CLOSERS) if i >= 0), default=-1)
    if opened < 0 or closed < 0 or any(q in left[opened + 1:] for q in _CLOSERS) \
            or any(q in right[:closed] for q in _OPENERS):
        return False
    before, after = left[opened + 1:].split(), right[:closed].split()
    frames = lexicon().cues.get("month_frame", frozenset())
    return TITLE_WORDS[0] <= len(before) + 1 + len(after) <= TITLE_WORDS[1] \
        and not (before and any(f in frames for f in clitic_forms(before[-1])))


def _family_weekday(ntext: str, start: int, end: int, t: NameTables) -> bool:
    """«وأكد محمد الخميس رئيس لجنة التنمية»: a bare weekday right after a given name (or «عبد» and a
    name of God as one word: عبدالله) with no title or definite word before it, and an indefinite
    title or office right after it in apposition, is the family name (الخميس, الجمعة), no date; so is one
    right after a given name that follows a definite word other than a title, the end of an office held
    («وأوضح رئيس اللجنة الأهلية بحي الروضة محمد الخميس أن»: news names an office's holder by his given
    and family names; round 52's outside audit). After a title the name is the actor and the weekday his
    day («استقبل الأمير محمد الخميس وزير الخارجية», «قال الرئيس هادي الاثنين إن»), as after a ruler's
    title of several words («ولي العهد محمد الخميس»: `ruler_title` rows)."""
    before, after = ntext[max(0, start - _LOOK_BACK):start].split(), ntext[end:end + _LOOK_BACK].split()
    if len(before) < 2 or not after or not ntext[start - 1].isspace():
        return False
    name, first = clitic_forms(before[-1]), clitic_forms(before[-2])
    if not any(f in t.given or (f.startswith("عبدال") and len(f) > 5) for f in name):
        return False
    if _described(before[:-1], t):
        return True  # «للكاتب السعودي عبدالعزيز الخميس قائلا»: an occupation's given name, his family name
    if any(f in t.titles for f in first) or " ".join(before[-3:-1]) in t.titles:
        return False  # «الأمير محمد الخميس», «المتحدث الرسمي محمد الخميس»: the actor, his day after him
    if any(f.startswith("ال") for f in first):  # «ولي العهد محمد الخميس»: the ruler, his day after him
        return not _ruler_before(before[:-1], t)  # «رئيس اللجنة بحي الروضة محمد الخميس أن»: a family name
    return not after[0].startswith("ال") and after[0] in t.titles


def _ruler_before(words: list[str], t: NameTables) -> bool:
    """Whether `words` (those before a given name) end with a ruler's title of several words
    (`ruler_title` rows: «ولي العهد», «خادم الحرمين الشريفين»), a clitic on its first word or not: a
    ruler is named by his given name alone, the weekday after it his day."""
    return any(" ".join((without_clitics(words[-k]), *words[-k + 1:])) in t.rulers
               or " ".join(words[-k:]) in t.rulers for k in range(2, 4) if len(words) >= k)


def _described(words: list[str], t: NameTables) -> bool:
    """Whether `words` (those before a given name) end with a person's occupation or courtesy title,
    a nisba adjective after it or not («الكاتب السعودي», «للإعلامي»): news names such a person by a
    given and a family name, not by the given name alone (as a ruler: «الأمير محمد»)."""
    def describes(word: str) -> bool:
        return any(f in t.describers for f in (*clitic_forms(word), without_clitics(word)))

    if words and describes(words[-1]):
        return True
    nisba = bool(words) and words[-1].startswith("ال") and words[-1].endswith(NISBA_ENDINGS)
    return nisba and len(words) >= 2 and describes(words[-2])  # «الكاتب السعودي»: the occupation's nisba


def _head_before(ntext: str, pos: int, heads: frozenset[str]) -> bool:
    """Whether the word (or two words) right before `pos` is one of `heads`, after clitics."""
    words = ntext[max(0, pos - _LOOK_BACK):pos].split()
    if not words or not ntext[pos - 1].isspace():
        return False
    if any(f in heads for f in clitic_forms(words[-1])):
        return True
    return len(words) >= 2 and any(f"{f} {words[-1]}" in heads for f in clitic_forms(words[-2]))


def _listed_place(ntext: str, start: int, end: int, t: NameTables) -> bool:
    """«ومدينتي أبوحماد والعاشر من رمضان», «في مدينة العاشر من رمضان»: a place named by a date (`places`)
    with a head or a place_list word at most PLACE_REACH words before it in its clause is the place."""
    if " ".join(ntext[start:end].split()) not in t.places:
        return False
    left = ntext[max(0, start - _LOOK_BACK * 2):start]
    left = left[max(left.rfind(c) for c in _CLAUSE_ENDS) + 1:]
    words = left.split()
    if words and any(is_cue(f, "preposition") for f in clitic_forms(words[-1])):
        return False  # «احتفلت مدينة جدة في العاشر من رمضان»: a date after its preposition
    heads = t.heads | t.place_lists
    return any(f in heads for w in words[-PLACE_REACH:] for f in clitic_forms(w))


def _quoted(ntext: str, start: int, end: int) -> bool:
    """Whether [start, end) stands alone between quotation marks."""
    before = ntext[max(0, start - 3):start].rstrip()
    after = ntext[end:end + 3].lstrip()
    return bool(before) and before[-1] in _OPENING_QUOTES and bool(after) and after[0] in _CLOSING_QUOTES


def inside_name(ntext: str, start: int, end: int, parts: dict[str, str]) -> bool:
    """Whether the expression at [start, end) of the normalised text is part of a name."""
    t = name_tables()
    for m in t.names.finditer(ntext, max(0, start - t.longest), min(len(ntext), end + t.longest)):
        ns, ne = m.span("name")
        if ne <= start or ns >= end:
            continue
        name = " ".join(m.group("name").split())
        if name in t.plain or _quoted(ntext, ns, ne) or _head_before(ntext, m.start(), t.outlet_heads):
            return True
    if _listed_place(ntext, start, end, t):
        return True  # ومدينتي أبوحماد والعاشر من رمضان: a city
    if _head_before(ntext, start, t.kunyas):
        return True  # محمد أبو قرنين: a family name, not two centuries
    if _person_month(ntext, start, parts, t):
        return True  # الرئيس رمضان قاديروف: a person
    if _bare_hijri(parts) and _titled_month(ntext, start, end):
        return True  # برنامج «يا هلا رمضان»: a title
    has_day = parts.get("day") or parts.get("dayw")
    if (has_day or parts.get("num")) and _quoted(ntext, start, end):
        return True  # a date or a length alone between quotation marks: a title (فيلم ”1 ديسمبر“)
    has_year = parts.get("year") or parts.get("hyear")
    if parts.get("wd") and not (has_day or has_year or parts.get("mon")) \
            and _head_before(ntext, start, t.weekday_heads):
        return True  # سوق الثلاثاء: a market named for its weekday
    if parts.get("wd") and ntext[start:end] == parts["wd"] and _family_weekday(ntext, start, end, t):
        return True  # محمد الخميس رئيس لجنة: a family name
    if parts.get("wd") and ntext[start:end] == parts["wd"] and _head_before(ntext, start, t.weekday_rites):
        return True  # خطبة الجمعة: the Friday sermon (not «خطبة الجمعة الماضية/أمس», «خطبة يوم الجمعة»)
    day_word = _LAST_WORD.search(ntext, max(0, start - _LOOK_BACK), start) if parts.get("mon") else None
    if day_word is not None and day_word[1] in lexicon().numbers and not (has_day or has_year):
        return _head_before(ntext, day_word.start(), t.heads)  # مدينة ستة أكتوبر: a day in words
    return bool(has_day) and not has_year and _head_before(ntext, start, t.heads)
