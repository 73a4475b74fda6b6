"""The outlet neighbours of a dates gold batch: the records the corpus step `writing_days` would use.

The benchmark runs each gold batch alone, so an article dated only by its fetch day never meets
the pages of its outlet that date it by their numbers (`marsad.dates.neighbours`); a user who
runs the whole of SaudiNewsNet does. `--timex-neighbours` runs each batch a second time with
those pages beside it: for every outlet (the address's host) of a batch's numbered article that
has no day in its address, every SaudiNewsNet record of that outlet whose own evidence fixes its
day of writing (a URL day, a current month «يونيو الجاري» that is not the fetch month, a
publication date from the text), as marsad's dating reads the raw record. The neighbours are run,
never scored; the batch's own articles are left out of them (they are in the run already).
On the 31,030 records: aawsat 12, alriyadh 10, alweeam 6, alwatan 4 columns and 2 news pages
(numbered apart, `lang/ar/date_page_numbers.tsv`), al-madina 3, alyaum 3, arreyadi 2 (its page numbers
in base64), arriyadiyah 1 — the counts of the corpus step's own survey. The scan takes a minute or two and
is done once per process.
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from functools import lru_cache
from typing import Any

from benchmarks.realtext.draw import SNN
from benchmarks.realtext.gold import GoldArticle
from marsad.dates.neighbours import article_number
from marsad.dates.publication import infer_published
from marsad.dates.writing_day import RETRIEVAL_FIELDS, url_day
from marsad.model.published import MONTH_DAY


def _dated_by_itself(rec: dict[str, Any]) -> bool:
    """Whether marsad's dating gives the raw record a day of writing of its own (not only its
    fetch day): what `steps.writing_days.own_days` reads, less the page's cleaning."""
    if url_day(rec.get("url")):
        return True
    field = "date_extracted"
    meta = {"url": rec.get("url"), "date": rec.get(field), "date_field": field}
    pub = infer_published(rec.get("content") or "", meta, [])
    if not pub.fetch_dated or field not in RETRIEVAL_FIELDS:
        return True
    return any(e.kind == MONTH_DAY for e in pub.evidence)


@lru_cache(maxsize=1)
def dated_pages() -> dict[str, list[tuple[int, dict[str, Any]]]]:
    """outlet -> its SaudiNewsNet records (0-based line, record) dated by their own evidence,
    for the outlets that number their pages and do not all carry a URL day."""
    out: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for i, ln in enumerate(f):
            rec = json.loads(ln)
            key = article_number(rec.get("url"))
            if key is None or not rec.get("content"):
                continue
            if _dated_by_itself(rec):
                out[key[0]].append((i, rec))
    return dict(out)


def outlet_neighbours(batch: list[GoldArticle]) -> list[dict[str, Any]]:
    """The records to run beside `batch`: the pages of its numbered outlets that date
    themselves (`dated_pages`), for every outlet one of whose batch articles has no URL day."""
    outlets = set()
    for g in batch:
        url = g.record.get("url")
        key = article_number(url)
        if key is not None and url_day(url) is None:
            outlets.add(key[0])
    own = {g.line for g in batch}
    pages = dated_pages()
    return [rec for o in sorted(outlets) for line, rec in pages.get(o, []) if line not in own]
