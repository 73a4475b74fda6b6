"""Event nouns with a possessive pronoun (issue 15, events11 census: «وأكد X خلال لقائه ...»):
a noun that ends in no ta marbuta takes a possessive (`noun_possessive` in event_affixes.tsv:
اجتماعه, محادثاتهم; a final hamza on its seat: لقائه); it reads as definite, so it is an event
only with its partner named right after it, past titles (لقائه بالرئيس الفرنسي X), or after
مع; its owner is a party. The table's rows row by row."""

from __future__ import annotations

import pytest

from marsad.events.words import form_matches, possessed
from marsad.lang import load_table
from marsad.lang.normalize import normalize
from tests.test_events_units import run

_ROWS = [r["affix"] for r in load_table("event_affixes") if r["kind"] == "noun_possessive"]


def _events(evs: list) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in evs]


@pytest.mark.parametrize("affix", _ROWS)
def test_each_possessive_makes_a_meeting_noun_with_its_partner_after_mae(affix: str) -> None:
    word = "اجتماع" + affix
    assert possessed(normalize(word), normalize("اجتماع"))
    evs = run(f"وأكد وزير الخارجية [عادل الجبير](PER:jubeir) خلال {word} مع نظيره [جون كيري](PER:kerry) "
              "أهمية التعاون.")
    assert _events(evs) == [("MEET", ["jubeir", "kerry"])]


@pytest.mark.parametrize("word", ["لقائه", "لقاؤه", "لقاءه", "بلقائه"])
def test_a_final_hamza_takes_its_seat_before_the_possessive(word: str) -> None:
    assert possessed(normalize(word).removeprefix("ب"), normalize("لقاء"))


def test_the_partner_past_titles_after_the_possessed_noun() -> None:
    evs = run("وأكد [محمد بن سلمان](PER:mbs) خلال لقائه بالرئيس الفرنسي [فرانسوا هولاند](PER:hollande) "
              "أهمية التعاون.")
    assert _events(evs) == [("MEET", ["mbs", "hollande"])]
    evs = run("وأكد [محمد بن سلمان](PER:mbs) خلال لقائه [فرانسوا هولاند](PER:hollande) أهمية التعاون.")
    assert _events(evs) == [("MEET", ["mbs", "hollande"])]


def test_the_partner_past_the_day_after_the_possessed_noun() -> None:
    # a time word between the noun and its object (events52): «خلال لقائه أمس مبعوث ...»
    evs = run("ودعا [فهد](PER:fahd) خلال لقائه [أمس](DATE:2015-07-20) المبعوث [سالم](PER:salem) إلى الحوار.")
    assert _events(evs) == [("MEET", ["fahd", "salem"])]
    # a comma still closes the noun: the person after it is no partner
    evs = run("ودعا [فهد](PER:fahd) خلال لقائه [أمس](DATE:2015-07-20)، المبعوث [سالم](PER:salem) إلى الحوار.")
    assert _events(evs) == []


def test_a_possessed_noun_with_no_partner_after_it_is_one_told_before() -> None:
    assert run("ووصف [محمد بن سلمان](PER:mbs) لقاءه بالمثمر، وأشاد بالرئيس "
               "[فرانسوا هولاند](PER:hollande).") == []
    assert run("وقال [محمد بن سلمان](PER:mbs) إن اجتماعهم كان مثمرا.") == []


def test_ta_marbuta_nouns_and_verbs_are_unchanged() -> None:
    assert not possessed(normalize("زيارته"), normalize("زيارة"))
    assert not possessed(normalize("اجتماعات"), normalize("اجتماع"))
    assert not form_matches(normalize("استقبله"), normalize("استقبل"), "verb")


@pytest.mark.parametrize("cue", [r["form"] for r in load_table("event_cues") if r["kind"] == "background"
                                 and r["form"] in ("بعد", "عقب", "قبل")])
def test_a_noun_after_a_time_word_with_its_partner_named_is_an_event(cue: str) -> None:
    evs = run(f"وقال الرئيس الأميركي [باراك أوباما](PER:obama) {cue} محادثاته مع الرئيس الكيني "
              "[أوهورو كينياتا](PER:kenyatta) إن الأمن تحسن.")
    assert _events(evs) == [("MEET", ["obama", "kenyatta"])]
    assert run(f"وقال [باراك أوباما](PER:obama) إن الأمن تحسن {cue} توقيع الاتفاق.") == []


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "no_possessive"],
                         ids=lambda r: r["form"])
def test_a_noun_whose_possessive_tells_of_something_else(row: dict[str, str]) -> None:
    evs = run(f"وأكد [مطر](PER:m) في {row['form']}ه مع [سبق](ORG:sabq) أن الحلم مستحيل.")
    assert evs == []


def test_the_words_a_trigger_needs_take_no_possessive() -> None:
    assert run("وقال [لودريان](PER:l) إن الرئيس [ساركوزي](PER:s) اتصل به عقب انتخابه.") == []


def test_a_possessed_meeting_noun_reaches_a_partner_past_the_body_of_his_office() -> None:
    # «الأمين العام للأمم المتحدة»: the «لل» word names the body the office is of, still the title
    evs = run("وأكد [الرئيس هادي](PER:hadi) خلال لقائه بالأمين العام للأمم المتحدة "
              "[بان كي مون](PER:ban) أن الحل سياسي.")
    assert _events(evs) == [("MEET", ["hadi", "ban"])]


def test_a_purpose_word_after_the_partner_title_reaches_no_name() -> None:
    # «للحديث عن»: a purpose, not the office's body; the name after it is no partner
    evs = run("وأكد [الرئيس هادي](PER:hadi) خلال لقائه بالسفير للحديث عن زيارة [محمد علي](PER:ali) "
              "أن الحل سياسي.")
    assert all(e.label != "MEET" for e in evs)


def test_a_possessed_meeting_noun_reaches_a_partner_past_a_counterpart_noun() -> None:
    # «خلال لقائه نظيره الروسي X»: the counterpart noun is the partner's title
    evs = run("وأكد [عادل الجبير](PER:jubeir) خلال لقائه نظيره الروسي [سيرغي لافروف](PER:lavrov) "
              "أهمية الحل السياسي.")
    assert _events(evs) == [("MEET", ["jubeir", "lavrov"])]


def test_a_possessed_meeting_noun_reaches_a_partner_past_the_place_of_his_post() -> None:
    evs = run("وأكد [عادل الجبير](PER:jubeir) خلال اجتماعه بالمبعوث الأممي إلى [سوريا](LOC:syria) "
              "[دي ميستورا](PER:dm) أهمية الحل.")
    assert _events(evs) == [("MEET", ["jubeir", "dm"])]
    evs = run("وأكد [عادل الجبير](PER:jubeir) خلال لقائه بسفير [اليابان](LOC:japan) لدى [المملكة](LOC:ksa) "
              "[نوريهيرو أوكودا](PER:okuda) أهمية العلاقات.")
    assert _events(evs) == [("MEET", ["jubeir", "okuda"])]
    # a place after a common noun is no post: «لقائه بالمواطنين في عدن X» names no partner
    evs = run("وأكد [الرئيس هادي](PER:hadi) خلال لقائه بالمواطنين في [عدن](LOC:aden) [محمد علي](PER:ali) "
              "أن الحل سياسي.")
    assert all(e.label != "MEET" for e in evs)
