"""Who held a unique office on a given day (the catalogue's `holds`, `resolve/catalogue.py`): «العاهل
السعودي» in an article of 2014 is King Abdullah, in one of 2015 past 23 January King Salman. The
offices are those of `lang/ar/event_unique_offices.tsv` (head, government, heir, deputy_heir); the
events read a title the article gives no name as the holder of its day (`events/title_holders.py`).
The one reader of the field.
"""

from __future__ import annotations

from functools import cache

from marsad.lang import kb_entries

# (office, state) -> ((first day, day after the last or "", person), ...)
_Terms = dict[tuple[str, str], tuple[tuple[str, str, str], ...]]


@cache
def _terms() -> _Terms:
    out: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for raw in kb_entries():
        for held in raw.get("holds") or []:
            office, state, days = str(held).split()
            first, _, until = days.partition("..")
            out.setdefault((office, state), []).append((first, until, str(raw["id"])))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _in_term(first: str, until: str, day: str) -> bool:
    """Whether `day` lies in the term from `first` to the day before `until` ("": still held)."""
    return first <= day and (not until or day < until)


def holder_on(office: str, state: str, day: str) -> str | None:
    """The person who held `office` of `state` on `day` (YYYY-MM-DD), None when the catalogue
    knows none (or two: a day of handover given twice)."""
    found = [p for first, until, p in _terms().get((office, state), ()) if _in_term(first, until, day)]
    return found[0] if len(found) == 1 else None


def holders_ever(office: str, state: str) -> frozenset[str]:
    """Everyone the catalogue knows held `office` of `state` at any time."""
    return frozenset(p for _, _, p in _terms().get((office, state), ()))


def holds_any_on(person: str, day: str) -> bool:
    """Whether `person` held some office of the catalogue's on `day`: the crown prince named in an
    article is known by that title, not by the one he held before."""
    return any(p == person and _in_term(first, until, day)
               for terms in _terms().values() for first, until, p in terms)
