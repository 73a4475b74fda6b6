"""An office closed by a state's adjective whose holder the article introduced without it
(«الرئيس المصري» after «الرئيس X»), or named bare («رئيس الوزراء الإسرائيلي» beside «نتنياهو»):
the person of that state in the catalogue (lang/person_states.py), never one the article does
not name (issue 15, round 23)."""

from __future__ import annotations

from marsad.events.context import build_context
from marsad.events.coref import TitleIndex
from marsad.events.state_offices import office_state
from marsad.lang.person_states import person_states
from tests.test_events_units import marked, run

SISI, NETANYAHU, OBAMA = "abdel_fattah_el_sisi", "benjamin_netanyahu", "barack_obama"


def _parties(evs: list, label: str) -> list[set[str]]:
    return [set(e.attrs.participants) for e in evs if e.label == label]


def test_the_catalogue_tells_a_leaders_state() -> None:
    states = person_states()
    assert states[SISI] == "egypt" and states[NETANYAHU] == "israel" and states[OBAMA] == "united_states"
    assert "antonio_guterres" not in states


def test_an_office_phrase_splits_off_its_states_adjective() -> None:
    assert office_state(frozenset({"رييس", "مصري"})) == (frozenset({"رييس"}), "egypt")
    assert office_state(frozenset({"رييس", "وزراء"})) is None
    assert office_state(frozenset({"مصري"})) is None


def test_the_president_of_a_state_is_the_president_of_that_state_the_article_named() -> None:
    art = marked("التقى الرئيس [باراك أوباما](PER:barack_obama) أمس الرئيس [عبد الفتاح السيسي]"
                 "(PER:abdel_fattah_el_sisi) في القاهرة. ثم غادر الضيف.")
    index = TitleIndex(build_context(art))
    end = len(art.text)
    assert index.resolve(frozenset({"رييس", "مصري"}), end) is None  # no one introduced so
    assert index.of_state(frozenset({"رييس", "مصري"}), end) == SISI
    assert index.of_state(frozenset({"رييس", "امريكي"}), end) == OBAMA
    assert index.of_state(frozenset({"رييس", "فرنسي"}), end) is None  # not named: no one


def test_a_meeting_of_the_egyptian_president_has_him_for_a_party() -> None:
    evs = run("وصل الأمير [محمد بن سلمان](PER:mohammed_bin_salman) إلى القاهرة تلبية لدعوة الرئيس "
              "[عبدالفتاح السيسي](PER:abdel_fattah_el_sisi) أمس. وعقد الرئيس المصري اجتماعاً مع سموه.")
    assert any({SISI, "mohammed_bin_salman"} <= p for p in _parties(evs, "MEET"))


def test_a_head_named_bare_is_the_one_person_of_that_state() -> None:
    art = marked("وقال [نتنياهو](PER:benjamin_netanyahu) إن الاتفاق خطأ. والتقى رئيس الوزراء الإسرائيلي "
                 "الوزير الزائر.")
    index = TitleIndex(build_context(art))
    assert index.of_state(frozenset({"رييس", "وزراء", "اسراييلي"}), len(art.text)) == NETANYAHU
    assert index.of_state(frozenset({"نايب", "رييس", "اسراييلي"}), len(art.text)) is None  # a deputy
    assert index.of_state(frozenset({"وزير", "خارجيه", "اسراييلي"}), len(art.text)) is None  # not a head


def test_two_persons_of_the_state_named_bare_leave_the_head_unresolved() -> None:
    art = marked("وقال [نتنياهو](PER:benjamin_netanyahu) و[شمعون بيريز](PER:shimon_peres) إن الاتفاق "
                 "خطأ.")
    index = TitleIndex(build_context(art))
    assert index.of_state(frozenset({"رييس", "اسراييلي"}), len(art.text)) is None


def test_an_office_read_shorter_keeps_the_one_introduced_with_the_adjective() -> None:
    art = marked("وأكد الرئيس المصري [عبد الفتاح السيسي](PER:abdel_fattah_el_sisi) الموقف. وعدّ الأمين العام "
                 "[نبيل العربي](PER:nabil_elaraby) الزيارة مهمة. وبحث الملك أمس بالرئيس المصري العلاقات.")
    ctx = build_context(art)
    sent = ctx.sentences[-1]
    k = next(i for i, w in enumerate(sent.words) if w.norm == "بالرييس")
    assert TitleIndex(ctx).holder(sent.words, k, len(sent.words)) == SISI
