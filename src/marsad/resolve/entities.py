"""Resolve every mention of a batch of articles to a corpus-level entity.

Each mention gets `attrs.entity`; the entities come back as `Entity` records (id, type,
name, variants {spelling: count}, qid, mentions, articles: `marsad.model.corpus`).
An entity's id is its catalogue id, else a content hash of its type and canonical form, so
the same corpus gives the same ids. Its name is the catalogue's, else the most frequent
spelling of its longest form (never an empty one: the canonical form when every spelling
shown is empty). Variants are the spellings found (titles stripped), plus the
catalogue's names with count 0 so that any of them finds the entity.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from functools import partial

from marsad.model import Article, Entity
from marsad.model.article import content_id
from marsad.model.grouping import Grouping, Mapping, map_in_process
from marsad.resolve.bodies import StateBodies, settle_states
from marsad.resolve.catalogue import Entry
from marsad.resolve.cluster import CHOSEN, Key, cluster
from marsad.resolve.context import Choice, SharedNames, settle_by_corpus
from marsad.resolve.first_pass import MENTIONS, Bare, CorpusNames, Shared, first_pass, titled_index
from marsad.resolve.names import display_name, name_tokens, native_names
from marsad.resolve.variants import skeleton

LONE = "\tlone"  # ends the key type of a name that stands for its article alone (PER\tlone)


def _lone(label: str, form: str, art_id: str) -> Key:
    """The key of a name that stands for no one outside its article: a given name alone, a
    bare state body of an article that names no state."""
    return (label + LONE, f"{form}\t{art_id}")

def _attested(articles: list[Article]) -> Counter[tuple[str, str]]:
    """How many mentions have each (type, form), before any clitic is stripped (a text's form made once)."""
    written = Counter((s.label, a.text[s.start:s.end]) for a in articles for s in a.layer(MENTIONS))
    seen: Counter[tuple[str, str]] = Counter()
    for (label, surface), n in written.items():
        seen[(label, " ".join(name_tokens(surface, label)))] += n
    return seen

def given_names(seen: Counter[tuple[str, str]], known: set[tuple[str, str]]) -> frozenset[str]:
    """One-word person forms that are given names in this corpus: the first word of its
    persons' full names more often than the last (عدنان، توماس، سلمان), or a fixed-spelling
    Arabic given name never seen as a family name. A catalogue name (بوتين) is never one."""
    first: Counter[str] = Counter()
    last: Counter[str] = Counter()
    for (label, form), n in seen.items():
        words = form.split()
        if label == "PER" and len(words) > 1 and not form.isascii():
            first[words[0]] += n
            last[words[-1]] += n
    out = {w for w in first if first[w] > last[w]}
    out |= {w for w in native_names() if not last[w]}
    return frozenset(w for w in out if ("PER", w) not in known)


def full_names(seen: Counter[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """(first word, last word) -> the multi-word person forms of the corpus with them."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for label, form in seen:
        words = form.split()
        if label == "PER" and len(words) > 1:
            out[(words[0], words[-1])].add(form)
    return out


def _given_with_family(given: str, article_forms: set[str],
                       names: dict[tuple[str, str], set[str]]) -> str | None:
    """A given name alone in an article that also names a family name alone (نيكولاي ...
    باتروشيف): the one full name of the corpus made of the two (نيكولاي باتروشيف)."""
    found = {f for w in article_forms if " " not in w and w != given for f in names.get((given, w), ())}
    return found.pop() if len(found) == 1 else None


FIRST_PASS_AT_ONCE = 10_000  # articles whose first passes are held at once before they are numbered


def resolve_mentions(articles: list[Article], entries: list[Entry], group: Grouping | None = None,
                     map_: Mapping | None = None) -> dict[str, Entity]:
    """Set attrs.entity on every mention; return the entities by id. `group` scores the
    names of each blocking key (`cluster.cluster`; default: in this process); `map_` runs
    the first pass over each article (`first_pass.first_pass`; default: in this process)."""
    # Each (type, form) numbered once: the per-mention rows below hold numbers, not tuples of
    # strings (a mention's form is a new string each time it is asked for).
    key_numbers: dict[Key, int] = {}
    keys_of: list[Key] = []

    def number(key: Key) -> int:
        found = key_numbers.get(key)
        if found is None:
            found = key_numbers[key] = len(keys_of)
            keys_of.append(key)
        return found

    # per article, three numbers a mention: its index in the layer, the key it resolved to and
    # its own (type, form)
    per_article: list[array[int]] = []
    counted: Counter[int] = Counter()  # mentions resolved to each key (by number)
    spelled_as: Counter[int] = Counter()  # mentions spelled as each key (by number)
    seen = _attested(articles)
    known = {(e.type, f) for e in entries for f in e.forms()}
    by_skeleton: dict[tuple[str, str], list[str]] = defaultdict(list)
    for label, form in seen:
        by_skeleton[(label, skeleton(form))].append(form)
    given = given_names(seen, known)
    names = full_names(seen)
    titled = titled_index(entries)
    shared = SharedNames(entries)
    bodies = StateBodies(entries)
    why: dict[tuple[int, int], str] = {}  # (article, mention) -> how a catalogue entry was chosen
    generic: dict[tuple[int, int], str] = {}  # (article, mention) -> a bare state body's name
    # pass 1, per article (`first_pass.first_pass`, by `map_`, FIRST_PASS_AT_ONCE articles at a time):
    # three numbers a mention (its index, its own (type, form) and its key); contested names
    state: list[tuple[array[int], dict[Shared, Choice], dict[int, Shared]]] = []
    bare: list[tuple[Bare, dict[str, str | None]]] = []
    corpus = CorpusNames(seen, known, by_skeleton, titled, shared, bodies)
    for first in range(0, len(articles), FIRST_PASS_AT_ONCE):
        some = articles[first:first + FIRST_PASS_AT_ONCE]
        for a, found in enumerate((map_ or map_in_process)(partial(first_pass, corpus), some), start=first):
            for n, reason in found.why.items():
                why[(a, n)] = reason
            bare.append(found.bare)
            state.append((array("l", [x for n, own, key in found.keys
                                      for x in (n, number(own), number(key))]), found.chosen, found.which))
    settle_by_corpus([chosen for _, chosen, _ in state])
    settle_states([by_article for _, by_article in bare])
    # pass 2: the key each mention is clustered by, counted by its number (a mention whose
    # key stays the one of pass 1 keeps its number: no tuple of strings is made or hashed)
    for a, (art, (numbers, chosen, which)) in enumerate(zip(articles, state, strict=True)):
        rows = array("l")
        bare_bodies, states = bare[a]
        persons: set[str] | None = None  # the article's person keys, made when first needed
        for i in range(0, len(numbers), 3):
            n, own_number, key_number = numbers[i], numbers[i + 1], numbers[i + 2]
            if n in which:
                entry, why[(a, n)] = chosen[which[n]].entry, chosen[which[n]].reason
                if entry:
                    key_number = number((entry.type, CHOSEN + entry.id))
            elif n in bare_bodies:
                body, gender, of = bare_bodies[n]
                of = of or states.get(body)
                key_number = number(("ORG", bodies.named(body, gender, of)) if of
                                    else _lone("ORG", body, art.id))
                why[(a, n)] = f"state body: {of}" if of else "state body: no state named"
                generic[(a, n)] = body
            else:
                label, form = keys_of[key_number]
                if label == "PER" and form in given:
                    # a given name alone stands for no one across articles (one entity per
                    # article), unless the article names the family name too
                    if persons is None:
                        persons = {k[1] for j in range(2, len(numbers), 3)
                                   if (k := keys_of[numbers[j]])[0] == "PER"}
                    full = _given_with_family(form, persons, names)
                    key_number = number(("PER", full) if full else _lone("PER", form, art.id))
            counted[key_number] += 1
            spelled_as[own_number] += 1
            rows.extend((n, key_number, own_number))
        per_article.append(rows)
        state[a], bare[a] = (array("l"), {}, {}), ({}, {})
    counts = {keys_of[k]: c for k, c in counted.items()}  # in the order first counted
    own = {keys_of[k]: c for k, c in spelled_as.items()}
    found = cluster({k: n for k, n in counts.items() if not k[0].endswith(LONE)}, entries, group)
    for lone in [k for k in counts if k[0].endswith(LONE)]:
        found[lone] = (-1 - len(found), None)
    members: dict[int, list[Key]] = defaultdict(list)
    for key, (rid, _) in found.items():
        members[rid].append(key)
    ids: dict[int, str] = {}
    records: dict[str, Entity] = {}
    last_article: dict[str, str] = {}  # entity id -> the last article naming it, counted in `articles`
    canonical: dict[str, str] = {}
    for rid, keys in members.items():
        entry = found[keys[0]][1]
        if keys[0][0].endswith(LONE):
            label = keys[0][0][:-len(LONE)]
            form, art_id = keys[0][1].split("\t")
            eid = content_id(label, form, art_id, prefix="e")
            ids[rid], canonical[eid] = eid, form
            records[eid] = Entity(eid, label)
            continue
        # the canonical form: Arabic over Latin, a full name over a short one, then the most used
        best = max(keys, key=lambda k: (not k[1].isascii(), len(k[1].split()) > 1, own.get(k, 0),
                                        len(k[1].split()), k[1]))
        eid = entry.id if entry else content_id(best[0], best[1], prefix="e")
        ids[rid] = eid
        canonical[eid] = best[1]
        records[eid] = Entity(eid, best[0], entry.name if entry else "",
                              qid=entry.qid if entry and entry.qid else None, catalogue=bool(entry))
        if entry:
            for name in entry.names:
                records[eid].variants.setdefault(name, 0)
    best_surface: dict[str, Counter[str]] = defaultdict(Counter)
    eid_of = {k: ids[found[keys_of[k]][0]] for k in counted}  # a key's entity, by the key's number
    for a, (art, rows) in enumerate(zip(articles, per_article, strict=True)):
        spans = art.layer(MENTIONS)
        for i in range(0, len(rows), 3):
            n, eid, form = rows[i], eid_of[rows[i + 1]], keys_of[rows[i + 2]][1]
            span = spans[n]
            span.attrs.entity = eid
            if (a, n) in why:
                span.attrs.resolved_by = why[(a, n)]
            if (a, n) in generic:  # the bare name, whatever state it was tied to
                span.attrs.state_body = generic[(a, n)]
            rec = records[eid]
            shown = display_name(span.slice(art.text), span.label)
            rec.variants[shown] = rec.variants.get(shown, 0) + 1
            rec.mentions += 1
            if last_article.get(eid) != art.id:  # counted once an article (taken one after the other)
                last_article[eid] = art.id
                rec.articles += 1
            if form == canonical[eid]:
                best_surface[eid][shown] += 1
    for eid, rec in records.items():
        if not rec.name:
            spelled = best_surface[eid] or rec.variants
            named = {v: n for v, n in spelled.items() if v.strip()} or {canonical[eid]: 1}
            rec.name = max(named, key=lambda v: (named[v], not v.isascii(), len(v), v))
    return records
