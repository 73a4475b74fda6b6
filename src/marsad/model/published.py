"""An article's publication date with the evidence for it (`Article.published`), and its
JSON form (the database's `published_json`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class DateEvidence:
    """One date a publication date was weighed against: where it came from (`kind`: meta,
    header, dateline, text, ...), the day, its offsets in the text (None for metadata)
    and how it was weighed (`note`)."""

    kind: str
    value: str
    start: int | None
    end: int | None
    note: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "start": self.start, "end": self.end,
                "note": self.note}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> DateEvidence:
        start, end = d.get("start"), d.get("end")
        return cls(str(d.get("kind")), str(d.get("value")), None if start is None else int(start),
                   None if end is None else int(end), str(d.get("note") or ""))


# Evidence kinds that name the day of writing when the publication date is only the fetch day
# (`dates.publication`: the page's URL, the month the text names as current, the weekday the text
# gives to today): relative dates and the events they date count from that day.
URL_DAY = "url"  # the day the page's URL names
WEEKDAY_DAY = "weekday"  # the day the text's «اليوم/أمس + weekday» give
MONTH_DAY = "month"  # the latest day of the month the text names as the current one («يونيو الجاري»)
NEIGHBOUR_DAY = "neighbours"  # the day the pages numbered around it allow (`dates.neighbours`)
# the day a range's first weekday is told from when the range's end names its own earlier date
# («ابتداء من غد الخميس حتى الخامس عشر من شهر رمضان»: `dates.writing_day.range_writing_day`)
RANGE_DAY = "range"
# the day the text's day word, weekday and date give together («اليوم الجمعة 10 يوليو»:
# `dates.dated_today`), however long before the fetch day
DATED_DAY = "dated"
WRITTEN_KINDS = (URL_DAY, MONTH_DAY, NEIGHBOUR_DAY, RANGE_DAY, DATED_DAY, WEEKDAY_DAY)
FETCH_KIND = "meta"  # the evidence of the input's metadata date (for SaudiNewsNet, its fetch time)
# Sources of a publication date that is a day of writing found when the metadata gives only the
# later fetch day (`dates.publication`): the page's URL, the text's «اليوم/أمس + weekday» (with its
# date or without), a range told before its dated end.
FROM_WRITING = (URL_DAY, RANGE_DAY, DATED_DAY, WEEKDAY_DAY)


@dataclass(slots=True)
class Published:
    """The publication date chosen (None when nothing dates the article), its source
    (`meta`, `header`, `dateline`, `text`; `url`, `weekday`: the day the page's address names,
    the day the text's «اليوم/أمس + weekday» give, when the metadata gives only a later fetch
    day; `none`), flags (`date_conflict`, ...) and evidence."""

    date: str | None = None
    source: str = "none"
    flags: list[str] = field(default_factory=list)
    evidence: list[DateEvidence] = field(default_factory=list)

    @property
    def written(self) -> str | None:
        """The day of writing relative dates count from: the one evidence of a `WRITTEN_KINDS`
        kind gives, else the publication date."""
        return next((e.value for e in self.evidence if e.kind in WRITTEN_KINDS), None) or self.date

    @property
    def fetch_dated(self) -> bool:
        """Whether the date is the metadata's (for SaudiNewsNet the fetch day) or a day of writing
        found only before that fetch day (`FROM_WRITING`): no header, dateline or text dated it."""
        return self.source == FETCH_KIND or self.source in FROM_WRITING

    @property
    def filed(self) -> str | None:
        """The day the story step files the article under: the fetch day (the metadata's
        evidence) when the date is a day of writing found before it (`FROM_WRITING`), else the
        date. The story clusterer takes each day's articles in turn and its floors were pinned
        on fetch days (issue 17): moving a daily's issue to the day before breaks them."""
        if self.source in FROM_WRITING:
            return next((e.value for e in self.evidence if e.kind == FETCH_KIND), None) or self.date
        return self.date

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date, "source": self.source, "flags": self.flags,
                "evidence": [e.to_json() for e in self.evidence]}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> Published:
        date = d.get("date")
        return cls(None if date is None else str(date), str(d.get("source", "none")),
                   [str(f) for f in d.get("flags") or []],
                   [DateEvidence.from_json(e) for e in d.get("evidence") or []])
