"""Near twins: two SaudiNewsNet records that tell one story in nearly the same words.

An outlet files a wire story again with a line changed, or serves one page under two URLs with a
different footer; `draw_order.twins` (the same text, byte for byte) misses these. A held-out or
test article that is a near twin of a dev article is scored on a text the dev strata were tuned
on, so its figure is optimistic. In round 32, 9 of the 120 events test articles (main test split and
events TEST batches) were near twins of dev articles: without them the pooled events test figures
are 0.582 / 0.542 instead of 0.610 / 0.560, quotes pooled 0.975 / 0.867 (speaker 0.865) instead of
0.977 / 0.877 (0.863), timex test value 0.843 instead of 0.851 (a5e240c's behaviour, figures only).

Two records are near twins when their annotated regions (`draw.region_end`) share at least
`NEAR` of the word `SHINGLE_WORDS`-grams of the shorter one (containment, so a short story
inside a longer one counts). Draws from `draw_order.NEAR_APART_FROM` on leave them out
(`draw_order.draw_skip`); tests/test_realtext_golds_apart.py lists the held-out and test articles
that are near twins of dev articles today.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable

from benchmarks.realtext.draw import region_end

SHINGLE_WORDS = 3
NEAR = 0.8
_WORD = re.compile(r"\w+")


def region(content: str) -> str:
    """The annotated region of a record's content."""
    return content[: region_end(content)]


def shingles(text: str, k: int = SHINGLE_WORDS) -> frozenset[int]:
    """The word k-grams of `text`, each as a stable 32-bit hash (the same in every process)."""
    words = _WORD.findall(text)
    return frozenset(zlib.crc32(" ".join(words[i:i + k]).encode("utf-8"))
                     for i in range(len(words) - k + 1))


def near_twins(rows: Iterable[tuple[int, str]], of: Iterable[tuple[int, str]],
               near: float = NEAR) -> dict[int, list[tuple[int, float]]]:
    """For each (line, text) of `rows` that is a near twin of a (line, text) of `of`: those lines
    of `of`, each with the share of the shorter text's shingles the two hold in common. A line is
    never its own twin."""
    sizes: dict[int, int] = {}
    index: dict[int, list[int]] = defaultdict(list)
    for line, text in of:
        grams = shingles(text)
        sizes[line] = len(grams)
        for g in grams:
            index[g].append(line)
    out: dict[int, list[tuple[int, float]]] = {}
    for line, text in rows:
        grams = shingles(text)
        shared: dict[int, int] = defaultdict(int)
        for g in grams:
            for other in index.get(g, ()):
                if other != line:
                    shared[other] += 1
        hits = [(other, round(n / min(len(grams), sizes[other]), 2)) for other, n in shared.items()
                if n / min(len(grams), sizes[other]) >= near]
        if hits:
            out[line] = sorted(hits)
    return out
