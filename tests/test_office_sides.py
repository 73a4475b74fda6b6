"""An office the article never gives a holder, closed by a state's adjective («وزير الخارجية
الهولندي», «نائب وزير الخارجية الإسباني»), is that state's side in the events step: the event's
party is the state, and the phrase is added to the mentions as the state's ORG name (issue 15,
events52). Where the article names the holder, before or after, or a name follows the office,
the office is the person and no side."""

from __future__ import annotations

from marsad.events.context import build_context
from marsad.events.office_sides import office_sides
from marsad.steps.events import events
from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def _sides(src: str) -> list[tuple[str, str | None]]:
    art = marked(src)
    return [(m.slice(art.text), m.attrs.entity) for m in office_sides(build_context(art, sides=True))]


def _run(src: str) -> tuple[list[tuple[str, list[str]]], list[tuple[str, str, str | None]]]:
    art = marked(src)
    quotes.func(art)
    events.func(art)
    added = [(m.slice(art.text), m.label, m.attrs.entity) for m in art.layer("mentions") if m.attrs.side]
    return [(e.label, e.attrs.participants) for e in art.layer("events")], added


def test_an_unnamed_official_is_his_states_side() -> None:
    assert _sides("والتقى [كيري](PER:kerry) ووزير الخارجية الروسي في [فيينا](LOC:vienna) أمس.") == [
        ("وزير الخارجية الروسي", "russia")]  # the conjunction left out of the name
    assert _sides("وكانت [ليلى](PER:laila) قد التقت نائب وزير الخارجية الإسباني في مدريد.") == [
        ("نائب وزير الخارجية الإسباني", "spain")]  # titles in construct, one office
    assert _sides("واستقبل [فهد](PER:fahd) السفير الأمريكي أمس.") == [("السفير الأمريكي", "united_states")]


def test_an_office_in_construct_with_a_states_name() -> None:
    # the office's words are the side, the state's name stays the tagger's
    got = _sides("وقال إن وزير خارجية [إيران](LOC:iran) زار [الكويت](LOC:kuwait).")
    assert got == [("وزير خارجية", "iran")]
    assert _sides("وحضر سفير [الأردن](LOC:jordan) الحفل.") == [("سفير", "jordan")]
    # a preposition before the state, or a definite word: no construct («وزير الدفاع لجمهورية مصر»)
    assert _sides("زيارة وزير الدفاع ل[مصر](LOC:egypt) واجتماعه مع الرئيس.") == []
    # the holder named after the office, past the place of his post and an honorific
    assert _sides("قام سفير [فرنسا](LOC:france) ب[الرياض](LOC:riyadh) السيد [جان](PER:jean) بزيارة.") == []
    evs, added = _run("وقال إن وزير خارجية [إيران](LOC:iran) زار [الكويت](LOC:kuwait) أمس.")
    assert [e for e in evs if e[0] == "VISIT"] == [("VISIT", ["iran"])]
    assert added == [("وزير خارجية", "ORG", "iran")]


def test_an_office_with_a_holder_is_no_side() -> None:
    # a name right after the office
    assert _sides("والتقى [كيري](PER:kerry) وزير الخارجية الروسي [سيرغي لافروف](PER:lavrov).") == []
    # the holder named with the same office elsewhere in the article, before or after
    assert _sides("وصل الرئيس المصري [عبدالفتاح السيسي](PER:sisi) أمس. وبحث الرئيس المصري الملف.") == []
    assert _sides("وبحث الرئيس المصري الملف. وكان الرئيس المصري [عبدالفتاح السيسي](PER:sisi) قد وصل.") == []
    # a state's head (`event_state_sides` kind leader): the gold keys the one known person
    assert _sides("وبحث الرئيس المصري مع [فهد](PER:fahd) الملف.") == []
    assert _sides("والتقى ولي العهد السعودي [كيري](PER:kerry) أمس.") == []
    # in apposition after a named person, a comma between: his office
    assert _sides("خلال استقباله [سامح شكري](PER:shoukry)، وزير الخارجية المصري.") == []
    # a bare minister (`event_state_sides` kind anaphor): the one told before
    assert _sides("استقبل [بدر](PER:badr) نظيره [فيدان](PER:fidan) في ثاني زيارة للوزير التركي.") == []
    # no state's adjective closes the office
    assert _sides("والتقى [كيري](PER:kerry) وزير الخارجية أمس.") == []


def test_the_side_is_the_party_and_stored_as_the_states_name() -> None:
    evs, added = _run("والتقى [كيري](PER:kerry) ووزير الخارجية الروسي في [فيينا](LOC:vienna) أمس.")
    assert evs == [("MEET", ["kerry", "russia"])]
    assert added == [("وزير الخارجية الروسي", "ORG", "russia")]
    evs, added = _run("وتزامنت الزيارة مع زيارة وزير الخارجية الفرنسي إلى [طهران](LOC:tehran).")
    assert evs == [("VISIT", ["france"])]
    # an office no event takes is not added to the mentions
    evs, added = _run("وقال وزير الخارجية الأمريكي إن المحادثات مستمرة.")
    assert evs == [] and added == []


def test_an_office_right_after_a_person_of_its_state_is_his_title() -> None:
    # round 36: «جون كيري وزير الخارجية الاميركي», no comma: Kerry's own office, no US side beside him
    # (the catalogue's state of john_kerry, lang/person_states); the partner after مع is the party
    src = ("بدأ [جون كيري](PER:john_kerry) وزير الخارجية الاميركي محادثات مع [مجلس التعاون الخليجي](ORG:gcc) "
           "في [الدوحة](LOC:doha) [اليوم](DATE:2015-08-03).")
    assert _sides(src) == []
    evs, added = _run(src)
    assert evs == [("MEET", ["john_kerry", "gcc"])] and added == []
    # an official of another state right after a name is unnamed: a side still
    assert _sides("استقبل الملك [سلمان بن عبدالعزيز](PER:salman_bin_abdulaziz) وزير الخارجية الأمريكي "
                  "في [الرياض](LOC:riyadh) [اليوم](DATE:2015-08-03).") == [
        ("وزير الخارجية الأمريكي", "united_states")]
