"""The items a fresh-text reading draws from, layer by layer, each with its sheet block and its
skeleton rows (`fresh_sample`).

An item is what the draw ranks: an event, a quotation, a timex, a sentence (names) or an article
(the recall layers). Its `id` depends only on the record line and the item's own span (and type),
never on what else the run holds, so one seed draws the same items from two runs wherever they
hold the same ones. Its rows are the skeleton a reader fills: one per judged thing (the item
itself; for names one per PER/ORG mention of the sentence; for the recall layers one per event or
quotation marsad found in the article, the reader adding a row with null offsets per one it
missed). Rows carry no text.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.realtext.event_sample import _sentence
from benchmarks.realtext.events_dev import STRONG_WORDS
from benchmarks.realtext.fresh_pool import Article
from benchmarks.realtext.quotes_dev import SPEECH_WORDS
from benchmarks.realtext.work_file import EVENT_TYPES as SCORED_TYPES

NAME_TYPES = ("PER", "ORG")  # the names a names reading judges (LOC is marked, not judged)
PARAGRAPH = 400  # characters of a quotation's paragraph kept either side of it
SENTENCE = re.compile(r"[^\n.!?؟]+[.!?؟]*")


@dataclass(frozen=True)
class Item:
    """One drawable item: its rank id, where it is, its sheet block and its skeleton rows."""

    id: str
    line: int
    block: str
    rows: tuple[dict, ...]


class RunNames:
    """Entity names and event triggers from the run's marsad.db (empty when it has none)."""

    def __init__(self, db: Path) -> None:
        self.entities: dict[str, tuple[str, str]] = {}
        self.triggers: dict[tuple[str, int, str], str] = {}
        if not db.is_file():
            return
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            for id_, type_, name in con.execute("SELECT id, type, name FROM entities"):
                self.entities[id_] = (name, type_)
            for article, start, type_, attrs in con.execute(
                "SELECT article, start, type, attrs FROM event_mentions"
            ):
                trigger = json.loads(attrs or "{}").get("trigger")
                if trigger:
                    self.triggers[(article, start, type_)] = str(trigger)
        finally:
            con.close()

    def name(self, entity: str | None) -> str:
        if not entity:
            return "-"
        name, type_ = self.entities.get(entity, (entity, "?"))
        return f"{name} [{entity} {type_}]"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _mark(text: str, start: int, end: int, left: int, right: int) -> str:
    return _flat(text[left:start] + "⟦" + text[start:end] + "⟧" + text[end:right])


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph around a span, no more than PARAGRAPH characters either side of it."""
    left = max(text.rfind("\n", 0, start) + 1, start - PARAGRAPH)
    right = text.find("\n", end)
    return left, min(len(text) if right < 0 else right, end + PARAGRAPH)


def _row(article: Article, start: int | None, end: int | None, **extra: object) -> dict:
    row: dict = {"kind": "reading", "reading": None, "line": article.line, "hash": article.hash,
                 "start": start, "end": end, "verdict": None, "class": None, "after": None}
    row.update(extra)
    return row


def _head(article: Article) -> str:
    d = article.data
    return f"line {article.line} {d.get('source') or '-'} | {_flat(d.get('title') or '-')}"


def _event_lines(article: Article, event: dict, names: RunNames) -> list[str]:
    trigger = names.triggers.get((article.data["id"], event["start"], event["type"]), "-")
    roles = event.get("roles") or {}
    parties = "; ".join(
        names.name(p) + (f" {roles[p]}" if p in roles else "") for p in event.get("participants", [])
    )
    return [
        f"{event['type']} {event.get('status') or '-'} date={event.get('date') or '-'} "
        f"place={names.name(event.get('place'))} trigger={trigger} [{event['start']}:{event['end']}]",
        f"  parties: {parties or '-'}",
    ]


def _scored_events(article: Article) -> list[dict]:
    return [e for e in article.data.get("events", []) if e["type"] in SCORED_TYPES]


def events(article: Article, names: RunNames) -> Iterator[Item]:
    """Each event of the five scored types: type, status, parties, place, date, trigger, sentence."""
    text = article.data["text"]
    for e in _scored_events(article):
        block = [_head(article), *_event_lines(article, e, names),
                 f"  sentence: {_flat(_sentence(text, e['start'], e['end']))}"]
        yield Item(f"{article.line}:{e['start']}:{e['end']}:{e['type']}", article.line, "\n".join(block),
                   (_row(article, e["start"], e["end"], type=e["type"], scored=None),))


def _speaker_text(article: Article, quote: dict) -> str:
    """The mention of the quotation's speaker nearest to it, with its offsets; for a speaker
    with no entity (someone unnamed or described: «مصدر أمني», «المتحدث باسم الحكومة»), the
    words marsad gives for him, with their offsets where the text holds them, so a reader sees
    who marsad thinks spoke."""
    near = [m for m in article.data.get("mentions", []) if quote.get("speaker")
            and m.get("entity") == quote["speaker"]]
    if not near:
        described = quote.get("speaker_text")
        if quote.get("speaker") or not described:
            return "-"
        at = quote.get("speaker_at")
        return f"{_flat(described)} [{at[0]}:{at[1]}]" if at else f"{_flat(described)} [-]"
    m = min(near, key=lambda m: min(abs(m["start"] - quote["end"]), abs(quote["start"] - m["end"])))
    return f"{m['text']} [{m['start']}:{m['end']}]"


def _quotation(article: Article, quote: dict, names: RunNames) -> list[str]:
    text = article.data["text"]
    left, right = _paragraph(text, quote["start"], quote["end"])
    return [
        f"{quote.get('kind') or '-'} [{quote['start']}:{quote['end']}] "
        f"speaker={names.name(quote.get('speaker'))} speaker text={_speaker_text(article, quote)}",
        f"  paragraph: {_mark(text, quote['start'], quote['end'], left, right)}",
    ]


def quotations(exact: bool) -> Callable[[Article, RunNames], Iterator[Item]]:
    """Each quotation, marked ⟦…⟧ in its paragraph, with its speaker (speakers: `exact` False;
    quotes: the rows carry `exact` to fill)."""

    def items(article: Article, names: RunNames) -> Iterator[Item]:
        for q in article.data.get("quotes", []):
            extra = {"exact": None} if exact else {}
            yield Item(f"{article.line}:{q['start']}:{q['end']}", article.line,
                       "\n".join([_head(article), *_quotation(article, q, names)]),
                       (_row(article, q["start"], q["end"], **extra),))

    return items


def dates(article: Article, names: RunNames) -> Iterator[Item]:
    """Each timex with a value: span, type, value, the publication date, its sentence."""
    text = article.data["text"]
    published = article.data.get("published") or {}
    for t in article.data.get("timexes", []):
        if t.get("value") is None:
            continue
        block = [
            _head(article),
            f"{t['type']} value={t['value']} [{t['start']}:{t['end']}] "
            f"published={published.get('date') or '-'} ({published.get('source') or '-'})",
            f"  sentence: {_flat(_sentence(text, t['start'], t['end']))}",
        ]
        yield Item(f"{article.line}:{t['start']}:{t['end']}", article.line, "\n".join(block),
                   (_row(article, t["start"], t["end"], type=t["type"]),))


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """The sentences of `text`: runs up to a line end or a full stop, ? or !, spaces trimmed."""
    for m in SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end


def names(article: Article, run: RunNames) -> Iterator[Item]:
    """Each sentence with a diplomatic word (`events_dev.STRONG_WORDS`) or a verb of saying
    (`quotes_dev.SPEECH_WORDS`), every PER/ORG/LOC mention in it marked ⟦…⟧TYPE; one row per
    PER/ORG mention (the reader adds one per name marsad missed)."""
    text = article.data["text"]
    mentions = sorted(article.data.get("mentions", []), key=lambda m: (m["start"], m["end"]))
    for start, end in sentences(text):
        part = text[start:end]
        if not (STRONG_WORDS.search(part) or SPEECH_WORDS.search(part)):
            continue
        inside = [m for m in mentions if start <= m["start"] and m["end"] <= end]
        marked, at = [], start
        for m in inside:
            if m["start"] < at:
                continue
            marked.append(text[at:m["start"]] + "⟦" + text[m["start"]:m["end"]] + "⟧" + m["type"])
            at = m["end"]
        marked.append(text[at:end])
        listed = "; ".join(f"{m['type']} {m['text']} [{m['start']}:{m['end']}] {run.name(m.get('entity'))}"
                           for m in inside)
        block = [_head(article), f"sentence [{start}:{end}]: {_flat(''.join(marked))}",
                 f"  mentions: {listed or '-'}"]
        rows = tuple(_row(article, m["start"], m["end"], type=m["type"])
                     for m in inside if m["type"] in NAME_TYPES)
        yield Item(f"{article.line}:{start}:{end}", article.line, "\n".join(block), rows)


def _whole(article: Article) -> list[str]:
    """The article's head and whole text, each line after the offset it starts at."""
    text = article.data["text"]
    out, at = [_head(article), "  text:"], 0
    for ln in text.split("\n"):
        if ln.strip():
            out.append(f"    [{at}] {ln}")
        at += len(ln) + 1
    return out


def events_recall(article: Article, run: RunNames) -> Iterator[Item]:
    """An article with a diplomatic word (`events_dev.STRONG_WORDS`): its whole text, then the
    events of the scored types marsad found in it, one row each."""
    text = article.data["text"]
    if not STRONG_WORDS.search(text):
        return
    found = _scored_events(article)
    listed = [ln for e in found for ln in ["  found: " + _event_lines(article, e, run)[0],
                                           "  " + _event_lines(article, e, run)[1]]]
    yield Item(str(article.line), article.line, "\n".join([*_whole(article), *(listed or ["  found: -"])]),
               tuple(_row(article, e["start"], e["end"], type=e["type"]) for e in found))


def quotes_recall(article: Article, run: RunNames) -> Iterator[Item]:
    """An article with a verb of saying (`quotes_dev.SPEECH_WORDS`): its whole text, then the
    quotations marsad found in it (marked in their paragraphs), one row each."""
    if not SPEECH_WORDS.search(article.data["text"]):
        return
    found = article.data.get("quotes", [])
    listed = ["  found: " + ln for q in found for ln in _quotation(article, q, run)]
    yield Item(str(article.line), article.line, "\n".join([*_whole(article), *(listed or ["  found: -"])]),
               tuple(_row(article, q["start"], q["end"], exact=None) for q in found))


LAYERS: dict[str, Callable[[Article, RunNames], Iterator[Item]]] = {
    "events": events,
    "speakers": quotations(exact=False),
    "quotes": quotations(exact=True),
    "dates": dates,
    "names": names,
    "events-recall": events_recall,
    "quotes-recall": quotes_recall,
}
RECALL_LAYERS = ("events-recall", "quotes-recall")  # readings that may hold rows with null offsets
