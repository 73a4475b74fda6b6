"""A bounded memo of a pure function of one argument whose hits cost a dict look-up (issue 20).

`functools.lru_cache(maxsize=N)` keeps its entries in order of use: every hit moves its entry to
the front of a linked list, which costs about as much again as the look-up (about 230 ns a hit
against 150 for `functools.cache`, measured over the words of real articles), and NER's and the
events' per-word tables are asked millions of times a run (`ner.lexicon.candidates` about 2,000
times an article). `word_cache(limit)` is `functools.cache`, a plain look-up on a hit, that
empties itself when `limit` entries have been added since it last did: the function is pure, so
its answers are the same; memory stays bounded as before; after it empties, the words in use
come back at one miss each. Kept for the tables with a large limit, whose misses are mostly
words met for the first time; a small one that is full most of a run keeps its order of use.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import _lru_cache_wrapper, cache, wraps
from typing import Any, TypeVar

T = TypeVar("T")


def word_cache(limit: int) -> Callable[[Callable[..., T]], _lru_cache_wrapper[T]]:
    """`functools.cache`, emptied when `limit` entries have been added since it last was."""

    def decorate(fn: Callable[..., T]) -> _lru_cache_wrapper[T]:
        added = 0

        @wraps(fn)
        def computed(*args: Any) -> T:
            nonlocal added
            if added >= limit:
                memo.cache_clear()
                added = 0
            added += 1
            return fn(*args)

        memo = cache(computed)
        return memo

    return decorate
