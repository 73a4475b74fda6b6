"""The shapes of the work every engine offers corpus steps (`marsad.engines.Keyed`): a map
over items, and keyed work: items, each item's (key, value) pairs, and a function run on
each key's values. The domain folders take a `Mapping`/`Grouping` so that an engine can run
that work elsewhere (Spark); `map_in_process` and `group_in_process` are the plain ones, and
the order every engine gives is theirs."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
Pairs = Callable[[T], Iterable[tuple[K, V]]]
# A `group` function: (items, pairs, fn) -> [(key, fn(key, values))], the keys in the order
# they first appear (item by item, pair by pair), each key's values in that order too.
Mapping = Callable[[Callable[[Any], Any], Sequence[Any]], list[Any]]  # (fn, items) -> results in order
Grouping = Callable[[Sequence[Any], Callable[[Any], Iterable[tuple[Any, Any]]],
                     Callable[[Any, list[Any]], Any]], list[tuple[Any, Any]]]


def group_in_process(items: Iterable[T], pairs: Pairs[T, K, V], fn: Callable[[K, list[V]], R]
                     ) -> list[tuple[K, R]]:
    """`fn(key, values)` for each key of the items' pairs, in this process."""
    return [(key, fn(key, values)) for key, values in grouped(items, pairs).items()]


def grouped(items: Iterable[T], pairs: Pairs[T, K, V]) -> dict[K, list[V]]:
    """The values of the items' pairs by key, keys in the order they first come."""
    groups: dict[K, list[V]] = {}
    for item in items:
        for key, value in pairs(item):
            groups.setdefault(key, []).append(value)
    return groups


def map_in_process(fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """`fn` on every item, in this process, the results in the items' order."""
    return [fn(x) for x in items]
