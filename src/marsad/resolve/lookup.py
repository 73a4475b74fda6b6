"""Finding entities by a name a person types: any spelling, either script, or an id.

`NameIndex` is built from entity records (id, type, name, variants {spelling: count}, qid,
mentions) and answers `find(query)` with entity ids, best first. It tries, in order, and
stops at the first try that finds anything (within a try, the most mentioned come first):

1. the entity id;
2. the Wikidata QID;
3. the query's form (normalised, punctuation dropped, a person's titles stripped: see
   `names.name_form`) equal to the form of the entity's name or one of its variants;
4. the same with a proclitic taken off the query's first word (وبوتين -> بوتين);
5. a Latin query: its English key (`translit.latin_key`) equal to that of a Latin spelling,
   or its Arabic transliteration a close variant of an Arabic spelling;
6. a close spelling variant (same skeleton, similarity at least `variants.THRESHOLD`), two
   different Arabic given names of fixed spelling never being one;
7. a one-word query equal to the first or last word of a person's multi-word name
   (فيدان -> هاكان فيدان), else a close spelling variant of one (شويجو -> سيرغي شويغو);
   name particles (بن، عبد) never match alone.

`suggest(query)` gives the nearest names for a "did you mean" line when nothing is found.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from marsad.resolve.names import clean, fixed_spelling, is_latin, name_form, particles, without_proclitic
from marsad.resolve.translit import latin_key, transliterate
from marsad.resolve.variants import THRESHOLD, similarity, skeleton

LABELS = ("PER", "ORG", "LOC", "MISC")
SUGGEST_FLOOR = 0.7
"""The least similarity a name needs to be offered in a "did you mean" line."""
PERSON = "PER"


@dataclass(frozen=True)
class EntityRecord:
    """What name lookup knows of one entity."""

    id: str
    type: str
    name: str
    variants: dict[str, int] = field(default_factory=dict)
    qid: str | None = None
    mentions: int = 0

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> EntityRecord:
        """A record from a row of `store.read` (variants a dict, mentions a count); variants
        given as a list count zero each."""
        variants = row.get("variants") or {}
        if not isinstance(variants, Mapping):
            variants = dict.fromkeys(variants, 0)
        mentions = row.get("mentions") or 0
        return cls(str(row["id"]), str(row.get("type") or ""), str(row.get("name") or row["id"]),
                   {str(v): int(n) for v, n in variants.items()}, row.get("qid") or None,
                   len(mentions) if isinstance(mentions, list) else int(mentions))

    @property
    def spellings(self) -> list[str]:
        return list(dict.fromkeys([self.name, *self.variants]))


def _arabic_form(text: str) -> str:
    """The person-name form of a spelling, a Latin one transliterated into Arabic first."""
    form = name_form(text, PERSON)
    return name_form(transliterate(form), PERSON) if is_latin(form) else form


def query_forms(query: str) -> list[str]:
    """The forms a query may have: cleaned, and as a name of each type (titles stripped)."""
    return [f for f in dict.fromkeys([clean(query), *(name_form(query, t) for t in LABELS)]) if f]


def _particles() -> frozenset[str]:
    """Name particles (بن، عبد، ابو): never a name's first or last word to match alone."""
    return particles("nasab") | particles("part")


def _word_clash(a: str, b: str) -> bool:
    """Two forms of as many words with a word pair that cannot be one name (سلمان/سلطان)."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and any(fixed_spelling(x, y) for x, y in zip(wa, wb, strict=True))


class NameIndex:
    """Entity records indexed by every form of their names (see the module docstring)."""

    def __init__(self, records: Iterable[EntityRecord]) -> None:
        self.records = {r.id: r for r in records}
        self._by_qid: dict[str, set[str]] = {}
        self._by_form: dict[str, set[str]] = {}
        for r in self.records.values():
            if r.qid:
                self._by_qid.setdefault(r.qid.upper(), set()).add(r.id)
            for s in r.spellings:
                for f in {clean(s), name_form(s, r.type or PERSON)}:
                    if f:
                        self._by_form.setdefault(f, set()).add(r.id)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]]) -> NameIndex:
        return cls(EntityRecord.from_row(r) for r in rows)

    @cached_property
    def _arabic_forms(self) -> dict[str, list[tuple[str, str]]]:
        """skeleton -> (Arabic form, entity id) of every spelling (Latin ones transliterated)."""
        out: dict[str, list[tuple[str, str]]] = {}
        for r in self.records.values():
            for f in {_arabic_form(s) for s in r.spellings} - {""}:
                out.setdefault(skeleton(f), []).append((f, r.id))
        return out

    @cached_property
    def _latin_keys(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for r in self.records.values():
            for s in r.spellings:
                if is_latin(s):
                    for f in {clean(s), name_form(s, r.type or PERSON)} - {""}:
                        out.setdefault(latin_key(f), set()).add(r.id)
        return out

    @cached_property
    def _name_ends(self) -> dict[str, set[str]]:
        """First and last words of every multi-word person name form (particles left out)."""
        skip = _particles()
        out: dict[str, set[str]] = {}
        for r in self.records.values():
            if r.type != PERSON:
                continue
            for s in r.spellings:
                words = name_form(s, PERSON).split()
                if len(words) < 2:
                    continue
                for w in {words[0], words[-1]} - skip:
                    out.setdefault(w, set()).add(r.id)
        return out

    @cached_property
    def _end_skeletons(self) -> dict[str, list[str]]:
        """skeleton -> the first and last words of person names that have it."""
        out: dict[str, list[str]] = {}
        for w in self._name_ends:
            out.setdefault(skeleton(w), []).append(w)
        return out

    def _ranked(self, ids: Iterable[str]) -> list[str]:
        return sorted(set(ids), key=lambda e: (-self.records[e].mentions, self.records[e].name, e))

    def find(self, query: str) -> list[str]:
        """Ids of the entities `query` names, best first (empty when none)."""
        query = query.strip()
        if not query:
            return []
        tries: list[Callable[[str], Iterable[str]]] = [
            self._by_id, self._by_qid_of, self._by_forms, self._by_proclitic, self._by_latin,
            self._by_close_spelling, self._by_name_end]
        for attempt in tries:
            found = list(attempt(query))
            if found:
                return self._ranked(found)
        return []

    def _by_id(self, query: str) -> Iterable[str]:
        return [query] if query in self.records else []

    def _by_qid_of(self, query: str) -> Iterable[str]:
        return self._by_qid.get(query.upper(), set())

    def _by_forms(self, query: str) -> Iterable[str]:
        return {e for f in query_forms(query) for e in self._by_form.get(f, ())}

    def _stripped_forms(self, query: str) -> list[str]:
        """The query's forms with a proclitic taken off its first word."""
        return [f for alt in without_proclitic(clean(query).split()) for f in query_forms(" ".join(alt))]

    def _by_proclitic(self, query: str) -> Iterable[str]:
        return {e for f in self._stripped_forms(query) for e in self._by_form.get(f, ())}

    def _close(self, form: str) -> set[str]:
        return {e for f, e in self._arabic_forms.get(skeleton(form), ())
                if not _word_clash(form, f) and similarity(form, f, THRESHOLD) >= THRESHOLD}

    def _by_latin(self, query: str) -> Iterable[str]:
        if not is_latin(query):
            return []
        keys = {latin_key(f) for f in query_forms(query)}
        found = {e for k in keys for e in self._latin_keys.get(k, ())}
        return found | self._close(_arabic_form(query))

    def _by_close_spelling(self, query: str) -> Iterable[str]:
        return {e for f in {_arabic_form(query), *self._stripped_forms(query)} if f for e in self._close(f)}

    def _by_name_end(self, query: str) -> Iterable[str]:
        words = {_arabic_form(query)} | {f for f in self._stripped_forms(query) if " " not in f}
        if is_latin(query):
            words |= {name_form(query, PERSON)}
        words = {w for w in words if w and " " not in w}
        found = {e for w in words for e in self._name_ends.get(w, ())}
        if found:
            return found
        return {e for w in words for end in self._end_skeletons.get(skeleton(w), ())
                if not fixed_spelling(w, end) and similarity(w, end, THRESHOLD) >= THRESHOLD
                for e in self._name_ends[end]}

    def suggest(self, query: str, k: int = 5) -> list[tuple[str, str]]:
        """(id, name) of the `k` entities whose names are nearest `query`, none below
        SUGGEST_FLOOR (a one-word query is also held against the first and last words of
        person names)."""
        want = _arabic_form(query)
        if not want:
            return []
        one_word = " " not in want
        best: dict[str, float] = {}
        for forms in self._arabic_forms.values():
            for f, eid in forms:
                words = f.split()
                parts = [f]
                if one_word and len(words) > 1 and self.records[eid].type == PERSON:
                    parts += [w for w in {words[0], words[-1]} if w not in _particles()]
                s = max(similarity(want, p, SUGGEST_FLOOR) for p in parts)
                if s >= SUGGEST_FLOOR and s > best.get(eid, 0.0):
                    best[eid] = s
        ranked = sorted(best, key=lambda e: (-best[e], -self.records[e].mentions, e))
        return [(e, self.records[e].name) for e in ranked[:k]]
