"""Recognition: find temporal expressions in text and split them into their parts.

The patterns are built from the lexicon (month names of every series, weekdays, units,
deictic words, parts of periods, ...) and run over the normalised text; matches are
mapped back to offsets in the original. Overlapping candidates are settled longest
first. Resolution to calendar values is `marsad.dates.resolve`.

Each pattern declares its heads: the word classes its first word can belong to (a
lexicon table, a frame word of the pattern, or `digit`). The text is split into words
once; a word, less its clitics and article, is looked up in an index of head words, and
only the patterns it can start are tried there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache

import regex

from marsad.dates.context import CLITICS, inside_name, is_time, month_in_context
from marsad.dates.lexicon import alternation, lexicon
from marsad.dates.reference import Candidate, mark_references
from marsad.lang.normalize import normalize_mapped, to_original
from marsad.lang.words import LETTER, LETTER_DIGIT_RUN, LETTER_OR_DIGIT, LETTERS

_L = LETTER_OR_DIGIT
# A pattern is matched within this many characters from its start (the regex module's
# match takes time in proportion to the text after `pos` otherwise, which made a long
# text quadratic); a match reaching the window's end is redone on the whole text.
MATCH_WINDOW = 400
# never inside a decimal number: «3.5 ساعات» is not «5 ساعات»
_START = rf"(?<!{_L})(?<!\d[.,٫])(?:[{CLITICS}]{{1,2}})?"
_END = rf"(?!{_L})"
_NEXT_WORD = regex.compile(rf"\s*({LETTERS})")
_SPACES = frozenset(regex.findall(r"\s", "".join(map(chr, range(0x3001)))))  # what \s matches
_WORD_RUN = LETTER_DIGIT_RUN


@dataclass(frozen=True)
class RawTimex:
    """A recognised expression: original offsets, the pattern that found it, its parts
    (normalised strings) and the normalised text of the whole match."""

    start: int
    end: int
    kind: str
    parts: dict[str, str] = field(default_factory=dict)
    norm: str = ""


@dataclass(frozen=True)
class Pattern:
    kind: str
    heads: tuple[str, ...]  # what its first word can be: a lexicon table, a frame word, "digit"
    rx: regex.Pattern[str]


@cache
def _patterns() -> list[Pattern]:
    lx = lexicon()
    mon = alternation(lx.months)
    hmon = alternation(lx.hijri_months)
    wd_all = alternation(lx.weekdays)
    wd_def = alternation(w for w in lx.weekdays if w.startswith("ال") or w.isascii())
    unit = alternation(lx.units)
    mod = alternation(lx.modifiers)
    mod1 = alternation(w for w in lx.modifiers if " " not in w)  # الماضية, not «قبل الماضي»
    dem = alternation(lx.demonstratives)
    ago = alternation(lx.ago)
    approx = alternation(lx.approx)
    quant = alternation(lx.quantifiers)
    part = alternation(lx.parts)
    sets = alternation(lx.sets)
    season = alternation(lx.seasons)
    holiday = alternation(lx.holidays)
    dpart = alternation(lx.dayparts)
    numw = alternation(lx.numbers)
    ordw = alternation(lx.ordinals)
    minw = alternation(lx.clock_minutes)
    dayw = alternation(lx.day_words)
    # ل + ال written «لل»: «لليوم» is ل + اليوم (the span starts at the article's lam)
    dayw_l = alternation(w[1:] for w in lx.day_words if w.startswith("ال"))
    ana = alternation(lx.anaphoric)
    yearcue = alternation(lx.cues.get("year", ()))
    ad = alternation(lx.cues.get("ad_suffix", ()))
    hsuf = alternation(lx.cues.get("hijri_suffix", ()))
    quantity = alternation(lx.cues.get("quantity", ()))
    ratio = alternation(lx.cues.get("ratio", ()))
    not_decade = alternation(lx.cues.get("not_decade", ()))
    ampm = alternation({*lx.cues.get("clock_pm", ()), *lx.cues.get("clock_am", ())})

    yunit = alternation(w for w, (u, c) in lx.units.items() if u == "Y" and c == 1)
    dual = alternation(w for w, (_, c) in lx.units.items() if c == 2)
    # one unit after a word that makes it a length (نحو أسبوع, سوى شهر, خلال ساعة): not a year after it
    one = alternation(w for w, (u, c) in lx.units.items() if c == 1 and u not in ("X", "S"))
    one_frame = alternation({*lx.approx, *lx.cues.get("one_frame", ())})
    fill = alternation(lx.fillers)
    half = alternation(lx.halves)
    decade = alternation(lx.decades)
    refs = alternation(lx.refs)
    frac = alternation(lx.fractions)
    mods = rf"(?:\s+(?:(?P<fill>{fill})\s+)?(?P<mod>{mod}))?"
    # a day in cardinal words is a unit and a tens word (سبعة وعشرين من رمضان): never past 39
    units_w = alternation(w for w, v in lx.numbers.items() if 1 <= v <= 9)
    tens = alternation(w for w, v in lx.numbers.items() if 20 <= v <= 90 and v % 10 == 0)
    tens_w = alternation(w for w, v in lx.numbers.items() if v in (20, 30))
    day = (rf"(?:(?:ال)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)|(?P<dayw>{ordw}(?:\s+و{ordw})?"
           rf"|{units_w}\s+و{tens_w}))")
    by_month: dict[int, list[str]] = {}
    for w, k in lx.months.items():
        by_month.setdefault(k, []).append(w)
    paired = "|".join(rf"(?P<mon>{alternation(ws)})\s+(?P<mon2>{alternation(ws)})"  # أغسطس آب
                      for _, ws in sorted(by_month.items()))
    monx = (rf"(?:{paired}|(?P<mon>{mon})(?:\s*[/(\-–]\s*(?P<mon2>{mon})\)?)?)"
            rf"(?:\s*[/(]\s*{mon}\)?)?")
    year = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
    yearx = (rf"(?:\s*[,،/\-]?\s*(?:من\s+)?(?:{yearcue}\s+)?{year}(?:\s*{ad}{_END})?"
             rf"|\s+من\s+(?:ال)?{yunit}\s+(?P<ymod>{mod}))")
    every = r"(?:(?=(?P<every>\s+من\s+كل\s))|)"
    wdx = rf"(?:(?:يوم\s+)?(?P<wd>{wd_def})\s*[,،]?\s*)"
    partx = rf"(?:(?P<part>{part})\s+(?:من\s+)?)"
    wd_any = (rf"(?:(?:(?P<dp>{dpart})\s+)?(?:يوم\s+(?:(?P<wd>{wd_all})|\(\s*(?P<wd>{wd_all})\s*\))"
              rf"|(?P<wd>{wd_def})))")  # يوم (الاثنين)
    # ثلاثة وعشرين; الـ15 عاما; a number in brackets, (20) يوما (the span takes the opening one)
    num = (rf"(?:(?:\(\s*|(?<=\(\s*))(?P<num>\d+)\s*(?P<paren>\))|(?:ال)?(?P<num>\d+)"
           rf"|(?P<num>(?:ال)?{numw}(?:\s+و{numw})?))")
    num_bare = rf"(?:\d+|(?:ال)?{numw}(?:\s+و{numw})?)"  # a count, no groups: inside a look-ahead
    hnum = (r"(?:(?P<day>[0-3]?\d)\s*(?P<hsep>[/\-])\s*(?P<hmnum>[01]?\d)\s*(?P=hsep)\s*"
            r"(?P<hyear>1[34]\d\d)(?!\d)"  # 15/10/1436, and year first: 1436/10/15
            r"|(?<!\d)(?P<hyear>1[34]\d\d)\s*(?P<hsep>[/\-])\s*(?P<hmnum>[01]?\d)\s*(?P=hsep)\s*"
            r"(?P<day>[0-3]?\d)(?![\d/\-]))")
    wd_pre = rf"(?:(?:(?P<dp>{dpart})\s+)?(?:يوم\s+)?(?:{wd_def})\s*)"
    ps: list[tuple[str, str, str]] = [  # kind, heads, pattern
        ("iso", "digit",
         r"(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
        ("ymd", "digit",
         r"(?P<year>(?:19|20)\d\d)\s*/\s*(?P<mnum>[01]?\d)\s*/\s*(?P<day>[0-3]?\d)(?!\d)"),
        ("dmy_num", "digit",
         r"(?<!\d)(?P<day>[0-3]?\d)\s*(?P<sep>[/\-.])\s*(?P<mnum>[01]?\d)\s*(?P=sep)\s*"
         rf"(?P<year>(?:19|20)\d\d)(?!\d)(?:\s*{ad})?"),  # 15/8/2015م
        ("hijri_num", "dayparts يوم weekdays digit",
         rf"{wd_pre}?(?<!\d){hnum}(?:\s*{hsuf}{_END})?"),
        ("range_dm", "يوم weekdays من digit",
         rf"(?:{wdx})?(?:من\s+)?(?<!\d)(?P<day>[0-3]?\d)\s*(?:-|–|الي|حتي|و)\s*(?P<day2>[0-3]?\d)"
         rf"\s+(?:من\s+)?{monx}{yearx}?{mods}"),
        ("range_md", "months",
         rf"{monx}\s+(?P<day>[0-3]?\d)\s*[-–]\s*(?P<day2>[0-3]?\d)(?!\d)(?:\s*,?\s*{year})?"),
        ("dmy", "يوم weekdays digit ordinals numbers",
         rf"(?:{wdx})?(?<!\d){day}\s*[,،/\-]?\s*(?:من\s+)?(?:شهر\s+)?{monx}{yearx}?{mods}{every}"),
        ("mdy", "يوم weekdays months",
         rf"(?:{wdx})?{monx}\s+{day}(?![.,]\d)(?!\s*(?:{quantity})(?!\w))(?:\s*,?\s*{year})?"),
        ("hijri", "digit ordinals numbers شهر hijri_months",
         rf"(?:{day}\s+(?:من\s+)?)?(?:(?P<shahr>شهر)\s+)?(?P<hmon>{hmon})"
         rf"(?:\s+(?:من\s+)?(?:{yearcue}\s+)?(?P<hyear>1[34]\d\d)(?!\d))?(?:\s*{hsuf}{_END})?{mods}{every}"),
        ("hyear", "parts year_cue digit",
         rf"(?:{partx})?(?:{yearcue}\s+)?(?:(?P<hyear0>1[34]\d\d)\s*[/\-–]\s*)?(?P<hyear>1[34]\d\d)\s*(?P<hs>{hsuf})"
         # without هـ: a 14xx year after «عام» (and a nisba: العام الدراسي 1435/1436), or a pair of them
         rf"|(?:ال|ل|لل)?(?:عام|سنه)(?:\s+ال{LETTER}+ي)?\s+(?:(?P<hyear0>14\d\d)\s*[/\-–]\s*)?"
         rf"(?P<hyear>14[0-4]\d)(?!\d)(?![.,٫]\d)(?!\s*[/\-–]\s*\d)(?:\s*(?P<hs>{hsuf}))?"
         rf"|(?<!\d)(?P<hyear0>14[0-4]\d)\s*[/\-–]\s*(?P<hyear>14[0-4]\d)(?![\d/\-])(?:\s*(?P<hs>{hsuf}))?"),
        ("month", "parts شهر months",
         rf"(?:{partx})?(?:(?P<shahr>شهر)\s+)?{monx}{mods}{yearx}?"),
        ("year", "parts year_cue digit",
         rf"(?:{partx})?(?:(?:{yearcue})\s+{year}(?:\s*{ad})?|{year}\s*{ad})"
         rf"|(?P<part>{part})\s+{year}(?:\s*{ad})?"  # نهاية 2014
         # عامي 2000 و2010: the second year of a pair
         rf"|(?<=(?:{yearcue})\s+(?:1[89]|20)\d\d\s*(?:و|[-–]|الي|حتي)\s*){year}(?:\s*{ad})?"
         rf"|(?<=(?P<yprev>{LETTERS})\s+){year}(?![.,٫]\d)(?=[ \t]*(?:[\n،,.:;!?؟)»\"”\]]|$)"
         rf"|\s+و|\s+(?:في|الي|علي|حتي|دون|بعد|قبل|عن|ضمن|من)(?!{LETTER}))"),  # كأس العالم 2018،
        ("short_year", "عام سنه عامي",  # عام 98, سنة 15: a year without its century, after عام/سنة only
         rf"(?:عام|سنه|عامي)\s+(?P<yy>\d\d)(?!\d)(?![.,٫/\-:]\d)(?!\s*{ad}{_END})"  # عام 70م: the year 70
         rf"(?=[ \t]*(?:[\n،,.:;!?؟)»\"”\]]|$|\s+و|\s+(?:في|الي|علي|حتي|بعد|قبل|عن)(?!{LETTER})))"),
        ("holiday", "يوم اول ثاني ثالث",  # يوم عيد الفطر, ثاني أيام عيد الأضحى
         rf"(?:يوم\s+|(?P<nth>اول|ثاني|ثالث)\s+ايام\s+)(?P<holiday>{holiday}){mods}"),
        ("season", "seasons فصل",  # صيف 2013, الشتاء الماضي, فصل الصيف
         rf"(?:(?P<fasl>فصل)\s+)?(?P<season>{season})(?:\s+(?:من\s+)?(?:(?:{yearcue})\s+)?{year}"
         rf"(?:\s*{ad})?|{mods})"),
        ("fraction", "fractions",
         rf"(?P<frac>{frac})\s+من\s+(?:(?:{yearcue}\s+)?{year}"
         rf"|(?:ال)?{yunit}\s+(?P<ymod>{mod}))"),
        ("relday", "dayparts يوم day_words",
         rf"(?:(?P<dp>{dpart})\s+)?(?:يوم\s+)?(?:(?P<rel>{dayw})|(?<=ل)(?P<lrel>{dayw_l}))(?:\s*\(?\s*(?P<wd>{wd_def})\)?)?"
         rf"(?:\s+(?P<ana>{ana}))?"),
        ("weekday", "dayparts يوم weekdays",
         rf"{wd_any}{mods}"),
        ("deictic", "parts demonstratives units",
         rf"(?:{partx}|(?P<dem>{dem})\s+)?(?:ال|ل)?(?P<unit>{unit}){mods}"),
        ("ago", "ago",
         # not «منذ عام 98»: a year after عام
         rf"(?P<ago>{ago})\s+(?:{approx}\s+)?(?:{num}\s+)?(?:ال)?(?P<unit>{unit})(?!(?<=(?:عام|سنه))\s*\d)"
         rf"(?:\s+(?P<plushalf>{half})(?:\s+(?:ال)?{unit})?|\s+(?P<quant>{quant})(?!{_L}))?"),  # منذ عام ونصف
        ("duration", "approx digit numbers quantifiers halves units",
         rf"(?:(?:{approx}\s+)?{num}\s+(?:(?P<and2>و)(?P<unit>{dual}){_END}|(?P<unit>{unit}))"  # مائة وعامين
         rf"|(?P<quant>{quant})\s+(?P<unit>{unit})"
         rf"|(?:ال)?(?P<unit>{unit})\s+{num}(?=\s+(?:{fill}\s+)?(?:{mod1})(?!{_L}))"  # السنوات العشر الماضية
         rf"|(?P<half>{half})\s+(?P<unit>{unit})|(?<=(?P<span>مده|طيله|طوال)\s+)(?P<unit>{unit})"  # لمدة عام
         rf"|(?<=(?P<one>{one_frame})\s+)(?P<unit>{one})(?!{_L})(?!\s*\d)"  # نحو أسبوع, خلال شهر
         rf"|(?P<unit>{unit})(?:\s+(?P<quant>{quant})"  # ساعة و20 دقيقة: a unit joined to a length
         rf"|(?=\s+(?P<joined>و)\s*(?:{num_bare}\s+(?:ال)?{unit}|{dual})(?!{_L})))?)"
         rf"(?:\s+(?P<plushalf>{half})(?:\s+(?:ال)?{unit})?)?{mods}"),
        ("age", "ordinals numbers",  # في السابعة والعشرين من العمر, في الأربعين من عمره: an age
         rf"(?:(?P<age>{ordw})(?:\s+و(?:ال)?(?P<agetens>{tens}))?|ال(?P<agetens>{tens}))"
         rf"\s+من\s+(?:ال)?عمر(?:ه|ها|هم|هما|ي|ك)?(?!{_L})"),
        ("decade", "decades",
         rf"(?P<decade>{decade})(?!\s+{not_decade}(?!\w))"),
        ("ref", "refs",
         rf"(?P<ref>{refs})"),
        ("set", "sets",
         rf"(?P<set>{sets})"),
        ("every_weekday", "كل ايام",  # كل يوم جمعة, كل خميس, أيام الجمعة: every such day (SET)
         rf"(?:كل\s+(?:يوم\s+)?(?P<wd>{wd_all})|ايام\s+(?P<wd>{wd_def})(?!\s+(?:{mod})(?!{_L})))"),
        ("every", "كل",
         rf"كل\s+(?:{num}\s+)?(?P<unit>{unit})"),
        ("clock", "ساعه digit",  # 10:30, 10.30 only after الساعة or before a daypart; never an amount
         rf"(?:(?:(?:ال)?ساعه\s+)(?P<hour>[0-2]?\d)[:.,](?P<min>[0-5]\d)"
         rf"|(?<!(?:{ratio})\s+)(?P<hour>[0-2]?\d):(?P<min>[0-5]\d)"
         rf"|(?P<hour>[0-2]?\d)\.(?P<min>[0-5]\d)(?=\s+{dpart}))"
         rf"(?!\d)(?![.,]\d)(?!\s*(?:{quantity})(?!\w))"
         rf"(?:\s*(?P<ampm>{ampm})(?!{_L})|\s+(?:من\s+)?(?P<dp>{dpart}))?"  # 7:30م, 7:30 مساء
         rf"(?:\s+(?:من\s+)?(?P<rel>{dayw})(?:\s*\(?\s*(?P<wd>{wd_def})\)?)?)?"),
        ("hour", "ساعه ordinals",  # الساعة الثامنة والنصف مساء; في الثامنة مساء (a part of the day needed)
         rf"(?:(?:ال)?ساعه\s+(?:(?P<hour>[0-2]\d)(?P<min>[0-5]\d)|(?P<hour>[0-2]?\d|{ordw}))(?!\d)(?![.,٫]\d)"
         rf"(?:\s+(?P<minw>{minw}))?"
         rf"|(?<=(?:في|عند|حتي|الي|منذ|بعد|قبل)\s+)(?P<hour>{ordw})(?:\s+(?P<minw>{minw}))?"
         rf"(?=\s+(?:من\s+)?(?:{dpart})(?!{_L})))"
         rf"(?:\s+(?:من\s+)?(?P<dp>{dpart}))?(?:\s+(?:من\s+)?(?P<rel>{dayw})"
         rf"(?:\s*\(?\s*(?P<wd>{wd_def})\)?)?)?"),
    ]
    return [Pattern(k, tuple(h.split()), regex.compile(_START + "(?P<x>" + p + ")" + _END, regex.IGNORECASE))
            for k, h, p in ps]


def _head_tables() -> dict[str, object]:
    """The lexicon tables a pattern's first word can come from, by head name."""
    lx = lexicon()
    return {"months": lx.months, "hijri_months": lx.hijri_months, "weekdays": lx.weekdays,
            "units": lx.units, "day_words": lx.day_words, "demonstratives": lx.demonstratives,
            "ago": lx.ago, "approx": lx.approx, "quantifiers": lx.quantifiers, "parts": lx.parts,
            "sets": lx.sets, "dayparts": lx.dayparts, "numbers": lx.numbers, "ordinals": lx.ordinals,
            "fractions": lx.fractions, "decades": lx.decades, "refs": lx.refs, "halves": lx.halves,
            "seasons": lx.seasons, "year_cue": lx.cues.get("year", ())}


_ARTICLES = ("", "ال", "ل")
_LEADS = tuple(c + a for c in ("", *CLITICS, *(x + y for x in CLITICS for y in CLITICS))
               for a in _ARTICLES)  # what can come before a word: up to two clitics, an article


@cache
def _head_index() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Every written form of a head word (up to two clitics, an article, the word) -> the
    patterns (ranks, in order) it can start; and the patterns a number can start."""
    tables = _head_tables()
    words: dict[str, set[int]] = {}
    digit: set[int] = set()
    for rank, pat in enumerate(_patterns()):
        for head in pat.heads:
            if head == "digit":
                digit.add(rank)
                continue
            for w in tables.get(head, (head,)):  # type: ignore[attr-defined]
                words.setdefault(w.split(" ")[0], set()).add(rank)
                if w.startswith("ال"):  # «لليوم»: ل + اليوم, the article's alif dropped
                    words.setdefault("ل" + w[1:].split(" ")[0], set()).add(rank)
    shared: dict[frozenset[int], tuple[int, ...]] = {}  # one tuple per distinct set of patterns
    forms: dict[str, tuple[int, ...]] = {}
    for w, ranks in words.items():
        for lead in _LEADS:
            merged = ranks.union(forms.get(lead + w, ()))
            forms[lead + w] = shared.setdefault(frozenset(merged), tuple(sorted(merged)))
    return forms, tuple(sorted(digit))


def _starts(word: str) -> tuple[int, ...]:
    """The patterns (ranks, in order) that can match at the start of `word` (a maximal run of
    letters and digits): it is, less up to two clitics and an article (ال, ل), a head word
    or a number."""
    if word.isalpha():
        return _head_index()[0].get(word, ())
    return _starts_with_digits(word)


@lru_cache(maxsize=1 << 14)
def _starts_with_digits(word: str) -> tuple[int, ...]:
    forms, digit = _head_index()
    first = next(i for i, ch in enumerate(word) if ch.isdecimal() or not ch.isalpha())
    if word[:first] in _LEADS and word[first].isdecimal():
        return tuple(sorted({*forms.get(word, ()), *digit}))
    return forms.get(word, ())


def _opening(text: str, start: int, parts: dict[str, str]) -> int:
    """The start of an expression that opens with a number in brackets, «(20) يوما»: moved
    back to the opening bracket the match could only look behind at."""
    if not parts.get("paren"):
        return start
    j = _back_over_spaces(text, start)
    return j - 1 if j > 0 and text[j - 1] == "(" else start


def _parts(m: regex.Match[str]) -> dict[str, str]:
    """The named groups of a match, each run of white space in them one space: patterns
    allow any white space between words (CRLF, NBSP, tab, several spaces) and the lexicon
    tables are keyed with one space (النصف الاول, كانون الثاني)."""
    return {k: " ".join(v.split()) for k, v in m.groupdict().items() if v and k != "x"}


def _normalized(text: str) -> tuple[str, list[int] | None]:
    """Lower-cased matching form and its offset map (None when offsets are unchanged)."""
    n, where = normalize_mapped(text)
    return n.lower(), where


def recognize(text: str) -> list[RawTimex]:
    """Every temporal expression in `text`, longest-first without overlaps, in text order."""
    return recognize_normalized(text)[0]


def recognize_normalized(text: str) -> tuple[list[RawTimex], str]:
    """`recognize`, with the lower-cased normalised text it matched on. The publication date
    and the timex stages read the same text: the last texts' results are kept (a list of its
    own for each caller; the expressions are only read)."""
    raws, ntext_l = _recognized(text)
    return list(raws), ntext_l


@lru_cache(maxsize=256)
def _recognized(text: str) -> tuple[list[RawTimex], str]:
    ntext_l, where = _normalized(text)
    found: list[tuple[int, int, int, str, dict[str, str]]] = []
    patterns = _patterns()
    for w in _WORD_RUN.finditer(ntext_l):
        ranks = _starts(w.group())
        if not ranks:
            continue
        pos = w.start()
        for rank in ranks:
            pat = patterns[rank]
            m = pat.rx.match(ntext_l, pos, pos + MATCH_WINDOW)
            if m is not None and m.end() >= pos + MATCH_WINDOW - 1:
                m = pat.rx.match(ntext_l, pos)  # as long as the window: match on the whole text
            if m is None:
                continue
            parts = _parts(m)
            if "lrel" in parts:  # «لليوم»: the day word is اليوم
                parts["rel"] = "ا" + parts.pop("lrel")
                parts["_before"] = _prev_word(ntext_l, m.start())  # the word before «ل»
            if pat.kind in ("relday", "duration"):
                parts["_next"] = _next_word(ntext_l, m.end("x"))
            if "mon" in parts and not month_in_context(
                    pat.kind, parts, ntext_l[m.start():m.start("x")], _prev_word(ntext_l, m.start()),
                    _written(text, where, *m.span("mon"))):
                continue
            if pat.kind in ("deictic", "ref", "age"):
                parts["_prev"] = _prev_word(ntext_l, m.start())
            if is_time(pat.kind, parts):
                found.append((_opening(ntext_l, m.start("x"), parts), m.end("x"), rank, pat.kind, parts))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken = bytearray(len(ntext_l))  # 1 where an expression already kept lies
    kept: list[Candidate] = []
    for s, e, _, kind, parts in found:
        if taken.find(1, s, e) >= 0:
            continue
        taken[s:e] = b"\x01" * (e - s)  # a name's span too: nothing shorter is read inside it
        if not inside_name(ntext_l, s, e, parts):
            kept.append((s, e, kind, parts))
    kept.sort(key=lambda c: c[0])
    out: list[RawTimex] = []
    for s, e, kind, parts in mark_references(ntext_l, kept):
        if "_next" not in parts:
            parts["_next"] = _next_word(ntext_l, e)
        parts["_prev"] = _prev_word(ntext_l, s)
        if parts["_prev"] in lexicon().cues.get("distal", ()):  # في ذلك اليوم: the word before ذلك
            j = _back_over_spaces(ntext_l, s)
            parts["_prev2"] = _prev_word(ntext_l, j - len(parts["_prev"]))
        os_, oe = (s, e) if where is None else to_original(where, len(text), s, e)
        out.append(RawTimex(os_, oe, kind, parts, ntext_l[s:e]))
    return out, ntext_l


def _written(text: str, where: list[int] | None, start: int, end: int) -> str:
    """The original text of [start, end) of the normalised text."""
    os_, oe = (start, end) if where is None else to_original(where, len(text), start, end)
    return text[os_:oe]


def _next_word(text: str, pos: int) -> str:
    """The word after `pos`, past spaces only ("" when something else comes first)."""
    nxt = _NEXT_WORD.match(text, pos)
    return nxt.group(1) if nxt else ""


def _back_over_spaces(text: str, pos: int, lo: int = 0) -> int:
    """`pos` moved back over the white space before it (not before `lo`)."""
    while pos > lo and text[pos - 1] in _SPACES:
        pos -= 1
    return pos


def _prev_word(text: str, pos: int) -> str:
    """The word before `pos`, past spaces only, looking back at most 30 characters."""
    lo = max(0, pos - 30)
    j = _back_over_spaces(text, pos, lo)
    i = j
    while i > lo and text[i - 1].isalpha():
        i -= 1
    return text[i:j]
