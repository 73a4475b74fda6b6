"""A word of all the ones asked right after a verb of asking or calling («وطالب [الجميع] ب…»,
«ودعا [جميع المستفيدين] إلى …») opens the ones asked, not the verb's subject: the caller is the
one carried on (speaker_asked_all.tsv, issue 15 round 48), on invented sentences."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run

_BEFORE = ("دوّن مدرب الاتحاد [بولوني](PER:b) ملاحظاته الفنية على لاعبي الفريق بعد اللقاء الودي، ")


@pytest.mark.parametrize("row", load_table("speaker_asked_all"), ids=lambda r: r["form"])
def test_each_word_of_all_the_ones_asked_leaves_the_caller_carried_on(row: dict[str, str]) -> None:
    asked = row["form"] if row["form"].startswith("ال") else row["form"] + " اللاعبين"
    got = run(_BEFORE + f"وطالب {asked} ببذل المزيد من الجهد خلال الأيام المقبلة.")
    assert [(t, s) for _, t, s in got] == [("ببذل المزيد من الجهد خلال الأيام المقبلة", "b")]


def test_a_named_subject_after_the_verb_still_speaks() -> None:
    got = run(_BEFORE + "وطالب [خالد المنصور](PER:k) اللاعبين ببذل المزيد من الجهد خلال الأيام المقبلة.")
    assert [s for _, _, s in got] == ["k"]
