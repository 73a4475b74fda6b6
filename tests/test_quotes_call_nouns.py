"""Calls whose content is a verbal-noun phrase after «إلى», with no marks (issue 15, round 38):
«ودعا X الحكومة إلى [عدم التخلي عن ...]»; never a present «يدعو إلى التساؤل» (a thing giving
cause), a call after «الذي» (what prompted it), or an invitation to a thing («إلى حفل العشاء»)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run


def test_a_past_call_with_a_verbal_noun_after_ila_is_the_caller_s() -> None:
    got = run("ودعا [سالم العلي](PER:salem) الحكومة التركية إلى عدم التخلي عن عملية السلام مع الأكراد.")
    assert got == [("indirect", "عدم التخلي عن عملية السلام مع الأكراد", "salem")]


def test_a_call_with_no_one_called_before_ila() -> None:
    got = run("ودعا [سالم العلي](PER:salem) إلى التعاون من أجل منطقة خالية من الإرهاب.")
    assert [t for _, t, _ in got] == ["التعاون من أجل منطقة خالية من الإرهاب"]


def test_an_invitation_to_a_thing_is_no_call() -> None:
    assert run("ودعا [سالم العلي](PER:salem) ضيوفه إلى حفل العشاء في منزله.") == []


def test_a_present_verb_giving_cause_is_no_call() -> None:
    assert run("وهو ما يدعو إلى التساؤل عن جدوى المشروع كله.") == []


def test_what_prompted_a_deed_is_no_call() -> None:
    assert run("الأمر الذي دعا الحكومة إلى إعادة النظر في القرار كله.") == []


def test_a_future_invitation_and_the_plural_noun_are_no_call() -> None:
    assert run("وستدعو [القناة](ORG:tv) المرشحين العشرة إلى مناظرة تلفزيونية في السادس من الشهر.") == []
    assert run("فقد تصاعدت دعوات إلى التسلح في البلاد التي ما كادت تخرج من الحرب.") == []


def test_a_call_in_a_relative_clause_after_a_person_is_hers() -> None:
    # round 46: «المستشارة X التي دعت الحكومة التركية إلى [...]»: she called, not the one called
    got = run("وبحث الوضع مع المستشارة [أنجيلا ميركل](PER:merkel) التي دعت [الحكومة التركية](ORG:gov) "
              "إلى عدم التخلي عن عملية السلام مع الأكراد.")
    assert got == [("indirect", "عدم التخلي عن عملية السلام مع الأكراد", "merkel")]


def test_a_call_whose_ones_called_are_set_off_by_commas_reaches_ila() -> None:
    # round 49: the caller's long name and the ones called, with their place, take twenty words
    # before «إلى» (quotes-dev-fresh18 20692; 7 new calls on the 3,000 records, all calls)
    got = run("دعت [المقاومة الشعبية](ORG:pr) الموالية للرئيس اليمني [عبد ربه منصور هادي](PER:hadi)، "
              "المواطنين في مدينة [الحديدة](LOC:hodeidah)، الواقعة غرب اليمن، وفي جميع مدن ومحافظات "
              "إقليم تهامة، إلى الابتعاد عن المقرات الخاصة بالمسلحين الحوثيين في المدينة.")
    assert [t for _, t, _ in got] == ["الابتعاد عن المقرات الخاصة بالمسلحين الحوثيين في المدينة"]


def test_a_call_to_an_attitude_asks_for_it() -> None:
    # round 49: «الاهتمام» is a noun of attitude (no words said after «أعلن عن»), but after a call's
    # «إلى» it is what the call asks for (quotes-dev-fresh23 3156)
    got = run("ودعا النقيب [عمر الأكلبي](PER:omar) إلى الاهتمام والتقيد بتعليمات الإنقاذ "
              "والتأكد من مواقع السباحة.")
    assert [t for _, t, _ in got] == ["الاهتمام والتقيد بتعليمات الإنقاذ والتأكد من مواقع السباحة"]


def test_an_attitude_after_announcing_stays_none() -> None:
    assert run("وأعلن [عمر الأكلبي](PER:omar) عن ترحيبه بالقرار الذي صدر أمس عن المجلس.") == []


@pytest.mark.parametrize(("sentence", "said"), [
    # the guide, round 49 (second reader): a plain noun after «إلى» is the call's content
    # (quotes-dev-fresh13 7242, fresh19 17492)
    ("ودعا الرئيس [هادي](PER:h) الصين إلى دور فاعل في إعادة البناء والإعمار.",
     "دور فاعل في إعادة البناء والإعمار"),
    ("ودعت [هيلاري كلينتون](PER:h) الشعب الأمريكي إلى عصر جديد من الرخاء المشترك.",
     "عصر جديد من الرخاء المشترك"),
])
def test_a_call_to_a_plain_noun_is_a_quotation(sentence: str, said: str) -> None:
    assert run(sentence) == [("indirect", said, "h")]


@pytest.mark.parametrize("row", load_table("quote_call_invitations"), ids=lambda r: r["form"])
def test_each_invitation_is_no_call(row: dict[str, str]) -> None:
    assert run(f"ودعا [سالم العلي](PER:salem) ضيوفه إلى {row['form']} كبير في منزله مساء.") == [], row["form"]
