"""Publication date: gather evidence, weigh it, choose, and say why.

Candidates come from the input metadata, a header line that states a date, a dateline
opening a paragraph (`بكين 11 فبراير 2020 (شينخوا) ...`), or a full date, Gregorian or
Hijri, given as "today" in the text (`اليوم الجمعة الموافق 1436/10/15هـ`). Each candidate is
then checked against what the text says:
- "today/yesterday + weekday" (`اليوم الثلاثاء`, `أمس الإثنين`) fixes the weekday of the
  publication day: a candidate on another weekday is contradicted, one on it supported;
- an explicit date reported in the past (`... في بكين، 28 فبراير`) cannot fall after
  publication: a candidate before it is contradicted, and the date itself becomes a
  candidate (the article cannot be older than what it reports);
- a bare past weekday (`يوم الجمعة`) lends weak support to a candidate on that weekday;
- a month said to be the current one (`فبراير الجاري`) contradicts a candidate in another month.
The best-scoring candidate wins; any contradiction, or disagreement between sources,
flags `date_conflict`. A day the metadata gives as the fetch time (`date_extracted`) is a
ceiling, not a publication date: it weighs less than a header or a dateline, no candidate
after it can win (one that would have is flagged `date_after_retrieval`), and the weekday
"today/yesterday + weekday" gives is a candidate on the latest such day before it
(`أول من أمس السبت` in a page fetched on Tuesday: written on Monday). With no candidate
the date is None (never today, never a file time).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from marsad.dates.extract import TODAY_KINDS
from marsad.dates.grammar import RawTimex, recognize
from marsad.dates.hijri import hijri_to_gregorian
from marsad.dates.lexicon import lexicon, norm
from marsad.dates.tense import future_context
from marsad.lang.normalize import normalize
from marsad.model import DateEvidence, Published

BASE = {"meta": 3.0, "url": 3.0, "header": 2.5, "dateline": 2.0, "text": 1.0}
# A fetch day (RETRIEVAL_FIELDS) is no publication date, only a bound: weaker than a header or a
# dateline, stronger than a date read from the text alone. A day found from a weekday under it
# is weaker still than a date the text gives.
RETRIEVAL_BASE = 1.75
WEEKDAY_BASE = 0.5
CONTRADICTION = 2.0
SUPPORT_TODAY = 1.0
SUPPORT_WEEKDAY = 0.5
AHEAD_LIMIT_DAYS = 120  # a reported date further ahead than this is not weighed
HEADER_MAX_CHARS = 120
DATELINE_MAX_OFFSET = 60
FIRST_LINES = 5
FULL_KINDS = ("iso", "ymd", "dmy_num", "dmy", "mdy")
HIJRI_KINDS = ("hijri_num", "hijri")  # a full Hijri date (15 شوال 1436هـ, 1436/10/15) dates a day too
# Every candidate is weighed against every piece of evidence, so both are bounded: the
# first MAX_CANDIDATES candidates (metadata first, then in text order) and the first
# MAX_EVIDENCE pieces of each kind of evidence in the text. A normal article has a few of
# each; when a limit is hit the record's flags say so (EVIDENCE_CAPPED).
MAX_CANDIDATES = 20
MAX_EVIDENCE = 100
EVIDENCE_CAPPED = "date_evidence_capped"


@dataclass
class Candidate:
    date: date
    source: str
    start: int | None
    end: int | None
    note: str
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    base: float | None = None  # the starting score, when not that of its source

    def initial(self) -> float:
        return BASE[self.source] if self.base is None else self.base


def _hijri_day(r: RawTimex) -> date | None:
    """The day of a full Hijri date (15 شوال 1436هـ, 1436/10/15); weighed only where the text
    gives it as today: elsewhere in the body such dates are mostly deadlines and records."""
    p = r.parts
    if r.kind not in HIJRI_KINDS or not p.get("hyear") or not p.get("day", "").isdigit():
        return None
    month = int(p["hmnum"]) if p.get("hmnum") else lexicon().hijri_months.get(p.get("hmon", ""), 0)
    return hijri_to_gregorian(int(p["hyear"]), month, int(p["day"])) if month else None


def _full_date(r: RawTimex) -> date | None:
    p = r.parts
    if r.kind not in FULL_KINDS or not p.get("year") or not p.get("day"):
        return None
    month = int(p["mnum"]) if p.get("mnum") else lexicon().months.get(p.get("mon", ""), 0)
    try:
        return date(int(p["year"]), month, int(p["day"]))
    except ValueError:
        return None


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for ln in text.split("\n"):
        if ln.strip():
            out.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return out


def _meta_candidate(meta: dict[str, Any]) -> Candidate | None:
    raw = meta.get("date")
    if not isinstance(raw, str) or not raw.strip():
        return None
    field_name = meta.get("date_field", "metadata")
    m = re.search(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", raw)
    d: date | None = None
    if m:
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            d = None
    if d is None:
        d = next((fd for fd in map(_full_date, recognize(raw)) if fd), None)
    if d is None:
        return None
    return Candidate(d, "meta", None, None, f"input metadata ({field_name}): {raw!r}",
                     base=RETRIEVAL_BASE if field_name in RETRIEVAL_FIELDS else None)


# A day in the article's address, as publishers file pages: /2015/07/20/, /20150720/, 2015-07-20.
# Digits around it belong to an id (Con20150720784687), not to a date.
_URL_DAY = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([/_-]?)(0[1-9]|1[0-2])\2"
                      r"(0[1-9]|[12][0-9]|3[01])(?![0-9])")


def _url_candidate(meta: dict[str, Any]) -> Candidate | None:
    """The day a page's URL files it under (`okaz.com.sa/new/Issues/20150730/...`): the
    publisher's own date, as strong as a metadata date."""
    url = meta.get("url")
    if not isinstance(url, str):
        return None
    for m in _URL_DAY.finditer(url):
        try:
            d = date(int(m[1]), int(m[3]), int(m[4]))
        except ValueError:
            continue
        return Candidate(d, "url", None, None, f"the article's address: {url!r}")
    return None


def _segment_lines(segments: list[tuple[int, int, str]], role: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e, label in segments if label == role]


def _header_and_dateline(text: str, raws: list[RawTimex],
                         segments: list[tuple[int, int, str]]) -> list[Candidate]:
    lx = lexicon()
    first = _lines(text)[:FIRST_LINES]
    header_lines = set(first) | set(_segment_lines(segments, "meta"))
    marked_datelines = set(_segment_lines(segments, "dateline"))
    title_starts = [s for s, _, label in segments if label == "title"]
    first_title = min(title_starts) if title_starts else None
    # Lines never hold a newline, so a line can hold r only when it starts in r's text line:
    # candidate lines are grouped by the number of newlines before them.
    newlines = [m.start() for m in re.finditer("\n", text)]
    by_text_line: dict[int, list[tuple[int, int]]] = {}
    for ln in sorted(header_lines | marked_datelines | set(first)):
        by_text_line.setdefault(bisect_left(newlines, ln[0]), []).append(ln)
    out: list[Candidate] = []
    for r in raws:
        d = _full_date(r)
        if d is None:
            continue
        for ls, le in by_text_line.get(bisect_left(newlines, r.start), ()):
            if not (ls <= r.start and r.end <= le):
                continue
            line = text[ls:le]
            cue = any(c in norm(line) for c in lx.cues.get("header", ()))
            covered = (r.end - r.start) / max(1, len(line.replace(" ", "")))
            opens = r.start - ls <= DATELINE_MAX_OFFSET and re.match(r"\s*[(\-–:ـ]", text[r.end:r.end + 4])
            if (ls, le) in header_lines and len(line) <= HEADER_MAX_CHARS and (cue or covered >= 0.35) \
                    and (ls, le) not in marked_datelines:
                note = "header line" + (" with a publication cue" if cue else " that is mostly a date")
                if first_title is not None and ls < first_title:
                    note += "; it stands above the title (may be the page's date)"
                out.append(Candidate(d, "header", r.start, r.end, note))
            elif (ls, le) in marked_datelines and (opens or len(line) <= HEADER_MAX_CHARS):
                # cleaning marked the line a dateline («القاهرة - الثلاثاء 11 مارس 2025»)
                out.append(Candidate(d, "dateline", r.start, r.end, "dateline"))
            elif opens and len(line) > HEADER_MAX_CHARS:
                out.append(Candidate(d, "dateline", r.start, r.end, "dateline opening a paragraph"))
            else:
                continue
            break
    return out


# what may stand between «اليوم» and the date it is given as («اليوم الجمعة الموافق 15/10/1436هـ»)
_TODAY_GAP = re.compile(r"[\s,،(\-–]*(?:الموافق|الموافق ل|المصادف|وفق)?[\s,،(\-–]*")


def _text_candidates(text: str, raws: list[RawTimex]) -> list[Candidate]:
    """A full date right after `اليوم` ("today, Tuesday 12 November 2024"; «اليوم الجمعة
    الموافق 15 شوال 1436هـ»)."""
    lx = lexicon()
    out = []
    for prev, r in zip(raws, raws[1:], strict=False):
        d = _full_date(r) or _hijri_day(r)
        if d and prev.kind == "relday" and lx.day_words.get(prev.parts.get("rel", "")) == 0 \
                and _TODAY_GAP.fullmatch(text, prev.end, r.start):
            out.append(Candidate(d, "text", prev.start, r.end, "explicit date given as today"))
    return out


@dataclass
class Evidence:
    today_weekdays: list[tuple[int, RawTimex]]  # implied weekday of publication, from "today/yesterday + wd"
    past_dates: list[tuple[date | tuple[int, int], RawTimex]]  # reported dates (full, or month/day)
    bare_weekdays: list[tuple[int, RawTimex]]
    # «فبراير الجاري», «يونيو (حزيران) الحالي»: the month of publication
    current_months: list[tuple[int, RawTimex]] = field(default_factory=list)


def _text_evidence(text: str, raws: list[RawTimex], own: set[tuple[int, int]]) -> Evidence:
    lx = lexicon()
    ntext = normalize(text).lower()
    aligned = len(ntext) == len(text)
    ev = Evidence([], [], [])
    for r in raws:
        if min(len(ev.today_weekdays), len(ev.bare_weekdays), len(ev.past_dates)) >= MAX_EVIDENCE:
            break
        p = r.parts
        fut = aligned and future_context(ntext, r.start, r.end)
        if r.kind in TODAY_KINDS and p.get("rel") and p.get("wd") and not p.get("ana") \
                and p.get("_prev") not in lx.anaphoric:
            implied = (lx.weekdays[p["wd"]] - 1 - lx.day_words[p["rel"]]) % 7 + 1
            ev.today_weekdays.append((implied, r))
        elif r.kind == "weekday" and not p.get("mod") and not fut:
            ev.bare_weekdays.append((lx.weekdays[p["wd"]], r))
        elif r.kind in ("dmy", "mdy") and not p.get("mod") and not fut and (r.start, r.end) not in own:
            full = _full_date(r)
            if full:
                ev.past_dates.append((full, r))
            elif p.get("day") and not p.get("year"):
                ev.past_dates.append(((lx.months[p["mon"]], int(p["day"])), r))
        elif r.kind in ("month", "dmy") and p.get("mon") and not p.get("year") \
                and lx.modifiers.get(p.get("mod", "")) == 0 and len(ev.current_months) < MAX_EVIDENCE:
            ev.current_months.append((lx.months[p["mon"]], r))
    del ev.today_weekdays[MAX_EVIDENCE:], ev.bare_weekdays[MAX_EVIDENCE:], ev.past_dates[MAX_EVIDENCE:]
    return ev


def _as_date(v: date | tuple[int, int], year: int) -> date | None:
    if isinstance(v, date):
        return v
    try:
        return date(year, v[0], v[1])
    except ValueError:
        return None


def _weigh(c: Candidate, ev: Evidence) -> list[Candidate]:
    """Score `c` against the evidence; return the later dates that contradict it."""
    c.score = c.initial()
    later: list[Candidate] = []
    for wd, r in ev.today_weekdays:
        if c.date.isoweekday() == wd:
            c.score += SUPPORT_TODAY
            c.reasons.append(f"'today/yesterday + weekday' at {r.start} agrees")
        else:
            c.score -= CONTRADICTION
            c.reasons.append(f"'today/yesterday + weekday' at {r.start} implies another weekday")
    for wd, r in ev.bare_weekdays:
        if c.date.isoweekday() == wd:
            c.score += SUPPORT_WEEKDAY
            c.reasons.append(f"past weekday at {r.start} falls on this day")
    for month, r in ev.current_months:
        if c.date.month != month:
            c.score -= CONTRADICTION
            c.reasons.append(f"the current month at {r.start} is another month")
    for v, r in ev.past_dates:
        d = _as_date(v, c.date.year)
        if d and timedelta(days=1) < d - c.date <= timedelta(days=AHEAD_LIMIT_DAYS):
            c.score -= CONTRADICTION
            c.reasons.append(f"date {d.isoformat()} reported in the past at {r.start} is later")
            later.append(Candidate(d, "text", r.start, r.end,
                                   "latest event the text reports: the article is not older"))
    return later


# Metadata fields that say when the page was fetched, not published: the article cannot be
# newer, so a date the text gives after it is no publication date.
RETRIEVAL_FIELDS = frozenset({"date_extracted"})
AFTER_RETRIEVAL = "date_after_retrieval"


def _ceiling(meta: dict[str, Any], cands: list[Candidate]) -> date | None:
    """The day the input was fetched, when its metadata says so (SaudiNewsNet's
    `date_extracted`): no publication date can be later."""
    if meta.get("date_field") not in RETRIEVAL_FIELDS:
        return None
    return next((c.date for c in cands if c.source == "meta"), None)


WEEKDAY_NOTE = ("'today/yesterday + weekday' at {at}: the latest such weekday not after the "
                "retrieval day (the page was fetched then, the article written that week or before)")


def _weekday_candidates(ev: Evidence, ceiling: date | None) -> list[Candidate]:
    """Under a retrieval ceiling, each weekday that "today/yesterday + weekday" gives the
    publication day is a candidate on the latest such day not after the ceiling: the fetch day
    bounds the article from above, the weekday pins it within the week before. A weekday
    six days back is the day after the fetch day (a page written for the next morning, or
    dated in another time zone): that is no day to move to, the fetch day stays."""
    if ceiling is None:
        return []
    out: list[Candidate] = []
    for wd, r in ev.today_weekdays:
        back = (ceiling.isoweekday() - wd) % 7
        d = ceiling - timedelta(days=back)
        if 0 < back < 6 and all(c.date != d for c in out):
            out.append(Candidate(d, "text", r.start, r.end, WEEKDAY_NOTE.format(at=r.start),
                                 base=WEEKDAY_BASE))
    return out


def infer_published(text: str, meta: dict[str, Any],
                    segments: list[tuple[int, int, str]]) -> Published:
    """The `published` record of an article: date, source, flags and evidence."""
    raws = recognize(text)
    cands = [c for c in [_meta_candidate(meta), _url_candidate(meta)] if c]
    cands += _header_and_dateline(text, raws, segments)
    cands += _text_candidates(text, raws)
    if not cands:
        return Published()
    capped = len(cands) > MAX_CANDIDATES
    del cands[MAX_CANDIDATES:]
    own = {(c.start, c.end) for c in cands if c.start is not None}
    ev = _text_evidence(text, raws, {o for o in own if o[0] is not None})  # type: ignore[misc]
    ceiling = _ceiling(meta, cands)
    alternatives: list[Candidate] = _weekday_candidates(ev, ceiling)
    for c in cands:
        alternatives += _weigh(c, ev)
    for a in alternatives:
        _weigh(a, ev)
    pool = cands + alternatives
    allowed = [c for c in pool if ceiling is None or c.date <= ceiling] or pool
    best = max(allowed, key=lambda c: (c.score, c.initial(), c.date))
    flags = []
    if len(allowed) < len(pool):
        flags.append(AFTER_RETRIEVAL)
    contradicted = any(c.score < c.initial() - 1e-9 for c in cands)
    # a fetch day bounds the others and need not equal them
    disagree = len({c.date for c in cands if c.base != RETRIEVAL_BASE}) > 1
    if contradicted or disagree or best not in cands:
        flags.append("date_conflict")
    if capped or MAX_EVIDENCE in (len(ev.today_weekdays), len(ev.bare_weekdays), len(ev.past_dates)):
        flags.append(EVIDENCE_CAPPED)
    evidence = [DateEvidence(c.source, c.date.isoformat(), c.start, c.end,
                             c.note + (" | " + "; ".join(c.reasons) if c.reasons else "")
                             + f" | score {c.score:.1f}" + (" | chosen" if c is best else "")) for c in pool]
    return Published(best.date.isoformat(), best.source if best in cands else "text", flags, evidence)
