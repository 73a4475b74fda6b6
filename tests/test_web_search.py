"""The search page and `/api/search` over a run of the seeds and examples/corpus (plus one
article that carries markup), through FastAPI's test client."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from marsad.app import run
from marsad.search.words import matches, tokens
from marsad.search_index import update_index
from marsad.store.sqlite import connect
from marsad.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
XSS = ("الرياض - <script>alert(1)</script> وصل الوفد إلى الرياض اليوم الاثنين في زيارة رسمية "
       "تستمر ثلاثة أيام، وقال المتحدث إن المحادثات ستتناول التعاون <img src=x onerror=alert(2)>.\n")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not here")
    base = tmp_path_factory.mktemp("web_search")
    extra = base / "in"
    extra.mkdir()
    (extra / "markup.txt").write_text("زيارة وفد إلى الرياض\n\n" + XSS * 2, encoding="utf-8")
    out = base / "out"
    run([SEEDS, ROOT / "examples" / "corpus", extra], out)
    con = connect(out / "marsad.db")
    with con:
        update_index(con)  # until the run does it
    con.close()
    return TestClient(create_app(out / "marsad.db"))


def _api(client: TestClient, **params: Any) -> dict[str, Any]:
    r = client.get("/api/search", params=params)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def test_a_search_finds_articles_with_snippets_marked_on_the_original_text(client: TestClient) -> None:
    body = _api(client, q="بكين")
    assert body["total"] >= 3 and body["page"] == 1 and body["size"] == 20
    for item in body["items"]:
        assert "<mark>" in item["snippet_html"] + item["title_html"]
        assert re.sub(r"</?mark>", "", item["snippet_html"]) != ""
        assert item["page"] == f"/article/{item['id']}"
    marked = {m for item in body["items"] for m in re.findall(r"<mark>(.*?)</mark>", item["snippet_html"])}
    assert {"بكين", "وبكين"} & marked


def test_folding_and_clitics_reach_the_same_articles(client: TestClient) -> None:
    plain = {i["id"] for i in _api(client, q="الصين")["items"]}
    assert plain
    assert {i["id"] for i in _api(client, q="الصّين")["items"]} == plain  # a diacritic changes nothing
    assert {i["id"] for i in _api(client, q="شويغو")["items"]} == {
        i["id"] for i in _api(client, q="شويـغو")["items"]}  # nor does tatweel


def test_hit_offsets_cut_the_article_text_exactly(client: TestClient) -> None:
    item = _api(client, q="الرياض", size=50)["items"]
    assert item
    db = Path(client.app.state.db_path)  # type: ignore[attr-defined]
    con = connect(db)
    try:
        for it in item:
            text = con.execute("SELECT text FROM articles WHERE id = ?", (it["id"],)).fetchone()[0]
            for start, end in it["hits"]:
                word = text[start:end]
                assert len(tokens(word)) == 1 and matches(tokens(word)[0], "الرياض"), (word, it["id"])
    finally:
        con.close()


def test_markup_in_an_article_comes_back_escaped(client: TestClient) -> None:
    body = _api(client, q="الوفد الرياض زيارة")
    item = next(i for i in body["items"] if "alert" in i["snippet"])
    assert "<script>" in item["snippet"]  # the text as written...
    assert "<script>" not in item["snippet_html"] and "&lt;script&gt;" in item["snippet_html"]  # ...escaped
    page = client.get("/search", params={"q": "onerror"}).text
    assert "<img src=x" not in page and "<script>alert" not in page
    assert "&lt;img src=x <mark>onerror</mark>=alert(2)&gt;" in page


def test_filters_pagination_and_browsing(client: TestClient) -> None:
    everything = _api(client, q="", size=100)
    dates = [i["published"] for i in everything["items"] if i["published"]]
    assert dates == sorted(dates, reverse=True)  # browsing: newest first
    first = _api(client, q="", size=2, page=1)
    second = _api(client, q="", size=2, page=2)
    assert first["total"] == second["total"] == everything["total"]
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}
    late = _api(client, q="", **{"from": "2025-01-01"}, size=100)
    assert late["items"] and all(i["published"] >= "2025-01-01" for i in late["items"])
    wafa = _api(client, q="", outlet="wafa-wire", size=100)
    assert wafa["items"] and all(i["source"] == "wafa-wire" for i in wafa["items"])
    visits = _api(client, q="", type="VISIT", size=100)
    assert 0 < visits["total"] < everything["total"]
    by_name = _api(client, q="", entity="شويغو", size=100)
    assert 0 < by_name["total"] < everything["total"]
    nobody = _api(client, q="", entity="شويغوف")
    assert nobody["total"] == 0 and nobody["suggestions"]


@pytest.mark.parametrize("params", [{"q": "x" * 201}, {"from": "2024-13-01"}, {"to": "yesterday"},
                                    {"from": "2025-01-02", "to": "2025-01-01"}, {"size": 500}, {"page": 0}])
def test_bad_parameters_get_422_with_the_error_shape(client: TestClient, params: dict[str, Any]) -> None:
    r = client.get("/api/search", params=params)
    assert r.status_code == 422
    assert set(r.json()["error"]) == {"status", "message", "details"}
    assert client.get("/search", params=params).status_code == 422


def test_the_search_page_lists_results_filters_and_a_pager(client: TestClient) -> None:
    r = client.get("/search", params={"q": "", "from": "2020-01-01", "size": 2})
    assert r.status_code == 200
    html = r.text
    assert 'data-page="search"' in html
    assert '<select name="outlet">' in html and 'value="wafa-wire"' in html
    assert 'value="VISIT"' in html
    assert html.count('class="result"') == 2
    assert 'rel="next"' in html and "page=2" in html
    found = client.get("/search", params={"q": "بكين"}).text
    assert re.search(r'href="/article/a[0-9a-f]+"', found) and "<mark>" in found
    assert 'value="بكين"' in found


def test_a_name_that_finds_nothing_suggests_names(client: TestClient) -> None:
    body = _api(client, q="شويغوف")
    assert body["total"] == 0 and body["suggestions"]
    page = client.get("/search", params={"q": "شويغوف"}).text
    assert 'class="suggestions"' in page and "/entity/" in page
    latin = _api(client, q="Putin")  # the articles are Arabic: the name's entity is suggested
    assert latin["total"] == 0 and any("بوتين" in s["name"] for s in latin["suggestions"])


def test_the_bare_search_page_shows_the_form_only_and_punctuation_finds_nothing(client: TestClient) -> None:
    html = client.get("/search").text
    assert 'name="q"' in html and 'class="result"' not in html
    assert _api(client, q="«»،!")["total"] == 0
