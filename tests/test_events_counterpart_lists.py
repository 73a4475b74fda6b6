"""One meeting or call per counterpart of another state (issue 15, round 21 random-news sample:
«مباحثاته مع العاهل المغربي ...، والرئيس المصري ...، والرئيس الإريتري ...» was one meeting of
everyone, and the calls told after it took the talks' counterparts as callers)."""

from __future__ import annotations

import pytest

from marsad.events.counterpart_lists import state_words
from marsad.lang.normalize import normalize
from tests.test_events_units import run

_TALKS = ("وأطلع [الملك سلمان](PER:salman) المجلس على مباحثاته مع العاهل المغربي الملك "
          "[محمد السادس](PER:m6)، "
          "والرئيس المصري [عبد الفتاح السيسي](PER:sisi)، والرئيس الإريتري [أسياس أفورقي](PER:afwerki)")
_CALLS = ("وفحوى الاتصالات الهاتفية التي تلقاها من العاهل البحريني الملك [حمد بن عيسى](PER:hamad)، "
          "والرئيس الفرنسي [فرنسوا هولاند](PER:hollande)، ورئيس جيبوتي [إسماعيل عمر جيلة](PER:guelleh).")


def _parties(evs: list, label: str) -> list[list[str]]:
    return sorted(sorted(e.attrs.participants) for e in evs if e.label == label)


def test_talks_with_leaders_of_several_states_are_one_meeting_each() -> None:
    evs = run(_TALKS + ".")
    assert _parties(evs, "MEET") == [["afwerki", "salman"], ["m6", "salman"], ["salman", "sisi"]]
    assert len({e.start for e in evs}) == len(evs)  # one span per event and type is stored


def test_the_calls_told_after_the_talks_are_one_call_each_with_no_partner_of_the_talks() -> None:
    evs = run(_TALKS + "، " + _CALLS)
    assert _parties(evs, "MEET") == [["afwerki", "salman"], ["m6", "salman"], ["salman", "sisi"]]
    assert _parties(evs, "CALL") == [["guelleh", "salman"], ["hamad", "salman"], ["hollande", "salman"]]


def test_a_call_from_two_leaders_is_a_call_from_each() -> None:
    evs = run("تلقى [الملك سلمان](PER:salman) اتصالين هاتفيين من الرئيس الأمريكي [باراك أوباما](PER:obama) "
              "والرئيس الفرنسي [فرنسوا هولاند](PER:hollande).")
    assert _parties(evs, "CALL") == [["hollande", "salman"], ["obama", "salman"]]


@pytest.mark.parametrize("src", [
    # one state's officials: one meeting
    "زار المبعوث [ستيفان دي مستورا](PER:demistura) [طهران](LOC:tehran) حيث أجرى محادثات مع وزير الخارجية "
    "الإيراني [محمد جواد ظريف](PER:zarif)، ونائب وزير الخارجية [حسين أمير عبد اللهيان](PER:abdollahian).",
    # a meeting verb: a trilateral meeting, one event
    "سيلتقي [سيرغي لافروف](PER:lavrov) وزير الخارجية الأمريكي [جون كيري](PER:kerry) ووزير الخارجية "
    "السعودي [عادل الجبير](PER:jubeir) في [الدوحة](LOC:doha).",
    # one plural title over the states listed
    "أجرت [حوتوبيلي](PER:hotovely) محادثات مع سفراء [السويد](LOC:sweden) و[الدنمارك](LOC:denmark) "
    "و[سويسرا](LOC:switzerland).",
    # a singular meeting noun: one meeting of all
    "عقد [الملك سلمان](PER:salman) اجتماعا مع الرئيس المصري [عبد الفتاح السيسي](PER:sisi) والرئيس "
    "الفلسطيني [محمود عباس](PER:abbas).",
])
def test_one_meeting_stays_one(src: str) -> None:
    assert len([e for e in run(src) if e.label == "MEET"]) == 1


def test_a_state_named_past_the_list_is_no_counterpart_of_its_own() -> None:
    evs = run("وأكدت الوزارة أن [واشنطن](LOC:united_states) تجري مباحثات مكثفة مع [إسرائيل](LOC:israel) في "
              "الأشهر الأخيرة، حول قضايا عدة من بينها الاتفاق مع [إيران](LOC:iran).")
    assert len([e for e in evs if e.label == "MEET"]) == 1


@pytest.mark.parametrize(("word", "state"), [
    ("المصري", "egypt"), ("المصرية", "egypt"), ("المغربي", "morocco"), ("الإريتري", "eritrea"),
    ("الأميركي", "united_states"), ("الأمريكي", "united_states"), ("جيبوتي", "djibouti"),
    ("السويد", "sweden"),
])
def test_state_words_from_the_catalogue(word: str, state: str) -> None:
    assert state_words()[normalize(word)] == state
