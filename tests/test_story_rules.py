"""Story rules beyond similarity: the same stories whatever the input order, formulaic
daily genres within one day (also across runs), parts of a numbered series apart."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from marsad.model import Article, Corpus, Published
from marsad.steps.dedup import dedup
from marsad.steps.stories import stories
from marsad.stories.cluster import Item, StoryClusterer
from marsad.stories.items import item_of, title_form
from marsad.stories.series import series_part


def item(key: str, words: str, day: str | None = "2024-03-01", ents: tuple[str, ...] = (),
         title: str = "", part: int | None = None) -> Item:
    terms: dict[str, int] = {}
    for w in words.split():
        terms[w] = terms.get(w, 0) + 1
    return Item(key, terms, dict.fromkeys(ents, 1), [], date.fromisoformat(day) if day else None, None,
                title_form(title), part)


def filler(prefix: str, n: int = 12) -> str:
    return " ".join(f"{prefix}{i}" for i in range(n))


def background() -> list[Item]:
    return [item(f"bg{i}", filler(f"bg{i}y")) for i in range(10)]


def corpus() -> list[Item]:
    """Three happenings told by several outlets over three days, and background articles."""
    out = []
    for story, ents in (("flood", ("wadi",)), ("summit", ("capital", "minister")), ("match", ("club",))):
        for i in range(4):
            out.append(item(f"{story}{i}", filler(story) + " " + filler(f"{story}x{i}", 6),
                            f"2024-03-0{1 + i % 3}", ents))
    return out + background()


def membership(assigned: dict[str, str]) -> set[frozenset[str]]:
    by: dict[str, set[str]] = {}
    for k, s in assigned.items():
        by.setdefault(s, set()).add(k)
    return {frozenset(m) for m in by.values()}


def test_the_stories_do_not_depend_on_the_input_order() -> None:
    base = StoryClusterer().assign_all(corpus())
    stories_found = membership(base)
    for story in ("flood", "summit", "match"):
        assert frozenset(f"{story}{i}" for i in range(4)) in stories_found
    for seed in range(5):
        items = corpus()
        random.Random(seed).shuffle(items)
        assert StoryClusterer().assign_all(items) == base  # the same members under the same ids


def daily_reports() -> list[Item]:
    report = filler("gold", 12)
    items = [item(f"r{d}", f"{report} price{d}", f"2024-03-0{d}", title=f"أسعار الذهب اليوم {d}")
             for d in (1, 2, 3)]
    return [*items, item("r1b", report + " price1b", "2024-03-01", title="أسعار الذهب اليوم")]


def test_a_recurring_daily_title_stays_within_one_day() -> None:
    s = StoryClusterer().assign_all(daily_reports() + background())
    assert s["r1"] == s["r1b"]  # two outlets, one day: one release
    assert len({s["r1"], s["r2"], s["r3"]}) == 3
    # the same words under titles that do not recur: one story over the days
    plain = [item(f"n{d}", filler("gold", 12) + f" price{d}", f"2024-03-0{d}", title=f"خبر {w}")
             for d, w in ((1, "أول"), (2, "ثان"), (3, "ثالث"))]
    s = StoryClusterer().assign_all(plain + background())
    assert s["n1"] == s["n2"] == s["n3"]


def test_two_parts_of_a_numbered_series_are_not_one_story() -> None:
    intro = filler("memoir", 14)
    items = [item("p3", intro + " " + filler("three", 3), part=3),
             item("p4", intro + " " + filler("four", 3), part=4),
             item("p4b", intro + " " + filler("four", 3) + " extra", part=4)]
    s = StoryClusterer().assign_all(items + background())
    assert s["p3"] != s["p4"]
    assert s["p4"] == s["p4b"]


def article(text: str, title: str, day: str, url: str) -> Article:
    a = Article(path=url, text=text, url=url, title=title)
    a.published = Published(date=day, source="test")
    return a


WEATHER = ("توقعت الرئاسة العامة للأرصاد وحماية البيئة أجواء شديدة الحرارة على المنطقة الشرقية "
           "والرياض ونشاطا في الرياح المثيرة للأتربة والغبار على المرتفعات الجنوبية وسواحل البحر {n}")


def test_the_daily_rule_holds_across_runs(tmp_path: Path) -> None:
    db = str(tmp_path / "marsad.db")
    first = [article(WEATHER.format(n="الأحمر"), "طقس شديد الحرارة على المملكة", "2024-06-01", "w1"),
             article(WEATHER.format(n="الأحمر"), "طقس شديد الحرارة على المملكة", "2024-06-02", "w2")]
    later = [article(WEATHER.format(n="العربي"), "طقس شديد الحرارة على المملكة", "2024-06-03", "w3")]
    assert item_of(first[0]).title_form == item_of(later[0]).title_form
    for batch in (first, later):
        corpus = Corpus(articles=batch, options={"db": db})
        dedup.func(corpus)
        stories.func(corpus)
    assert len({a.story for a in first + later}) == 3


def test_series_part_names_the_part_number() -> None:
    assert series_part("مذكرات فاتن حمامة (3)") == 3
    assert series_part("مذكرات فاتن حمامة") is None


def test_pages_with_no_text_of_their_own_are_not_one_story_by_their_chrome() -> None:
    """Gallery pages whose whole text is the site's link footer share nothing but that
    footer; they must not make one story (a page with a real body keeps its text)."""
    footer = "رابط الخبر بصحيفة الوئام: بالصور .. {t} ومشاهد من الحدث اليوم في الموقع الرسمي للصحيفة"
    titles = ["ايران ترقص فرحاً بالاتفاق النووي", "الباكستانيون يموتون حراً في كراتشي",
              "رمضان في اندونيسيا بين المساجد", "غرق سفينة صينية على متنها 450 شخصاً"]
    pages = []
    for i, t in enumerate(titles):
        a = article(footer.format(t=t), "بالصور .. " + t, "2015-07-21", f"g{i}")
        a.flag("no_article_text")
        pages.append(a)
    assert all("رابط" not in item_of(a).terms for a in pages)
    corpus = Corpus(articles=pages)
    dedup.func(corpus)
    stories.func(corpus)
    assert len({a.story for a in pages}) == len(pages)
    kept = article(footer.format(t=titles[0]), "عنوان", "2015-07-21", "k")
    assert "رابط" in item_of(kept).terms
