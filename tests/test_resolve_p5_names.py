"""The group of the nuclear talks with Iran is named in several ways in the news of 2015; each
written form the catalogue lists keys the mention to `p5_plus_1` (round 39: «في ضوء توقيع إيران
مؤخرا الاتفاق النووي مع الدول الخمس+1» made an agreement of Iran with an unknown body)."""

from __future__ import annotations

import pytest

from marsad.resolve.catalogue import load
from tests.test_resolve import article, resolve


@pytest.mark.parametrize("name", ["الدول الخمس+1", "الدول الخمس + 1", "مجموعة الدول الست",
                                  "مجموعة الخمسة زائد واحد"])
def test_each_written_form_keys_the_group(name: str) -> None:
    arts = [article(f"وقعت إيران الاتفاق مع {name} في فيينا.", [("إيران", "LOC"), (name, "ORG")])]
    resolve(arts)
    assert arts[0].layer("mentions")[1].attrs.entity == "p5_plus_1"


def test_the_forms_are_the_groups_names_in_the_catalogue() -> None:
    names = {n for e in load(None) if e.id == "p5_plus_1" for n in e.names}
    assert {"الدول الخمس+1", "مجموعة الدول الست"} <= names
