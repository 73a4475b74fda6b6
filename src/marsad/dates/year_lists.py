"""Years listed after a year: «خمسة ألقاب أعوام 1991 و2002 و2005 و2013», «مونديالي 2006 و2010»;
the two Hijri years of an academic or fiscal year «للعام الدراسي 1436 / 1437هـ», each a date.

The grammar finds a year by what is written before it (عام, عامي, a word and a pause after
it), so a list of years finds its first only: each later year of the list comes after «و» and
a year. A four-digit number joined by «و» to a year the text wrote in digits is a year too (a
place may follow each year: «عام 2018 في روسيا و2022 في قطر»), when it closes its place in the
list (a pause, «و», a preposition after it): «و2000 دولار» after a year is an amount, and the
list must start at a year already found (the resolutions «القرارات 1803 و1835 و1929» are no
dates).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.dates.hijri import hijri_years_value
from marsad.dates.lexicon import lexicon, norm

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

# a year date as the text writes it, at the end of a span: 2002, 1163م
_WRITTEN_YEAR = re.compile(r"((?:1[89]|20)\d\d)(?:\s*م)?$")
_NEXT_YEAR = re.compile(
    # «كأس العالم عام 2018 في روسيا و2022 في قطر»: a place after each year, «في» and one word
    r"(?:\s+في\s+[^\W\d_]+)?\s*و\s*(?P<year>(?:1[89]|20)\d\d)(?![\d/%:])(?![.,٫]\d)(?:\s*م(?!\w))?"
    r"(?=[ \t\u00a0]*(?:[\n،,.:;؛!?؟)»\"”\]]|$|و|(?:في|إلى|الى|على|حتى|دون|بعد|قبل|عن|ضمن|من)(?!\w)))"
)


_WORD = re.compile(r"[^\W\d_]+")
# two consecutive Hijri years as the text writes them: 1436 / 1437, 1435/ 1436
_HIJRI_PAIR = re.compile(r"(?<!\d)([1١][34٣٤]\d\d)\s*[/\-–]\s*([1١][34٣٤]\d\d)(?!\d)")


def _written_year(text: str, t: Timex) -> bool:
    """A DATE of one year whose span ends with that year in digits («أعوام 1991», «عام 2014م»)."""
    if t.type != "DATE":
        return False
    tail = _WRITTEN_YEAR.search(text, t.start, t.end)
    return tail is not None and tail.group(1) == t.value


def listed_years(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with every later year of a list that starts at a written year (in text order)."""
    out: list[Timex] = []
    taken = [(t.start, t.end) for t in timexes]
    for t in timexes:
        out.append(t)
        last = t
        while _written_year(text, last):
            m = _NEXT_YEAR.match(text, last.end)
            if m is None:
                break
            start, end = m.start("year"), m.end()
            if any(s < end and start < e for s, e in taken):
                break  # found already: the list goes on from there
            year = m.group("year")
            raw = replace(last.raw, start=start, end=end, kind="year", parts={"year": year}, norm=year)
            last = replace(last, start=start, end=end, value=year, mod=None, raw=raw)
            out.append(last)
    return sorted(out, key=lambda x: (x.start, x.end))


def _fiscal(text: str, start: int) -> bool:
    """Whether a fiscal word (`date_cues` kind fiscal: المالي) is among the three words before `start`."""
    words = _WORD.findall(text, max(0, start - 40), start)[-3:]
    return any(norm(w) in lexicon().cues.get("fiscal", ()) for w in words)


def hijri_year_pairs(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with a pair of consecutive Hijri years («للعام الدراسي 1436 / 1437هـ», «للعام
    التدريبي 1436- 1437هـ») split into one date per year, each its Gregorian span: the academic
    year runs across both, and each year is a timex of its own (docs/realtext-annotation.md,
    timex-dev-5). A fiscal year («للعام المالي ( 1434 / 1435هـ )») stays one date, the Gregorian
    year it is reckoned in (2013, as the main gold writes it; `hijri.hijri_years_value`); years
    further apart («1417 - 1419هـ») stay one span."""
    out: list[Timex] = []
    for t in timexes:
        first, last = t.raw.parts.get("hyear0", ""), t.raw.parts.get("hyear", "")
        m = _HIJRI_PAIR.search(text, t.start, t.end) if t.raw.kind == "hyear" and first and last else None
        if m is None or int(last) != int(first) + 1 or _fiscal(text, m.start()):
            out.append(t)
            continue
        for start, end, year in ((t.start, m.end(1), first), (m.start(2), t.end, last)):
            parts = {k: v for k, v in t.raw.parts.items() if k != "hyear0"} | {"hyear": year}
            raw = replace(t.raw, start=start, end=end, parts=parts, norm=text[start:end])
            value = hijri_years_value(int(year), int(year))
            out.append(replace(t, start=start, end=end, value=value, raw=raw))
    return out
