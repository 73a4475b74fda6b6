"""Names in an event's sentence that are no parties of it (issue 15, random-news causes E and G):
a body in a named party's title is where he works, not a party beside him
(«الأمين العام لرابطة العالم الإسلامي الدكتور X»); a noun that names its parties after بين has
no others; a country's leaders named after it
(«المملكة بقيادة الملك سلمان وأخيه ...») and names only in a preface before the main clause's فـ
(«انطلاقا من ...، فقد قام X بزيارة») are no parties. The new cue rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run


def _rows(kind: str) -> list[dict[str, str]]:
    return [r for r in load_table("event_cues") if r["kind"] == kind]


def _parties(text: str, label: str) -> list[list[str]]:
    return [e.attrs.participants for e in run(text) if e.label == label]


def test_the_body_in_a_partys_title_is_no_party() -> None:
    text = ("استقبل الأمين العام لـ[رابطة العالم الإسلامي](ORG:mwl) الدكتور [عبدالله التركي](PER:turki) "
            "أمس السفير [أحمد الشيخ](PER:sheikh).")
    assert [sorted(p) for p in _parties(text, "MEET")] == [["sheikh", "turki"]]


def test_a_body_with_no_one_named_after_it_stays() -> None:
    text = ("استقبل الأمين العام لـ[رابطة العالم الإسلامي](ORG:mwl) أمس السفير [أحمد الشيخ](PER:sheikh).")
    meets = _parties(text, "MEET")
    assert meets and "mwl" in meets[0]  # the body stands for its unnamed head


def test_the_body_after_a_delegation_stays() -> None:
    text = ("استقبل مدير عام صحيفة [سبق](ORG:sabq) الأستاذ [علي الحازمي](PER:hazmi) بمكتبه أمس "
            "وفداً من شركة [بيدو](ORG:baidu) الصينية.")
    assert [sorted(p) for p in _parties(text, "MEET")] == [["baidu", "hazmi"]]


def test_a_noun_that_names_its_parties_after_between_has_no_others() -> None:
    text = ("التقى وزير الخارجية الإيراني [محمد جواد ظريف](PER:zarif) نظيره الكويتي "
            "[صباح الخالد](PER:khalid) أمس. وقالت المصادر إن مباحثات وزير الخارجية الإيراني مع هذه "
            "الدول تتعلق بشرح مواد "
            "الاتفاق النووي بين [إيران](LOC:iran) و[مجموعة 5+1](ORG:p5).")
    agree = _parties(text, "AGREE")
    assert agree and sorted(agree[0]) == ["iran", "p5"]


@pytest.mark.parametrize("row", _rows("leadership"), ids=lambda r: r["form"])
def test_a_countrys_leaders_are_no_parties(row: dict[str, str]) -> None:
    text = (f"وفي إطار العلاقات بين [المملكة](LOC:ksa) {row['form']} الملك [سلمان](PER:salman) "
            "و[الأردن](LOC:jordan) زار الأمير [محمد بن سلمان](PER:mbs) [عمان](LOC:amman) أمس.")
    visits = _parties(text, "VISIT")
    assert visits and visits[0] == ["mbs"]


def test_a_delegations_leader_still_acts() -> None:
    text = "ووصل وفد بقيادة الوزير [عادل الجبير](PER:jubeir) إلى [موسكو](LOC:moscow) أمس."
    assert _parties(text, "VISIT") == [["jubeir"]]


@pytest.mark.parametrize("row", _rows("leader_kin"), ids=lambda r: r["form"])
def test_a_kin_word_carries_the_leaders_list(row: dict[str, str]) -> None:
    text = ("انطلاقا من العلاقات بين [مصر](LOC:egypt) و[السعودية](LOC:ksa) بقيادة الملك "
            f"[سلمان بن عبدالعزيز](PER:salman) {row['form']} الرئيس [عبدالفتاح السيسي](PER:sisi)، "
            "قام الأمير [محمد بن سلمان](PER:mbs) بزيارة إلى [مصر](LOC:egypt).")
    visits = _parties(text, "VISIT")
    assert visits and visits[0] == ["mbs"]


@pytest.mark.parametrize("row", _rows("answer_clause"), ids=lambda r: r["form"])
def test_names_only_in_a_preface_are_no_parties(row: dict[str, str]) -> None:
    text = (f"وبناء على توجيه الملك [سلمان بن عبدالعزيز](PER:salman)، {row['form']} الأمير "
            "[محمد بن سلمان](PER:mbs) وقع اتفاقية مع الرئيس [عبدالفتاح السيسي](PER:sisi).")
    agree = _parties(text, "AGREE")
    assert agree and sorted(agree[0]) == ["mbs", "sisi"]


def test_a_preface_topic_with_no_name_after_stays() -> None:
    text = "أما الرئيس الفرنسي [فرانسوا هولاند](PER:hollande)، فقد زار [الرياض](LOC:riyadh) أمس."
    assert _parties(text, "VISIT") == [["hollande"]]


def test_a_preface_never_leaves_a_deal_one_party() -> None:
    text = ("وبناء على توجيه الملك [سلمان بن عبدالعزيز](PER:salman)، فقد وقع الأمير "
            "[محمد بن سلمان](PER:mbs) الاتفاقية أمس.")
    agree = _parties(text, "AGREE")
    assert agree and sorted(agree[0]) == ["mbs", "salman"]  # dropping Salman would drop the deal


def test_a_titled_subject_after_the_verb_is_no_speakers_act() -> None:
    text = ("وقال [موشيه يعلون](PER:yaalon) إن الملف مهم. وأضاف أن هذا سيتم بحثه عندما يزور وزير "
            "الدفاع الأمريكي [أشتون كارتر](PER:carter) [إسرائيل](LOC:israel) قريبا.")
    assert _parties(text, "VISIT") == [["carter"]]
