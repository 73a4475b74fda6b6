"""Compact forms of what the story clusterer holds many of: an article's counts while it
waits for its turn (`PackedItem`), a story's centroids once no article can join it
(`Story.pack`). Key tuples and number arrays: a dict entry and its number object cost about
four times as much. Unpacked they are the same dicts, in the same order, to the bit."""

from __future__ import annotations

import sys
from array import array
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from marsad.stories.cluster import Item

Counts = tuple[tuple[str, ...], array]  # a dict of counts held compactly: its keys, its counts


def pack_counts(counts: dict[str, int]) -> Counts:
    return tuple(counts), array("I", counts.values())


def unpack_counts(counts: Counts) -> dict[str, int]:
    return dict(zip(counts[0], counts[1], strict=True))


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
        packed = PackedItem(it, pack_counts(it.terms), pack_counts(it.entities), pack_counts(it.lead),
                            None if it.actors is None else pack_counts(it.actors))
        it.terms, it.entities, it.lead, it.actors = {}, {}, {}, None
        return packed

    def share_keys(self) -> None:
        """Make its keys the string objects every other item holds (`sys.intern`): an item
        made in a worker comes back with words of its own, so each word would be held once
        per article that has it; shared, once. The same keys, the same order."""
        self.terms, self.entities = _interned(self.terms), _interned(self.entities)
        self.lead = _interned(self.lead)
        if self.actors is not None:
            self.actors = _interned(self.actors)

    def unpack(self) -> Item:
        it = self.item
        it.terms, it.entities = unpack_counts(self.terms), unpack_counts(self.entities)
        it.lead = unpack_counts(self.lead)
        it.actors = None if self.actors is None else unpack_counts(self.actors)
        return it


def _interned(counts: Counts) -> Counts:
    return tuple(map(sys.intern, counts[0])), counts[1]


PackedVector = tuple[tuple[str, ...], array]  # a centroid held compactly: its keys, its weights
PackedCentroids = tuple[PackedVector, PackedVector, PackedVector]  # text, entities, lead


def pack_vector(v: dict[str, float]) -> PackedVector:
    return tuple(v), array("d", v.values())


def unpack_vector(v: PackedVector) -> dict[str, float]:
    return dict(zip(v[0], v[1], strict=True))
