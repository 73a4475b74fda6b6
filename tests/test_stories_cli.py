"""Reading stories: the summary fields of `stories.jsonl`, `marsad stories` and `marsad story`,
on the shipped sample corpus (and an incremental run over two halves of it)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from marsad.cli.main import app
from marsad.reading.stories import story_summaries
from marsad.store.read import open_readonly
from marsad.stories.summary import Member, central, choose, summarize, terms_of

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
runner = CliRunner()
Rec = dict[str, Any]


def _cli(*args: str) -> tuple[int, str, str]:
    res = runner.invoke(app, list(args))
    return res.exit_code, res.stdout, res.stderr


def _jsonl(path: Path) -> list[Rec]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _run(out: Path, *inputs: Path) -> None:
    code, _, err = _cli("run", *map(str, inputs), "--out", str(out), "--quiet")
    assert code == 0, err


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent")
    out = tmp_path_factory.mktemp("stories") / "out"
    _run(out, CORPUS)
    return out


def _by_id(out: Path) -> tuple[dict[str, Rec], dict[str, Rec]]:
    """(stories.jsonl records, articles.jsonl records), by id."""
    return ({s["id"]: s for s in _jsonl(out / "stories.jsonl")},
            {a["id"]: a for a in _jsonl(out / "articles.jsonl")})


def _order(a: Rec) -> tuple[bool, str]:
    day = (a["published"]["date"] or "")[:10]
    return (not day, day)


def test_stories_jsonl_carries_consistent_summaries(sample: Path) -> None:
    stories, arts = _by_id(sample)
    events = {e["id"]: e for e in _jsonl(sample / "events.jsonl")}
    assert max(s["size"] for s in stories.values()) >= 3
    for s in stories.values():
        members = [arts[a] for a in s["articles"]]
        assert s["size"] == len(s["articles"]) == len(set(s["articles"])) > 0
        assert all(a["story"] == s["id"] for a in members)
        assert s["headline"] in {a["title"] for a in members}
        days = [d for d in (_order(a)[1] for a in members) if d]
        assert (s["first"], s["last"]) == (min(days, default=None), max(days, default=None))
        assert s["first"] is None or s["first"] <= s["last"]
        assert [_order(a) for a in members] == sorted(_order(a) for a in members)
        sources = [a["source"] for a in members if a["source"]]
        assert sorted(s["outlets"]) == sorted(set(sources))
        assert [sources.count(o) for o in s["outlets"]] == sorted((sources.count(o) for o in s["outlets"]),
                                                                 reverse=True)
        mentioned = {e: sum(any(m["entity"] == e for m in a["mentions"]) for a in members)
                     for a in members for e in (m["entity"] for m in a["mentions"]) if e}
        assert 0 < len(s["entities"]) <= 8
        assert all(e["articles"] == mentioned[e["id"]] for e in s["entities"])
        assert [e["articles"] for e in s["entities"]] == sorted(mentioned.values(), reverse=True)[:8]
        cited = {ev["id"] for a in members for ev in a["events"] if ev["id"] in events}
        assert {ev["id"] for ev in s["events"]} == cited
        assert all(ev["type"] == events[ev["id"]]["type"] for ev in s["events"])


def test_the_database_gives_the_same_summaries(sample: Path) -> None:
    con = open_readonly(sample / "marsad.db")
    try:
        from_db = {s.id: s.record() for s in story_summaries(con)}
    finally:
        con.close()
    assert from_db == _by_id(sample)[0]


def test_stories_lists_the_largest_first(sample: Path) -> None:
    stories, _ = _by_id(sample)
    code, out, _ = _cli("stories", "--out", str(sample))
    assert code == 0
    biggest = max(stories.values(), key=lambda s: s["size"])
    assert out.splitlines()[0].startswith(f"{biggest['id']}  {biggest['size']} articles")
    assert biggest["headline"] in out.splitlines()[1]
    code, out, _ = _cli("stories", "--out", str(sample), "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["id"] for r in rows} == set(stories)
    keys = [(-r["size"], r["last"] is None) for r in rows]
    assert keys == sorted(keys)
    same_size = [r["last"] for r in rows if r["size"] == 1 and r["last"]]
    assert same_size == sorted(same_size, reverse=True)
    code, out, _ = _cli("stories", "--out", str(sample), "--limit", "2", "--json")
    assert [json.loads(line)["id"] for line in out.splitlines()] == [r["id"] for r in rows[:2]]


@pytest.mark.parametrize(("spelling", "written"), [("Hakan Fidan", "فيدان"), ("شويجو", "شويغو")])
def test_entity_takes_any_spelling(sample: Path, spelling: str, written: str) -> None:
    _, arts = _by_id(sample)
    mentions = [(a["story"], m) for a in arts.values() for m in a["mentions"]]
    eid = next(m["entity"] for _, m in mentions if m["text"].endswith(written) and m["entity"])
    assert not any(spelling == m["text"] for _, m in mentions)
    want = {sid for sid, m in mentions if m["entity"] == eid}
    code, out, _ = _cli("stories", "--out", str(sample), "--entity", spelling, "--json")
    assert code == 0
    got = {json.loads(line)["id"] for line in out.splitlines()}
    assert got == want and 0 < len(got) < len({a["story"] for a in arts.values()})
    code, _, err = _cli("stories", "--out", str(sample), "--entity", "زيلينسكيييي")
    assert code == 1 and len(err.strip().splitlines()) == 1


def test_from_to_keep_the_stories_that_overlap(sample: Path) -> None:
    stories, _ = _by_id(sample)

    def listed(*dates: str) -> set[str]:
        code, out, _ = _cli("stories", "--out", str(sample), "--json", *dates)
        assert code == 0
        return {json.loads(line)["id"] for line in out.splitlines()}

    assert listed("--to", "2024-12-31") == {s["id"] for s in stories.values() if s["last"] < "2025"}
    late = listed("--from", "2025-03-11")
    assert late == {s["id"] for s in stories.values() if s["last"] >= "2025-03-11"}
    assert late and late != set(stories)
    assert listed("--from", "2025-03-10", "--to", "2025-03-10") == {
        s["id"] for s in stories.values() if s["first"] <= "2025-03-10" <= s["last"]}
    assert listed("--from", "2030-01-01") == set()


def test_story_shows_its_articles_in_date_order(sample: Path) -> None:
    stories, arts = _by_id(sample)
    big = max(stories.values(), key=lambda s: s["size"])
    code, out, _ = _cli("story", big["id"], "--out", str(sample))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == big["headline"]
    shown = lines[lines.index("articles:") + 1:]
    assert len(shown) == big["size"]
    days = [line.split()[0] for line in shown]
    assert days == sorted(days)
    members = sorted((arts[a] for a in big["articles"]), key=_order)
    assert all(a["title"] in line for a, line in zip(members, shown, strict=True))
    assert all(a["url"] in line for a, line in zip(members, shown, strict=True) if a["url"])
    code, out, _ = _cli("story", big["id"], "--out", str(sample), "--json")
    rec = json.loads(out)
    assert [m["id"] for m in rec["members"]] == rec["articles"] == big["articles"]


def test_unknown_story_offers_the_nearest_and_exits_1(sample: Path) -> None:
    sid = next(iter(_by_id(sample)[0]))
    code, out, err = _cli("story", sid[:6], "--out", str(sample))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert sid in err
    code, _, err = _cli("story", "nothing-like-it", "--out", str(sample))
    assert code == 1 and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [
    ("stories",), ("story", "s1"), ("stories", "--out", "{missing}"), ("story", "s1", "--out", "{missing}"),
    ("stories", "--out", "{empty}"), ("stories", "--out", "{sample}", "--from", "2025-13-01"),
    ("stories", "--out", "{sample}", "--from", "2025-03-11", "--to", "2025-03-10"),
    ("stories", "--out", "{sample}", "--limit", "-1"),
])
def test_a_mistake_says_what_to_do_in_one_line(sample: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    (tmp_path / "empty").mkdir()
    where = {"missing": tmp_path / "missing", "empty": tmp_path / "empty", "sample": sample}
    before = sorted(p.name for p in sample.iterdir())
    code, out, err = _cli(*(a.format(**where) for a in args))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "missing").exists() and not list((tmp_path / "empty").iterdir())
    assert sorted(p.name for p in sample.iterdir()) == before


def test_an_incremental_run_adds_to_the_stories_of_the_first(tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent")
    out = tmp_path / "out"
    _run(out, CORPUS / "alwatan", CORPUS / "alkhabar")
    first = set(_by_id(out)[1])
    _run(out, CORPUS / "wires", CORPUS / "archive", CORPUS / "legacy")
    stories, both = _by_id(out)
    second = set(both) - first  # articles.jsonl holds every run's articles (written from the database)
    assert first and second and first < set(both)
    code, text, _ = _cli("stories", "--out", str(out), "--json")
    assert code == 0
    rows = [json.loads(line) for line in text.splitlines()]
    listed = {a for r in rows for a in r["articles"]}
    assert first | second <= listed
    assert any(first & set(r["articles"]) and second & set(r["articles"]) for r in rows)
    # The second run's stories.jsonl summarises old members too, as the database does.
    by_id = {r["id"]: r for r in rows}
    assert all(by_id[sid] == rec for sid, rec in stories.items())


def test_the_headline_is_the_most_central_member_then_the_earliest() -> None:
    texts = {"a": "وزير الخارجية التركي في القاهرة",
             "b": "وزير الخارجية التركي في القاهرة لبحث غزة والسودان",
             "c": "غزة والسودان على طاولة القاهرة",
             "d": "غزة والسودان على طاولة القاهرة"}
    terms = {k: terms_of(t) for k, t in texts.items()}
    members = {k: Member(k, title=f"title {k}", published=f"2025-03-1{9 - i}") for i, k in enumerate(texts)}
    assert central(list(members.values())[:3], terms) == members["b"]  # shares most with a and c
    assert central([members["c"], members["d"]], terms) == members["d"]  # alike: the earliest
    assert central([members["a"], members["c"]], terms) == members["c"]  # one word shared: the earliest
    assert central([members["a"], members["b"], members["d"]], terms) == members["b"]
    lone = summarize("s", [members["a"]], terms, {}, {})
    assert (lone.headline, lone.first, lone.last, lone.size) == ("title a", "2025-03-19", "2025-03-19", 1)
    untitled = Member("z", published="2025-01-01")
    assert summarize("s", [untitled, members["a"]], terms, {}, {}).headline == "title a"


def test_members_go_in_publication_order_and_stories_largest_then_newest() -> None:
    old = [Member("x", title="x", published="2024-05-02T10:00"), Member("y", title="y"),
           Member("w", title="w", published="2024-05-02T08:30"),
           Member("v", title="v", published="2024-05-01")]
    s = summarize("s-old", old, {}, {}, {})
    assert s.articles == ["v", "w", "x", "y"] and (s.first, s.last) == ("2024-05-01", "2024-05-02")
    stories = {"s-new": [Member("n", published="2025-01-01")], "s-old": old,
               "s-undated": [Member("u")], "s-newer": [Member("m", published="2025-02-01")]}
    assert choose(stories) == ["s-old", "s-newer", "s-new", "s-undated"]
    assert choose(stories, start=date(2024, 12, 1)) == ["s-newer", "s-new"]
    assert choose(stories, end=date(2024, 5, 1), limit=1) == ["s-old"]
    assert choose(stories, entity_ids={"nobody"}) == []
