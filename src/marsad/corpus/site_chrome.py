"""Cross-document boilerplate: lines that recur across many articles of one site.

Articles are grouped by site: `article.source`, else the URL host, else the folder of the
input. Within a group of at least `MIN_ARTICLES`, a line (in match form) found in at least
`max(MIN_COUNT, SHARE * n)` different articles is the site's chrome: its body, heading,
title or caption segments are relabelled `boilerplate` with cue `site_chrome`. Long,
body-like lines and full sentences are never relabelled (wire copy repeats whole
paragraphs across articles; that is the dedup/story stages' business, not chrome). An
article left with no body segment is flagged `no_article_text`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import PurePath
from urllib.parse import urlsplit

from marsad.model import Article
from marsad.stages.base import Corpus, corpus_step
from marsad.stages.segment_cues import match_form

MIN_ARTICLES = 5  # smaller groups are never judged: 2-3 article corpora stay as they are
MIN_COUNT = 4  # a line must recur in at least this many articles of the site ...
SHARE = 0.01  # ... and in at least this share of them
MAX_WORDS = 20  # longer lines are article text, however often they recur ...
SENTENCE_WORDS = 10  # ... and so are full sentences of this many words or more
RELABEL = frozenset({"body", "heading", "title", "caption"})


def site_of(art: Article) -> str:
    """The key articles are grouped by: source, else URL host, else input folder."""
    if art.source:
        return "source:" + art.source.strip().lower()
    if art.url:
        host = urlsplit(art.url).hostname or ""
        if host:
            return "host:" + host.removeprefix("www.")
    path = art.path.split("#", 1)[0]
    return "folder:" + str(PurePath(path).parent)


def _candidate_forms(art: Article) -> dict[int, str]:
    """Segment index -> match form, for the segments chrome may relabel."""
    out = {}
    for k, seg in enumerate(art.layer("segments")):
        if seg.label in RELABEL and seg.end - seg.start <= 12 * MAX_WORDS:
            form = match_form(seg.slice(art.text))
            words = form.count(" ") + 1
            if words <= MAX_WORDS and not (words >= SENTENCE_WORDS and form[-1] in ".!?؟"):
                out[k] = form
    return out


def chrome_lines(forms: list[dict[int, str]]) -> set[str]:
    """The lines (match forms) that recur often enough across a site's articles."""
    n = len(forms)
    if n < MIN_ARTICLES:
        return set()
    counts: Counter[str] = Counter()
    for f in forms:
        counts.update(set(f.values()))
    need = max(MIN_COUNT, SHARE * n)
    return {line for line, c in counts.items() if c >= need}


def mark_chrome(articles: list[Article]) -> int:
    """Relabel site chrome in place; returns the number of segments relabelled."""
    groups: dict[str, list[Article]] = defaultdict(list)
    for art in articles:
        groups[site_of(art)].append(art)
    changed = 0
    for arts in groups.values():
        if len(arts) < MIN_ARTICLES:
            continue
        forms = [_candidate_forms(a) for a in arts]
        chrome = chrome_lines(forms)
        if not chrome:
            continue
        for art, f in zip(arts, forms, strict=True):
            segs = art.layer("segments")
            for k, form in f.items():
                if form in chrome:
                    seg = segs[k]
                    if seg.attrs.get("cue") == "first_line_headline":
                        art.title = None
                    seg.label = "boilerplate"
                    seg.attrs["cue"] = "site_chrome"
                    changed += 1
    return changed


@corpus_step("site_chrome", requires=("segments",), provides=("site_chrome",))
def site_chrome(corpus: Corpus) -> None:
    mark_chrome(corpus.articles)
    for art in corpus.articles:
        if not art.segments("body"):
            art.flag("no_article_text")
