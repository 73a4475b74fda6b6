"""`timeline.html`: a static, self-contained page (inline CSS, no script, no network),
right to left, with the merged events in order, their sources and the series rounds.
Labels come from `lang/<lang>/timeline_labels.tsv`."""

from __future__ import annotations

import re
from html import escape
from string import Template

from marsad.lang import interface_labels
from marsad.report.timeline import Entry, Series

WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+\Z", re.IGNORECASE)
"""A URL the page may link: http(s), from its first character, no whitespace or control
characters anywhere (browsers drop those, so `java\\tscript:` would still run)."""


def is_web_url(url: object) -> bool:
    return isinstance(url, str) and WEB_URL.match(url) is not None


PAGE = Template("""<!doctype html>
<html lang="$lang" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title</title>
<style>
body{font-family:"Noto Naskh Arabic","Amiri","Segoe UI",Tahoma,Arial,sans-serif;margin:0;
background:#f7f7f5;color:#1d1d1f;line-height:1.7;font-size:17px}
main{max-width:56rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0}
.summary{color:#555}
ol.timeline{list-style:none;padding:0;border-inline-start:3px solid #9ab;margin:1rem 0}
ol.timeline>li{margin:0 0 1.1rem;padding-inline-start:1rem;position:relative}
ol.timeline>li::before{content:"";position:absolute;inset-inline-start:-.55rem;top:.55rem;
width:.8rem;height:.8rem;border-radius:50%;background:#357}
.when{font-weight:bold;direction:ltr;unicode-bidi:isolate;color:#234}
.approx{color:#a60;font-size:.85em}
.type{display:inline-block;background:#e3ecf3;border-radius:.3rem;padding:0 .45rem;margin-inline-start:.4rem}
.who{font-weight:600}
.meta{color:#555;font-size:.92em}
details{margin-top:.2rem}
ul.sources{margin:.2rem 0;padding-inline-start:1.2rem;font-size:.92em}
.series{background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:.6rem 1rem;margin:1rem 0}
.gap{color:#a33}
a{color:#145}
</style>
</head>
<body>
<main>
<h1>$title</h1>
<p class="summary">$summary</p>
$series
<ol class="timeline">
$entries
</ol>
<p class="meta">$generated</p>
</main>
</body>
</html>
""")


def _source(s: object, lab: dict[str, str]) -> str:
    title = escape(str(getattr(s, "title", None) or getattr(s, "article", "")))
    url = getattr(s, "url", None)
    head = f'<a href="{escape(str(url))}">{title}</a>' if is_web_url(url) else title
    bits = (getattr(s, "outlet", None), getattr(s, "published", None))
    extra = " · ".join(escape(str(x)) for x in bits if x)
    return f"<li>{head}{' — ' + extra if extra else ''}</li>"


def _entry(e: Entry, lab: dict[str, str]) -> str:
    ev = e.event
    typ = lab.get(str(ev.get("type")), str(ev.get("type")))
    when = escape(e.when) if e.when else lab["undated"]
    approx = f' <span class="approx">{lab["approximate"]}</span>' if e.approximate else ""
    who = "، ".join(escape(n) for n in e.names)
    places = e.places or ([e.place] if e.place else [])
    meta = []
    if ev.get("round") is not None:
        meta.append(f'{lab["round"]} {int(ev["round"])}')
    if places:
        meta.append(f'{lab["places"]}: {"، ".join(escape(p) for p in places)}')
    srcs = "".join(_source(s, lab) for s in e.sources)
    return (f'<li><span class="when">{when}</span>{approx}<span class="type">{escape(typ)}</span>'
            f'<div class="who">{who}</div><div class="meta">{" · ".join(meta)}</div>'
            f'<details><summary>{lab["sources"]} ({len(e.sources)})</summary>'
            f'<ul class="sources">{srcs}</ul></details></li>')


def _series(series: list[Series], lab: dict[str, str]) -> str:
    if not series:
        return ""
    blocks = [f"<h2>{lab['series']}</h2>"]
    for s in series:
        items: list[tuple[int, str]] = [
            (n, f'<li>{lab["round"]} {n}: <span class="when">{escape(e.when or lab["undated"])}</span> '
                f'— {"، ".join(escape(x) for x in e.names)}</li>') for n, e in s.rounds]
        items += [(n, f'<li class="gap">{lab["round"]} {n}: {lab["missing"]}</li>') for n in s.missing]
        body = "".join(html for _, html in sorted(items))
        blocks.append(f'<div class="series"><strong>{escape(s.name)}</strong><ol>{body}</ol></div>')
    return "\n".join(blocks)


def render(entries: list[Entry], series: list[Series], n_articles: int, n_stories: int,
           lang: str = "ar") -> str:
    """The whole page as a string."""
    lab = interface_labels(lang)
    summary = (f"{len(entries)} {lab['events']} · {n_articles} {lab['articles']} · "
               f"{n_stories} {lab['stories']}")
    return PAGE.substitute(lang=lang, title=lab["title"], summary=summary,
                           series=_series(series, lab),
                           entries="\n".join(_entry(e, lab) for e in entries),
                           generated=lab["generated"])
