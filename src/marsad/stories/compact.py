"""Compact forms of what the story clusterer holds many of: an article's counts while it
waits for its turn (`PackedItem`), a story's centroids once no article can join it
(`Story.pack`). Key tuples and number arrays: a dict entry and its number object cost about
four times as much. Unpacked they are the same dicts, in the same order, to the bit."""

from __future__ import annotations

import sys
from array import array
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from marsad.stories.cluster import Item

Packed = tuple[tuple[str, ...], array]  # a dict of numbers held compactly: its keys, its values
Counts = Packed  # word or entity -> count, packed as COUNT
PackedVector = Packed  # a centroid, word -> weight, packed as WEIGHT
PackedCentroids = tuple[PackedVector, PackedVector, PackedVector]  # text, entities, lead

COUNT, WEIGHT = "I", "d"  # the array type codes: a count (unsigned int), a weight (double)


def pack(values: Mapping[str, float], typecode: str) -> Packed:
    return tuple(values), array(typecode, values.values())


def unpack(packed: Packed) -> dict[str, Any]:
    return dict(zip(packed[0], packed[1], strict=True))


# The count dicts of an `Item` that a `PackedItem` holds, by name, and whether the item may
# have none (None): the one description that packs, interns and unpacks them.
_ITEM_COUNTS = (("terms", False), ("entities", False), ("lead", False), ("actors", True))


@dataclass(slots=True)
class PackedItem:
    """An `Item` held compactly while it waits for its turn (a third of the memory): its
    counts as key tuples and count arrays; `unpack` gives the same `Item` back."""

    item: Item  # its counts emptied
    terms: Counts
    entities: Counts
    lead: Counts
    actors: Counts | None

    @property
    def key(self) -> str:
        return self.item.key

    @property
    def day(self) -> date | None:
        return self.item.day

    @staticmethod
    def of(it: Item) -> PackedItem:
        counts: list[Any] = [getattr(it, name) for name, _ in _ITEM_COUNTS]
        counts = [None if c is None else pack(c, COUNT) for c in counts]
        for name, optional in _ITEM_COUNTS:
            setattr(it, name, None if optional else {})
        return PackedItem(it, *counts)

    def share_keys(self) -> None:
        """Make its keys the string objects every other item holds (`sys.intern`): an item
        made in a worker comes back with words of its own, so each word would be held once
        per article that has it; shared, once. The same keys, the same order."""
        for name, _ in _ITEM_COUNTS:
            if (counts := getattr(self, name)) is not None:
                setattr(self, name, (tuple(map(sys.intern, counts[0])), counts[1]))

    def unpack(self) -> Item:
        it = self.item
        for name, _ in _ITEM_COUNTS:
            counts = getattr(self, name)
            setattr(it, name, None if counts is None else unpack(counts))
        return it
