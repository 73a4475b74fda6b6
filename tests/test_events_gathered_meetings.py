"""Events of issue 15, round 32 (events-dev-fresh21): a meeting noun whose parties a verb of
bringing together names right after it («بعد لقاء جمع X بنظيره Y», «والقمة التي جمعت X مع Y»,
«لقاءً ثلاثيًا جمعه مع X و Y») is a report of that meeting, also after «بعد» (no time mark) and
definite; where the verb carries a pronoun, the person the sentence names before the noun is a
party too. Ties that bind states («العلاقات التي تجمع البلدين») and matches in sport are no
meetings. The new table rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_LAV = "وأشار وزير الخارجية الروسي [سيرغي لافروف](PER:lav) إلى أنه أجرى "


def test_a_meeting_a_verb_of_gathering_names_is_reported_also_after_bad() -> None:
    evs = run("وقال مسؤول للصحافيين بعد لقاء جمع [جون كيري](PER:kerry) بنظيره الصيني [وانغ يي](PER:wang) "
              "في [ماليزيا](LOC:my) إن الوزير أعرب عن قلقه.", published="2015-08-06")
    assert labelled_parties(evs) == [("MEET", ["kerry", "wang"])]
    evs = run("وتحدث عن القمة التي جمعت [الولايات المتحدة](LOC:us) مع [دول الخليج](ORG:gcc) في مايو الماضي.",
              published="2015-08-06")
    assert labelled_parties(evs) == [("MEET", ["us", "gcc"])]


def test_the_pronoun_on_the_verb_is_the_one_named_before() -> None:
    evs = run(_LAV + "لقاءً ثلاثيًا جمعه مع وزير الخارجية [عادل الجبير](PER:jubeir) ووزير الخارجية "
              "الأمريكي [جون كيري](PER:kerry).", published="2015-08-06")
    assert labelled_parties(evs) == [("MEET", ["lav", "jubeir", "kerry"])]


def test_ties_between_states_and_matches_are_no_meetings() -> None:
    assert run("وأكد الجانبان العلاقات التي تجمع [السعودية](LOC:sa) و[مصر](LOC:eg).") == []
    assert run("وتنطلق البطولة غدا بلقاء يجمع فريقي [التعاون](ORG:t) و[الأهلي](ORG:a) في مباراة قوية.") == []
    assert run("وقال المسؤول بعد لقاء مطول، إن الجميع يجمع على أهمية الحل.") == []


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "gathering_verb"],
                         ids=lambda r: r["form"])
def test_every_gathering_verb_reports_the_meeting(row: dict[str, str]) -> None:
    evs = run(f"وقال مسؤول بعد لقاء {row['form']} [جون كيري](PER:kerry) بنظيره [وانغ يي](PER:wang) إن "
              "الأجواء إيجابية.", published="2015-08-06")
    assert [e.label for e in evs] == ["MEET"]
    assert {"kerry", "wang"} <= set(evs[0].attrs.participants)


def test_a_meeting_that_comprised_named_people_is_reported_after_uqb() -> None:
    evs = run("وأشار الطرفان عقب اجتماع ضم وزير المالية [يانيس كوستا](PER:kosta) وممثلي [صندوق النقد "
              "الدولي](ORG:imf) إلى تقدم كبير.", published="2015-08-10")
    assert labelled_parties(evs) == [("MEET", ["kosta", "imf"])]
    evs = run("وقال الوزير إن القمة التي ضمت [الولايات المتحدة](LOC:us) مع [دول الخليج](ORG:gcc) في مايو "
              "الماضي كانت مثمرة.", published="2015-08-06")
    assert labelled_parties(evs) == [("MEET", ["us", "gcc"])]


def test_a_delegation_that_comprised_people_is_no_meeting() -> None:
    assert run("ووصل الوفد الذي ضم [يانيس كوستا](PER:kosta) و[مارك بيل](PER:bell) أمس.") == []
