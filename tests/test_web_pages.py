"""The pages of `marsad serve` over a run of ../shared/seeds and examples/corpus (plus an
article whose every field carries markup): each renders, in Arabic, with real content; the
article text keeps every character and its layers make well-formed HTML; nothing from the
data comes back unescaped."""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.reading import entity_ids  # noqa: E402
from marsad.reading.pages import Network, Node  # noqa: E402
from marsad.store.read import open_readonly  # noqa: E402
from marsad.store.web_articles import ArticleDetail, MentionSpan, QuoteSpan, SegmentSpan  # noqa: E402
from marsad.web.app import create_app  # noqa: E402
from marsad.web.entities import month_chart, months_between  # noqa: E402
from marsad.web.markup import article_markup  # noqa: E402
from marsad.web.network import layout  # noqa: E402
from tests.test_web_api import build_run, dates  # noqa: E402

TEXT_OPEN = '<div class="article-text" lang="ar">'


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with TestClient(create_app(build_run(tmp_path_factory.mktemp("webpages")))) as c:
        yield c


def page(client: TestClient, url: str, name: str) -> str:
    r = client.get(url)
    assert r.status_code == 200, (url, r.text[:300])
    assert r.headers["content-type"].startswith("text/html")
    assert f'data-page="{name}"' in r.text and 'dir="rtl"' in r.text
    return r.text


def api(client: TestClient, url: str, **params: Any) -> Any:
    return client.get(url, params=params or None).json()


class Tags(HTMLParser):
    """Checks that tags close in order and that no link holds a link."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "a" and "a" in self.stack:
            self.errors.append("a link inside a link")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


def shown_text(markup: str) -> str:
    """The text of the article markup, less what it adds (event chips, junk labels, speakers)."""
    bare = re.sub(r'<span class="chip event-type">.*?</span>|<summary>.*?</summary>'
                  r'| <(a|span) class="speaker"[^>]*>.*?</(a|span)>', "", markup)
    return html.unescape(re.sub(r"<[^>]+>", "", bare))


def text_of(doc: str) -> str:
    body = doc[doc.index(TEXT_OPEN) + len(TEXT_OPEN):]
    return body[:body.index("</div>\n</article>")]


def test_the_lists_render(client: TestClient) -> None:
    assert "الكيانات" in page(client, "/entities", "entities")
    people = page(client, "/entities?type=PER", "entities")
    assert 'class="ent ent-PER"' in people and 'class="ent ent-LOC"' not in people
    assert "فلاديمير بوتين" in page(client, "/entities?q=بوتينن", "entities")  # did you mean
    stories = page(client, "/stories", "stories")
    assert api(client, "/api/stories")["items"][0]["headline"] in html.unescape(stories)


def test_every_article_keeps_its_text_in_well_formed_layers(client: TestClient) -> None:
    items = api(client, "/api/articles", size=100)["items"]
    assert len(items) >= 10
    for item in items:
        art = api(client, f"/api/articles/{item['id']}")
        markup = text_of(page(client, f"/article/{item['id']}", "article"))
        tags = Tags()
        tags.feed(markup)
        assert not tags.errors and not tags.stack, (item["id"], tags.errors[:3], tags.stack)
        assert shown_text(markup) == art["text"], item["id"]
        for e in art["layers"]["events"]:
            assert f'id="s-{e["start"]}"' in markup


def test_an_article_shows_entities_dates_quotes_speakers_and_events(client: TestClient) -> None:
    wang = api(client, "/api/entities", q="وانغ يي")["items"][0]
    quote = api(client, "/api/quotes", speaker=wang["id"])["items"][0]
    art = api(client, f"/api/articles/{quote['article']}")
    doc = page(client, f"/article/{art['id']}", "article")
    for m in art["layers"]["mentions"]:
        if m["entity"]:
            assert f'href="/entity/{m["entity"]}"' in doc
    assert f'<a class="speaker" href="/entity/{wang["id"]}">— وانغ يي</a>' in doc
    for t in art["layers"]["timexes"]:
        if t["value"]:
            assert f'<span class="timex" title="{t["value"]}">' in doc
    assert f'href="/story/{art["story"]}"' in doc
    junk = [s for s in api(client, "/api/articles/" + art["id"])["layers"]["segments"]
            if s["role"] in ("boilerplate", "related", "embed", "meta")]
    assert ('<details class="junk">' in doc) == bool(junk)


def test_an_entity_page_shows_its_variants_chart_quotes_and_events(client: TestClient) -> None:
    china = api(client, "/api/entities", q="الصين")["items"][0]
    doc = page(client, f"/entity/{china['id']}", "entity")
    for v in api(client, f"/api/entities/{china['id']}")["variants"]:
        assert v["variant"] in html.unescape(doc)
    assert "China" in doc and 'href="https://www.wikidata.org/wiki/Q148"' in doc
    assert '<svg class="chart"' in doc and "<rect" in doc
    assert "روسيا" in doc  # met in the same articles, and in its events
    wang = page(client, "/entity/" + api(client, "/api/entities", q="وانغ يي")["items"][0]["id"], "entity")
    assert "<q>" in wang


def test_a_story_lists_its_articles_by_time_and_outlet(client: TestClient) -> None:
    story = api(client, "/api/stories")["items"][0]
    doc = page(client, f"/story/{story['id']}", "story")
    for aid in story["articles"]:
        assert f'href="/article/{aid}"' in doc
    for outlet in story["outlets"]:
        assert html.escape(outlet) in doc
    if story["events"]:
        assert re.search(r'href="/article/[^"#]+#s-\d+"', doc)  # the events' sentences


def test_the_timeline_links_events_to_their_sentences(client: TestClient) -> None:
    doc = page(client, "/timeline?size=100", "timeline")
    links = re.findall(r'href="/article/([^"#]+)#s-(\d+)"', doc)
    assert links
    aid, start = links[0]
    assert f'id="s-{start}"' in page(client, f"/article/{aid}", "article")
    lavrov = page(client, "/timeline?entity=لافروف", "timeline")
    assert "سيرغي لافروف" in lavrov and lavrov.count('<li id="ev-') < doc.count('<li id="ev-')
    assert "هل تقصد" in page(client, "/timeline?entity=لافروفف", "timeline")


def test_the_network_is_an_svg_linking_to_entities(client: TestClient) -> None:
    doc = page(client, "/network", "network")
    assert '<svg class="network"' in doc and "<circle" in doc and "<line" in doc
    for node in api(client, "/api/network")["nodes"]:
        assert f'<a href="/entity/{node["id"]}">' in doc
    assert "لا صلات" in page(client, "/network?from=2030-01-01", "network")


def test_errors_are_pages(client: TestClient) -> None:
    for url in ("/article/nope", "/entity/nope", "/story/nope"):
        r = client.get(url)
        assert r.status_code == 404 and "خطأ 404" in r.text
    assert client.get("/timeline?from=someday").status_code == 422


def test_markup_in_the_data_comes_back_escaped(client: TestClient) -> None:
    pair = api(client, "/api/articles", **dates("2025-04-02", "2025-04-02"))["items"]
    hostile = next(a for a in pair if "<script>" in a["source"])
    other = next(a for a in pair if a is not hostile)
    pages = [page(client, f"/article/{hostile['id']}", "article"), page(client, "/stories", "stories"),
             page(client, f"/story/{hostile['story']}", "story"),
             page(client, "/timeline?size=100", "timeline")]
    doc = pages[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc and "&lt;img src=x onerror=alert(1)&gt;" in doc
    for d in pages:
        assert "<script>alert" not in d and "<img src=x" not in d and "<svg onload" not in d
        assert 'href="javascript:' not in d
    assert "javascript:alert(1)" in doc  # shown as text, not a link
    assert f'href="/article/{other["id"]}"' in doc and "شبه مكررة" in doc  # its near-duplicate


def _detail(text: str, **layers: Any) -> ArticleDetail:
    base: dict[str, Any] = {"segments": [], "mentions": [], "timexes": [], "quotes": [], "events": []}
    return ArticleDetail("a1", None, None, None, text, None, None, {}, [], None, None, None,
                         **{**base, **layers}, duplicates=[])


def test_crossing_and_nested_spans_give_well_formed_markup() -> None:
    text = "قال <زيد> إن عمرو بن العاص وصل"
    outer = MentionSpan(13, 26, "عمرو بن العاص", "PER", "amr", "عمرو")
    inner = MentionSpan(20, 26, "العاص", "PER", "as", "العاص")
    crossing = QuoteSpan(10, 30, text[10:30], "direct", "zaid", "زيد", None, None)
    art = _detail(text, mentions=[outer, inner], quotes=[crossing],
                  segments=[SegmentSpan(0, 9, "boilerplate", "ar", None),
                            SegmentSpan(9, 30, "body", "ar", None)])
    markup = str(article_markup(art))
    tags = Tags()
    tags.feed(markup)
    assert not tags.errors and not tags.stack, tags.errors
    assert shown_text(markup) == text
    assert "&lt;زيد&gt;" in markup and '<details class="junk">' in markup
    assert '<a class="speaker" href="/entity/zaid">— زيد</a>' in markup
    assert '<span class="ent ent-PER" title="العاص">' in markup  # inside a link: not a link


def test_the_chart_and_the_layout_are_drawn_here() -> None:
    assert months_between("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]
    chart = str(month_chart([("2024-11", 3), ("2025-02", 6)]))
    assert chart.count("<rect") == 4 and "2025-02: 6" in chart
    net = Network([Node("a", "أ", "PER", 2), Node("b", "ب", "PER", 1), Node("c", "ج", "ORG", 1)], [])
    first, again = layout(net), layout(net)
    assert first == again and len(set(first.values())) == 3
    assert all(0 <= x <= 600 and 0 <= y <= 600 for x, y in first.values())


def test_a_missing_database_folder_is_not_served(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "none.db"), raise_server_exceptions=False) as c:
        r = c.get("/api/articles")
        assert r.status_code == 500 and r.json()["error"]["message"] == "internal error"


def test_the_kept_name_index_follows_changes_to_the_database(client: TestClient, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    with sqlite3.connect(client.app.state.db_path) as src, sqlite3.connect(copy) as dst:  # type: ignore[attr-defined]
        src.backup(dst)
    reader = open_readonly(copy)
    assert entity_ids(reader, "زرقاء اليمامة").ids == []
    with sqlite3.connect(copy) as writer:
        writer.execute("INSERT INTO entities (id, type, name) VALUES ('zarqa', 'PER', 'زرقاء اليمامة')")
        writer.execute("INSERT INTO entity_variants VALUES ('zarqa', 'زرقاء اليمامة', 'زرقاء اليمامه', 1)")
    assert entity_ids(reader, "زرقاء اليمامة").ids == ["zarqa"]
    reader.close()


def test_codes_are_shown_in_arabic_with_the_code_on_hover(client: TestClient) -> None:
    """Event types, statuses, roles and entity types read in Arabic (lang/ar/timeline_labels.tsv);
    the code stays in the title attribute for whoever searches the API by it."""
    page = client.get("/timeline").text
    assert 'title="MEET">لقاء<' in page and ">MEET<" not in page
    assert 'title="PER">شخص<' in client.get("/entities").text
