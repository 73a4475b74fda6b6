"""A noun in the feminine plural with its owner's pronoun (زياراته, اتفاقاتها, اجتماعاتهم, لقاءاته) is
that noun, as the singular with it (زيارته, اتفاقها, اجتماعهم) and the bare plural (زيارات) are:
`words.form_matches` and `words.possessed` read the plural ending before the pronoun. A trigger noun
so written is read, and so is an agreement noun a signing needs («تم توقيع اتفاقاتها»)."""

from __future__ import annotations

import pytest

from marsad.events.triggers import find_triggers
from marsad.events.words import possessed, word_matches, words_of
from marsad.lang.normalize import normalize
from tests.test_events_units import labelled_parties, run


@pytest.mark.parametrize(("word", "form"), [("زياراته", "زيارة"), ("وزياراتهم", "زيارة"),
                                            ("اتفاقاتها", "اتفاق"), ("اتفاقياتهما", "اتفاقية"),
                                            ("اجتماعاتهم", "اجتماع")])
def test_the_plural_with_its_owner_matches_the_noun(word: str, form: str) -> None:
    assert word_matches(normalize(word), normalize(form), "noun") is not None


def test_the_plural_with_its_owner_is_possessed() -> None:
    assert possessed(normalize("اجتماعاتهم"), normalize("اجتماع"))
    assert possessed(normalize("لقاءاته"), normalize("لقاء"))
    assert not possessed(normalize("اجتماعات"), normalize("اجتماع"))  # no owner


def test_a_signing_of_its_agreements_is_read() -> None:
    assert [t.row.forms for t in find_triggers(words_of("أن هذه المشاريع تم توقيع اتفاقاتها في ديسمبر"))] \
        == [("توقيع",)]


def test_his_visits_to_a_place_are_a_visit() -> None:
    evs = run("واختتم الوزير [خالد العلي](PER:k) زياراته إلى [الأردن](LOC:jo) أمس.", "2015-08-03T08:00:00")
    assert labelled_parties(evs) == [("VISIT", ["k"])]
