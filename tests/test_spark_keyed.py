"""The corpus steps' keyed work (`engines.Keyed`): `map` and `group` give the local order on
every engine, and each keyed step gives what one pass over everything gives: dedup's band
buckets the groups `NearDuplicates.add` finds, event merging's blocks the events of one
greedy pass, entity resolution's scored blocks the clusters of the in-process scoring. The
Spark cases run on `local[2]` with `keyed_min=0` (every keyed job on the executors); they
are skipped without PySpark or Java, except under CI."""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from marsad.engines import Keyed, LocalEngine, SparkEngine
from marsad.model import Article, Corpus, EventAttrs, Published, Span
from marsad.resolve.catalogue import load
from marsad.resolve.cluster import cluster
from marsad.steps.dedup import find_duplicates
from marsad.stories.items import published_day
from marsad.stories.merge import EventMerger, blocks, corpus_event, event_mentions, merge_events
from marsad.stories.neardup import NearDuplicates, make_doc
from marsad.stories.series import series_part
from marsad.stories.text import article_text, words


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkEngine]:
    if os.environ.get("CI") != "true":
        pytest.importorskip("pyspark", reason="the spark extra is not installed")
        if shutil.which("java") is None:
            pytest.skip("Spark needs Java")
    engine = SparkEngine("local[2]", keyed_min=0)
    try:
        yield engine
    finally:
        engine.close()


@pytest.fixture(params=["local", "spark"])
def engine(request: pytest.FixtureRequest) -> Keyed:
    return LocalEngine() if request.param == "local" else request.getfixturevalue("spark")


def _pairs(item: tuple[str, list[str]]) -> list[tuple[str, str]]:
    name, keys = item
    return [(k, name) for k in keys]


def _joined(key: str, names: list[str]) -> str:
    return key + ":" + ",".join(names)


def test_group_gives_keys_in_first_appearance_and_values_in_item_order(engine: Keyed) -> None:
    items = [(f"i{n}", [f"k{(n * 7) % 5}", f"k{(n * 3) % 4}"]) for n in range(40)]
    got = engine.group(items, _pairs, _joined)
    order: dict[str, list[str]] = {}
    for name, keys in items:
        for k in keys:
            order.setdefault(k, []).append(name)
    assert got == [(k, _joined(k, names)) for k, names in order.items()]
    assert [k for k, _ in got] == ["k0", "k2", "k3", "k4", "k1"]  # not sorted, not hashed
    assert engine.map(len, [name for name, _ in items]) == [len(name) for name, _ in items]


def test_below_keyed_min_the_work_stays_on_the_driver() -> None:
    engine = SparkEngine("local[2]", keyed_min=10)  # never started: no Spark needed
    assert engine.map(str.upper, ["a", "b"]) == ["A", "B"]
    assert engine.group([("x", ["k"]), ("y", ["k"])], _pairs, _joined) == [("k", "k:x,y")]
    assert engine._context is None


# Invented words (no corpus): texts made of them, copied, cut short, edited, or apart.
WORDS = [f"كلمة{chr(0x628 + k % 20)}{k}" for k in range(400)]


def _corpus(seed: int, n: int) -> list[Article]:
    rnd = random.Random(seed)
    bases = [[rnd.choice(WORDS) for _ in range(rnd.choice([6, 40, 90, 150]))] for _ in range(n // 3)]
    arts = []
    for k in range(n):
        ws = list(rnd.choice(bases))
        kind = rnd.random()
        if kind < 0.3:
            ws = ws[: max(3, int(len(ws) * rnd.uniform(0.4, 0.9)))]  # cut short
        elif kind < 0.6:
            for _ in range(rnd.randint(1, 6)):  # lightly edited
                ws[rnd.randrange(len(ws))] = rnd.choice(WORDS)
        elif kind < 0.7:
            ws = [rnd.choice(WORDS) for _ in ws]  # a text of its own
        title = f"سلسلة ({rnd.randint(1, 3)})" if rnd.random() < 0.1 else None
        a = Article(path=f"t{k}", text=" ".join(ws), url=f"https://x.test/{seed}/{k}", title=title)
        a.published = Published(date=f"2024-01-{1 + k % 9:02d}" if k % 4 else None, source="test")
        arts.append(a)
    return arts


def _one_by_one(arts: list[Article], nd: NearDuplicates) -> dict[str, str]:
    """What `add` gives: each document checked against every one added before."""
    for art in sorted(arts, key=lambda a: (published_day(a) is None, str(published_day(a)), a.id)):
        day = published_day(art)
        nd.add(make_doc(art.id, words(article_text(art)), day.isoformat() if day else None,
                        series_part(art.title)))
    return nd.groups()


def test_dedup_by_band_buckets_gives_the_groups_of_adding_one_by_one(engine: Keyed) -> None:
    arts = _corpus(1, 90)
    expected = _one_by_one(arts, NearDuplicates())
    corpus = Corpus(articles=arts, options={"engine": engine})
    find_duplicates(corpus)
    assert {a.id: a.duplicate_group for a in arts} == {a.id: expected[a.id] for a in arts}
    sizes = sorted(list(expected.values()).count(g) for g in set(expected.values()))
    assert sizes[-1] >= 3 and sizes[0] == 1  # groups and loners both


def test_dedup_against_earlier_runs_sketches(engine: Keyed) -> None:
    earlier, now = _corpus(2, 60), _corpus(3, 60)
    now += earlier[:5]  # articles seen before come again
    sequential = NearDuplicates()
    _one_by_one(earlier, sequential)
    expected = _one_by_one(now, sequential)
    stored = NearDuplicates()
    _one_by_one(earlier, stored)
    nd = find_duplicates(Corpus(articles=now, options={"engine": engine}), stored)
    assert nd.groups() == expected
    assert sorted(nd.docs) == sorted(sequential.docs)


def _event_articles(seed: int) -> list[Article]:
    rnd = random.Random(seed)
    people = [f"e{k}" for k in range(12)]
    arts = []
    for k in range(60):
        a = Article(path=f"ev{k}", text="نص " * 40, url=f"https://x.test/ev/{seed}/{k}")
        day = rnd.randint(1, 20)
        a.published = Published(date=f"2023-05-{day:02d}" if rnd.random() < 0.8 else None, source="test")
        a.story = f"s{rnd.randint(0, 5)}" if rnd.random() < 0.6 else None
        spans = []
        for i in range(rnd.randint(0, 3)):
            attrs: dict[str, Any] = {
                "participants": rnd.sample(people, rnd.randint(0, 3)),
                "date": f"2023-05-{min(28, day + rnd.randint(-2, 1)):02d}" if rnd.random() < 0.5 else None,
                "place": rnd.choice([None, "p1", "p2"]), "series": None,
                "round": rnd.choice([None, None, 1, 2])}
            label = rnd.choice(["MEET", "VISIT", "CALL"])
            spans.append(Span(i * 3, i * 3 + 2, label, EventAttrs.from_json(attrs)))
        a.set_layer("events", spans)
        arts.append(a)
    return arts


def test_event_blocks_give_the_events_of_one_pass(engine: Keyed) -> None:
    one_pass = _event_articles(4)
    expected = [corpus_event(c).to_json() for c in EventMerger().merge(one_pass)]
    ids = [s.attrs.to_json() for a in one_pass for s in a.layer("events")]
    arts = _event_articles(4)
    got = merge_events(arts, group=engine.group)
    assert [e.to_json() for e in got.values()] == expected
    assert [s.attrs.to_json() for a in arts for s in a.layer("events")] == ids
    found = blocks(event_mentions(arts))
    assert len(set(found)) > len({label for label, _ in found})  # a type splits into blocks
    assert len(expected) < len(found)  # and mentions do merge


# Invented names and spellings of them (variants an Arabic corpus writes).
NAMES = ["محمد بن سلمان", "محمد بن سلمان آل سعود", "دونالد ترامب", "دونلد ترامب", "ترامب", "ترمب",
         "فلاديمير بوتين", "فلاديمير بوتن", "بوتين", "سيرغي لافروف", "سيرجي لافروف", "سيرغي شويغو",
         "شي جين بينغ", "شي جينبينغ", "وزارة الخارجية الروسية", "وزارة الخارجية الصينية",
         "donald trump", "vladimir putin", "منظمة الصحة العالمية", "منظمة الصحه العالميه",
         "أنطونيو غوتيريش", "انطونيو غوتيريس", "غوتيريش", "مدينة نجران", "نجران"]


def test_resolution_blocks_scored_on_the_engine_cluster_as_in_process(engine: Keyed) -> None:
    types = {n: "ORG" if n.startswith(("وزارة", "منظمة")) else "LOC" if "نجران" in n else "PER"
             for n in NAMES}
    keys = {(types[n], n): 1 + k % 4 for k, n in enumerate(NAMES)}
    entries = load(None)
    expected = cluster(keys, entries)
    got = cluster(keys, entries, engine.group)
    assert {k: (r, e.id if e else None) for k, (r, e) in got.items()} == \
        {k: (r, e.id if e else None) for k, (r, e) in expected.items()}
    assert expected[("PER", "دونالد ترامب")][0] == expected[("PER", "دونلد ترامب")][0]
    assert expected[("PER", "سيرغي لافروف")][0] != expected[("PER", "سيرغي شويغو")][0]
