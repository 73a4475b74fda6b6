"""Sketches made where the per-article stages ran (`duplicates.prepare_sketches`, part of
`app.prepare_writing`): dedup takes them as made, the same groups as sketching on the driver,
and they leave the articles once used."""

from __future__ import annotations

import numpy as np

from marsad.app import prepare_writing
from marsad.model import Article, Corpus, Published
from marsad.steps.dedup import dedup
from marsad.stories.duplicates import SKETCHES, _doc, _text, prepare_sketches
from marsad.stories.items import STORY_ITEM, item_of
from tests.test_dedup import OTHER, WIRE


def _articles() -> list[Article]:
    out = []
    for n, (text, date) in enumerate([(WIRE, "2015-03-02"), (WIRE + " والله الموفق", "2015-03-01"),
                                      (OTHER, None), (" ".join(WIRE.split()[:45]), "2015-03-02"),
                                      ("خبر قصير", None)]):
        a = Article(path=f"a{n}.txt", text=text, title=f"عنوان {n}", url=f"u{n}")
        a.published = Published(date=date, source="test")
        out.append(a)
    return out


def _groups(arts: list[Article]) -> list[str | None]:
    dedup.func(Corpus(articles=arts))
    return [a.duplicate_group for a in arts]


def test_a_prepared_sketch_is_the_one_dedup_makes() -> None:
    for art in _articles():
        prepare_sketches([art])
        made, own = art.prepared[SKETCHES], _doc(_text(art))
        assert (made.key, made.size, made.lead_size, made.order, made.short_id, made.part) == (
            own.key, own.size, own.lead_size, own.order, own.short_id, own.part)
        assert np.array_equal(made.full, own.full) and np.array_equal(made.lead, own.lead)


def test_groups_are_the_same_with_all_some_or_none_of_the_sketches_prepared() -> None:
    plain = _groups(_articles())
    assert plain[0] == plain[1] == plain[3] and plain[2] != plain[0]  # not trivially all apart
    every = _articles()
    prepare_sketches(every)
    some = _articles()
    prepare_sketches(some[1:3])
    assert _groups(every) == plain == _groups(some)
    assert not any(SKETCHES in a.prepared for a in [*every, *some])  # taken off once used


def test_prepare_writing_makes_the_sketches_only_when_asked() -> None:
    arts = _articles()
    prepare_writing(arts[:2])
    prepare_writing(arts[2:], sketches=True)
    assert [SKETCHES in a.prepared for a in arts] == [False, False, True, True, True]


def test_prepare_writing_makes_the_same_story_items_with_or_without_the_sketches() -> None:
    alone, with_sketches = _articles(), _articles()
    prepare_writing(alone, items=True)  # `items.prepare_items` from the scans
    prepare_writing(with_sketches, sketches=True, items=True)
    for a, b, own in zip(alone, with_sketches, _articles(), strict=True):
        assert a.prepared[STORY_ITEM].unpack() == b.prepared[STORY_ITEM].unpack() == item_of(own)
