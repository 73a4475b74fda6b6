"""A counterpart named only by his state's adjective, whom the article never names («فقد التقى وزير
الخارجية السوري نظيره العماني في مسقط»: events-dev-fresh29 26598), is that state's side in the events
step (events/counterpart_sides.py), as an unnamed office is (events/office_sides.py); where the article
names him, names a person of that state, or introduces a person with that adjective, he is no side."""

from __future__ import annotations

from marsad.events.context import build_context
from marsad.events.counterpart_sides import counterpart_sides
from marsad.steps.events import events
from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def _sides(src: str) -> list[tuple[str, str | None]]:
    art = marked(src)
    return [(m.slice(art.text), m.attrs.entity) for m in counterpart_sides(build_context(art, sides=True))]


def _meets(src: str) -> list[set[str]]:
    art = marked(src, "2015-08-09")
    quotes.func(art)
    events.func(art)
    return [set(e.attrs.participants) for e in art.layer("events") if e.label == "MEET"]


def test_an_unnamed_counterpart_is_his_states_side() -> None:
    src = ("وظهرت دلائل على حدوث أول حوار حقيقي منذ سنوات. فقد التقى وزير الخارجية السوري نظيره العماني "
           "في [مسقط](LOC:muscat) الخميس لبحث الأزمة.")
    assert _sides(src) == [("نظيره العماني", "oman")]
    assert {"syria", "oman"} in _meets(src)


def test_a_proclitic_stays_out_of_the_side() -> None:
    assert _sides("وبحث [سامح شكري](PER:shoukry) مع نظيره العماني الأزمة اليمنية.") == [
        ("نظيره العماني", "oman")]


def test_a_counterpart_named_after_it_is_the_person() -> None:
    assert _sides("والتقى [كيري](PER:john_kerry) نظيره الروسي [سيرغي لافروف](PER:sergey_lavrov) أمس.") == []


def test_a_counterpart_of_a_state_whose_person_the_article_names_is_no_side() -> None:
    # Lavrov (a Russian in the catalogue) is named elsewhere: «نظيره الروسي» may well be he
    assert _sides("ووصل [سيرغي لافروف](PER:sergey_lavrov) إلى الدوحة. ووصف [الجبير](PER:adel_al_jubeir) "
                  "لقاءه مع نظيره الروسي بالإيجابي.") == []


def test_a_counterpart_of_a_person_introduced_with_the_adjective_is_no_side() -> None:
    assert _sides("وعانق [أوباما](PER:barack_obama) الرئيس الكيني [اوهورو كينياتا](PER:kenyatta). "
                  "وسيجري [أوباما](PER:barack_obama) محادثات مع نظيره الكيني غدا.") == []


def test_the_second_of_two_counterparts_is_its_states_side_beside_the_first_named() -> None:
    # events-dev-fresh29 26598: the American counterpart is Kerry, introduced as «وزير الخارجية الأمريكي»;
    # the Saudi one is named nowhere: Saudi Arabia
    src = ("والتقى وزير الخارجية الروسي [سيرجي لافروف](PER:sergey_lavrov) وزير الخارجية الأمريكي "
           "[جون كيري](PER:john_kerry) أمس. وتناول [لافروف](PER:sergey_lavrov) الأزمة السورية مع نظيريه "
           "الأمريكي والسعودي في [قطر](LOC:qatar) هذا الأسبوع في اجتماع غير معتاد.")
    assert ("السعودي", "saudi_arabia") in _sides(src)
    assert {"sergey_lavrov", "john_kerry", "saudi_arabia"} in _meets(src)
