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
    named = said(f"و{row['form']} صحيفة [الحياة](ORG:hayat) عن [جون كيري](PER:kerry) أن الاتفاق قريب.")
    assert named == [("indirect", "الاتفاق قريب", "kerry")]
    unnamed = said(f"و{row['form']} صحيفة [الحياة](ORG:hayat) عن مصادر مطلعة أن الاتفاق قريب.")
    assert unnamed == [("indirect", "الاتفاق قريب", None)]
    # without عن the subject itself speaks
    assert said(f"و{row['form']} [الحياة](ORG:hayat) أن الاتفاق قريب.")[0][2] == "hayat"


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
