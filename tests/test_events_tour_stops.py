"""A tour named by its stops is a visit for each stop (`events.stops`, issue 15, events44):
places joined to a visit's own place, and places a tour noun lists after a verb of containing,
each row of `event_cues.tsv` kinds tour_noun and stops_verb at a time."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import event_cues
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_events_units import run

_ROWS = [r for r in load_table("event_cues") if r["kind"] in ("tour_noun", "stops_verb")]
_TOURS = [r["form"] for r in _ROWS if r["kind"] == "tour_noun"]
_VERBS = [r["form"] for r in _ROWS if r["kind"] == "stops_verb"]


def _visits(src: str) -> list[tuple[list[str], str | None]]:
    return [(e.attrs.participants, e.attrs.place) for e in run(src) if e.label == "VISIT"]


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: f"{r['kind']}:{r['form']}")
def test_every_row_is_read_at_its_word(row: dict[str, str]) -> None:
    cue = event_cues().at(words_of(row["form"] + " كلمة"), 0, frozenset({row["kind"]}))
    assert cue is not None and cue.kind == row["kind"]


@pytest.mark.parametrize("verb", _VERBS)
def test_a_tour_verb_lists_a_visit_for_each_stop(verb: str) -> None:
    visits = _visits(f"وتأتي زيارة [كارتر](PER:carter) إلى [بغداد](LOC:baghdad) ضمن جولة اقليمية {verb} "
                     "حتى الآن [الاردن](LOC:jordan) و[إسرائيل](LOC:israel)، وتهدف إلى طمأنة الحلفاء.")
    assert {place for _, place in visits} == {"baghdad", "jordan", "israel"}
    assert all(parts == ["carter"] for parts, _ in visits)


@pytest.mark.parametrize("tour", _TOURS)
def test_each_tour_noun_opens_the_list(tour: str) -> None:
    visits = _visits("وعندما يزور الوزير [عادل الجبير](PER:jubeir) [روسيا](LOC:russia) اليوم في نهاية "
                     f"{tour} التي شملت [إيطاليا](LOC:italy) و[ألمانيا](LOC:germany)، فهو يحمل قضايا الأمة.")
    assert {place for _, place in visits} == {"russia", "italy", "germany"}


def test_places_joined_to_the_visits_own_place_are_stops_too() -> None:
    visits = _visits("الرئيس الروسي [بوتين](PER:putin) زار المنطقة مرات ولم يتوقف سوى في "
                     "[إسرائيل](LOC:israel) و[الأردن](LOC:jordan) و[تركيا](LOC:turkey)، بينما لم يزر إيران.")
    assert {place for _, place in visits} == {"israel", "jordan", "turkey"}


def test_places_after_bain_are_no_stops() -> None:
    visits = _visits("وزار [بوتين](PER:putin) [موسكو](LOC:moscow) أمس، لتقوية الحوار بين "
                     "[موسكو](LOC:moscow) و[الرياض](LOC:riyadh).")
    assert [place for _, place in visits] == ["moscow"]


def test_a_verb_of_containing_with_no_tour_noun_lists_no_stops() -> None:
    visits = _visits("زار الوزير [حمد الضويلع](PER:dh) [منطقة عسير](LOC:asir) أمس، وتفقد عددا من مستشفيات "
                     "المنطقة شملت [سراة عبيدة](LOC:sarat) و[ظهران الجنوب](LOC:dhahran).")
    assert [place for _, place in visits] == ["asir"]


def test_a_long_itinerary_is_one_visit() -> None:
    visits = _visits("واستقبلت [السعودية](LOC:saudi) الشيخ [رفسنجاني](PER:rafs) في أطول زيارة، جال "
                     "لأسبوعين في [جدة](LOC:jeddah)، و[الدمام](LOC:dammam)، و[الخبر](LOC:khobar)، "
                     "و[الجبيل](LOC:jubail)، و[القطيف](LOC:qatif)، و[مكة](LOC:mecca).")
    assert len(visits) == 1


def test_a_tour_noun_with_its_stops_is_a_visit_for_each_stop() -> None:
    visits = _visits("استهل وزير الخارجية [مراد حسن](PER:murad) أمس جولته الشمالية التي تشمل "
                     "[بولندا](LOC:poland) و[ليتوانيا](LOC:lithuania) لبحث التعاون الاقتصادي.")
    assert sorted(visits) == [(["murad"], "lithuania"), (["murad"], "poland")]


def test_a_past_tour_told_by_its_stops_is_no_time_mark() -> None:
    visits = _visits("وقال الباحث إن المبعوث [يوهان برغ](PER:berg) عرض أفكارا جديدة بعد جولته التي شملت "
                     "[مدريد](LOC:madrid) و[لشبونة](LOC:lisbon) الأسبوع الماضي.")
    assert sorted(visits) == [(["berg"], "lisbon"), (["berg"], "madrid")]


def test_a_tour_noun_without_a_verb_of_containing_is_no_visit() -> None:
    assert _visits("وقال المبعوث [يوهان برغ](PER:berg) بعد جولته في المنطقة إن الحل السياسي ممكن، "
                   "وإن جولة جديدة من المحادثات ستعقد في [مدريد](LOC:madrid).") == []


def test_a_list_closed_by_the_visits_own_place_runs_in_text_order() -> None:
    visits = sorted((e.start, e.attrs.place) for e in run(
        "استهل وزير الخارجية [ظريف](PER:zarif) أمس جولته الخليجية التي تشمل [الكويت](LOC:kuwait) "
        "و[قطر](LOC:qatar) بالاضافة الى [العراق](LOC:iraq) لشرح الاتفاق.") if e.label == "VISIT")
    assert [place for _, place in visits] == ["kuwait", "qatar", "iraq"]


def test_an_own_place_apart_from_the_list_stays_first() -> None:
    visits = sorted((e.start, e.attrs.place) for e in run(
        "وعندما يزور الوزير [عادل الجبير](PER:jubeir) [روسيا](LOC:russia) اليوم في نهاية محطته التي شملت "
        "[إيطاليا](LOC:italy) و[ألمانيا](LOC:germany)، فهو يحمل قضايا الأمة.") if e.label == "VISIT")
    assert [place for _, place in visits] == ["russia", "italy", "germany"]


def test_a_list_past_a_colon_after_the_visit_is_no_tour() -> None:
    # round 36: the statement the visit occasioned («جاء فيه: ... التي تربط مصر والمملكة») lists the two
    # states of a relation, not stops: one visit, to Egypt, where the prince went
    src = ("صدر أمس بيان مشترك بمناسبة زيارة الأمير [محمد بن سلمان](PER:mbs) جاء فيه: انطلاقاً من "
           "العلاقات التي تربط [جمهورية مصر العربية](LOC:egypt) و[المملكة العربية السعودية](LOC:saudi) "
           "بقيادة الملك [سلمان](PER:salman)، فقد قام الأمير [محمد بن سلمان](PER:mbs) بزيارة إلى "
           "[جمهورية مصر العربية](LOC:egypt) [أمس](DATE:2015-07-30).")
    assert [place for _, place in _visits(src)] == ["egypt"]
    # a list joined to the place the visit goes to is still its stops
    src = ("قام الأمير [محمد بن سلمان](PER:mbs) بزيارة إلى [مصر](LOC:egypt) و[الأردن](LOC:jordan) "
           "[أمس](DATE:2015-07-30).")
    assert [place for _, place in _visits(src)] == ["egypt", "jordan"]


def test_a_tour_noun_with_a_proclitic_lists_its_stops() -> None:
    # «قام X بجولة شملت»: the tour noun after «ب» is the tour the verb of containing lists
    visits = _visits("وقام وزير الخارجية [مراد حسن](PER:murad) أمس بجولة خليجية شملت "
                     "[الكويت](LOC:kuwait) و[قطر](LOC:qatar) لبحث التعاون الاقتصادي.")
    assert sorted(visits) == [(["murad"], "kuwait"), (["murad"], "qatar")]
