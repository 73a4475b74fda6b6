"""The real-text gold, read back against ../shared: records, checked hashes, typed rows.

The gold (`tests/data/realtext/gold.jsonl`) holds offsets into SaudiNewsNet records and no
text; `load()` reads the referenced records from ../shared, checks each against the hash it
was annotated on, and returns one `GoldArticle` per article with its content attached.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.realtext.draw import SNN, read_lines, text_hash

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "realtext" / "gold.jsonl"
STORY_PAIRS = ROOT / "tests" / "data" / "realtext" / "story_pairs.jsonl"
KEEP = "body"
NEUTRAL_ROLES = ("caption", "title")
SENTENCE_ENDS = ".!?؟\n"


class GoldError(Exception):
    pass


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    type: str
    key: str


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    values: tuple[Any, ...]


@dataclass(frozen=True)
class Event:
    trigger: tuple[int, int]
    type: str
    participants: tuple[str, ...]
    place: str | None
    dates: tuple[Any, ...]
    status: str


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    speaker: str | None
    kind: str


@dataclass
class GoldArticle:
    line: int
    source: str
    split: str
    stratum: str  # "random", or "events": drawn among articles holding a diplomatic word
    region_end: int
    record: dict[str, Any]
    title_hash: str | None  # of the headline with its spaces squashed (`squash`); None: no title
    published: list[str | None]
    segments: list[tuple[int, int, str]]
    mentions: list[Mention]
    neutral: list[tuple[int, int]]
    timexes: list[Timex]
    events: list[Event]
    quotes: list[Quote]
    body_units: list[tuple[int, int]] = field(default_factory=list)
    junk_units: list[tuple[int, int]] = field(default_factory=list)

    @property
    def content(self) -> str:
        text: str = self.record["content"]
        return text

    def role_at(self, offset: int) -> str | None:
        """The gold role of the character at `offset` (an inline piece wins over its line)."""
        found = None
        for s, e, role in self.segments:
            if s <= offset < e and (found is None or role != KEEP):
                found = role
        return found

    def in_scope(self, start: int, end: int) -> bool:
        """A span the gold speaks for: inside the region and in body text."""
        return end <= self.region_end and self.role_at(start) == KEEP

    def touches_body(self, start: int, end: int) -> bool:
        """A long span (event sentence, quote) that starts in the region and holds body text."""
        return start < self.region_end and any(
            r == KEEP and start < e and s < end for s, e, r in self.segments
        )


def build_units(art: GoldArticle) -> None:
    """Body units are the sentences of body text (inline junk cut out); junk units are the
    junk lines and pieces."""
    text = art.content
    junk = [(s, e) for s, e, r in art.segments if r.startswith("junk:")]
    art.junk_units = junk
    for s, e, role in art.segments:
        if role != KEEP:
            continue
        cuts = sorted((js, je) for js, je in junk if js < e and s < je)
        pieces, pos = [], s
        for js, je in cuts:
            if js > pos:
                pieces.append((pos, js))
            pos = max(pos, je)
        if pos < e:
            pieces.append((pos, e))
        for ps, pe in pieces:
            i = ps
            for j in range(ps, pe):
                if text[j] in SENTENCE_ENDS and (j + 1 == pe or text[j + 1].isspace()):
                    _add_unit(art.body_units, text, i, j + 1)
                    i = j + 1
            _add_unit(art.body_units, text, i, pe)


def _add_unit(units: list[tuple[int, int]], text: str, s: int, e: int) -> None:
    piece = text[s:e]
    if sum(ch.isalpha() for ch in piece) >= 3:
        lead = len(piece) - len(piece.lstrip())
        units.append((s + lead, s + len(piece.rstrip())))


def squash(s: str | None) -> str:
    return " ".join((s or "").split())


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (between sentence ends or line breaks) around a span."""
    s = start
    while s > 0 and text[s - 1] not in SENTENCE_ENDS:
        s -= 1
    e = end
    while e < len(text) and text[e] not in SENTENCE_ENDS:
        e += 1
    return s, e


def by_gold_line(articles: Iterable[dict[str, Any]], gold: list[GoldArticle]) -> dict[int, dict[str, Any]]:
    """marsad's articles of a run over the gold's records (path `FILE#i`, `i` the record's place in
    the input) by their gold article's line; the records run after the gold's (outlet neighbours,
    `timex_neighbours`) are left out: run, never scored."""
    out = {}
    for a in articles:
        i = int(a["path"].rsplit("#", 1)[1])
        if i < len(gold):
            out[gold[i].line] = a
    return out


def load(path: Path = GOLD, snn: Path = SNN) -> list[GoldArticle]:
    """Every gold article with its record; a record that differs from the annotated one fails."""
    if not snn.exists():
        raise GoldError(f"{snn} is absent: the real-text gold needs ../shared beside the checkout")
    rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    rows = [r for r in rows if r.get("kind") == "article"]
    recs = read_lines({r["line"] for r in rows}, snn)
    arts = []
    for r in rows:
        rec = recs.get(r["line"])
        if rec is None or text_hash(rec["content"]) != r["hash"]:
            raise GoldError(f"line {r['line']}: the record differs from the one annotated")
        art = GoldArticle(
            line=r["line"],
            source=r["source"],
            split=r["split"],
            stratum=r.get("stratum", "random"),
            region_end=r["region_end"],
            record=rec,
            title_hash=r["title_hash"],
            published=list(r["published"]),
            segments=[(s, e, role) for s, e, role in r["segments"]],
            mentions=[Mention(*m) for m in r["mentions"]],
            neutral=[(s, e) for s, e in r["neutral"]],
            timexes=[Timex(s, e, t, tuple(v)) for s, e, t, v in r["timexes"]],
            events=[
                Event(
                    tuple(ev["trigger"]),
                    ev["type"],
                    tuple(ev["participants"]),
                    ev["place"],  # type: ignore[arg-type]
                    tuple(ev["date"]),
                    ev["status"],
                )
                for ev in r["events"]
            ],
            quotes=[Quote(*q) for q in r["quotes"]],
        )
        build_units(art)
        arts.append(art)
    return arts


def load_story_pairs(path: Path = STORY_PAIRS) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return [r for r in rows if r.get("kind") in ("pair", "cluster")]
