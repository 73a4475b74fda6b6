"""Events precision, round 30 (issue 15): a repeat found only once every event has its parties,
place and day is merged into the report before it (`repeats.late_repeats`); a visit noun
followed by a body's leaders («زيارة بعض قادة حركة حماس») is the body's visit, not that of the
speaker the sentence names (`event_senses.tsv` body_leaders; a visit noun naming its
visitor names him for every visit trigger of its sentence); a word of sport after a preposition
with the article («للمدرب», «للكرة الطائرة») makes its sentence sport; whom a visitor meets where his
visit takes him, told after it in its sentence, hosts the visit; a body in a party's title stays out
past the body's seat and a professor's title («مدير الجامعة الإسلامية بجاكرتا البروفسور X»); a verb of
discussing with «عن» after it is a search («باريس تبحث عن الحلول»), no meeting; a bare visit noun
ending its sentence («جاء ذلك خلال زيارة.») names no visit of its own."""

from __future__ import annotations

import pytest

from marsad.events.repeats import late_repeats
from marsad.events.unstated_parties import sport_in
from marsad.events.words import words_of
from marsad.lang import load_table
from marsad.model import EventAttrs, Span
from tests.test_events_units import run


def _visit(parts: list[str], place: str | None, date: str | None,
           status: str = "happened") -> Span[EventAttrs]:
    return Span(0, 10, "VISIT", EventAttrs(participants=list(parts), place=place, date=date, status=status,
                                           roles={parts[0]: "guest"}))


def test_a_visit_told_again_by_one_of_its_parties_at_its_place_and_day_is_one() -> None:
    first = _visit(["hamas", "mashal", "salman"], "saudi_arabia", "2015-07-19")
    again = _visit(["mashal"], "saudi_arabia", "2015-07-19")
    assert [ev for _, ev in late_repeats([(0, first), (3, again)])] == [first]


@pytest.mark.parametrize("other", [
    _visit(["mashal"], "egypt", "2015-07-19"),  # another place
    _visit(["mashal"], None, "2015-07-19"),  # no place: a visit of his told apart
    _visit(["mashal"], "saudi_arabia", "2015-05-02"),  # another day
    _visit(["mashal"], "saudi_arabia", "2015-07-19", "planned"),  # another status
    _visit(["mashal", "abbas"], "saudi_arabia", "2015-07-19"),  # a party of its own
])
def test_a_visit_with_a_place_day_status_or_party_of_its_own_stays(other: Span[EventAttrs]) -> None:
    first = _visit(["hamas", "mashal", "salman"], "saudi_arabia", "2015-07-19")
    assert len(late_repeats([(0, first), (3, other)])) == 2


_MEMBERS = [r for r in load_table("event_senses") if r["kind"] == "body_leaders"]


@pytest.mark.parametrize("row", _MEMBERS, ids=lambda r: r["form"])
def test_a_visit_of_a_bodys_leaders_is_the_bodys_not_the_speakers(row: dict[str, str]) -> None:
    evs = run(f"وحول زيارة بعض {row['form']} [حركة حماس](ORG:hamas) إلى [المملكة](LOC:ksa) قال "
              "[عادل الجبير](PER:jubeir) أن الزيارة كانت لأداء العمرة فقط، ولم تكن زيارة رسمية للمملكة.")
    assert [(e.label, e.attrs.participants, e.attrs.place) for e in evs] == [("VISIT", ["hamas"], "ksa")]


@pytest.mark.parametrize("src", [
    "وسبق للمدرب [سيوريانو فلورين](PER:f) الذي وصل إلى [جدة](LOC:jeddah) أن درب [الاتحاد](ORG:ittihad).",
    "وقع [الاتحاد السعودي](ORG:fed) للكرة الطائرة عقد رعاية مع [شركة خبراء طيبة](ORG:co).",
])
def test_a_word_of_sport_after_a_preposition_and_the_article_makes_the_sentence_sport(src: str) -> None:
    assert run(src, "2015-08-01T08:00:00") == []


@pytest.mark.parametrize(("text", "sport"), [
    ("وسبق للمدرب فلورين أن درب الفريق", True),
    ("وقع الاتحاد للكرة الطائرة عقدا", True),
    ("لحماية الكرة الأرضية من مخاطر الاحتباس الحراري", False),  # the article alone: the Earth
    ("وصل الوزير إلى جدة للاجتماع بالملك", False),
])
def test_sport_is_read_past_a_preposition_with_the_article(text: str, sport: bool) -> None:
    assert sport_in(words_of(text)) is sport


def test_whom_a_visitor_meets_where_his_visit_takes_him_hosts_the_visit() -> None:
    evs = run("زار السفير الأسترالي لدى المملكة الدكتور [رالف بيتر كينج](PER:king)، "
              "[الشركة السعودية للكهرباء](ORG:sec) بالرياض، حيث التقى المهندس "
              "[منصور القحطاني](PER:qahtani)، الرئيس التنفيذي للشركة.",
              "2015-08-11T08:00:00")
    visit = [e for e in evs if e.label == "VISIT"]
    assert len(visit) == 1 and {"king", "qahtani"} <= set(visit[0].attrs.participants)
    assert visit[0].attrs.participants[0] == "king" and visit[0].attrs.roles.get("qahtani") == "host"


def test_a_meeting_told_with_and_only_is_no_host_of_the_visit() -> None:
    evs = run("وصل [قاسم سليماني](PER:soleimani) إلى [موسكو](LOC:moscow) أمس والتقى بالرئيس "
              "[فلاديمير بوتين](PER:putin).", "2015-07-25T08:00:00")
    assert [e.attrs.participants for e in evs if e.label == "VISIT"] == [["soleimani"]]


def test_a_body_in_the_guests_title_past_its_seat_and_a_professors_title_is_no_host() -> None:
    evs = run("كما استقبل أمس مدير [الجامعة الإسلامية](ORG:iu) [بجاكرتا](LOC:jak) البروفسور "
              "[ويدي روسادا أحمد](PER:widi)، يرافقه مدير مركز التوافق الديني.", "2015-07-23T08:00:00")
    assert not any("iu" in e.attrs.participants for e in evs)


@pytest.mark.parametrize("src", [
    "موضحا أن [باريس](LOC:paris) تبحث عن الحلول السياسية لتسوية قضايا المنطقة والتعاون مع "
    "[طهران](LOC:tehran).",
    "ويبحث [الرئيس حسن روحاني](PER:r) عن حل مع [فرنسا](LOC:france).",
])
def test_a_verb_of_discussing_with_an_after_it_is_a_search(src: str) -> None:
    assert [e for e in run(src, "2015-07-24T08:00:00") if e.label == "MEET"] == []


def test_search_rows_leave_talks_with_a_partner_alone() -> None:
    evs = run("وبحث [الملك سلمان](PER:s) مع [باراك أوباما](PER:o) العلاقات.", "2015-07-24T08:00:00")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["s", "o"])]


def test_a_bare_visit_noun_ending_its_sentence_names_no_one() -> None:
    evs = run("ولن يؤثر أي حادث في عزيمتهم [سالمين غانمين](PER:x) جاء ذلك خلال زيارة. وأكد المدير العام "
              "الدكتور [سليمان السحيمي](PER:s) جاهزية المستشفى.", "2015-08-10T08:00:00")
    assert [e for e in evs if e.label == "VISIT"] == []


def test_a_verb_of_arriving_keeps_its_visit_with_a_bare_noun_at_the_end() -> None:
    evs = run("وصل الرئيس [عبدالفتاح السيسي](PER:sisi) إلى [الرياض](LOC:riyadh) أمس في زيارة.",
              "2015-08-10T08:00:00")
    assert [(e.label, e.attrs.participants, e.attrs.place) for e in evs] == [("VISIT", ["sisi"], "riyadh")]
