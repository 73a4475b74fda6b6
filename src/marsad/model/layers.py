"""The attributes of each layer's spans, one record a layer, and their JSON form.

A span's `attrs` is one of these (`Span[MentionAttrs]`, ...). `to_json` gives the
attributes as the database stores them (every key, the one kept in its own column
included) and `from_json` reads them back: a key that is only sometimes there (`mod`,
`speaker_text`, `resolved_by`, ...) is left out while it holds nothing, as it always was,
and one the finder always sets is written even when null.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from marsad.model.span import pickled_by_fields

Json = dict[str, Any]


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _given(out: Json, **values: Any) -> Json:
    """`out` with each of `values` that is not None (the keys set only when they hold something)."""
    out.update((k, v) for k, v in values.items() if v is not None)
    return out


@pickled_by_fields
@dataclass(slots=True)
class SegmentAttrs:
    """A segment (layer `segments`, label = its role): the cue that labelled it and its
    language (`ar`, `en`, `other`; None until the language stage sets it)."""

    cue: str | None = None
    lang: str | None = None

    def to_json(self) -> Json:
        return {"cue": self.cue, "lang": self.lang}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> SegmentAttrs:
        return cls(cue=_opt_str(d.get("cue")), lang=_opt_str(d.get("lang")))


@pickled_by_fields
@dataclass(slots=True)
class MentionAttrs:
    """A named-entity mention (layer `mentions`, label = `PER|ORG|LOC|MISC`): its corpus
    entity id (set by resolution), its normalised form, `lang` = "en" for a mention found
    in English text, the state whose side the events step read in a noun and the state's adjective
    (`side`: «الحكومة الأفغانية» -> afghanistan, `events/state_sides.py`), and how resolution chose
    its entity (`resolved_by`) and the bare state body it names (`state_body`), when it did."""

    entity: str | None = None
    norm: str | None = None
    lang: str | None = None
    resolved_by: str | None = None
    state_body: str | None = None
    side: str | None = None

    def to_json(self) -> Json:
        return _given({"entity": self.entity}, norm=self.norm, lang=self.lang,
                      resolved_by=self.resolved_by, state_body=self.state_body, side=self.side)

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> MentionAttrs:
        return cls(entity=_opt_str(d.get("entity")), norm=_opt_str(d.get("norm")),
                   lang=_opt_str(d.get("lang")), resolved_by=_opt_str(d.get("resolved_by")),
                   state_body=_opt_str(d.get("state_body")), side=_opt_str(d.get("side")))


@pickled_by_fields
@dataclass(slots=True)
class TimexAttrs:
    """A date or time (layer `timexes`, label = `DATE|TIME|DURATION|SET`): its TIMEX3
    value, the pattern that found it and its modifier (`mod`: `START`, `MID`, ...)."""

    value: str | None = None
    pattern: str | None = None
    mod: str | None = None

    def to_json(self) -> Json:
        return _given({"value": self.value}, pattern=self.pattern, mod=self.mod)

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> TimexAttrs:
        return cls(value=_opt_str(d.get("value")), pattern=_opt_str(d.get("pattern")),
                   mod=_opt_str(d.get("mod")))


@pickled_by_fields
@dataclass(slots=True)
class QuoteAttrs:
    """A quotation (layer `quotes`, label = `direct|indirect`): its speaker's entity id,
    the cue word that introduced it and, with no entity, the words naming the speaker; for a
    body the article describes but never names («وقالت الشرطة», «أكد المركز الإعلامي
    للمقاومة») or a speaker given by words alone («وذكر المواطن»), `speaker_at` is where those
    words stand ([start, end) offsets)."""

    speaker: str | None = None
    cue: str | None = None
    speaker_text: str | None = None
    speaker_at: tuple[int, int] | None = None

    def to_json(self) -> Json:
        return _given({"speaker": self.speaker}, cue=self.cue, speaker_text=self.speaker_text,
                      speaker_at=list(self.speaker_at) if self.speaker_at else None)

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> QuoteAttrs:
        at = d.get("speaker_at")
        return cls(speaker=_opt_str(d.get("speaker")), cue=_opt_str(d.get("cue")),
                   speaker_text=_opt_str(d.get("speaker_text")),
                   speaker_at=(int(at[0]), int(at[1])) if at else None)


@pickled_by_fields
@dataclass(slots=True)
class Happening:
    """What a call was about: an event of its content folded into it (`EventAttrs.content`)."""

    type: str
    trigger: str | None
    status: str | None

    def to_json(self) -> Json:
        return {"type": self.type, "trigger": self.trigger, "status": self.status}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> Happening:
        return cls(str(d.get("type")), _opt_str(d.get("trigger")), _opt_str(d.get("status")))


@pickled_by_fields
@dataclass(slots=True)
class EventAttrs:
    """An event mention (layer `events`, label = its type, the span its sentence): what
    the extractor found (participants as entity ids, place, date, round and series, status,
    roles, PLOVER code, trigger word and where it starts), what a call was about
    (`content`), and what merging set: the merged event's id and the date it lends a
    mention without one (`inferred_date`)."""

    participants: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    round: int | None = None
    series: str | None = None
    series_label: str | None = None
    status: str | None = None
    roles: dict[str, str] = field(default_factory=dict)
    plover: str | None = None
    trigger: str | None = None
    trigger_start: int | None = None
    content: list[Happening] = field(default_factory=list)
    id: str | None = None
    inferred_date: str | None = None

    def to_json(self) -> Json:
        out: Json = {"participants": self.participants, "place": self.place, "date": self.date,
                     "round": self.round, "series": self.series, "series_label": self.series_label,
                     "status": self.status, "roles": self.roles, "plover": self.plover,
                     "trigger": self.trigger, "trigger_start": self.trigger_start}
        if self.content:
            out["content"] = [h.to_json() for h in self.content]
        return _given(out, id=self.id, inferred_date=self.inferred_date)

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> EventAttrs:
        return cls(participants=[str(p) for p in d.get("participants") or []], place=_opt_str(d.get("place")),
                   date=_opt_str(d.get("date")), round=_opt_int(d.get("round")),
                   series=_opt_str(d.get("series")), series_label=_opt_str(d.get("series_label")),
                   status=_opt_str(d.get("status")),
                   roles={str(p): str(r) for p, r in (d.get("roles") or {}).items()},
                   plover=_opt_str(d.get("plover")), trigger=_opt_str(d.get("trigger")),
                   trigger_start=_opt_int(d.get("trigger_start")),
                   content=[Happening.from_json(h) for h in d.get("content") or []],
                   id=_opt_str(d.get("id")), inferred_date=_opt_str(d.get("inferred_date")))

    def roles_of(self, parties: Collection[str]) -> dict[str, str]:
        """The roles of those of `parties` that have one, in the roles' order."""
        return {p: r for p, r in self.roles.items() if p in parties}

    def roles_without(self, parties: Collection[str]) -> dict[str, str]:
        """The roles less those of `parties`, in their order."""
        return {p: r for p, r in self.roles.items() if p not in parties}
