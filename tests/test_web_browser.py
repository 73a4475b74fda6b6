"""`marsad serve` in a real browser (headless Chromium through Playwright): the path an analyst
takes (search → article → entity → story → timeline, and the network), right-to-left Arabic,
no horizontal scrolling on a 400 px screen, no CSP violation or script error, and a corpus
of script-injection payloads in every field that never runs.

Screenshots of each page (1280 and 400 px wide) go under pytest's tmp folder, or into
$MARSAD_SCREENSHOTS (the README's come from `MARSAD_SCREENSHOTS=docs/screenshots`).
Without /usr/bin/chromium or Playwright these tests skip; with CI=true they fail instead."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from tests.conftest import ROOT, need_shared
from tests.web_server import (
    HEIGHT,
    NARROW,
    SCREENSHOTS_ENV,
    WIDE,
    Watch,
    build_run,
    chromium,
    need_browser,
    overflow,
    screenshot_dir,
    serving,
)

XSS = ROOT / "tests" / "data" / "xss"
PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
            '"><svg onload=alert(1)>')
ARABIC = re.compile(r"[\u0600-\u06FF]{3,}")


# ---------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    need_browser()
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def seeds_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The seeds and the sample corpus, run once and served: (base URL, database)."""
    seeds = need_shared("seeds")
    db = build_run([seeds, ROOT / "examples" / "corpus"], tmp_path_factory.mktemp("seeds_run"))
    with serving(db) as base:
        yield base, db


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    db = build_run([XSS], tmp_path_factory.mktemp("xss_run"))
    with serving(db) as base:
        yield base, db


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return screenshot_dir(tmp_path_factory.mktemp("screenshots"))


@pytest.fixture()
def watched(browser: Any) -> Iterator[tuple[Any, Watch]]:
    """A fresh page whose console errors, uncaught exceptions and dialogs are recorded."""
    context = browser.new_context(viewport={"width": WIDE, "height": HEIGHT}, locale="ar")
    page = context.new_page()
    watch = Watch()
    watch.attach(page)
    try:
        yield page, watch
    finally:
        context.close()


# ---------------------------------------------------------------- helpers

def page_kind(page: Any) -> str:
    kind: str = page.locator("main#page").get_attribute("data-page") or ""
    return kind


def open_page(page: Any, url: str, kind: str) -> None:
    response = page.goto(url)
    assert response is not None and response.status == 200, (url, response and response.status)
    assert page_kind(page) == kind, (url, page_kind(page))


def check_page(page: Any, watch: Watch, name: str, shots: Path) -> None:
    """Right to left, Arabic content, no horizontal scrolling at 400 px, no console error;
    a screenshot at 1280 and at 400 px wide."""
    assert page.locator("html").get_attribute("dir") == "rtl", page.url
    main_text = page.locator("main#page").inner_text()
    assert ARABIC.search(main_text), (page.url, main_text[:300])
    snap(page, shots / f"{name}-{WIDE}.png")
    page.set_viewport_size({"width": NARROW, "height": HEIGHT})
    page.reload()
    try:
        assert overflow(page) <= 1, f"{page.url} scrolls sideways at {NARROW} px: {overflow(page)} px"
        snap(page, shots / f"{name}-{NARROW}.png")
    finally:
        page.set_viewport_size({"width": WIDE, "height": HEIGHT})
    assert not watch.errors, (page.url, watch.errors)


def snap(page: Any, path: Path) -> None:
    """A full-page screenshot, cut so that long pages stay small (at the window's height when
    the screenshots are kept in $MARSAD_SCREENSHOTS, e.g. for the README)."""
    cut = HEIGHT if os.environ.get(SCREENSHOTS_ENV) else 2400
    height = min(cut, int(page.evaluate("document.documentElement.scrollHeight")))
    width = int(page.viewport_size["width"])
    page.screenshot(path=str(path), full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height})


def first_link(page: Any, prefix: str, containing: str | None = None) -> Any:
    links = page.locator(f'main a[href^="{prefix}"]')
    if containing is not None:
        links = links.filter(has_text=containing)
    assert links.count() > 0, (f"no link to {prefix}* {containing or ''} on {page.url}: "
                               f"{page.locator('main#page').inner_text()[:400]}")
    return links.first


# ---------------------------------------------------------------- the analyst's path

NAME = "شويغو"          # in seed 000 (Shoigu in Beijing) and in the sample corpus
OTHER_SPELLING = "شويجو"  # the sample corpus's spelling


def test_search_article_entity_story_timeline(seeds_site: tuple[str, Path], watched: tuple[Any, Watch],
                                              shots: Path) -> None:
    base, _ = seeds_site
    page, watch = watched

    open_page(page, f"{base}/", "home")
    check_page(page, watch, "home", shots)

    open_page(page, f"{base}/search?q={quote(NAME)}", "search")
    results = page.locator("main#page").inner_text()
    assert "marsad index" not in results, "the run built no search index (marsad.run must index)"
    assert NAME in results, results[:500]
    check_page(page, watch, "search", shots)

    first_link(page, "/article/").click()
    page.wait_for_load_state()
    assert page_kind(page) == "article", page.url
    assert NAME in page.locator("main#page").inner_text()
    check_page(page, watch, "article", shots)

    first_link(page, "/entity/", containing=NAME).click()
    page.wait_for_load_state()
    assert page_kind(page) == "entity", page.url
    entity_url = page.url
    entity_text = page.locator("main#page").inner_text()
    assert NAME in entity_text and OTHER_SPELLING in entity_text, entity_text[:800]  # its variants
    check_page(page, watch, "entity", shots)

    stories = page.locator('main a[href^="/story/"]')
    if stories.count() == 0:  # reach the story through one of the entity's articles
        first_link(page, "/article/").click()
        page.wait_for_load_state()
    first_link(page, "/story/").click()
    page.wait_for_load_state()
    assert page_kind(page) == "story", page.url
    assert page.locator('main a[href^="/article/"]').count() >= 1
    check_page(page, watch, "story", shots)

    entity_id = entity_url.rstrip("/").rsplit("/", 1)[-1]
    open_page(page, f"{base}/timeline?entity={entity_id}", "timeline")
    timeline = page.locator("main#page").inner_text()
    assert NAME in timeline, timeline[:800]
    check_page(page, watch, "timeline", shots)


def test_lists_and_network(seeds_site: tuple[str, Path], watched: tuple[Any, Watch], shots: Path) -> None:
    base, _ = seeds_site
    page, watch = watched

    open_page(page, f"{base}/entities", "entities")
    assert page.locator('main a[href^="/entity/"]').count() >= 10
    check_page(page, watch, "entities", shots)

    open_page(page, f"{base}/stories", "stories")
    assert page.locator('main a[href^="/story/"]').count() >= 2
    check_page(page, watch, "stories", shots)

    open_page(page, f"{base}/network", "network")
    page.wait_for_selector("main svg")
    nodes = page.locator("main svg circle, main svg .node")  # drawn by the server or by a script
    assert nodes.count() >= 3, page.locator("main#page").inner_html()[:800]
    assert ARABIC.search(page.locator("main svg").first.text_content() or ""), "no Arabic label in the graph"
    check_page(page, watch, "network", shots)


def test_search_by_a_name_that_matches_nothing_suggests(seeds_site: tuple[str, Path],
                                                        watched: tuple[Any, Watch]) -> None:
    base, _ = seeds_site
    page, watch = watched
    open_page(page, f"{base}/timeline?entity={quote('شويقو')}", "timeline")  # a misspelling
    assert NAME in page.locator("main#page").inner_text()  # "did you mean"
    assert not watch.errors, watch.errors


# An ISO date after Arabic text reads backwards (2025-03-10 shown as 10-03-2025) unless it is
# isolated left to right (<bdi dir="ltr">, <time dir="ltr">, or CSS unicode-bidi: isolate).
BACKWARD_DATES = r"""() => {
  const bad = [], iso = /\d{4}-\d{2}-\d{2}/g;
  const walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    for (const m of n.data.matchAll(iso)) {
      const year = document.createRange(), day = document.createRange();
      year.setStart(n, m.index); year.setEnd(n, m.index + 4);
      day.setStart(n, m.index + 8); day.setEnd(n, m.index + 10);
      const y = year.getBoundingClientRect(), d = day.getBoundingClientRect();
      if (y.width && d.width && Math.abs(y.top - d.top) < 4 && y.left > d.left)
        bad.push(m[0] + ' in «' + n.data.trim().slice(0, 60) + '»');
    }
  }
  return bad;
}"""


def test_dates_read_left_to_right(seeds_site: tuple[str, Path], watched: tuple[Any, Watch]) -> None:
    base, db = seeds_site
    page, _ = watched
    con = sqlite3.connect(db)
    try:
        article, story = con.execute("SELECT id, story FROM articles WHERE story IS NOT NULL "
                                     "AND published_date IS NOT NULL ORDER BY id LIMIT 1").fetchone()
        entity = con.execute("SELECT entity FROM mentions WHERE entity IS NOT NULL "
                             "GROUP BY entity ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
    finally:
        con.close()
    backward = {}
    for path in ["/", f"/search?q={quote(NAME)}", "/search?from=2000-01-01", f"/article/{article}",
                 "/entities", f"/entity/{entity}", "/stories", f"/story/{story}", "/timeline", "/network"]:
        page.goto(base + path)
        if found := page.evaluate(BACKWARD_DATES):
            backward[path] = found[:2]
    assert not backward, backward


# ---------------------------------------------------------------- script injection

def xss_urls(base: str, db: Path) -> list[str]:
    """Every page kind that shows the injected articles."""
    con = sqlite3.connect(db)
    try:
        articles = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id")]
        entities = [r[0] for r in con.execute("SELECT DISTINCT entity FROM mentions "
                                              "WHERE entity IS NOT NULL ORDER BY 1")]
        stories = [r[0] for r in con.execute("SELECT id FROM stories ORDER BY id")]
    finally:
        con.close()
    assert len(articles) == 4 and len(entities) >= 4 and stories
    return ([f"{base}/", f"{base}/search?q={quote('فيدان')}", f"{base}/search?q={quote('شويغو')}",
             f"{base}/search?q={quote('alert')}", f"{base}/search?from=2025-01-01",
             f"{base}/entities", f"{base}/stories", f"{base}/timeline", f"{base}/network"]
            + [f"{base}/article/{a}" for a in articles]
            + [f"{base}/entity/{e}" for e in entities]
            + [f"{base}/story/{s}" for s in stories])


def test_injected_markup_never_runs(xss_site: tuple[str, Path], watched: tuple[Any, Watch]) -> None:
    base, db = xss_site
    page, watch = watched
    shown: set[str] = set()
    for url in xss_urls(base, db):
        response = page.goto(url)
        assert response is not None and response.status == 200, (url, response and response.status)
        page.wait_for_timeout(50)  # let any onerror/onload fire
        hrefs = page.eval_on_selector_all(
            "[href], [src], [action], [formaction]",
            "els => els.flatMap(e => ['href', 'src', 'action', 'formaction']"
            ".map(a => e.getAttribute(a) || ''))")
        assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")], (url, hrefs)
        injected = page.locator("main#page script, main#page img[onerror], main#page svg[onload], "
                                "main#page [onerror], main#page [onload]")
        assert injected.count() == 0, (url, page.locator("main#page").inner_html()[:1000])
        text = page.locator("main#page").inner_text()
        shown.update(p for p in PAYLOADS if p in text)
        assert not watch.dialogs, (url, watch.dialogs)
        assert not watch.errors, (url, watch.errors)
    assert set(PAYLOADS) <= shown, f"payloads never shown as text: {set(PAYLOADS) - shown}"


def test_article_page_shows_the_payloads_as_text(xss_site: tuple[str, Path],
                                                 watched: tuple[Any, Watch]) -> None:
    base, db = xss_site
    page, watch = watched
    con = sqlite3.connect(db)
    try:
        article = con.execute("SELECT id FROM articles WHERE url = 'javascript:alert(1)'").fetchone()
    finally:
        con.close()
    assert article, "the javascript: URL was not kept as the article's URL"
    open_page(page, f"{base}/article/{article[0]}", "article")
    text = page.locator("main#page").inner_text()
    for payload in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)"):
        assert payload in text, (payload, text[:800])
    assert "فيدان" in text
    assert page.locator('main a[href^="javascript"]').count() == 0
    assert not watch.dialogs and not watch.errors, (watch.dialogs, watch.errors)


def test_the_watch_sees_a_script_that_runs(watched: tuple[Any, Watch]) -> None:
    """The checks above can fail: a page without the CSP that runs an injected handler opens a
    dialog, and one with a script error is reported."""
    page, watch = watched
    page.set_content('<main id="page"><img src="x:" onerror="alert(1)"><script>nosuch()</script></main>')
    page.wait_for_timeout(100)
    assert watch.dialogs == ["alert: 1"]
    assert any("nosuch" in e for e in watch.errors), watch.errors


# ---------------------------------------------------------------- headers (no browser needed)

def test_every_response_carries_the_content_security_policy(xss_site: tuple[str, Path]) -> None:
    from fastapi.testclient import TestClient

    from marsad.web.app import create_app

    base, db = xss_site
    pages = [u.removeprefix(base) for u in xss_urls(base, db)]
    article, entity, story = (next(p.rsplit("/", 1)[1] for p in pages if p.startswith(f"/{kind}/"))
                              for kind in ("article", "entity", "story"))
    client = TestClient(create_app(db), raise_server_exceptions=False)
    paths = pages + ["/search?q=", "/article/no-such-id", "/api/docs", "/openapi.json", "/api/overview",
                     f"/api/search?q={quote('فيدان')}", "/api/articles", f"/api/articles/{article}",
                     "/api/entities", f"/api/entities/{entity}", "/api/stories", f"/api/stories/{story}",
                     "/api/timeline", "/api/network", "/api/events", "/api/quotes",
                     "/api/search?from=not-a-date", "/static/style.css", "/no/such/page"]
    for path in paths:
        response = client.get(path)
        csp = response.headers.get("content-security-policy", "")
        assert "script-src 'self'" in csp and "default-src 'none'" in csp, (path, response.status_code, csp)
        assert response.headers.get("x-content-type-options") == "nosniff", path
        assert "alert(1)" not in response.headers.get("location", ""), path


def test_the_browser_tests_do_not_skip_silently_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests import web_server

    monkeypatch.setenv("CI", "true")
    monkeypatch.setattr(web_server, "CHROMIUM", Path("/nonexistent/chromium"))
    with pytest.raises(pytest.fail.Exception, match="cannot run in CI"):
        web_server.need_browser()
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception, match="need Chromium"):
        web_server.need_browser()


def test_a_live_server_answers_and_stops(xss_site: tuple[str, Path]) -> None:
    base, _ = xss_site
    response = httpx.get(f"{base}/api/overview", timeout=10)
    assert response.status_code == 200 and response.json()["articles"] == 4
