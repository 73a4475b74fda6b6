"""Publication date: gather evidence, weigh it, choose, and say why.

Candidates come from the input metadata (its date field; a full date in the author/byline
field), a header line that states a date, a dateline
opening a paragraph (`بكين 11 فبراير 2020 (شينخوا) ...`), or a full date beside
"today" in the text. Each candidate is then checked against what the text says:
- "today/yesterday + weekday" (`اليوم الثلاثاء`, `أمس الإثنين`) fixes the weekday of the
  publication day: a candidate on another weekday is contradicted, one on it supported;
- an explicit date reported in the past (`... في بكين، 28 فبراير`) cannot fall after
  publication: a candidate before it is contradicted, and the date itself becomes a
  candidate (the article cannot be older than what it reports);
- a bare past weekday (`يوم الجمعة`) lends weak support to a candidate on that weekday.
The best-scoring candidate wins; any contradiction, or disagreement between sources,
flags `date_conflict`. A day the metadata gives as the fetch time (`date_extracted`) is a
ceiling: no candidate after it can win, and one that would have is flagged
`date_after_retrieval`. When the metadata gives only that fetch day and the page's URL or the text's
«اليوم/أمس + weekday» name an earlier day of writing (`writing_day.written_on`), that day is the publication
date (source `url` or `weekday`); the story step still files the page under its fetch day
(`Published.filed`). With no candidate the date is None (never today, never a file time).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from marsad.dates.grammar import RawTimex, recognize
from marsad.dates.lexicon import lexicon, norm
from marsad.dates.tense import future_context
from marsad.dates.writing_day import AFTER_RETRIEVAL, RETRIEVAL_FIELDS, url_day, written_on
from marsad.lang.normalize import normalize_mapped
from marsad.model import DateEvidence, Published
from marsad.model.published import FROM_WRITING, RANGE_DAY, URL_DAY, WEEKDAY_DAY

# A date the publisher wrote into the byline field names the publication day; it outweighs a
# metadata date (often only the fetch time), and evidence in the text can still overturn it.
BASE = {"byline": 3.5, "meta": 3.0, "header": 2.5, "dateline": 2.0, "text": 1.0}
CONTRADICTION = 2.0
SUPPORT_TODAY = 1.0
SUPPORT_WEEKDAY = 0.5
AHEAD_LIMIT_DAYS = 120  # a reported date further ahead than this is not weighed
HEADER_MAX_CHARS = 120
DATELINE_MAX_OFFSET = 60
FIRST_LINES = 5
FULL_KINDS = ("iso", "ymd", "dmy_num", "dmy", "mdy")
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
        d = next((fd for fd in map(_full_date, recognize(raw, keep=False)) if fd), None)
    if d is None:
        return None
    return Candidate(d, "meta", None, None, f"input metadata ({field_name}): {raw!r}")


def _byline_candidate(meta: dict[str, Any]) -> Candidate | None:
    """A full date in the author field («الرياض - الرياضية | Sunday, 09 August 2015 - 19:56 pm»)."""
    author = meta.get("author")
    if not isinstance(author, str) or not author.strip():
        return None
    d = next((fd for fd in map(_full_date, recognize(author, keep=False)) if fd), None)
    if d is None:
        return None
    return Candidate(d, "byline", None, None, f"date in the author field: {author!r}")


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


def _text_candidates(raws: list[RawTimex]) -> list[Candidate]:
    """A full date right after `اليوم` ("today, Tuesday 12 November 2024")."""
    lx = lexicon()
    out = []
    for prev, r in zip(raws, raws[1:], strict=False):
        d = _full_date(r)
        if d and prev.kind == "relday" and lx.day_words.get(prev.parts.get("rel", "")) == 0 \
                and r.start - prev.end <= 3:
            out.append(Candidate(d, "text", prev.start, r.end, "explicit date given as today"))
    return out


@dataclass
class Evidence:
    today_weekdays: list[tuple[int, RawTimex]]  # implied weekday of publication, from "today/yesterday + wd"
    past_dates: list[tuple[date | tuple[int, int], RawTimex]]  # reported dates (full, or month/day)
    bare_weekdays: list[tuple[int, RawTimex]]


def _text_evidence(text: str, raws: list[RawTimex], own: set[tuple[int, int]]) -> Evidence:
    lx = lexicon()
    ntext, where = normalize_mapped(text)
    lowered = ntext.lower()
    ntext = lowered if len(lowered) == len(ntext) else ntext  # «İ» lowers to two characters
    ev = Evidence([], [], [])
    for r in raws:
        if min(len(ev.today_weekdays), len(ev.bare_weekdays), len(ev.past_dates)) >= MAX_EVIDENCE:
            break
        p = r.parts
        # the clause's tense is read in the normalised text, at the expression's offsets there
        start, end = (r.start, r.end) if where is None else (
            bisect_left(where, r.start), bisect_left(where, r.end))
        fut = future_context(ntext, start, end)
        if r.kind == "relday" and p.get("wd") and not p.get("ana"):
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
    c.score = BASE[c.source]
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
    for v, r in ev.past_dates:
        d = _as_date(v, c.date.year)
        if d and timedelta(days=1) < d - c.date <= timedelta(days=AHEAD_LIMIT_DAYS):
            c.score -= CONTRADICTION
            c.reasons.append(f"date {d.isoformat()} reported in the past at {r.start} is later")
            later.append(Candidate(d, "text", r.start, r.end,
                                   "latest event the text reports: the article is not older"))
    return later


def _ceiling(meta: dict[str, Any], cands: list[Candidate]) -> date | None:
    """The day the input was fetched, when its metadata says so (SaudiNewsNet's
    `date_extracted`): no publication date can be later."""
    if meta.get("date_field") not in RETRIEVAL_FIELDS:
        return None
    return next((c.date for c in cands if c.source == "meta"), None)


def infer_published(text: str, meta: dict[str, Any],
                    segments: list[tuple[int, int, str]]) -> Published:
    """The `published` record of an article: date, source, flags and evidence."""
    raws = recognize(text)
    cands = [c for c in [_meta_candidate(meta), _byline_candidate(meta)] if c]
    cands += _header_and_dateline(text, raws, segments)
    cands += _text_candidates(raws)
    if not cands:
        return Published()
    capped = len(cands) > MAX_CANDIDATES
    del cands[MAX_CANDIDATES:]
    own = {(c.start, c.end) for c in cands if c.start is not None}
    ev = _text_evidence(text, raws, {o for o in own if o[0] is not None})  # type: ignore[misc]
    alternatives: list[Candidate] = []
    for c in cands:
        alternatives += _weigh(c, ev)
    for a in alternatives:
        _weigh(a, ev)
    pool = cands + alternatives
    ceiling = _ceiling(meta, cands)
    allowed = [c for c in pool if ceiling is None or c.date <= ceiling] or pool
    best = max(allowed, key=lambda c: (c.score, BASE[c.source], c.date))
    flags = []
    if len(allowed) < len(pool):
        flags.append(AFTER_RETRIEVAL)
    contradicted = any(c.score < BASE[c.source] - 1e-9 for c in cands)
    # The fetch time is a ceiling, not a claim: a page fetched after the day it names is no conflict.
    claims = [c for c in cands if not (c.source == "meta" and ceiling is not None and best.date <= c.date)]
    disagree = len({c.date for c in claims}) > 1
    if contradicted or disagree or best not in cands:
        flags.append("date_conflict")
    if capped or MAX_EVIDENCE in (len(ev.today_weekdays), len(ev.bare_weekdays), len(ev.past_dates)):
        flags.append(EVIDENCE_CAPPED)
    evidence = [DateEvidence(c.source, c.date.isoformat(), c.start, c.end,
                             c.note + (" | " + "; ".join(c.reasons) if c.reasons else "")
                             + f" | score {c.score:.1f}" + (" | chosen" if c is best else "")) for c in pool]
    written = written_on(text, raws, meta, best.date) if best.source == "meta" and ceiling is not None \
        else None
    if written is not None and written.kind in (WEEKDAY_DAY, RANGE_DAY) and best.source == "meta" \
            and url_day(meta.get("url")) == best.date:
        # The page's address names the fetch day itself (a daily's issue /Issues/20150721/): that is
        # its publication day; the text's «اليوم الاثنين» says it was written before, and its relative
        # dates count from that day (`Published.written`: the weekday's evidence).
        return Published(best.date.isoformat(), URL_DAY, flags, [*evidence, written])
    if written is not None and written.kind in FROM_WRITING:
        # A page fetched after the day its address names (a daily's issue /Issues/20150730/ fetched
        # after midnight, an archive page /2015/07/20/), or after the day its text calls today
        # («اليوم الثلاثاء», «أمس الإثنين»), was published on that day: the fetch time only bounds
        # it. Stories still file it under the fetch day (`Published.filed`, issue 17).
        return Published(written.value, written.kind, flags, [*evidence, written])
    return Published(best.date.isoformat(), best.source if best in cands else "text", flags,
                     evidence + ([written] if written else []))
