"""Events (issue 15, round 39): negotiations («مفاوضات») are a meeting only where their own phrase
tells them held between named sides: past a clause of taking place (held_clause: تنطلق, جارية)
with names after its بين (events/sided_talks.py). The noun as a topic («المفاوضات مع إيران»), with
«مع» alone or with a bare بين in a wish is none. A state after «في» right after the office
holders it names («بين وزراء المياه في كينيا») is a side, not the place (party_lists)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_PAIR_PRONOUNS = [r["form"] for r in load_table("event_senses") if r["kind"] == "pair_pronoun"]


def _meets(text: str) -> list[set[str]]:
    return [set(e.attrs.participants) for e in run(text, "2015-07-29") if e.label == "MEET"]


def test_talks_setting_off_between_named_ministers_states() -> None:
    meets = _meets("وأعلنت الوزارة أن جولة المفاوضات التي تنطلق الأحد في [نيروبي](LOC:nairobi) بين وزراء "
                   "المياه في [كينيا](LOC:kenya) و[أوغندا](LOC:uganda) ستبحث تقاسم مياه النهر.")
    assert {"kenya", "uganda"} in meets


def test_talks_going_on_between_named_sides() -> None:
    meets = _meets("وأوضح البيان أن المفاوضات التجارية جارية بين [كندا](LOC:canada) "
                   "و[المكسيك](LOC:mexico) منذ عامين.")
    assert {"canada", "mexico"} in meets


def test_talks_as_a_topic_are_no_meeting() -> None:
    assert not _meets("وانتقد النائب [سامي خليل](PER:khalil) المفاوضات مع [إيران](LOC:iran) في كلمته أمس.")


def test_talks_with_one_side_after_with_are_no_meeting() -> None:
    assert not _meets("وقال الوزير [عمر حسن](PER:hassan) إن هناك مفاوضات مع [تركيا](LOC:turkey) بشأن الغاز.")


def test_talks_in_a_wish_are_no_meeting() -> None:
    assert not _meets("وتأمل الدول المجاورة أن تنتهي المفاوضات بين [إيران](LOC:iran) "
                      "و[الهند](LOC:india) قريبا.")


def test_a_city_after_a_plain_side_stays_the_place() -> None:
    evs = run("وتحسنت العلاقات منذ اجتماع عقد أمس بين [مصر](LOC:egypt) و[السودان](LOC:sudan) "
              "في [الخرطوم](LOC:khartoum).", "2015-07-29")
    meets = [e for e in evs if e.label == "MEET"]
    assert meets and "khartoum" not in meets[0].attrs.participants


def test_talks_held_between_the_pair_the_sentence_names_are_their_meeting() -> None:
    # events-dev-fresh29 27139: «بينهما» stands for the two ministers named before the talks noun
    meets = _meets("عقد وزير الخارجية [عادل الجبير](PER:adel_al_jubeir)، ووزير الخارجية الإيطالي "
                   "[باولو جينتيلوني](PER:paolo_gentiloni) مؤتمرًا صحافيًا مشتركًا عقب المباحثات التي جرت "
                   "بينهما أول من أمس في العاصمة الإيطالية [روما](LOC:rome).")
    assert {"adel_al_jubeir", "paolo_gentiloni"} in meets


@pytest.mark.parametrize("among", _PAIR_PRONOUNS)
def test_every_pronoun_of_the_pair_makes_the_talks_theirs(among: str) -> None:
    # event_senses pair_pronoun, row by row: «التي جرت بينهما/بينهم» after a talks noun
    meets = _meets("عقد وزير الخارجية [عادل الجبير](PER:adel_al_jubeir)، ووزير الخارجية الإيطالي "
                   "[باولو جينتيلوني](PER:paolo_gentiloni) مؤتمرًا صحافيًا مشتركًا عقب المباحثات التي جرت "
                   f"{among} أول من أمس في العاصمة الإيطالية [روما](LOC:rome).")
    assert {"adel_al_jubeir", "paolo_gentiloni"} in meets


def test_talks_recalled_after_a_time_word_with_no_pair_stay_none() -> None:
    assert not _meets("وعقد الوزير [عادل الجبير](PER:adel_al_jubeir) مؤتمرًا صحافيًا عقب المباحثات "
                      "في [روما](LOC:rome).")



def test_definite_talks_held_between_two_named_sides_are_their_meeting() -> None:
    # events-dev-fresh28 23331: a definite talks noun other than مفاوضات, past a clause of taking
    # place («التي جرت») with two actors named after its بين (the first a body's name read from
    # inside its «لل» word), reports the talks of the two
    meets = _meets("وأضاف «بن حلي» إنه تم تحديد الموعد الخاص بالاجتماع المشترك في ضوء المشاورات التي جرت "
                   "بين الأمانة العامة ل[لجامعة العربية](ORG:arab_league) و[مصر](LOC:egypt) "
                   "«[رئاسة القمة الحالية](ORG:presidency)» وعدد من الدول العربية الأعضاء.")
    assert {"arab_league", "egypt"} <= set().union(*meets)


def test_talks_held_between_the_two_sides_are_those_told_before() -> None:
    """events-dev-fresh31 14515: «... ستُعقد بين ممثلي طالبان وحكومة كابول هذا الأسبوع. وكانت مفاوضات
    تمهيدية قد جرت بين الجانبين في باكستان هذا الشهر»: «بين الجانبين» stands for the two sides of the
    event before (round 40's ruling on «الجانبان/الجانبين», `unstated_parties.two_sides`), and «قد»
    before the held clause's verb leaves the clause a clause of taking place."""
    evs = run("أجرى [كيري](PER:kerry) اتصالا هاتفيا مع [لافروف](PER:lavrov) أمس. وكانت مفاوضات تمهيدية "
              "قد جرت بين الجانبين في [جنيف](LOC:geneva) الشهر الماضي.", "2015-07-30")
    assert [(e.label, set(e.attrs.participants), e.attrs.place) for e in evs] == [
        ("CALL", {"kerry", "lavrov"}, None), ("MEET", {"kerry", "lavrov"}, "geneva")]
