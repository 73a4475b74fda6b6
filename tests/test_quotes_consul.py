"""A consul is an office (speaker_references kind title, round 47): its holder named past the place
of his office speaks («أكد القنصل … في مدينة X [Y]، …، مشيرا إلى أن»), and so does she."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import speaker_ref
from marsad.lang.normalize import normalize
from tests.test_quotes_units import run


@pytest.mark.parametrize("word", ["قنصل", "القنصل", "قنصلة", "والقنصلة"])
def test_each_consul_row_is_a_title(word: str) -> None:
    ref = speaker_ref(normalize(word))
    assert ref == ("title", "قنصل")


def test_the_consul_named_past_the_place_of_his_office_speaks_on() -> None:
    got = run("أكد القنصل الأردني في مدينة إسطنبول التركية [سامي العلي](PER:sami)، خروج جميع الطلاب من "
              "المستشفى، مشيرا إلى أن حالتهم مستقرة.")
    assert [(t, s) for _k, t, s in got] == [("حالتهم مستقرة", "sami")]


def test_the_consul_woman_named_past_the_place_speaks() -> None:
    got = run("وقالت القنصلة الأردنية في إسطنبول [سلمى العلي](PER:salma) إن الطلاب بخير.")
    assert [(t, s) for _k, t, s in got] == [("الطلاب بخير", "salma")]
