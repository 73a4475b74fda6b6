"""Entity resolution does not depend on the process's hash seed: the blocking keys of a
name (`variants.block_keys`, a set, whose order follows the hash seed) are taken in sorted
order, and so the blocks, whose order decides the order of the merges, come in one order
(`resolve.cluster._block_and_merge`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from marsad.model.grouping import group_in_process
from marsad.resolve import cluster as cluster_module
from marsad.resolve.catalogue import load
from marsad.resolve.variants import block_keys

NAMES = ["سيرغي لافروف", "سيرجي لافروف", "سيرغي لافرف", "سرغي لافروف", "سيرغي شويغو", "سيرجي شويغو",
         "محمد بن سلمان", "محمد سلمان", "محمد بن سلطان", "دونالد ترامب", "دونلد ترامب", "دونالد ترمب"]


class _Ordered(set[str]):
    """A set that iterates in sorted order, or in reverse (two hash seeds' worth of orders)."""

    reverse = False

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(super().__iter__(), reverse=self.reverse))


def _blocks_seen(monkeypatch: pytest.MonkeyPatch, reverse: bool) -> list[Any]:
    class Keys(_Ordered):
        pass

    Keys.reverse = reverse
    monkeypatch.setattr(cluster_module, "block_keys", lambda name: Keys(block_keys(name)))
    seen: list[Any] = []

    def group(items: Any, pairs: Any, fn: Any) -> Any:
        seen.extend(items)
        return group_in_process(items, pairs, fn)

    keys = {("PER", n): 1 + k % 3 for k, n in enumerate(NAMES)}
    found = cluster_module.cluster(keys, load(None), group)
    return [seen, sorted((k[1], r) for k, (r, _) in found.items())]


def test_blocks_and_clusters_do_not_follow_the_order_of_a_set(monkeypatch: pytest.MonkeyPatch) -> None:
    forward = _blocks_seen(monkeypatch, reverse=False)
    backward = _blocks_seen(monkeypatch, reverse=True)
    assert forward[0]  # names were blocked
    assert forward == backward
