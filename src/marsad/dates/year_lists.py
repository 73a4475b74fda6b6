"""Years listed after a year: «خمسة ألقاب أعوام 1991 و2002 و2005 و2013», «مونديالي 2006 و2010».

The grammar finds a year by what is written before it (عام, عامي, a word and a pause after
it), so a list of years finds its first only: each later year of the list comes after «و» and
a year. A four-digit number joined by «و» to a year the text wrote in digits is a year too,
when it closes its place in the list (a pause, «و», a preposition after it): «و2000 دولار»
after a year is an amount, and the list must start at a year already found (the resolutions
«القرارات 1803 و1835 و1929» are no dates).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

# a year date as the text writes it, at the end of a span: 2002, 1163م
_WRITTEN_YEAR = re.compile(r"((?:1[89]|20)\d\d)(?:\s*م)?$")
_NEXT_YEAR = re.compile(
    r"\s*و\s*(?P<year>(?:1[89]|20)\d\d)(?![\d/%:])(?![.,٫]\d)(?:\s*م(?!\w))?"
    r"(?=[ \t\u00a0]*(?:[\n،,.:;؛!?؟)»\"”\]]|$|و|(?:في|إلى|الى|على|حتى|دون|بعد|قبل|عن|ضمن|من)(?!\w)))"
)


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
