"""A work file: the annotator's spans named by their text, in the order they occur, and their
compilation to offsets into the record's content (`compile_article`).

The compiler finds each span after the previous one of its list, preferring whole words (a
proclitic و ف ب ل ك before the span is allowed); a span may name its occurrence (`occ`) instead.
A date, mention, event trigger or quotation counts in body text only, so it is looked for in body
text only: a junk dateline's «اليوم» before the body's is passed over, and a span found nowhere in
the body after the previous one is an error unless its `occ` names the occurrence meant.
The labels each layer accepts are here too, so the checker, the compiler and the samplers read
one list. The rules are in `docs/realtext-annotation.md`; the commands are in `annotate.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

ROLES = ("body", "title", "caption")
JUNK_KINDS = (
    "byline",
    "dateline",
    "share",
    "tags",
    "related",
    "footer",
    "chrome",
    "ad",
    "embed",
    "meta",
    "source",
    "signature",
)
TYPES = ("PER", "ORG", "LOC", "MISC")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
EVENT_TYPES = ("VISIT", "MEET", "CALL", "AGREE", "EXERCISE")
STATUSES = ("happened", "planned", "expected", "ongoing", "denied", "hypothetical")
KEY = re.compile(r"^[a-z0-9][a-z0-9_]*$")
DATE_VALUE = re.compile(
    r"^(\d{4}|\d{3}X?|\d{2}XX|XXXX)(-(\d{2}|W\d{2}|WXX|XX|Q\d|SU|SP|FA|WI|H\d))?"
    r"(-(\d{2}|\d|WE|XX))?(T[\d:]+|T(MO|AF|EV|NI|DT))?$|^PRESENT_REF$|^PAST_REF$|^FUTURE_REF$|"
    r"^R?P[\dX]*[\dYMWDTHSE.X]*$|^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$"
)
AR_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\w]")
PROCLITICS = "وفبلك"


def _is_letter(ch: str) -> bool:
    return bool(AR_LETTER.match(ch))


def find_span(text: str, needle: str, start: int, stop: int,
              keep: Callable[[int, int], bool] | None = None) -> int:
    """Start of `needle` in text[start:stop], a whole word first (proclitics allowed), else -1;
    with `keep`, only occurrences `keep(start, end)` accepts count."""
    first = -1
    i = text.find(needle, start, stop)
    while i != -1:
        if keep is not None and not keep(i, i + len(needle)):
            i = text.find(needle, i + 1, stop)
            continue
        if first == -1:
            first = i
        b = i
        while b > 0 and i - b < 2 and text[b - 1] in PROCLITICS:
            b -= 1
        left_ok = i == 0 or not _is_letter(text[i - 1]) or (b < i and (b == 0 or not _is_letter(text[b - 1])))
        j = i + len(needle)
        right_ok = j >= len(text) or not _is_letter(text[j]) or not _is_letter(needle[-1])
        if left_ok and right_ok:
            return i
        i = text.find(needle, i + 1, stop)
    return first


def body_test(segments: list[list[Any]]) -> Callable[[int, int], bool]:
    """Whether a span [start, end) is body text under these segments: its first character is in a
    body line and not in an inline piece of another role, and it reaches into no other segment."""
    others = [(s, e) for s, e, role in segments if role != "body"]
    body = [(s, e) for s, e, role in segments if role == "body"]

    def in_body(start: int, end: int) -> bool:
        return any(s <= start < e for s, e in body) and not any(s < end and start < e for s, e in others)

    return in_body


def _ordered(
    content: str, items: list[Any], what: str, end: int, errors: list[str], overlap: bool = False,
    keep: Callable[[int, int], bool] | None = None,
) -> list[int]:
    """Offsets of each item's text, each found after the previous one (or at its `occ`).

    Spans of one list do not overlap, so the search goes on after the previous span's end;
    with `overlap` (event triggers) it goes on after its start. With `keep` (body text), only
    the occurrences it accepts are found, unless the item names its `occ`."""
    starts: list[int] = []
    cursor = 0
    for n, item in enumerate(items):
        needle = item["text"]
        if not needle or needle != needle.strip():
            errors.append(f"{what} #{n + 1}: empty or padded text {needle!r}")
            starts.append(-1)
            continue
        if "occ" in item:
            pos, k = -1, 0
            while k < int(item["occ"]):
                pos = content.find(needle, pos + 1, end)
                if pos == -1:
                    break
                k += 1
        else:
            pos = find_span(content, needle, cursor, end, keep)
        if pos == -1:
            where = " in body text" if keep is not None and "occ" not in item else ""
            errors.append(
                f"{what} #{n + 1}: {needle!r} not found{where} after offset {cursor} (before {end})"
            )
            starts.append(-1)
            continue
        starts.append(pos)
        cursor = pos + 1 if overlap else pos + len(needle)
    return starts


def _norm_item(raw: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    if isinstance(raw, list):
        return dict(zip(fields, raw, strict=False))
    return dict(raw)


def _value_list(v: Any) -> list[Any]:
    return v if isinstance(v, list) else [v]


def compile_article(work: dict[str, Any], content: str, end: int) -> tuple[dict[str, Any], list[str]]:
    """The gold row of one work file (offsets into `content`), and the problems found."""
    errors: list[str] = []
    row: dict[str, Any] = {"title": work.get("title"), "published": _value_list(work.get("published"))}
    # line roles
    lines = work.get("lines", {})
    default = lines.get("default")
    segs: list[list[Any]] = []
    pos = 0
    for n, line in enumerate(content.split("\n"), 1):
        s, e = pos, pos + len(line)
        pos = e + 1
        if s >= end or not line.strip():
            continue
        role = lines.get(str(n), default)
        if role is None:
            errors.append(f"line {n}: no role (and no default): {line[:40]!r}")
            continue
        if role not in ROLES and not (role.startswith("junk:") and role[5:] in JUNK_KINDS):
            errors.append(f"line {n}: unknown role {role!r}")
        lead = len(line) - len(line.lstrip())
        trail = len(line.rstrip())
        segs.append([s + lead, min(s + trail, end), role])
    inline = [_norm_item(x, ("text", "role")) for x in work.get("inline", [])]
    for x, st in zip(inline, _ordered(content, inline, "inline", end, errors), strict=True):
        if st >= 0:
            if not (x["role"].startswith("junk:") and x["role"][5:] in JUNK_KINDS) and x["role"] not in ROLES:
                errors.append(f"inline {x['text'][:30]!r}: unknown role {x['role']!r}")
            segs.append([st, st + len(x["text"]), x["role"]])
    row["segments"] = sorted(segs)
    in_body = body_test(segs)
    # mentions
    ments = [_norm_item(x, ("text", "type", "key")) for x in work.get("mentions", [])]
    row["mentions"] = []
    for m, st in zip(ments, _ordered(content, ments, "mention", end, errors, keep=in_body), strict=True):
        if m.get("type") not in TYPES:
            errors.append(f"mention {m['text']!r}: type {m.get('type')!r} not in {TYPES}")
        if not KEY.match(str(m.get("key", ""))):
            errors.append(f"mention {m['text']!r}: key {m.get('key')!r} is not a lower-case slug")
        if st >= 0:
            row["mentions"].append([st, st + len(m["text"]), m["type"], m["key"]])
    neutral = [
        _norm_item(x, ("text",)) if not isinstance(x, str) else {"text": x} for x in work.get("neutral", [])
    ]
    row["neutral"] = [
        [st, st + len(x["text"])]
        for x, st in zip(neutral, _ordered(content, neutral, "neutral", end, errors), strict=True)
        if st >= 0
    ]
    # timexes
    tx = [_norm_item(x, ("text", "type", "value")) for x in work.get("timexes", [])]
    row["timexes"] = []
    for t, st in zip(tx, _ordered(content, tx, "timex", end, errors, keep=in_body), strict=True):
        if t.get("type") not in TIMEX_TYPES:
            errors.append(f"timex {t['text']!r}: type {t.get('type')!r}")
        for v in _value_list(t.get("value")):
            if v is not None and not DATE_VALUE.match(str(v)):
                errors.append(f"timex {t['text']!r}: value {v!r} is not a TIMEX3 value")
        if st >= 0:
            row["timexes"].append([st, st + len(t["text"]), t["type"], _value_list(t.get("value"))])
    keys = {m[3] for m in row["mentions"]}
    # events
    evs = [dict(x) for x in work.get("events", [])]
    trig = [{"text": e.get("trigger", ""), **({"occ": e["occ"]} if "occ" in e else {})} for e in evs]
    row["events"] = []
    trig_starts = _ordered(content, trig, "event trigger", end, errors, overlap=True, keep=in_body)
    for e, st in zip(evs, trig_starts, strict=True):
        if e.get("type") not in EVENT_TYPES:
            errors.append(f"event {e.get('trigger')!r}: type {e.get('type')!r}")
        if e.get("status", "happened") not in STATUSES:
            errors.append(f"event {e.get('trigger')!r}: status {e.get('status')!r}")
        for k in [*e.get("participants", []), *([e["place"]] if e.get("place") else [])]:
            if k not in keys:
                errors.append(f"event {e.get('trigger')!r}: key {k!r} names no mention of this article")
        if st >= 0:
            row["events"].append(
                {
                    "trigger": [st, st + len(e["trigger"])],
                    "type": e.get("type"),
                    "participants": sorted(e.get("participants", [])),
                    "place": e.get("place"),
                    "date": _value_list(e.get("date")),
                    "status": e.get("status", "happened"),
                }
            )
    # quotes
    qs = [dict(x) for x in work.get("quotes", [])]
    row["quotes"] = []
    for q, st in zip(qs, _ordered(content, qs, "quote", end, errors, keep=in_body), strict=True):
        if q.get("speaker") is not None and q["speaker"] not in keys:
            errors.append(f"quote {q['text'][:30]!r}: speaker {q['speaker']!r} names no mention here")
        if q.get("kind", "direct") not in ("direct", "indirect"):
            errors.append(f"quote {q['text'][:30]!r}: kind {q.get('kind')!r}")
        if st >= 0:
            row["quotes"].append([st, st + len(q["text"]), q.get("speaker"), q.get("kind", "direct")])
    return row, errors
