"""«For his part» opening a sentence (speaker_clauses kind stance_lead: «من جهته», «من جانبها»,
«بدوره»), a comma after it or not, is read past: the verb after it is the sentence's opening
verb, and its subject is the one a participle of saying, or a verb of saying with no subject in
the next sentence, goes on with (round 35, fresh-text audit of quotation speakers)."""

from __future__ import annotations

import pytest

from marsad.events.speaker_clauses import stance_lead
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quotes_speakers_round19 import spoken


def test_a_participle_after_a_stance_lead_takes_the_opening_verbs_subject() -> None:
    got = spoken("من جهته عبر [خالد العتيبي](PER:khalid) عن سعادته بتجديد عقده مع النادي، "
                 "متمنيا أن يوفق مع زملائه في الموسم المقبل.")
    assert got == [("khalid", None)]


def test_a_verb_in_the_next_sentence_goes_on_with_the_subject_after_the_lead() -> None:
    got = spoken("وقال [كريم حداد](PER:karim) إن الاتفاق جيد. من جهته، أعرب الرئيس [سامي نادر](PER:sami) "
                 "عن حزنه لضحايا الحادث. وقال إن هذه ظروف مؤلمة للجميع.")
    assert got == [("karim", None), ("sami", None)]  # not the one who spoke before
    got = spoken("من جهته شبه وزير الداخلية [خوان دياز](PER:juan) تدفق اللاجئين بتسرب المياه. "
                 "وقال لدى وصوله إلى بروكسل: \"نحن نوزع المياه على الغرف\".")
    assert got == [("juan", None)]


def test_the_lead_does_not_hand_the_participle_to_the_verbs_object() -> None:
    got = spoken("بدوره، استقبل الوزير [فهد الزامل](PER:fahd) السفير [جون سميث](PER:john) في مكتبه، "
                 "مؤكدا أن العلاقات بين البلدين متينة.")
    assert got == [("fahd", None)]


def test_a_feminine_lead_and_a_body_after_it() -> None:
    got = spoken("بدورها، أرجعت الشركة تراجع أرباحها إلى ضعف الطلب، مشيرة إلى أن الأسعار ستتحسن.")
    assert got == [(None, "الشركة")]


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "stance_lead"],
                         ids=lambda r: r["form"])
def test_each_stance_lead_row_opens_a_sentence_before_its_verb(row: dict[str, str]) -> None:
    text = "و" + row["form"] + "، أكد الوزير أن الخطة ماضية"
    assert stance_lead(words_of(text, 0, len(text))) == len(row["form"].split())


def test_another_side_is_no_stance_lead() -> None:
    text = "من جانب آخر، أكد الوزير أن الخطة ماضية"
    assert stance_lead(words_of(text, 0, len(text))) == 0
