"""A pure function of one word, kept per word: the events code asks some (the cues or trigger
rows a word may start) for every word of every sentence, so the answers live in a plain dict,
read over a whole sentence at C speed (`many`) and emptied when it holds `limit` words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar, cast

T = TypeVar("T")


class WordMemo(Generic[T]):
    def __init__(self, fn: Callable[[str], T], limit: int = 1 << 17) -> None:
        self.fn = fn
        self.limit = limit
        self.known: dict[str, T] = {}

    def get(self, word: str) -> T:
        got = self.known.get(word)
        return self._learn(word) if got is None else got

    def many(self, words: list[str]) -> list[T]:
        """`fn` of each of `words`, in order."""
        found = list(map(self.known.get, words))
        if None in found:
            learn = self._learn
            return [learn(w) if f is None else f for w, f in zip(words, found, strict=True)]
        return cast(list[T], found)

    def _learn(self, word: str) -> T:
        if len(self.known) >= self.limit:
            self.known.clear()
        got = self.known[word] = self.fn(word)
        return got
