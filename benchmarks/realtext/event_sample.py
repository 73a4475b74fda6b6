"""A seeded random sample of the events marsad stored, printed to be read and marked (issue 15).

    python3 -m benchmarks.realtext.event_sample DB --n 60 --seed S

DB is a `marsad.db` written by `marsad run` (for instance on the first 3,000 SaudiNewsNet
records). Events of the five types the real-text gold scores (unless `--types` says otherwise)
are drawn by seed: each event id is ranked by a hash of the seed and the id and the `n` first
are taken, so one seed on one database always gives the same draw, a second seed a fresh one,
and one seed on two runs (before and after a change) draws the same events wherever the two
runs hold the same ones (an event's id is stable while its type, parties and span are), so a
change is read on the events it touched. Each event is
printed with its type, status, date, place, participants (name, id, type, role), its trigger,
the sentence it was found in (first mention, marked ⟦…⟧) and the article's title and source,
followed by a blank `verdict:` line to mark right/wrong and why (the rules are in
`docs/realtext-annotation.md`: type + all participants right = right).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks.realtext.work_file import EVENT_TYPES as SCORED_TYPES  # the types the gold annotates

WIDTH = 160  # characters of context either side of a mention, before cutting at a sentence end


@dataclass(frozen=True)
class Party:
    """One participant of a sampled event."""

    entity: str
    name: str
    type: str
    role: str | None


@dataclass(frozen=True)
class SampledEvent:
    """One event drawn, with what is needed to judge it by reading."""

    id: str
    type: str
    status: str | None
    date: str | None
    place: str | None
    parties: tuple[Party, ...]
    trigger: str | None
    article: str
    title: str | None
    source: str | None
    sentence: str
    mentions: int


def _sentence(text: str, start: int, end: int) -> str:
    """The mention with its sentence around it: cut at the nearest line or sentence end within
    WIDTH characters either side, the mention itself marked ⟦…⟧."""
    left = max(0, start - WIDTH)
    for stop in ("\n", ".", "؟", "!"):
        at = text.rfind(stop, left, start)
        if at >= 0:
            left = max(left, at + 1)
    right = min(len(text), end + WIDTH)
    for stop in ("\n", ".", "؟", "!"):
        at = text.find(stop, end, right)
        if at >= 0:
            right = min(right, at + 1)
    return (text[left:start] + "⟦" + text[start:end] + "⟧" + text[end:right]).strip()


def sample(
    db: Path, n: int, seed: int, types: tuple[str, ...] = SCORED_TYPES
) -> list[SampledEvent]:
    """`n` events of `types` drawn by `seed` from the events stored in `db`, in draw order
    (every type when `types` is empty)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        ids = [
            event_id
            for event_id, type_ in con.execute("SELECT id, type FROM events ORDER BY id")
            if not types or type_ in types
        ]
        drawn = sorted(ids, key=lambda event_id: _rank(seed, event_id))[:n]
        return [_one(con, event_id) for event_id in drawn]
    finally:
        con.close()


def _rank(seed: int, event_id: str) -> str:
    """An event's place in the draw of `seed`: the same for the same id in any database."""
    return hashlib.sha256(f"{seed}:{event_id}".encode()).hexdigest()


def _one(con: sqlite3.Connection, event_id: str) -> SampledEvent:
    type_, status, date, place_id = con.execute(
        "SELECT type, status, date, place FROM events WHERE id = ?", (event_id,)
    ).fetchone()
    place = None
    if place_id:
        row = con.execute("SELECT name FROM entities WHERE id = ?", (place_id,)).fetchone()
        place = row[0] if row else place_id
    parties = tuple(
        Party(entity, name or entity, kind or "?", role)
        for entity, name, kind, role in con.execute(
            "SELECT p.entity, e.name, e.type, p.role FROM event_participants p "
            "LEFT JOIN entities e ON e.id = p.entity WHERE p.event = ? ORDER BY p.entity",
            (event_id,),
        )
    )
    mentions = con.execute(
        "SELECT m.article, m.start, m.end, m.attrs, a.text, a.title, a.source "
        "FROM event_mentions m JOIN articles a ON a.id = m.article WHERE m.event = ? "
        "ORDER BY m.article, m.start",
        (event_id,),
    ).fetchall()
    article, start, end, attrs, text, title, source = mentions[0]
    trigger = json.loads(attrs or "{}").get("trigger")
    return SampledEvent(
        id=event_id,
        type=type_,
        status=status,
        date=date,
        place=place,
        parties=parties,
        trigger=trigger,
        article=article,
        title=title,
        source=source,
        sentence=_sentence(text, start, end),
        mentions=len(mentions),
    )


def render(events: list[SampledEvent]) -> str:
    """The sample as text to mark: one numbered block per event."""
    blocks = []
    for number, event in enumerate(events, 1):
        parties = "; ".join(
            f"{p.name} [{p.entity} {p.type}{' ' + p.role if p.role else ''}]" for p in event.parties
        )
        blocks.append(
            "\n".join(
                (
                    f"#{number} {event.type} {event.status or '-'} date={event.date or '-'} "
                    f"place={event.place or '-'} trigger={event.trigger or '-'} "
                    f"mentions={event.mentions} id={event.id}",
                    f"  parties: {parties or '-'}",
                    f"  article: {event.article} {event.source or '-'} | {event.title or '-'}",
                    f"  sentence: {' '.join(event.sentence.split())}",
                    "  verdict:",
                )
            )
        )
    return "\n\n".join(blocks) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument(
        "--types",
        default=",".join(SCORED_TYPES),
        help="comma-separated event types to draw from ('' for all; default the scored five)",
    )
    args = parser.parse_args(argv)
    if not args.db.is_file():
        parser.error(f"no database at {args.db}")
    sys.stdout.write(render(sample(args.db, args.n, args.seed, tuple(t for t in args.types.split(",") if t))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
