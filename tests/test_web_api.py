"""The JSON API of `marsad serve` over a run of ../shared/seeds and examples/corpus (plus two
articles whose every field carries markup): every endpoint, pagination, filters, names next
to ids, and every 404 and 422 in the one error shape."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.app import run  # noqa: E402
from marsad.reading.stories import story_summaries  # noqa: E402
from marsad.store.read import open_readonly  # noqa: E402
from marsad.web.app import create_app  # noqa: E402
from tests.conftest import ROOT, need_shared  # noqa: E402

HOSTILE = [
    {"source": "وكالة <script>alert(1)</script>", "url": "javascript:alert(1)", "date": "2025-04-02",
     "title": "فيدان يزور القاهرة <img src=x onerror=alert(1)>",
     "text": "القاهرة - التقى وزير الخارجية التركي هاكان فيدان <script>alert(1)</script> "
             "وزير الخارجية المصري بدر عبد العاطي في القاهرة.\n"
             "وقال فيدان إن \"البلدين يتفقان \"><svg onload=alert(1)>\".\n"},
]
LISTS = ["/api/articles", "/api/entities", "/api/events", "/api/quotes", "/api/stories", "/api/timeline"]


def build_run(tmp: Path) -> Path:
    """A run of the seeds, examples/corpus and the hostile articles; its database."""
    seeds = need_shared("seeds")
    near = {**HOSTILE[0], "source": "wafa-wire", "url": "https://wire.example/near",
            "text": HOSTILE[0]["text"] + "وأضاف أن المحادثات ستستمر غدا.\n"}
    hostile = tmp / "hostile.jsonl"
    hostile.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [*HOSTILE, near]),
                       encoding="utf-8")
    run([seeds, ROOT / "examples" / "corpus", hostile], tmp / "out")
    return tmp / "out" / "marsad.db"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with TestClient(create_app(build_run(tmp_path_factory.mktemp("webapi")))) as c:
        yield c


def get(client: TestClient, url: str, *, expect: int = 200, **params: Any) -> Any:
    r = client.get(url, params=params or None)
    assert r.status_code == expect, (url, params, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def dates(first: str, last: str | None = None) -> dict[str, Any]:
    """The date parameters `from` (a Python keyword) and `to`."""
    return {"from": first, **({"to": last} if last else {})}


def an_id(client: TestClient, name: str) -> str:
    """The id of the entity a name names (through the API's own lookup)."""
    items = get(client, "/api/entities", q=name)["items"]
    assert items, name
    return str(items[0]["id"])


@pytest.mark.parametrize("url", LISTS)
def test_every_list_is_paginated_with_the_one_shape(client: TestClient, url: str) -> None:
    body = get(client, url, size=2)
    assert set(body) >= {"items", "page", "size", "total"}
    assert body["page"] == 1 and body["size"] == 2 and len(body["items"]) <= 2
    assert body["total"] >= 2, url
    second = get(client, url, size=2, page=2)
    assert second["page"] == 2 and second["items"] and second["items"] != body["items"]
    beyond = get(client, url, size=2, page=10_000)
    assert beyond["items"] == [] and beyond["total"] == body["total"]


def test_pages_of_articles_cover_the_list_once(client: TestClient) -> None:
    total = get(client, "/api/articles")["total"]
    seen = [a["id"] for p in range(1, total // 4 + 2)
            for a in get(client, "/api/articles", size=4, page=p)["items"]]
    assert len(seen) == total == len(set(seen))


@pytest.mark.parametrize("url,params", [
    (url, {"size": 0}) for url in LISTS] + [(url, {"size": 101}) for url in LISTS] + [
    (url, {"page": 0}) for url in LISTS] + [
    ("/api/articles", {"from": "2025-02-30"}), ("/api/articles", {"to": "yesterday"}),
    ("/api/events", {"from": "2025-1-1"}), ("/api/events", {"from": "2025-03-10", "to": "2025-03-01"}),
    ("/api/timeline", {"to": "10/03/2025"}), ("/api/network", {"from": "x"}),
    ("/api/entities", {"q": "ب" * 201}), ("/api/quotes", {"speaker": "ب" * 201}),
])
def test_bad_parameters_give_422_with_the_error_shape(client: TestClient, url: str,
                                                     params: dict[str, Any]) -> None:
    err = get(client, url, expect=422, **params)["error"]
    assert err["status"] == 422 and err["message"] and isinstance(err["details"], list)


@pytest.mark.parametrize("url", ["/api/articles/nope", "/api/entities/nope", "/api/stories/nope",
                                 "/api/nothing-here"])
def test_unknown_ids_give_404_with_the_error_shape(client: TestClient, url: str) -> None:
    err = get(client, url, expect=404)["error"]
    assert err["status"] == 404 and err["message"] and err["details"] == []


def test_an_article_has_its_layers_with_names_next_to_ids(client: TestClient) -> None:
    shoigu = an_id(client, "شويغو")
    quotes = get(client, "/api/quotes", speaker=shoigu, size=100)["items"] or get(
        client, "/api/quotes", size=100)["items"]
    art = get(client, f"/api/articles/{quotes[0]['article']}")
    text, layers = art["text"], art["layers"]
    assert set(layers) == {"segments", "mentions", "timexes", "quotes", "events"}
    assert layers["mentions"] and layers["segments"]
    for m in layers["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
        assert m["entity"] is None or m["entity_name"]
    for q in layers["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
        assert q["speaker"] is None or q["speaker_name"]
    for e in layers["events"]:
        assert all(p["name"] for p in e["participants"])
    assert "evidence" in art["published"] and art["page"] == f"/article/{art['id']}"
    assert art["story"] and get(client, f"/api/stories/{art['story']}")["id"] == art["story"]


def test_near_duplicates_name_each_other(client: TestClient) -> None:
    pair = get(client, "/api/articles", **dates("2025-04-02", "2025-04-02"))["items"]
    assert len(pair) == 2
    one, other = (get(client, f"/api/articles/{a['id']}") for a in pair)
    assert [(d["id"], d["relation"]) for d in one["duplicates"]] == [(other["id"], "near")]
    assert [d["id"] for d in other["duplicates"]] == [one["id"]]
    assert one["duplicate_group"] == other["duplicate_group"]


def test_articles_filter_by_outlet_and_dates(client: TestClient) -> None:
    wafa = get(client, "/api/articles", outlet="wafa-wire", size=100)
    assert wafa["total"] >= 2 and all(a["source"] == "wafa-wire" for a in wafa["items"])
    march = get(client, "/api/articles", size=100, **dates("2025-03-01", "2025-03-10"))
    days = [a["published_date"][:10] for a in march["items"]]
    assert days and all("2025-03-01" <= d <= "2025-03-10" for d in days)
    assert days == sorted(days, reverse=True)


def test_entities_filter_by_type_and_by_any_spelling(client: TestClient) -> None:
    people = get(client, "/api/entities", type="per", size=100)["items"]
    assert people and all(e["type"] == "PER" for e in people)
    china = get(client, "/api/entities", q="China")["items"]
    assert [e["id"] for e in china] == [e["id"] for e in get(client, "/api/entities", q="الصين")["items"]]
    nothing = get(client, "/api/entities", q="بوتينن")
    assert nothing["items"] == [] and nothing["total"] == 0
    assert "فلاديمير بوتين" in [s["name"] for s in nothing["suggestions"]]
    assert get(client, "/api/entities", q="زززقققث") == {"items": [], "page": 1, "size": 20, "total": 0,
                                                         "suggestions": []}


def test_an_entity_has_variants_months_neighbours_quotes_and_events(client: TestClient) -> None:
    ent = get(client, f"/api/entities/{an_id(client, 'الصين')}")
    assert ent["name"] == "الصين" and ent["type"] == "LOC" and ent["qid"] == "Q148"
    assert ent["catalogue_id"] == ent["id"] and ent["wikidata"].endswith("/Q148")
    assert {"الصين", "China"} <= {v["variant"] for v in ent["variants"]}
    assert sum(m["mentions"] for m in ent["per_month"]) + ent["undated_mentions"] == ent["mentions"]
    assert 0 < len(ent["cooccurring"]) <= 20 and all(c["name"] for c in ent["cooccurring"])
    assert ent["events"] and all(p["name"] for e in ent["events"] for p in e["participants"])
    wang = get(client, f"/api/entities/{an_id(client, 'وانغ يي')}")
    assert wang["quotes"] and all(q["speaker"] == wang["id"] for q in wang["quotes"])


def test_events_filter_by_entity_type_status_and_dates(client: TestClient) -> None:
    lavrov = an_id(client, "لافروف")
    found = get(client, "/api/events", entity="لافروف", size=100)["items"]
    assert found and all(lavrov in [p["id"] for p in e["participants"]] + [e["place"] and e["place"]["id"]]
                         for e in found)
    meets = get(client, "/api/events", type="MEET", size=100)["items"]
    assert meets and all(e["type"] == "MEET" for e in meets)
    planned = get(client, "/api/events", status="planned", size=100)["items"]
    assert all(e["status"] == "planned" for e in planned)
    dated = get(client, "/api/events", size=100, **dates("2025-03-01", "2025-03-31"))["items"]
    assert dated and all(e["when"][:7] == "2025-03" for e in dated)
    for e in found:
        assert e["evidence"]
        assert all(s["page"] == f"/article/{s['article']}#s-{s['start']}" for s in e["evidence"])
    unknown = get(client, "/api/events", entity="لافروفف")
    assert unknown["items"] == [] and unknown["suggestions"]


def test_quotes_by_speaker_and_by_entity_named(client: TestClient) -> None:
    wang = an_id(client, "وانغ يي")
    by = get(client, "/api/quotes", speaker="وانغ يي", size=100)["items"]
    assert by and all(q["speaker"] == wang and q["speaker_name"] for q in by)
    about = get(client, "/api/quotes", entity="الصين", size=100)["items"]
    assert about and len(about) < get(client, "/api/quotes")["total"]


def test_stories_and_one_story(client: TestClient) -> None:
    stories = get(client, "/api/stories", size=100)
    sizes = [s["size"] for s in stories["items"]]
    assert sizes == sorted(sizes, reverse=True) and stories["total"] == len(sizes)
    with open_readonly(client.app.state.db_path) as con:  # type: ignore[attr-defined]
        assert [s["id"] for s in stories["items"]] == [s.id for s in story_summaries(con)]
    one = get(client, f"/api/stories/{stories['items'][0]['id']}")
    assert one["headline"] and len(one["members"]) == one["size"] >= 2
    assert all(e["name"] for e in one["entities"])


def test_timeline_has_series_and_network_has_weighted_edges(client: TestClient) -> None:
    tl = get(client, "/api/timeline", size=100)
    assert tl["items"] and isinstance(tl["series"], list)
    for s in tl["series"]:
        assert s["rounds"] and not set(s["missing"]) & {r["round"] for r in s["rounds"]}
    net = get(client, "/api/network")
    ids = {n["id"] for n in net["nodes"]}
    assert net["edges"] and all(e["source"] in ids and e["target"] in ids and e["weight"] >= 1
                                for e in net["edges"])
    assert all(n["name"] and n["page"].startswith("/entity/") for n in net["nodes"])
    calls = get(client, "/api/network", type="CALL")
    assert calls["edges"] and all(set(e["types"]) == {"CALL"} for e in calls["edges"])
    fidan = an_id(client, "فيدان")
    around = get(client, "/api/network", entity="فيدان")
    assert around["edges"] and fidan in {n["id"] for n in around["nodes"]}
    assert len(around["nodes"]) < len(net["nodes"])
    assert get(client, "/api/network", **dates("2030-01-01"))["nodes"] == []


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = set(get(client, "/openapi.json")["paths"])
    assert {"/api/articles", "/api/articles/{aid}", "/api/entities", "/api/entities/{eid}", "/api/events",
            "/api/quotes", "/api/stories", "/api/stories/{sid}", "/api/timeline", "/api/network"} <= paths
