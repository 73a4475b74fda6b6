"""Recognition: find temporal expressions in text and split them into their parts.

The patterns are built from the lexicon (month names of every series, weekdays, units,
deictic words, parts of periods, ...) and run over the normalised text; matches are
mapped back to offsets in the original. Overlapping candidates are settled longest
first. Resolution to calendar values is `marsad.dates.resolve`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from marsad.dates.lexicon import alternation, lexicon
from marsad.lang.normalize import normalize, normalize_aligned, to_original

_L = r"[\p{L}\p{N}]"
_START = rf"(?<!{_L})(?:[وفبلك]{{1,2}})?"
_END = rf"(?!{_L})"
_NEXT_WORD = regex.compile(r"\s*(\p{L}+)")
_PREV_WORD = regex.compile(r"(\p{L}+)\s*$")


@dataclass(frozen=True)
class RawTimex:
    """A recognised expression: original offsets, the pattern that found it, its parts
    (normalised strings) and the normalised text of the whole match."""

    start: int
    end: int
    kind: str
    parts: dict[str, str] = field(default_factory=dict)
    norm: str = ""


@cache
def _patterns() -> list[tuple[str, regex.Pattern[str]]]:
    lx = lexicon()
    mon = alternation(lx.months)
    hmon = alternation(lx.hijri_months)
    wd_all = alternation(lx.weekdays)
    wd_def = alternation(w for w in lx.weekdays if w.startswith("ال") or w.isascii())
    unit = alternation(lx.units)
    mod = alternation(lx.modifiers)
    dem = alternation(lx.demonstratives)
    ago = alternation(lx.ago)
    approx = alternation(lx.approx)
    quant = alternation(lx.quantifiers)
    part = alternation(lx.parts)
    sets = alternation(lx.sets)
    dpart = alternation(lx.dayparts)
    numw = alternation(lx.numbers)
    ordw = alternation(lx.ordinals)
    dayw = alternation(lx.day_words)
    ana = alternation(lx.anaphoric)
    yearcue = alternation(lx.cues.get("year", ()))
    ad = alternation(lx.cues.get("ad_suffix", ()))
    hsuf = alternation(lx.cues.get("hijri_suffix", ()))

    yunit = alternation(w for w, (u, c) in lx.units.items() if u == "Y" and c == 1)
    fill = alternation(lx.fillers)
    half = alternation(lx.halves)
    decade = alternation(lx.decades)
    refs = alternation(lx.refs)
    frac = alternation(lx.fractions)
    mods = rf"(?:\s+(?:{fill}\s+)?(?P<mod>{mod}))?"
    day = rf"(?:(?:ال)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)|(?P<dayw>{ordw}(?:\s+و{ordw})?))"
    monx = rf"(?P<mon>{mon})(?:\s*[/(\-–]\s*(?P<mon2>{mon})\)?)?(?:\s*[/(]\s*{mon}\)?)?"
    year = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
    yearx = (rf"(?:\s*[,،/\-]?\s*(?:من\s+)?(?:{yearcue}\s+)?{year}(?:\s*{ad}{_END})?"
             rf"|\s+من\s+(?:ال)?{yunit}\s+(?P<ymod>{mod}))")
    every = r"(?:(?=(?P<every>\s+من\s+كل\s))|)"
    wdx = rf"(?:(?:يوم\s+)?(?P<wd>{wd_def})\s*[,،]?\s*)"
    partx = rf"(?:(?P<part>{part})\s+(?:من\s+)?)"
    wd_any = rf"(?:(?:(?P<dp>{dpart})\s+)?(?:يوم\s+(?P<wd>{wd_all})|(?P<wd>{wd_def})))"
    num = rf"(?P<num>\d+|(?:ال)?{numw})"
    hnum = (r"(?P<day>[0-3]?\d)\s*(?P<hsep>[/\-])\s*(?P<hmnum>[01]?\d)\s*(?P=hsep)\s*"
            r"(?P<hyear>1[34]\d\d)(?!\d)")
    wd_pre = rf"(?:(?:(?P<dp>{dpart})\s+)?(?:يوم\s+)?(?:{wd_def})\s*)"
    ps: list[tuple[str, str]] = [
        ("iso", r"(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
        ("ymd", r"(?P<year>(?:19|20)\d\d)/(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)(?!\d)"),
        ("dmy_num", r"(?<!\d)(?P<day>[0-3]?\d)\s*(?P<sep>[/\-.])\s*(?P<mnum>[01]?\d)\s*(?P=sep)\s*"
                    r"(?P<year>(?:19|20)\d\d)(?!\d)"),
        ("hijri_num", rf"{wd_pre}?(?<!\d){hnum}(?:\s*{hsuf}{_END})?"),
        ("range_dm", rf"(?:{wdx})?(?:من\s+)?(?<!\d)(?P<day>[0-3]?\d)\s*(?:-|–|الي|حتي|و)\s*(?P<day2>[0-3]?\d)"
                     rf"\s+(?:من\s+)?{monx}{yearx}?{mods}"),
        ("range_md", rf"{monx}\s+(?P<day>[0-3]?\d)\s*[-–]\s*(?P<day2>[0-3]?\d)(?!\d)(?:\s*,?\s*{year})?"),
        ("dmy", rf"(?:{wdx})?(?<!\d){day}\s*[,،/\-]?\s*(?:من\s+)?(?:شهر\s+)?{monx}{yearx}?{mods}{every}"),
        ("mdy", rf"(?:{wdx})?{monx}\s+{day}(?:\s*,?\s*{year})?"),
        ("hijri", rf"(?:{day}\s+(?:من\s+)?)?(?:(?P<shahr>شهر)\s+)?(?P<hmon>{hmon})"
                  rf"(?:\s+(?:من\s+)?(?:{yearcue}\s+)?(?P<hyear>1[34]\d\d)(?!\d))?(?:\s*{hsuf}{_END})?{mods}{every}"),
        ("hyear", rf"(?:{partx})?(?:{yearcue}\s+)?(?P<hyear>1[34]\d\d)\s*{hsuf}"),
        ("month", rf"(?:{partx})?(?:شهر\s+)?{monx}{mods}{yearx}?"),
        ("year", rf"(?:{partx})?(?:(?:{yearcue})\s+{year}(?:\s*{ad})?|{year}\s*{ad})"),
        ("fraction", rf"(?P<frac>{frac})\s+من\s+(?:(?:{yearcue}\s+)?{year}"
                     rf"|(?:ال)?{yunit}\s+(?P<ymod>{mod}))"),
        ("relday", rf"(?:(?P<dp>{dpart})\s+)?(?:يوم\s+)?(?P<rel>{dayw})(?:\s*\(?\s*(?P<wd>{wd_def})\)?)?"
                   rf"(?:\s+(?P<ana>{ana}))?"),
        ("weekday", rf"{wd_any}{mods}"),
        ("deictic", rf"(?:{partx}|(?P<dem>{dem})\s+)?(?:ال|ل)?(?P<unit>{unit}){mods}"),
        ("ago", rf"(?P<ago>{ago})\s+(?:{approx}\s+)?(?:{num}\s+)?(?:ال)?(?P<unit>{unit})"),
        ("duration", rf"(?:(?:{approx}\s+)?{num}\s+(?P<unit>{unit})|(?P<quant>{quant})\s+(?P<unit>{unit})"
                     rf"|(?P<half>{half})\s+(?P<unit>{unit})|(?P<unit>{unit})(?:\s+(?P<quant>{quant}))?)"
                     rf"(?:\s+(?P<plushalf>{half})(?:\s+(?:ال)?{unit})?)?{mods}"),
        ("decade", rf"(?P<decade>{decade})"),
        ("ref", rf"(?P<ref>{refs})"),
        ("set", rf"(?P<set>{sets})"),
        ("every", rf"كل\s+(?:{num}\s+)?(?P<unit>{unit})"),
        ("clock", rf"(?:(?:ال)?ساعه\s+)?(?P<hour>[0-2]?\d)[:.](?P<min>[0-5]\d)(?!\d)(?:\s+(?P<dp>{dpart}))?"
                  rf"(?:\s+(?:من\s+)?(?P<rel>{dayw}))?"),
        ("hour", rf"(?:ال)?ساعه\s+(?:(?P<hour>[0-2]\d)(?P<min>[0-5]\d)|(?P<hour>[0-2]?\d|{ordw}))(?!\d)"
                 rf"(?:\s+(?:من\s+)?(?P<dp>{dpart}))?(?:\s+(?:من\s+)?(?P<rel>{dayw}))?"),
    ]
    return [(k, regex.compile(_START + "(?P<x>" + p + ")" + _END, regex.IGNORECASE)) for k, p in ps]


@cache
def _trigger() -> regex.Pattern[str]:
    """Where an expression can start: a date word (any table), a digit, or a frame word."""
    lx = lexicon()
    words: set[str] = {"يوم", "شهر", "كل", "ساعه", "الساعه", "من"}
    for table in (lx.months, lx.hijri_months, lx.weekdays, lx.units, lx.day_words, lx.demonstratives,
                  lx.ago, lx.approx, lx.quantifiers, lx.parts, lx.sets, lx.dayparts, lx.numbers,
                  lx.ordinals, lx.fractions, lx.decades, lx.refs, lx.halves, lx.anaphoric,
                  lx.cues.get("year", ())):
        words.update(w.split(" ")[0] for w in table)
    return regex.compile(rf"(?<!{_L})(?:[وفبلك]{{1,2}})?(?:ال|ل)?(?:\d|{alternation(words)}{_END})",
                         regex.IGNORECASE)


def _keep(kind: str, parts: dict[str, str]) -> bool:
    """Drop candidates that are words, not times (a bare unit, an unanchored deictic)."""
    lx = lexicon()
    if kind == "deictic":
        if lx.units.get(parts.get("unit", ""), ("", None))[0] == "X" and not parts.get("mod"):
            return False
        return bool(parts.get("dem") or parts.get("mod") or parts.get("part"))
    if kind == "duration":
        unit = parts.get("unit", "")
        if lx.units.get(unit, ("", None))[0] == "X":
            return False
        if parts.get("num") or parts.get("quant") or parts.get("half"):
            return True
        return lx.units.get(unit, ("", None))[1] == 2 and not parts.get("mod")
    if kind == "relday" and not parts.get("wd") and lx.day_words.get(parts.get("rel", ""), 0) != 0:
        nxt = parts.get("_next", "")
        known = nxt in lx.weekdays or nxt in lx.ordinals or nxt in lx.modifiers
        if nxt.startswith("ال") and len(nxt) >= 5 and not known:
            return False  # أمسّ الحاجة: the elative "most", not "yesterday"
    if kind == "hijri":
        bare = parts.get("hmon", "") in lx.hijri_bare
        return bool(bare or parts.get("day") or parts.get("hyear") or parts.get("shahr"))
    return True


def _parts(m: regex.Match[str]) -> dict[str, str]:
    return {k: v for k, v in m.groupdict().items() if v and k != "x"}


_EXPANDING = regex.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFF]")


def _normalized(text: str) -> tuple[str, list[int] | None]:
    """Lower-cased matching form and its offset map (None when offsets are unchanged)."""
    n = normalize(text)
    if len(n) == len(text) and not _EXPANDING.search(text):
        return n.lower(), None
    n, where = normalize_aligned(text)
    return n.lower(), where


def recognize(text: str) -> list[RawTimex]:
    """Every temporal expression in `text`, longest-first without overlaps, in text order."""
    return recognize_normalized(text)[0]


def recognize_normalized(text: str) -> tuple[list[RawTimex], str]:
    """`recognize`, with the lower-cased normalised text it matched on."""
    ntext_l, where = _normalized(text)
    found: list[tuple[int, int, int, str, dict[str, str]]] = []
    starts = [m.start() for m in _trigger().finditer(ntext_l)]
    patterns = _patterns()
    for pos in starts:
        for rank, (kind, pat) in enumerate(patterns):
            m = pat.match(ntext_l, pos)
            if m is None:
                continue
            parts = _parts(m)
            nxt = _NEXT_WORD.match(ntext_l, m.end("x"))
            prv = _PREV_WORD.search(ntext_l[max(0, m.start("x") - 30):m.start("x")])
            parts["_next"] = nxt.group(1) if nxt else ""
            parts["_prev"] = prv.group(1) if prv else ""
            if _keep(kind, parts):
                found.append((m.start("x"), m.end("x"), rank, kind, parts))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken: list[tuple[int, int]] = []
    out: list[RawTimex] = []
    for s, e, _, kind, parts in found:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        os_, oe = (s, e) if where is None else to_original(where, len(text), s, e)
        out.append(RawTimex(os_, oe, kind, parts, ntext_l[s:e]))
    out.sort(key=lambda r: r.start)
    return out, ntext_l


_CLAUSE_LEFT = regex.compile(r"[.؟!؛\n]")
_CLAUSE_RIGHT = regex.compile(r"[.؟!؛،,\n]")
_WORD = regex.compile(r"\p{L}+")


def future_context(text_norm: str, start: int, end: int) -> bool:
    """Whether the clause around [start, end) of normalised text speaks of the future."""
    lx = lexicon()
    left = _CLAUSE_LEFT.split(text_norm[max(0, start - 80):start])[-1]
    right = _CLAUSE_RIGHT.split(text_norm[end:end + 40])[0]
    left_words = _WORD.findall(left)
    window = " " + " ".join(left_words + _WORD.findall(right)) + " "
    if any(f" {c} " in window for c in lx.cues.get("future", ())):
        return True
    prefixes = tuple(lx.cues.get("future_prefix", ()))
    return any(w.startswith(prefixes) and len(w) >= 6 for w in left_words[-4:])
