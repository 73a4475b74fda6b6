"""Quarters of a year (TIMEX3 `YYYY-Qn`): «الربع الثاني», «الربع المالي الماضي», «الربع الأول من
العام الحالي», resolved against the anchor (the publication date)."""

from __future__ import annotations

from datetime import date

from marsad.dates.context import counts_from_other_event
from marsad.dates.lexicon import lexicon


def quarter(p: dict[str, str], norm: str, anchor: date | None, future: bool) -> str | None:
    """الربع الثاني (من 2014) -> 2014-Q2: without a year the anchor's year, a year back for a
    quarter not begun yet unless the clause speaks of the future; الربع الماضي/الحالي/المقبل the
    quarter before, of or after the anchor's."""
    lx = lexicon()
    if p.get("qord"):
        n = int(lx.fractions["الربع " + p["qord"]][1])
        if p.get("year"):
            return f"{p['year']}-Q{n}"
        if anchor is None:
            return None
        if p.get("ymod"):
            return f"{anchor.year + lx.modifiers[p['ymod']]}-Q{n}"
        this_year = norm.endswith(tuple(w for w, (u, c) in lx.units.items() if u == "Y" and c == 1))
        back = n > (anchor.month - 1) // 3 + 1 and not future and not this_year  # «من العام»: this year's
        return f"{anchor.year - back}-Q{n}"
    if anchor is None or counts_from_other_event(p):
        return None
    q = anchor.year * 4 + (anchor.month - 1) // 3 + lx.modifiers[p["qmod"]]
    return f"{q // 4}-Q{q % 4 + 1}"
