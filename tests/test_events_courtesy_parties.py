"""Courtesy pronouns as the parties of a meeting, call or agreement (issue 15, events11
census: «وعقد فخامته اجتماعاً مع سموه»): each `pronoun` row of speaker_references.tsv near
the trigger, up to a comma or the next trigger, stands for the person introduced with its
office; after مع it is a named partner, no common noun. Row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_PRONOUNS = [r for r in load_table("speaker_references") if r["kind"] == "pronoun"]


def _meets(evs: list) -> list[list[str]]:
    return [e.attrs.participants for e in evs if e.label == "MEET"]


@pytest.mark.parametrize("row", _PRONOUNS, ids=lambda r: r["form"])
def test_a_courtesy_pronoun_after_mae_is_the_office_holder_named_before(row: dict[str, str]) -> None:
    evs = run(f"وأكد ال{row['key']} [فلان الفلاني](PER:y) أهمية العلاقات. وعقد الملك [عبدالله الثاني](PER:k) "
              f"اجتماعاً مع {row['form']} تناول العلاقات.")
    assert _meets(evs) == [["k", "y"]]


def test_two_courtesy_pronouns_are_both_parties() -> None:
    evs = run("وصل الأمير [محمد بن سلمان](PER:mbs) إلى [القاهرة](LOC:cairo) في زيارة رسمية. وكان في استقباله "
              "الرئيس [عبدالفتاح السيسي](PER:sisi). وعقد فخامته اجتماعاً مع سموه، حيث نقل سموه تحيات الملك.")
    assert _meets(evs) == [["sisi", "mbs"]]


def test_a_courtesy_pronoun_past_a_comma_or_another_trigger_is_no_party() -> None:
    evs = run("وأكد الوزير [عادل الجبير](PER:jubeir) أهمية العلاقات. والتقى الملك [عبدالله الثاني](PER:k) "
              "الرئيس [محمود عباس](PER:abbas)، وأشاد معاليه بالعلاقات.")
    assert _meets(evs) == [["k", "abbas"]]
