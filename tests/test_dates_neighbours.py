"""Issue 16, round 16: the day of writing an outlet's numbered neighbours allow a page dated
only by its fetch day (`dates.neighbours`, the corpus step `writing_days`)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

import marsad
import marsad.pipeline
from marsad.app import read_batch
from marsad.dates import grammar
from marsad.dates.grammar import recognize
from marsad.dates.neighbours import (
    Numbered,
    Place,
    article_number,
    neighbour_day,
    neighbour_places,
)
from marsad.lang import load_table
from marsad.model import Article, Corpus
from marsad.pipeline import Pipeline
from marsad.steps.timex import RECOGNIZED
from marsad.steps.writing_days import writing_days

FETCHED = date(2015, 7, 21)


def neighbour_bounds(pages: list[Numbered]) -> list[tuple[date | None, date | None]]:
    """Each page's interval of days, without its place in it."""
    return [(p.lo, p.hi) for p in neighbour_places(pages)]
JUNE = (date(2015, 6, 1), date(2015, 6, 30))
RAMADAN = (date(2015, 6, 18), date(2015, 7, 16))


@pytest.mark.parametrize(("url", "key"), [
    ("http://aawsat.com/home/article/389321/الحجة-ونقيضها-2015", ("aawsat.com", 389321)),
    ("http://www.alweeam.com.sa/348531/طيران-ناس/", ("alweeam.com.sa", 348531)),
    ("http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229720&CategoryID=1",
     ("alwatan.com.sa news", 229720)),  # its news and its columns are numbered apart
    ("http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=27169", ("alwatan.com.sa columns", 27169)),
    ("http://www.arreyadi.com.sa/Home/Details/NTE4MA==", ("arreyadi.com.sa", 5180)),  # base64
    ("http://www.arreyadi.com.sa/Home/Details/!!!", None),  # no base64
    ("http://www.arreyadi.com.sa/Home/Index/12345", None),  # a listed outlet: only its own patterns
    ("http://www.alriyadh.com/1066713", ("alriyadh.com", 1066713)),
    ("http://sabq.org/PHGKif", None),  # no number
    ("http://example.com/2015/07/20/news", None),  # a year and a day are no article number
    (None, None),
])
def test_article_number_reads_the_outlet_and_its_number(url: str | None, key: tuple[str, int] | None) -> None:
    assert article_number(url) == key


@pytest.mark.parametrize("row", load_table("date_page_numbers"), ids=lambda r: r["example"])
def test_each_outlet_row_reads_its_example_s_number(row: dict[str, str]) -> None:
    outlet = f"{row['host']} {row['series']}".strip()
    assert article_number(row["example"]) == (outlet, int(row["number"]))


def page(number: int, own: tuple[date, date] | None = None, outlet: str = "aawsat.com") -> Numbered:
    return Numbered(outlet, number, own, FETCHED)


def dated(*more: Numbered) -> list[Numbered]:
    """Five pages whose current months fix their days, in number order, and `more`."""
    return [page(100, (date(2015, 3, 1), date(2015, 3, 31))), page(200, JUNE), page(300, RAMADAN),
            page(400, JUNE), page(500, RAMADAN), *more]


def test_a_page_between_dated_neighbours_gets_the_days_they_allow() -> None:
    bounds = neighbour_bounds(dated(page(350), page(450), page(600)))
    assert bounds[5] == (date(2015, 6, 18), date(2015, 6, 30))  # after Ramadan began, before June ended
    assert bounds[6] == (date(2015, 6, 18), date(2015, 7, 16))
    assert bounds[7] == (date(2015, 6, 18), FETCHED)  # nothing numbered after it: its fetch day


def test_a_page_s_number_places_it_between_the_pages_that_set_its_bounds() -> None:
    places = neighbour_places(dated(page(350), page(450), page(600)))
    assert places[5] == Place(date(2015, 6, 18), date(2015, 6, 30), 0.5)  # from 300 (Ramadan) to 400 (June)
    assert places[6] == Place(date(2015, 6, 18), date(2015, 7, 16), 0.75)  # 300 sets lo, 500 sets hi
    assert places[7] == Place(date(2015, 6, 18), FETCHED, None)  # its fetch day is no numbered page


def test_another_outlet_and_the_same_number_bound_nothing() -> None:
    bounds = neighbour_bounds(dated(page(350, outlet="alweeam.com.sa"), page(200)))
    assert bounds[5] == (None, FETCHED)
    assert bounds[6] == (date(2015, 3, 1), date(2015, 6, 30))  # not its namesake's June


def test_too_few_dated_pages_trust_no_order() -> None:
    assert neighbour_bounds(dated(page(350))[2:])[3] == (None, FETCHED)


def test_a_contradicting_page_is_dropped_and_a_contradicting_outlet_trusted_not() -> None:
    misread = page(450, (date(2014, 8, 1), date(2014, 8, 31)))  # «أغسطس الجاري» read as last year's
    more = [page(n, RAMADAN) for n in range(510, 560, 10)]
    assert neighbour_bounds(dated(misread, page(350), *more))[6] == (date(2015, 6, 18), date(2015, 6, 30))
    assert neighbour_bounds(dated(misread, page(350)))[6] == (None, FETCHED)  # 1 of 6 is too many
    march = (date(2015, 3, 1), date(2015, 3, 31))
    shuffled = [page(n, JUNE if n % 200 else march) for n in range(100, 1100, 100)]
    assert neighbour_bounds([*shuffled, page(350)])[-1] == (None, FETCHED)


MONDAY_TEXT = "قال الوزير اليوم الاثنين إن الاجتماع عقد أمس."


@pytest.mark.parametrize(("text", "lo", "hi", "anchor", "day"), [
    (MONDAY_TEXT, date(2015, 6, 18), date(2015, 6, 30), FETCHED, date(2015, 6, 29)),  # its Monday in it
    ("قال الوزير إن الاجتماع عقد أمس.", date(2015, 6, 18), date(2015, 6, 30), FETCHED, date(2015, 6, 30)),
    (MONDAY_TEXT, date(2015, 6, 30), date(2015, 7, 2), FETCHED, date(2015, 7, 2)),  # no Monday in it
    (MONDAY_TEXT, date(2015, 6, 18), FETCHED, date(2015, 7, 20), None),  # its day is inside
    (MONDAY_TEXT, date(2015, 5, 1), date(2015, 6, 30), FETCHED, None),  # too wide to place it
    (MONDAY_TEXT, None, date(2015, 6, 30), FETCHED, None),
])
def test_neighbour_day(text: str, lo: date | None, hi: date | None, anchor: date, day: date | None) -> None:
    assert neighbour_day(text, lo, hi, anchor) == day


@pytest.mark.parametrize(("text", "at", "day"), [
    ("قال الوزير إن الاجتماع عقد أمس.", 0.5, date(2015, 7, 2)),  # half way through 18 June - 16 July
    ("قال الوزير إن الاجتماع عقد أمس.", 0.0, date(2015, 6, 18)),
    ("قال الوزير إن الاجتماع عقد أمس.", 1.7, date(2015, 7, 16)),  # never outside the interval
    (MONDAY_TEXT, 0.5, date(2015, 6, 29)),  # the Monday nearest 2 July
    (MONDAY_TEXT, 0.0, date(2015, 6, 22)),  # the first Monday in it, not the one before 18 June
])
def test_the_place_by_number_sets_the_day_in_the_interval(text: str, at: float, day: date) -> None:
    assert neighbour_day(text, *RAMADAN, FETCHED, at) == day


def _records(path: Path) -> Path:
    """Five aawsat pages naming June as the current month, one between them that says «أمس»."""
    recs = [{"source": "aawsat", "url": f"http://aawsat.com/home/article/{n}/x", "date_extracted":
             "2015-07-21 02:51:32", "title": f"خبر رقم {n}",
             "content": f"افتتح المعرض في الرياض مطلع يونيو الجاري بحضور {n} زائر من المنطقة."}
            for n in (389321, 390866, 392546, 394666, 396781)]
    recs.insert(3, {"source": "aawsat", "url": "http://aawsat.com/home/article/393000/y",
                    "date_extracted": "2015-07-21 02:51:32", "title": "وصول الوفد",
                    "content": "وصل الوفد الحكومي إلى جدة أمس في زيارة رسمية تستمر ثلاثة أيام."})
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_run_resolves_a_neighbours_relative_dates_again(tmp_path: Path, jobs: int,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(marsad.pipeline, "CHUNK", 2)  # several chunks: worker processes with jobs 2
    marsad.run([_records(tmp_path / "in.jsonl")], tmp_path / "out", jobs=jobs)
    with sqlite3.connect(tmp_path / "out" / "marsad.db") as con:
        published = json.loads(con.execute("SELECT published_json FROM articles WHERE url LIKE '%393000%'")
                               .fetchone()[0])
    assert published["date"] == "2015-07-21"  # the publication date stays the fetch day
    # 393000 lies a fifth of the way from 392546 to 394666 (both naming June): 7 June
    assert [e["value"] for e in published["evidence"] if e["kind"] == "neighbours"] == ["2015-06-07"]
    exported = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(ln) for ln in exported.splitlines()]
    art = next(r for r in rows if "393000" in r["url"])
    assert [(t["text"], t["value"]) for t in art["timexes"]] == [("أمس", "2015-06-06"), ("ثلاثة أيام", "P3D")]


def test_the_driver_reads_the_expressions_the_workers_recognised(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """`writing_days` runs on the driver after the pass that recognised the texts' expressions in
    the workers: it takes them from there (`steps.timex.RECOGNIZED`), never recognises again."""
    arts = read_batch([str(_records(tmp_path / "in.jsonl"))]).articles
    corpus, _ = Pipeline.build(["segment", "language", "site_chrome", "published", "timex"]).run(arts)
    assert all(RECOGNIZED in a.prepared for a in corpus.articles)  # numbered pages dated by the fetch day
    assert all(a.prepared[RECOGNIZED] == recognize(a.text) for a in corpus.articles)

    def recognised_again(text: str) -> None:
        raise AssertionError(f"recognised again on the driver: {text[:20]}")
    monkeypatch.setattr(grammar, "_recognized", recognised_again)
    monkeypatch.setattr(grammar, "_recognize_text", recognised_again)
    writing_days.func(corpus)
    art = next(a for a in corpus.articles if "393000" in (a.url or ""))
    assert [e.value for e in art.published.evidence if e.kind == "neighbours"] == ["2015-06-07"]
    assert [(art.text[t.start:t.end], t.attrs.value) for t in art.layer("timexes")] == [
        ("أمس", "2015-06-06"), ("ثلاثة أيام", "P3D")]
    assert not any(RECOGNIZED in a.prepared for a in corpus.articles)  # not carried on to the next pass


def _dated_with_page_393000(tmp_path: Path, content: str) -> tuple[Corpus, Article]:
    """The records of `_records` with page 393000's text set to `content`, run up to the dates;
    the corpus and that page."""
    path = _records(tmp_path / "in.jsonl")
    recs = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines()]
    recs[3]["content"] = content
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    arts = read_batch([str(path)]).articles
    corpus, _ = Pipeline.build(["segment", "language", "site_chrome", "published", "timex"]).run(arts)
    return corpus, next(a for a in corpus.articles if "393000" in (a.url or ""))


def test_a_page_dated_by_its_weekday_that_neighbours_move_goes_back_to_its_fetch_day(tmp_path: Path) -> None:
    """A page dated by its «أمس + weekday» (publication source `weekday`) that its numbered
    neighbours place weeks earlier loses the weekday's date with the weekday: its publication date
    is the fetch day again, its relative dates count from the neighbours' day."""
    corpus, art = _dated_with_page_393000(tmp_path, "وصل الوفد الحكومي إلى جدة أمس الأحد في زيارة رسمية "
                                          "تستمر ثلاثة أيام.")
    assert (art.published.date, art.published.source, art.published.filed) == ("2015-07-20", "weekday",
                                                                               "2015-07-21")
    writing_days.func(corpus)
    # 393000 lies between the pages naming June; the Monday the weekday gives, in it
    assert [e.value for e in art.published.evidence if e.kind == "neighbours"] == ["2015-06-08"]
    assert (art.published.date, art.published.source) == ("2015-07-21", "meta")
    assert not [e for e in art.published.evidence if e.kind == "weekday"]


def test_a_page_dated_by_a_range_before_its_dated_end_keeps_its_day(tmp_path: Path) -> None:
    """A page whose range («من غد الخميس حتى 16 يوليو 2015», fetched on 21 July) fixes the day it
    was told (the Thursday before 16 July is the 9th: told on the 8th; publication source `range`)
    keeps that day: its numbered neighbours (naming June) do not move it."""
    corpus, art = _dated_with_page_393000(tmp_path, "تستقبل الجامعة طلبات القبول ابتداء من غد الخميس حتى 16 "
                                          "يوليو 2015، وكان الوفد قد وصل إلى جدة أمس.")
    assert (art.published.date, art.published.source, art.published.filed) == ("2015-07-08", "range",
                                                                               "2015-07-21")
    writing_days.func(corpus)
    assert not [e for e in art.published.evidence if e.kind == "neighbours"]
    assert (art.published.date, art.published.source) == ("2015-07-08", "range")
    told = [(art.text[t.start:t.end], t.attrs.value) for t in art.layer("timexes")]
    assert told[-1] == ("أمس", "2015-07-07")
