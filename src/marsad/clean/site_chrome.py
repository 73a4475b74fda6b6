"""Cross-document boilerplate: lines that recur across many articles of one site.

Articles are grouped by site: `article.source`, else the URL host, else the folder of the
input. Within a group of at least `MIN_ARTICLES`, a line (in match form) found in at least
`max(MIN_COUNT, SHARE * n)` different articles is the site's chrome: its body, heading,
title or caption segments are relabelled `boilerplate` with cue `site_chrome`; so are the
short sentences of a long body segment that recur the same way (a flattened page's chrome
lines glued into its text), cut out of their segment. Long,
body-like lines and full sentences are never relabelled (wire copy repeats whole
paragraphs across articles; that is the dedup/story stages' business, not chrome). An
article left with no article text (`clean.segment.holds_article_text`) is flagged
`no_article_text`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import PurePath
from urllib.parse import urlsplit

from marsad.clean.cues import match_form
from marsad.clean.layout import PIECE_LINE, piece_spans
from marsad.model import Article, SegmentAttrs, Span
from marsad.model.grouping import Grouping, group_in_process

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


Candidate = tuple[int, int, int]  # (segment index, start, end): a whole segment or a sentence of it


def _short(form: str) -> bool:
    words = form.count(" ") + 1
    return words <= MAX_WORDS and not (words >= SENTENCE_WORDS and form[-1] in ".!?؟")


def _candidate_forms(art: Article) -> dict[Candidate, str]:
    """The stretches chrome may relabel, with their match forms: short segments, and the
    short sentences of a longer body segment (a flattened page's recurring lines)."""
    out: dict[Candidate, str] = {}
    for k, seg in enumerate(art.layer("segments")):
        if seg.label not in RELABEL:
            continue
        if seg.end - seg.start <= 12 * MAX_WORDS:
            form = match_form(seg.slice(art.text))
            if form and _short(form):
                out[(k, seg.start, seg.end)] = form
                continue
        if seg.label == "body" and seg.end - seg.start > PIECE_LINE:
            for s, e in piece_spans(art.text, seg.start, seg.end):
                if e - s <= 12 * MAX_WORDS and (form := match_form(art.text[s:e])) and _short(form):
                    out[(k, s, e)] = form
    return out


def chrome_lines(forms: list[dict[Candidate, str]]) -> set[str]:
    """The lines (match forms) that recur often enough across a site's articles."""
    n = len(forms)
    if n < MIN_ARTICLES:
        return set()
    counts: Counter[str] = Counter()
    for f in forms:
        counts.update(set(f.values()))
    need = max(MIN_COUNT, SHARE * n)
    return {line for line, c in counts.items() if c >= need}


Numbered = tuple[int, Article, str]  # an article, its place in the batch and its site


def _by_site(item: Numbered) -> list[tuple[str, tuple[int, Article]]]:
    n, art, site = item
    return [(site, (n, art))]


def _hits(site: str, arts: list[tuple[int, Article]]) -> list[tuple[int, list[Candidate]]]:
    return [(n, hits) for (n, _), hits in zip(arts, site_hits([a for _, a in arts]), strict=True) if hits]


def mark_chrome(articles: list[Article], touched: list[Article] | None = None,
                group: Grouping | None = None) -> int:
    """Relabel site chrome in place; returns the number of stretches relabelled (and adds
    each article relabelled to `touched`). `group` finds each site's chrome (an engine's
    keyed work; default: in this process); the articles are relabelled here, site by site
    in the order the sites first appear."""
    sites = [site_of(a) for a in articles]
    size = Counter(sites)
    # a site of fewer than MIN_ARTICLES is never judged: its articles are not handed out
    items = [(n, a, site) for n, (a, site) in enumerate(zip(articles, sites, strict=True))
             if size[site] >= MIN_ARTICLES]
    changed = 0
    for _, found in (group or group_in_process)(items, _by_site, _hits):
        for n, hits in found:
            changed += len(hits)
            relabel(articles[n], hits)
            if touched is not None:
                touched.append(articles[n])
    return changed


def site_hits(arts: list[Article]) -> list[list[Candidate]]:
    """The chrome stretches of each article of one site (none for a site of fewer than
    `MIN_ARTICLES`); reads the articles, changes nothing."""
    if len(arts) < MIN_ARTICLES:
        return [[] for _ in arts]
    forms = [_candidate_forms(a) for a in arts]
    chrome = chrome_lines(forms)
    return [[c for c, form in f.items() if form in chrome] for f in forms]


def relabel(art: Article, hits: list[Candidate]) -> None:
    """Mark the chrome stretches `boilerplate` (cue `site_chrome`), cutting a segment where
    only a sentence of it is chrome; the rest of it keeps its role."""
    segs = art.layer("segments")
    inside: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for k, s, e in hits:
        inside[k].append((s, e))
    out: list[Span[SegmentAttrs]] = []
    for k, seg in enumerate(segs):
        if k not in inside:
            out.append(seg)
            continue
        if seg.attrs.cue == "first_line_headline":
            art.title = None
        pos = seg.start
        for s, e in sorted(inside[k]):
            if text_between(art.text, pos, s):
                out.append(Span(pos, _trimmed_end(art.text, pos, s), seg.label, replace(seg.attrs)))
            out.append(Span(s, e, "boilerplate", replace(seg.attrs, cue="site_chrome")))
            pos = e
        if text_between(art.text, pos, seg.end):
            out.append(Span(_trimmed_start(art.text, pos, seg.end), seg.end, seg.label, replace(seg.attrs)))
    art.set_layer("segments", out)


def text_between(text: str, s: int, e: int) -> bool:
    return bool(text[s:e].strip())


def _trimmed_end(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1].isspace():
        e -= 1
    return e


def _trimmed_start(text: str, s: int, e: int) -> int:
    while s < e and text[s].isspace():
        s += 1
    return s
