"""Relative offsets with a reference point of their own in the sentence.

«قبل 3 أسابيع فقط من إقامة البطولة», «بعد يومين من الحادث»: the offset counts from an event
of the sentence, not from the publication date. Such an expression has no calendar value:
it is read as its length, a DURATION without «قبل»/«بعد» (the TimeML reading of "two days
after the crash", whose TIMEX3 is "two days"). When the reference point is itself a date
expression («بعد يومين من 5 مارس»), the offset is applied to that date (7 March). The
offset words that take such a reference point, the hedges between (فقط) and the words after
«من» that are none (الآن, الزمان, «من قبل» "by") are cues of `lang/ar/date_cues.tsv`.

«منذ» + a count is read by the aspect of its clause (docs/realtext-annotation.md): after a
punctual past event («دشنت منذ نحو الشهرين», «وصل منذ يومين») it is the DATE it points back
to, the point of the event; in a clause that speaks of a state lasting up to now («ما زال
مستمرا منذ يومين», «تستمر المفاوضات منذ ستة أشهر»), a superlative or a first time («أعلى معدل
منذ عقد», «لأول مرة منذ 10 سنوات»), a negation («لم يزرها منذ عامين») or a restated length («أي
منذ العام والشهرين»), it is the length up to now: a DURATION without «منذ» (TimeML's "for the
past six months"). The words of the clause that say so are the `elapsed` cues of
`lang/ar/date_cues.tsv`, looked for in the ELAPSED_WORDS words before «منذ», and any of those
words shaped as an imperfective verb (`ongoing`: «الذين يسيطرون عليها منذ عشرة أشهر»), or such a
verb opening the clause further back, with no complementizer after it (`_opened_by_ongoing`).

`mark_references` runs on recognised candidates (normalised offsets); `shifted` moves the
value of the reference date (`marsad.dates.extract` applies it once values are resolved).
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta
from functools import cache

import regex

from marsad.dates.lexicon import alternation, lexicon
from marsad.dates.tense import unjoined
from marsad.dates.word_forms import imperfective
from marsad.lang.clitics import ARTICLE

OWN_REFERENCE = "_ref"  # part set on an offset counted from an event of the sentence
DATE_REFERENCE = "_refdate"  # part set on an offset counted from the date expression after it
ELAPSED = "_elapsed"  # part set on «منذ» + a count read as the length up to now
ELAPSED_WORDS = 5  # words of the clause before «منذ» where an `elapsed` cue is looked for
HEDGES = 2  # hedges at most between an offset and «من» («أسبوع واحد فقط من»)
CLAUSE_REACH = 80  # characters read back for the clause of «منذ»
UP_TO_NOW_WORDS = 3  # words at most between «منذ» + a count and «(و)حتى الآن»
_CLAUSE_END = ".؟?!؛،,:\n"
_PREPOSITIONS = "بكل"  # written onto the next word: «بأعنف», «كأكبر», «لأعلى»
Candidate = tuple[int, int, str, dict[str, str]]  # normalised start, end, kind, parts
_CONSTRUCT = regex.compile(r"\s+(?P<word>ال\p{L}+)")  # a definite word right after: the unit in construct


@cache
def _reference() -> regex.Pattern[str]:
    """«من»/«على» and the first word of a reference point, after at most HEDGES hedges («بعد نحو
    أسبوع واحد فقط من إطلاقه»; a hedge, once read, is not given back: «على الأقل» is no «على» +
    reference)."""
    hedges = lexicon().cues.get("hedge", frozenset())
    hedge = rf"(?>(?:{alternation(hedges)}(?!\p{{L}})\s*){{0,{HEDGES}}})" if hedges else ""
    return regex.compile(rf"\s*{hedge}(?:من|علي)\s+[«\"“(]?\s*(?P<word>[\p{{L}}\p{{N}}]+)")


def mark_references(ntext: str, found: list[Candidate]) -> list[Candidate]:
    """`found` (in text order) with every offset (kind `ago`) followed by «من»/«على» + a
    reference point marked: DATE_REFERENCE when a date expression starts there, else
    OWN_REFERENCE with its start moved past «قبل»/«بعد» (the length is the expression)."""
    lx = lexicon()
    offsets = lx.cues.get("reference_offset", frozenset())
    no_reference = lx.cues.get("no_reference", frozenset())
    out = []
    for i, (s, e, kind, parts) in enumerate(found):
        m = _reference().match(ntext, e) if kind == "ago" and parts["ago"] in offsets else None
        stretch = kind == "ago" and lx.units[parts["unit"]][0] == "X"
        construct = _CONSTRUCT.match(ntext, e) if stretch else None
        if construct and construct.group("word") not in lx.cues.get("not_construct", ()):
            continue  # بعد فترة الاختبارات: after the exams' period, no time of its own
        if m is not None and m.group("word") not in no_reference:
            if i + 1 < len(found) and found[i + 1][0] == m.start("word"):
                parts[DATE_REFERENCE] = "1"
            elif stretch:
                continue  # بعد فترة من تداول القضية: a while after an event, neither a date nor a length
            else:
                parts[OWN_REFERENCE] = "1"
                s += len(parts["ago"])
                while ntext[s].isspace():
                    s += 1
        out.append((s, e, kind, parts))
    return _mark_elapsed(ntext, out)


def _mark_elapsed(ntext: str, found: list[Candidate]) -> list[Candidate]:
    """Every «منذ» + a count whose clause speaks of a stretch lasting up to now marked ELAPSED,
    its start moved past «منذ» (the length is the expression)."""
    lx = lexicon()
    since = lx.cues.get("since", frozenset())
    cues = lx.cues.get("elapsed", frozenset()) | lx.cues.get("persist", frozenset())
    out = []
    for s, e, kind, parts in found:
        if kind == "ago" and parts["ago"] in since and not parts.get(OWN_REFERENCE) \
                and _counted(parts) and (_elapsed_clause(ntext, s, cues) or _circumstantial(ntext, s, e)
                                         or _up_to_now().match(ntext, e) is not None
                                         or (bool(parts.get("num")) and _opening_stretch(ntext, e))):
            parts[ELAPSED] = "1"
            s += len(parts["ago"])
            while ntext[s].isspace():
                s += 1
        out.append((s, e, kind, parts))
    return out


@cache
def _up_to_now() -> regex.Pattern[str]:
    """«منذ عقدين على الأخص، وحتى الآن», «منذ 17 عاما حتى اليوم»: «منذ» + a count whose stretch the text
    closes at now (an `until` cue and a `now_word` one, at most UP_TO_NOW_WORDS words and pauses after
    the count) is the length up to now, whatever its clause's verb."""
    cues = lexicon().cues
    until, now = cues.get("until", frozenset()), cues.get("now_word", frozenset())
    if not until or not now:
        return regex.compile("(?!)")
    return regex.compile(rf"(?:[\s،,]+\p{{L}}+){{0,{UP_TO_NOW_WORDS}}}?[\s،,]+{alternation(until)}\s+"
                         rf"{alternation(now)}(?!\p{{L}})")


def _counted(parts: dict[str, str]) -> bool:
    """Whether an offset gives a count («منذ ستة أشهر», «منذ عامين», the vague «منذ عدة أشهر»), not a
    bare plural («منذ أشهر»)."""
    unit, n = lexicon().units[parts["unit"]]
    return unit != "X" and (n is not None or bool(parts.get("num")) or bool(parts.get("quant")))


def _elapsed_clause(ntext: str, start: int, cues: frozenset[str]) -> bool:
    """Whether one of the ELAPSED_WORDS words of the clause before `start` is an `elapsed` cue
    (a conjunction or the article written onto it read past: «وما زال», «ولم», «المفقود»)."""
    left = ntext[max(0, start - CLAUSE_REACH):start]
    cut = max(left.rfind(ch) for ch in _CLAUSE_END)
    left = left[cut + 1:]
    every = regex.findall(r"\p{L}+", left)
    words = every[-ELAPSED_WORDS:]
    return any(not cues.isdisjoint(_cue_forms(w)) or ongoing(w) for w in words) \
        or ((cut >= 0 or start <= CLAUSE_REACH) and _opened_by_ongoing(every))


def _opened_by_ongoing(words: list[str]) -> bool:
    """«وتقدم خدمات نقل الركاب على المستوى المحلي والإقليمي والدولي منذ عشرة سنوات», «ويحتاج الفريق إلى
    نقطة للتتويج باللقب الغائب عن خزائنه منذ 11 عاما»: a clause opened by an imperfective verb of
    something going on, further back than ELAPSED_WORDS, holds «منذ» + a count as the length up to now.
    Not when a complementizer follows the verb (a `complement` cue: «يذكر أن الخلاف بدأ منذ أربع
    سنوات», «يقول الباحث إنه منذ عقدين»): the verb reports a clause of its own."""
    complements = lexicon().cues.get("complement", frozenset())
    return bool(words) and ongoing(words[0]) \
        and not any(not complements.isdisjoint(_cue_forms(w)) for w in words[1:])


def ongoing(word: str) -> bool:
    """A normalised word that reads as an imperfective verb of something going on (يسيطرون,
    تضرب, يشهد, «وتقدم»: a conjunction written onto it read past): `imperfective`, less what
    reads as a noun or a perfective there: an accusative, perfective or nisba ending («تحذيرا»,
    «تقدمت», «يميني», «تركي»), a verbal noun of the pattern تفعيل («تحويل», «تطهير», and «تاريخ»
    of its shape), a word of «يوم»."""
    word = _cue_forms(word)[0]
    return imperfective(word) and not word.endswith(("ا", "ت", "ي")) and not word.startswith("يوم") \
        and not (len(word) == 5 and word[0] == "ت" and word[3] == "ي")


# «منذ سنتين والنادي يلعب خارج ملعبه», «ومنذ عامين وهو يعاني»: «منذ» + a count opening its clause,
# then «و», a subject (a definite noun or a pronoun) and an imperfective verb: the circumstantial
# clause of a state going on since then. Not after a clause of its own («افتتح الفرع منذ عامين
# والشركة تخطط»: another clause joined by «و»).
_CIRCUMSTANTIAL = regex.compile(r"\s+و(?:ال\p{L}{2,}|هو|هي|هم|هن|نحن|انا)\s+(\p{L}+)")


def _circumstantial(ntext: str, start: int, end: int) -> bool:
    """Whether «منذ» + a count at [start, end) opens its clause and is followed by a circumstantial
    clause with an imperfective verb: the length up to now."""
    left = ntext[max(0, start - 80):start]
    left = left[max(left.rfind(ch) for ch in _CLAUSE_END) + 1:]
    if regex.sub(r"(?<!\p{L})[وف](?!\p{L})|[^\p{L}]", "", left):
        return False
    m = _CIRCUMSTANTIAL.match(ntext, end)
    return m is not None and imperfective(m.group(1))


_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")


def _opening_stretch(ntext: str, end: int) -> bool:
    """Whether the word right after «منذ» + a number and unit makes the count the opening stretch of what is
    told (an `opening_stretch` cue: «يحبس الأنفاس منذ العشر دقائق الأولى», from the first ten
    minutes on): a length of its own (PT10M), not a point counted back from the writing day."""
    m = _NEXT_WORD.match(ntext, end)
    return m is not None and m.group(1) in lexicon().cues.get("opening_stretch", frozenset())


def _cue_forms(word: str) -> tuple[str, ...]:
    """A word less the conjunction written onto it («وما» → «ما»), that less its article
    («المفقودة» → «مفقودة»: a participle of a state is one cue, definite or not, «الفتاة المفقودة منذ
    يومين»), and that less a preposition written onto a word of four letters or more («بأعنف قصف منذ
    ستة أشهر», «ارتفع لأعلى مستوى منذ»: the superlative after «ب», «ك» or «ل»)."""
    word = unjoined(word)
    bare = word[len(ARTICLE):] if word.startswith(ARTICLE) and len(word) > len(ARTICLE) + 2 else word
    governed = word[1:] if word[:1] in _PREPOSITIONS and len(word) >= 5 else word
    return word, bare, governed


def shifted(value: str | None, unit: str, k: int) -> str | None:
    """A date value (YYYY-MM-DD, YYYY-MM or YYYY) moved by `k` units, at its own precision;
    None when the unit is finer than the value."""
    if not value or not regex.fullmatch(r"\d{4}(-\d\d){0,2}", value):
        return None
    try:
        return _moved(value, unit, k)
    except (ValueError, OverflowError):  # out of the calendar (year 0, year 10000)
        return None


def _moved(value: str, unit: str, k: int) -> str | None:
    y, m, d = (int(x) for x in (value.split("-") + ["1", "1"])[:3])
    precision = value.count("-")
    if unit in ("D", "W"):
        if precision < 2:
            return None
        return (date(y, m, d) + timedelta(days=k * (7 if unit == "W" else 1))).isoformat()
    if unit == "M" and precision >= 1:
        idx = y * 12 + m - 1 + k
        y, m = idx // 12, idx % 12 + 1
    elif unit == "Y":
        y += k
    else:
        return None
    if not 1 <= y <= 9999:
        return None
    if precision == 0:
        return f"{y:04d}"
    if precision == 1:
        return f"{y:04d}-{m:02d}"
    return date(y, m, min(d, monthrange(y, m)[1])).isoformat()
