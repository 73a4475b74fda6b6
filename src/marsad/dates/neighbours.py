"""The day of writing an article's neighbours allow (issue 16: an archive crawled late).

An outlet whose addresses carry a growing article number («aawsat.com/home/article/389321/…»)
numbers its pages in the order it writes them: a page with a higher number was not written
before one with a lower number. A page whose own evidence fixes its day of writing (its URL's
day, the month it names as the current one «يونيو الجاري», a publication date that is no fetch
day) bounds the others of its outlet: every page numbered after it was written on or after its
earliest day, every page numbered before it on or before its latest day. A page dated only by
its fetch day (the crawl fetched months of archive on one or two days) gets the days its
numbered neighbours allow, and its relative dates («أمس», «الخميس», «الشهر الماضي») count from the
day its number places it on between the two pages that set the interval (an outlet numbers its
pages at a roughly steady pace: aawsat 400566 lies 31% of the way from 398226 to 405741, so 27
June in 18 June – 16 July), moved to the nearest day of the week the text gives to today; when
the fetch day closes the interval (no page numbered after it), the latest such day. Hiding all
but 0.4–1% of the URL days of aleqt, al-jazirah and okaz behind their months (fetch day 31
August), the number's place misses the URL day by 10.6–11.0 days on average where the last day
of the interval misses it by 17.0–18.6, and falls in its ISO week 6–21% of the time against 4–7%.

Only when the interval is narrow (`MAX_WIDTH`) and its own day of writing lies outside it: a
wider interval places the day no better than a month, and «أمس» or «الشهر الماضي» would still
be wrong, merely otherwise. An outlet is trusted when the run holds `MIN_DATED` of its pages
with evidence and at most `MAX_CONFLICTS` of them contradict the order (`_agreeing`). On the
31,030 SaudiNewsNet records: aawsat (12 dated pages), alweeam (6), alwatan (6) contradict it
nowhere; aleqt 2 of its 2,964 URL days; alriyadh half of its 10 current months (one
«أغسطس الجاري» fetched on 31 July read as last year's), so it is not trusted.
"""

from __future__ import annotations

import binascii
import re
from base64 import b64decode
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from urllib.parse import urlsplit

from marsad.dates.current_month import latest_writing_day
from marsad.dates.extract import text_writing_day
from marsad.dates.grammar import RawTimex, recognize
from marsad.lang import load_table

# An article number: five digits or more in the address's path or query (the first such run;
# a slug's numbers come after it). Four-digit years and shorter numbers are no article number.
# Outlets that write it otherwise (in base64, or in two series) are in `lang/ar/date_page_numbers.tsv`.
_NUMBER = re.compile(r"(?<!\d)\d{5,}(?!\d)")
MAX_WIDTH = 31  # days: a wider interval does not place a page within a month
MIN_DATED = 5  # pages with evidence an outlet needs in the run before its numbers are trusted
MAX_CONFLICTS = 0.1  # share of an outlet's dated pages that may contradict the others' order


@dataclass(frozen=True, slots=True)
class Numbered:
    """One page of a run: its outlet (the address's host), its article number, the days its
    own evidence allows for its writing (None: nothing but the fetch day dates it) and the day
    it was fetched (it was not written later)."""

    outlet: str
    number: int
    own: tuple[date, date] | None
    fetched: date | None


@dataclass(frozen=True, slots=True)
class NumberPattern:
    """How one outlet's addresses write the page number (`lang/ar/date_page_numbers.tsv`)."""

    pattern: re.Pattern[str]
    base64: bool
    series: str  # pages of one host numbered in a sequence of their own ("": the host's only one)


@cache
def number_patterns() -> dict[str, tuple[NumberPattern, ...]]:
    """host -> the ways its addresses write a page number, as the table lists them."""
    out: dict[str, list[NumberPattern]] = defaultdict(list)
    for row in load_table("date_page_numbers"):
        out[row["host"]].append(NumberPattern(re.compile(row["pattern"], re.IGNORECASE),
                                              row["encoding"] == "base64", row["series"]))
    return {host: tuple(ps) for host, ps in out.items()}


def _decoded(written: str, base64: bool) -> int | None:
    """The page number as written, decoded from base64 when the outlet writes it so."""
    if not base64:
        return int(written)
    try:
        plain = b64decode(written, validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return int(plain) if plain.isdigit() else None


def article_number(url: str | None) -> tuple[str, int] | None:
    """(outlet, article number) of a page's address, or None when it carries no number. The
    outlet is the host, with the series when the host numbers several (`number_patterns`)."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host, where = parts.netloc.lower().removeprefix("www."), f"{parts.path}?{parts.query}"
    if not host:
        return None
    patterns = number_patterns().get(host)
    if patterns is None:
        m = _NUMBER.search(where)
        return None if m is None else (host, int(m.group()))
    for p in patterns:
        found = p.pattern.search(where)
        number = None if found is None else _decoded(found.group(1), p.base64)
        if number is not None:
            return (f"{host} {p.series}" if p.series else host), number
    return None


@dataclass(frozen=True, slots=True)
class Place:
    """The days of writing a page's neighbours allow, [lo, hi], and where its number puts it
    between the two pages that set them (0: the number of the one that sets `lo`, 1: of the
    one that sets `hi`; None when its fetch day or nothing sets a bound)."""

    lo: date | None
    hi: date | None
    at: float | None = None


def neighbour_places(pages: Sequence[Numbered]) -> list[Place]:
    """For each page, the earliest and the latest day of writing the pages of its outlet with
    their own evidence allow: on or after the latest earliest day of every lower-numbered one,
    on or before the earliest latest day of every higher-numbered one (and its fetch day); with
    its place between the numbers of the two pages that set them (an outlet numbers its pages at a
    roughly steady pace)."""
    by_outlet: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pages):
        by_outlet[p.outlet].append(i)
    out = [Place(None, p.fetched) for p in pages]
    for members in by_outlet.values():
        members.sort(key=lambda i: pages[i].number)
        kept = _agreeing([pages[i] for i in members])
        if kept is None:
            continue
        lows = _running(kept, first=True)
        highs = _running(kept[::-1], first=False)[::-1]
        for i, (lo, n_lo), (hi, n_hi) in zip(members, lows, highs, strict=True):
            fetched = pages[i].fetched
            if fetched is not None and (hi is None or hi >= fetched):
                hi, n_hi = fetched, None  # the fetch day bounds it, not a numbered page
            at = None
            if n_lo is not None and n_hi is not None and n_hi > n_lo:
                at = (pages[i].number - n_lo) / (n_hi - n_lo)
            out[i] = Place(lo, hi, at)
    return out


def _agreeing(pages: list[Numbered]) -> list[Numbered] | None:
    """An outlet's pages (numbers ascending), those whose own days contradict the order the
    most taken as having no evidence, one by one, until none contradicts another (a page
    numbered after another surely written before it, a current month misread); None when
    more than `MAX_CONFLICTS` of the pages with evidence had to go: the outlet does not
    number its pages in the order it writes them (or not in one sequence); also when fewer
    than `MIN_DATED` pages have evidence, or none lacks it."""
    fixed = [k for k, p in enumerate(pages) if p.own is not None]
    if len(fixed) < MIN_DATED or len(fixed) == len(pages):
        return None  # too few to tell the outlet's order by, or nothing to place
    against: dict[int, set[int]] = {k: set() for k in fixed}
    for x, a in enumerate(fixed):
        for b in fixed[x + 1:]:
            pa, pb = pages[a].own, pages[b].own
            if pa and pb and pages[a].number < pages[b].number and pb[1] < pa[0]:
                against[a].add(b)
                against[b].add(a)
    dropped = 0
    while True:
        worst = max(against, key=lambda k: (len(against[k]), -k), default=None)
        if worst is None or not against[worst]:
            break
        for other in against.pop(worst):
            against[other].discard(worst)
        dropped += 1
    if dropped > MAX_CONFLICTS * len(fixed):
        return None
    return [p if k in against or p.own is None else replace(p, own=None) for k, p in enumerate(pages)]


Bound = tuple[date | None, int | None]  # a day and the number of the page that sets it


def _running(pages: list[Numbered], first: bool) -> list[Bound]:
    """Along `pages` (numbers ascending for `first`, descending otherwise): for each, the
    bound the pages before it set with a strictly other number (the max of their earliest
    days, or the min of their latest days), with the number of the nearest page setting it."""
    res: list[Bound] = []
    best: Bound = (None, None)
    pending: Bound = (None, None)  # the bound of the pages sharing the current number
    number: int | None = None
    for p in pages:
        if p.number != number:
            best = _tighter(best, pending, first)
            pending, number = (None, None), p.number
        res.append(best)
        if p.own is not None:
            pending = _tighter(pending, (p.own[0] if first else p.own[1], p.number), first)
    return res


def _tighter(a: Bound, b: Bound, first: bool) -> Bound:
    """The tighter bound; on a tie the later one (`b`: the page nearer in number)."""
    if a[0] is None or b[0] is None:
        return a if b[0] is None else b
    if first:
        return b if b[0] >= a[0] else a
    return b if b[0] <= a[0] else a


def neighbour_day(text: str, lo: date | None, hi: date | None, anchor: date,
                  at: float | None = None, found: list[RawTimex] | None = None) -> date | None:
    """The day of writing to count `text`'s relative dates from, when its `anchor` (the fetch
    day, or the weekday the text gives to today counted back from it) lies outside the
    neighbours' interval [lo, hi] and that interval is at most `MAX_WIDTH` days: the day its
    place `at` between the numbers of the pages setting lo and hi gives (`placed_day`), else
    the latest day of it on the weekday the text gives to today, else its last day. None: the
    anchor stays. `found`: the text's expressions recognised elsewhere (a worker), not again."""
    if lo is None or hi is None or lo > hi or (hi - lo).days > MAX_WIDTH or lo <= anchor <= hi:
        return None
    if at is None:
        return latest_writing_day(text, lo, hi, found)
    return placed_day(text, lo, hi, at, found)


def placed_day(text: str, lo: date, hi: date, at: float, found: list[RawTimex] | None = None) -> date:
    """The day `at` of the way from `lo` to `hi` (an outlet numbers its pages at a roughly
    steady pace), moved to the nearest day in [lo, hi] on the weekday the text gives to today."""
    day = lo + timedelta(days=round(min(max(at, 0.0), 1.0) * (hi - lo).days))
    ahead = day + timedelta(days=2)  # counted back from it, at most a day ahead: within 3 days of `day`
    if found is None:
        found = recognize(text)
    weekday = text_writing_day(text, ahead, found)
    before = ahead - timedelta(days=1)
    if weekday == ahead and text_writing_day(text, before, found) == before:
        return day  # no weekday: a weekday counted back from two days cannot be both
    while weekday > hi:
        weekday -= timedelta(days=7)
    while weekday < lo:
        weekday += timedelta(days=7)
    return weekday if weekday <= hi else day
