"""Speakers on real news (issue 15, quotes, this round): a relaying verb («نقلت X عن مصادر أن»)
gives the source's words; a word inside a name is no verb of saying («وول ستريت جورنال»); an
office's holder named right after the body the office is in; a colon that ends a later verb's
subject does not make a blocked homograph («بيننا وبين») a verb of saying."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_and_events_realtext import said

_RELAY_VERBS = [r for r in load_table("quote_cues") if r["kind"] == "relay_verb"]


@pytest.mark.parametrize("row", _RELAY_VERBS, ids=lambda r: r["form"])
def test_every_relaying_verb_gives_the_words_of_its_source(row: dict[str, str]) -> None:
    # a verb of learning (وعلمت) names its source after من, the others after عن
    learning = any(r["form"] == row["form"] and r["kind"] == "learn_verb" for r in load_table("quote_cues"))
    prep = "من" if learning else "عن"
    named = said(f"و{row['form']} صحيفة [الحياة](ORG:hayat) {prep} [جون كيري](PER:kerry) أن الاتفاق قريب.")
    assert named == [("indirect", "الاتفاق قريب", "kerry")]
    unnamed = said(f"و{row['form']} صحيفة [الحياة](ORG:hayat) {prep} مصادر مطلعة أن الاتفاق قريب.")
    assert unnamed == [("indirect", "الاتفاق قريب", None)]
    # without عن the subject itself speaks; without من a verb of learning is no speech
    got = said(f"و{row['form']} [الحياة](ORG:hayat) أن الاتفاق قريب.")
    assert (got == []) if learning else (got[0][2] == "hayat")


def test_a_word_inside_a_name_is_no_verb_of_saying() -> None:
    got = said("وقال [جون كيري](PER:kerry) لصحيفة [وول ستريت جورنال](ORG:wsj) إن واشنطن لن تطلق سراحه.")
    assert got == [("indirect", "واشنطن لن تطلق سراحه", "kerry")]
    # a name that opens with a verb of saying is still a name, not a verb inside it
    assert said("وأعلن [عبد الله](PER:abd) أن الاجتماع تأجل.")[0][2] == "abd"


def test_the_holder_named_right_after_the_body_of_an_office() -> None:
    got = said("وقال نائب الرئيس الأول لقسم المنتجات في شركة \"[فاير آي](ORG:fireeye)\" "
               "[مانيش جوبتا](PER:gupta) إن \"معظم أشكال الخرق تبدأ برسالة\".")
    assert got == [("direct", "معظم أشكال الخرق تبدأ برسالة", "gupta")]
    # a body with nobody named after it: an unnamed official still
    got = said("وقال مسؤول في شركة [فاير آي](ORG:fireeye) إن \"معظم أشكال الخرق تبدأ برسالة\".")
    assert got == [("direct", "معظم أشكال الخرق تبدأ برسالة", None)]


def test_a_later_verbs_colon_does_not_unblock_a_homograph() -> None:
    got = said("وقال [تركي شبانة](PER:shabana): نحن نعزز الشراكة العملية بيننا وبين صناع القرار في السينما، "
               "وأضاف [شبانة](PER:shabana): مصر هي القلب النابض للفن.")
    assert got == [("direct", "نحن نعزز الشراكة العملية بيننا وبين صناع القرار في السينما", "shabana"),
                   ("direct", "مصر هي القلب النابض للفن", "shabana")]


_PRONOUNS = [r for r in load_table("speaker_references") if r["kind"] == "pronoun"]
_OFFICE_WORDS = {"أمير": "الأمير", "وزير": "وزير الخارجية", "رئيس": "الرئيس", "مفتي": "مفتي المملكة"}


@pytest.mark.parametrize("row", _PRONOUNS, ids=lambda r: r["form"])
def test_every_courtesy_pronoun_stands_for_the_person_named_with_its_office(row: dict[str, str]) -> None:
    office = _OFFICE_WORDS[row["key"]]
    got = said(f"افتتح {office} [خالد الفيصل](PER:khalid) المعرض أمس. وقال [سعد](PER:saad) إن المعرض كبير. "
               f"وأكد {row['form']} أن المعرض ناجح.")
    assert got[-1] == ("indirect", "المعرض ناجح", "khalid")
    # in a lead, the person is named with the office after the pronoun
    got = said(f"وأكد {row['form']} أن المعرض ناجح. وكان {office} [خالد الفيصل](PER:khalid) قد افتتحه.")
    assert got == [("indirect", "المعرض ناجح", "khalid")]
    # nobody named with that office: the last speaker goes on
    got = said(f"وقال [سعد](PER:saad) إن المعرض كبير. وأكد {row['form']} أن المعرض ناجح.")
    assert got[-1][2] == "saad"


_BODIES = {"خلية": "خلية الإعلام الحربي", "تحالف": "تحالف دعم الشرعية", "قيادة": "قيادة العمليات المشتركة",
           "نادي": "نادي الهلال", "مديرية": "مديرية الأمن العام", "مكتب": "مكتب الأمم المتحدة",
           "مرصد": "مرصد حقوق الإنسان", "جبهة": "جبهة النصرة", "كتلة": "كتلة الأحرار",
           "مجموعة": "مجموعة العشرين"}


@pytest.mark.parametrize("form", sorted(_BODIES))
def test_a_body_named_again_by_its_kind_speaks(form: str) -> None:
    assert any(r["form"] == form and r["kind"] == "org" for r in load_table("speaker_references"))
    got = said(f"اجتمع ممثلو [{_BODIES[form]}](ORG:body) أمس. وقال [سعد](PER:saad) إن الاجتماع مهم. "
               f"وأوضح ال{form} في بيان أن الاجتماع ناجح.")
    assert got[-1] == ("indirect", "الاجتماع ناجح", "body")
