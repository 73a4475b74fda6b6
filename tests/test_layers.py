"""The typed attributes of each layer (`marsad.model.layers`): their JSON form keeps the
keys the database and exports always had, leaving out what is only sometimes set."""

from __future__ import annotations

from typing import Any

import pytest

from marsad.model import (
    Article,
    DateEvidence,
    Entity,
    EventAttrs,
    Happening,
    MentionAttrs,
    MergedEvent,
    Published,
    QuoteAttrs,
    SegmentAttrs,
    Span,
    TimexAttrs,
)


def test_optional_keys_are_left_out_until_set_and_finder_keys_stay_when_null() -> None:
    assert MentionAttrs(norm="x").to_json() == {"entity": None, "norm": "x"}
    assert MentionAttrs(entity="e", norm="x", lang="en", resolved_by="why", state_body="b").to_json() == {
        "entity": "e", "norm": "x", "lang": "en", "resolved_by": "why", "state_body": "b"}
    assert TimexAttrs(value=None, pattern="p").to_json() == {"value": None, "pattern": "p"}
    assert TimexAttrs(value="2024", pattern="p", mod="START").to_json()["mod"] == "START"
    assert QuoteAttrs(speaker=None, cue="قال").to_json() == {"speaker": None, "cue": "قال"}
    assert QuoteAttrs(cue="قال", speaker_text="مصادر").to_json()["speaker_text"] == "مصادر"
    assert SegmentAttrs().to_json() == {"cue": None, "lang": None}
    found = EventAttrs(participants=["a"]).to_json()
    assert found == {"participants": ["a"], "place": None, "date": None, "round": None, "series": None,
                     "series_label": None, "status": None, "roles": {}, "plover": None, "trigger": None,
                     "trigger_start": None}
    merged = EventAttrs(participants=["a"], content=[Happening("MEET", "التقى", "happened")],
                        id="e1", inferred_date="2024-01-02").to_json()
    assert merged["content"] == [{"type": "MEET", "trigger": "التقى", "status": "happened"}]
    assert (merged["id"], merged["inferred_date"]) == ("e1", "2024-01-02")


def test_an_events_roles_kept_for_some_parties_or_less_them_keep_their_order() -> None:
    attrs = EventAttrs(participants=["a", "b", "c"], roles={"c": "guest", "a": "host", "b": "guest"})
    assert list(attrs.roles_of(["b", "c", "x"]).items()) == [("c", "guest"), ("b", "guest")]
    assert list(attrs.roles_without({"c"}).items()) == [("a", "host"), ("b", "guest")]
    assert attrs.roles == {"c": "guest", "a": "host", "b": "guest"}  # a new dict; the event's own untouched


@pytest.mark.parametrize("attrs", [
    MentionAttrs(entity="e", norm="n", lang="en", resolved_by="r", state_body="s"),
    MentionAttrs(norm="n"),
    TimexAttrs(value="2024-05", pattern="month", mod="MID"),
    QuoteAttrs(speaker="e", cue="قال"),
    QuoteAttrs(cue=":", speaker_text="مصادر"),
    SegmentAttrs(cue="title", lang="ar"),
    EventAttrs(participants=["a", "b"], place="p", date="2024-01-01", round=3, series="s", series_label="S",
               status="happened", roles={"a": "host"}, plover="CONSULT:meeting", trigger="t", trigger_start=7,
               content=[Happening("AGREE", None, "planned")], id="e1", inferred_date="2024-01-02"),
])
def test_the_json_form_reads_back_as_the_same_record(attrs: Any) -> None:
    assert type(attrs).from_json(attrs.to_json()) == attrs


def test_a_layer_read_by_name_holds_its_records() -> None:
    art = Article(path="a", text="زار الرئيس القاهرة")
    art.set_layer("events", [Span(0, 3, "VISIT", EventAttrs(participants=["p"], place="cairo"))])
    art.layer("events")[0].attrs.round = 2
    assert art.events[0].attrs.round == 2 and art.events[0].attrs.place == "cairo"


def test_the_publication_record_reads_back_and_entities_keep_qid_and_catalogue_only_when_set() -> None:
    seen = DateEvidence("header", "2024-01-02", 0, 9, "n")
    pub = Published("2024-01-02", "header", ["date_conflict"], [seen])
    assert set(pub.to_json()) == {"date", "source", "flags", "evidence"}
    assert Published.from_json(pub.to_json()) == pub and Published.from_json({}) == Published()
    plain = Entity("e1", "PER", "اسم").to_json()
    assert set(plain) == {"id", "type", "name", "variants", "mentions", "articles"}
    listed = Entity("e1", "PER", "اسم", qid="Q1", catalogue=True).to_json()
    assert (listed["qid"], listed["catalogue"]) == ("Q1", True)
    assert list(MergedEvent("e1", "MEET").to_json())[:3] == ["id", "type", "participants"]


def test_spans_pickle_and_copy_by_their_fields() -> None:
    """A span and its attributes travel to and from the worker processes by their fields in
    order (`span.pickled_by_fields`): each comes back equal, of its class, its lists and
    dicts their own copies when pickled, one shared object still shared."""
    import copy
    import pickle

    from marsad.model.span import pickled_by_fields

    shared = MentionAttrs(entity="e1", norm="محمد", lang="ar", resolved_by="kb", state_body="b", side="s")
    spans = [
        Span(0, 5, "PER", shared), Span(6, 9, "PER", shared),
        Span(0, 3, "body", SegmentAttrs(cue="c", lang="ar")),
        Span(1, 4, "DATE", TimexAttrs(value="2015-08-04", pattern="dmy", mod="START")),
        Span(2, 8, "direct", QuoteAttrs(speaker="e1", cue="قال", speaker_text="t", speaker_at=(1, 2))),
        Span(0, 40, "MEET", EventAttrs(participants=["a", "b"], place="p", date="2015", round=2,
                                       series="s", series_label="l", status="happened",
                                       roles={"a": "host"}, plover="CONSULT", trigger="التقى",
                                       trigger_start=3, content=[Happening("VISIT", "زار", None)],
                                       id="e", inferred_date="2015-01-02")),
    ]
    for back in (pickle.loads(pickle.dumps(spans)), copy.deepcopy(spans)):
        assert back == spans
        assert [type(s.attrs) for s in back] == [type(s.attrs) for s in spans]
        assert back[0].attrs is back[1].attrs and back[0].attrs is not shared
        assert back[5].attrs.participants is not spans[5].attrs.participants
    one = copy.copy(spans[5])
    assert one == spans[5] and one.attrs is spans[5].attrs
    with pytest.raises(AssertionError):
        pickled_by_fields(Article)  # its __post_init__ sets the id: not a class for it
