"""Calendar units: counts, shifts and lengths.

`number` reads a count written in digits or words (ثلاثة وعشرين: 23); `unit_count` the unit
(D, W, M, Y, DE, CE, H, MI, SE, X) of an expression and its count; `shift_value` the TIMEX3 value
of the unit a number of units from an anchor (2015-W28, 2014-05, 2013); `duration` the
TIMEX3 length of a count of units (P3D, PT2H, P20Y for two decades).
"""

from __future__ import annotations

from datetime import date, timedelta

import regex

from marsad.dates.lexicon import lexicon

_AND = regex.compile(r"\s+و")  # between the words of a number (ثلاثة وعشرين)


def number(s: str | None) -> int | None:
    if not s:
        return None
    if s.isdigit():
        return int(s)
    lx = lexicon()
    total = 0
    for w in _AND.split(s):  # ثلاثة وعشرين: the words summed
        n = lx.numbers.get(w, lx.numbers.get(w[2:]) if w.startswith("ال") else None)
        if n is None:
            return None
        total += n
    return total


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def shift_value(anchor: date, unit: str, k: int) -> str | None:
    """The value of the unit `k` units from the anchor's (2015-W28, 2014-05, 2013)."""
    if unit == "D":
        return (anchor + timedelta(days=k)).isoformat()
    if unit == "W":
        return _week(anchor + timedelta(weeks=k))
    if unit == "M":
        y, m = _add_months(anchor.year, anchor.month, k)
        return f"{y:04d}-{m:02d}"
    if unit == "Y":
        return f"{anchor.year + k:04d}"
    if unit == "DE":
        return f"{(anchor.year + 10 * k) // 10:03d}"
    if unit == "CE":  # the centuries as the real-text gold writes them: «القرن الماضي» 19XX
        return f"{anchor.year // 100 + k:02d}XX"
    return None


_AND_OR_SPACE = regex.compile(r"\s+و?")  # between the words of a number (السادس والعشرين)


def number_in_words(words: str) -> int | None:
    """The number ordinal or cardinal words give (السادس والعشرين, سبعة وعشرين = 26, 27)."""
    lx = lexicon()
    ords = lx.ordinals
    if words in ords:
        return ords[words]
    total = 0
    for w in _AND_OR_SPACE.split(words):
        w = w[1:] if w.startswith("و") and (w[1:] in ords or w[1:] in lx.numbers) else w
        total += ords.get(w, lx.numbers.get(w, 0))
    return total or None


def ordinal_pair(words: str) -> tuple[int, int] | None:
    """Two days named by ordinals joined by و («الرابع والخامس» = the 4th and the 5th): a pair, not a sum
    as «الحادي والعشرين» (21) is; None unless both are single ordinals under ten, the second later."""
    ords = lexicon().ordinals
    first, _, second = words.partition(" و")
    a, b = ords.get(first), ords.get(second)
    return (a, b) if a is not None and b is not None and a < b < 10 else None


LAST_CENTURY = 22  # the highest numbered century read («القرن الثاني والعشرين»)


def century(parts: dict[str, str]) -> str | None:
    """The value of a numbered century: «القرن الرابع عشر» 13XX, «القرن الحادي والعشرين» 20XX,
    «القرن الـ19» 18XX; None past LAST_CENTURY."""
    n = int(parts["cnum"]) if parts.get("cnum") else number_in_words(parts.get("cord", "")) or 0
    return f"{n - 1:02d}XX" if 1 <= n <= LAST_CENTURY else None


def unit_count(parts: dict[str, str]) -> tuple[str, int | None]:
    """The unit (D, W, M, ...) of an expression with a unit and its count (None: not given)."""
    unit, n = lexicon().units[parts["unit"]]
    num = number(parts.get("num"))
    if num is not None and parts.get("scale"):
        num *= lexicon().numbers[parts["scale"]]  # 125 مليون: 125,000,000
    if parts.get("and2") and num is not None and n is not None:
        return unit, num + n  # مائة وعامين: a hundred and two years
    return unit, num if num is not None else n


def _count(n: float) -> str:
    """A count as TIMEX3 writes it: 3, 1.5, 1000000 (never «1e+06»)."""
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration(unit: str, n: float | None) -> str:
    q = "X" if n is None else _count(n)
    if unit == "H":
        return f"PT{q}H"
    if unit == "MI":
        return f"PT{q}M"
    if unit == "SE":
        return f"PT{q}S"
    if unit in ("DE", "CE"):  # عدة عقود: some decades (TIMEX3 unit DE), not some years
        return f"PX{unit}" if n is None else f"P{_count(n * (10 if unit == 'DE' else 100))}Y"
    return f"P{q}{unit}"
