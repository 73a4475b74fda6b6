"""A party the tagger read from a common word — an adjective after a definite noun, a noun in
construct before a person's name, a time of day, an ordinal — is no name and no party; an event
left with too few parties goes (issue 15: tagger junk as a party, 32 of 161 wrong events in the
round-16 random-news reading)."""

from __future__ import annotations

import pytest

from marsad.events.nameless import catalogue_ids
from marsad.lang import load_table
from marsad.model import Span, TimexAttrs
from marsad.steps.events import events
from marsad.steps.quotes import quotes
from tests.test_events_units import labelled_parties, marked, run

_HEADS = [r for r in load_table("event_senses") if r["kind"] == "not_a_person_head"]


def test_an_adjective_after_a_definite_noun_is_no_party() -> None:  # «البلد الجميل»
    assert run("ولم تكن هذه أول زيارة لي للبلد [الجميل](PER:j) أمس.") == []
    evs = run("والتقى الرئيس [عبد الفتاح السيسي](PER:s) الوفد [الكريم](PER:k) و[محمود عباس](PER:a) "
              "في [القاهرة](LOC:c) أمس.")
    assert labelled_parties(evs) == [("MEET", ["s", "a"])]


def test_a_nisba_after_a_body_stays() -> None:  # «الوفد الليبي» stands for Libya (the guide)
    evs = run("والتقى الرئيس [عبد الفتاح السيسي](PER:s) الوفد [الليبي](PER:l) في [القاهرة](LOC:c) أمس.")
    assert [e.label for e in evs] == ["MEET"] and "l" in evs[0].attrs.participants


def test_a_name_after_a_title_stays() -> None:  # «الرئيس الأسد»: a title, then the name
    evs = run("واستقبل الرئيس [الأسد](PER:a) وزير الخارجية [وليد المعلم](PER:m) في [دمشق](LOC:d) أمس.")
    assert labelled_parties(evs) == [("MEET", ["a", "m"])]


def test_a_definite_name_after_a_verb_or_a_bare_noun_stays() -> None:
    evs = run("وزار [الحسيني](PER:h) [القاهرة](LOC:c) أمس.")
    assert labelled_parties(evs) == [("VISIT", ["h", "c"])] or [e.label for e in evs] == ["VISIT"]
    evs = run("والتقى الحاج أمين [الحسيني](PER:h) الملك [عبد العزيز](PER:k) في [الرياض](LOC:r) أمس.")
    assert [e.label for e in evs] == ["MEET"] and "h" in evs[0].attrs.participants


def test_a_name_after_a_verb_opening_with_al_stays() -> None:  # «التقى» is no definite noun
    evs = run("وصل [كيري](PER:kerry) إلى [الرياض](LOC:riyadh)، حيث التقى [الجبير](PER:jubeir) في "
              "[قصر اليمامة](LOC:yamama).")
    assert ("MEET", ["kerry", "jubeir"]) in labelled_parties(evs)


def test_a_catalogue_entry_stays_whatever_its_shape() -> None:
    known = sorted(catalogue_ids())[0]
    evs = run(f"وزار الوفد [الليبي](PER:{known}) [القاهرة](LOC:c) أمس.")
    assert [e.label for e in evs] == ["VISIT"]


@pytest.mark.parametrize("row", _HEADS, ids=lambda r: r["form"])
def test_every_head_makes_no_person(row: dict[str, str]) -> None:
    assert run(f"وزار [{row['form']} القذافي](PER:q) [تشاد](LOC:t) أمس.") == []
    evs = run("وزار [معمر القذافي](PER:q) [تشاد](LOC:t) أمس.")
    assert [e.label for e in evs] == ["VISIT"]


def _with_timex(src: str, timex: str):
    art = marked(src)
    at = art.text.index(timex)
    art.set_layer("timexes", [Span(at, at + len(timex), "TIME", TimexAttrs(value="2015-07-20"))])
    quotes.func(art)
    events.func(art)
    return art.layer("events")


def test_a_part_of_a_time_is_no_party() -> None:  # «صباح اليوم (الاثنين)», «صباح اليوم» typed PER
    evs = _with_timex("استقبل الأمير [سعود بن جلوي](PER:s) [صباح اليوم](PER:x) (الاثنين) الرئيس "
                      "[رمضان قاديروف](PER:k) في [جدة](LOC:j).", "صباح اليوم (الاثنين)")
    assert [e.label for e in evs] == ["MEET"] and "x" not in evs[0].attrs.participants
    assert "x" not in evs[0].attrs.roles and {"s", "k"} <= set(evs[0].attrs.participants)


def test_a_name_that_is_the_whole_time_stays() -> None:  # «الدكتور الجمعة»: a last name, and Friday
    evs = _with_timex("واستقبل الأمير [سعود بن جلوي](PER:s) الدكتور [الجمعة](PER:x) في [جدة](LOC:j) أمس.",
                      "الجمعة")
    assert [e.label for e in evs] == ["MEET"] and "x" in evs[0].attrs.participants


def test_an_ordinal_is_no_party() -> None:  # «الخامس عشر» typed PER
    evs = run("وعقد الملك [محمد السادس](PER:m) مباحثات مع [الخامس عشر](PER:x) أمس.")
    assert evs == []



def test_a_family_name_after_a_title_in_the_dual_is_a_name() -> None:
    # «اجتمع الوزيران الجبير وكيري»: the dual title stands before the names, no noun an adjective
    # agrees with
    evs = run("واجتمع الوزيران [الجبير](PER:jubeir) و[كيري](PER:kerry) في [جدة](LOC:jeddah).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["jubeir", "kerry"])]
    evs = run("ووقع الرئيسان [السيسي](PER:sisi) و[البشير](PER:bashir) اتفاقية للتعاون في "
              "[الخرطوم](LOC:khartoum).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("AGREE", ["sisi", "bashir"])]


def test_a_family_name_after_a_title_and_its_portfolio_is_a_name() -> None:
    # «وزير الخارجية الجبير»: «الخارجية» is the title's portfolio, no noun an adjective agrees with
    evs = run("وصل وزير الخارجية [الجبير](PER:jubeir) إلى [موسكو](LOC:moscow) أمس.")
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["jubeir"])]
    evs = run("والتقى رئيس الوزراء [العبادي](PER:abadi) مدير المستشفى [سعد الزهراني](PER:zahrani).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["abadi", "zahrani"])]
