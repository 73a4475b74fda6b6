"""A known person split in two by a word the tagger glued onto his last name.

The tagger sometimes reads the word after a last name as part of the name («زار الرئيس أوباما
كينيا», «ينتظرون أوباما بحماس», «نتنياهو سيجيب»), and the resolver, finding no such person,
makes a new entity of «أوباما كينيا» and links the bare «أوباما» after it to that one, not to
the Barack Obama the article named in full: one happening is then told by two parties. An
entity the catalogue does not know whose mentions are the bare last name (once at least: the
split took it) and that name with one glued word after it (once at least; a word that is no given
name and no definite qualifier such as «الأب», «الابن», unless a date: «أوباما الخميس») is the
one person of the catalogue the article names in full with that last name (never a father's
name after «بن»: «محمد بن سلمان»; not one the catalogue does not know, «آشتون كارتر» ... «كارتر
جنودا»: there the scorer's matching of a tour's stops moved and dev lost a visit). A last
name that is a given name too («سمير»), a name glued once with no bare mention after it («فتحي
مبروك» beside «مصطفى فتحي»: two men), another given name before («ميشيل أوباما») or a last name
several persons bear: left as the resolver made them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from functools import cache

from marsad.lang import kb_entries, load_table
from marsad.lang.normalize import normalize
from marsad.model import MentionAttrs, Span, TimexAttrs

_ARTICLE = "ال"
_PATRONYMIC = frozenset({"بن", "ابن", "بنت"})


@cache
def _catalogued() -> frozenset[str]:
    return frozenset(str(raw.get("id")) for raw in kb_entries() if raw.get("type") == "PER")


@cache
def _given() -> frozenset[str]:
    return frozenset(normalize(r["name"]) for r in load_table("segment_given_names"))


def relinked(text: str, mentions: list[Span[MentionAttrs]],
             timexes: list[Span[TimexAttrs]]) -> list[Span[MentionAttrs]]:
    """`mentions` with each entity split off a known person by a glued word linked back to him."""
    known: dict[str, set[str]] = defaultdict(set)  # last name -> catalogued persons named in full
    words = [normalize(m.slice(text)).split() for m in mentions]
    for m, w in zip(mentions, words, strict=True):
        if m.label == "PER" and len(w) >= 2 and str(m.attrs.entity) in _catalogued() \
                and w[-2] not in _PATRONYMIC:
            known[w[-1]].add(str(m.attrs.entity))  # not «محمد بن سلمان»: سلمان is his father
    if not known:
        return mentions
    split: dict[str, list[tuple[Span[MentionAttrs], list[str]]]] = defaultdict(list)
    for m, w in zip(mentions, words, strict=True):
        if m.label == "PER" and m.attrs.entity and str(m.attrs.entity) not in _catalogued():
            split[str(m.attrs.entity)].append((m, w))
    back: dict[str, str] = {}
    for ent, ms in split.items():
        last = {w[0] for _, w in ms}
        name = next(iter(last))
        if len(last) != 1 or name in _given() or len(known.get(name, ())) != 1 or ent in known[name]:
            continue  # «سمير»: a given name too, maybe his own
        glued = [_glued(m, w, timexes) for m, w in ms if len(w) == 2]
        bare = [w for _, w in ms if len(w) == 1]
        if glued and all(glued) and bare and len(glued) + len(bare) == len(ms):
            back[ent] = next(iter(known[name]))
    if not back:
        return mentions
    return [Span(m.start, m.end, m.label, replace(m.attrs, entity=back[str(m.attrs.entity)]))
            if m.label == "PER" and str(m.attrs.entity) in back else m for m in mentions]


def _glued(m: Span[MentionAttrs], w: list[str], timexes: list[Span[TimexAttrs]]) -> bool:
    """Whether the second word of the two-word mention `m` is glued on, no part of the name."""
    if w[1] in _given():
        return False
    if w[1].startswith(_ARTICLE):  # «بوش الابن»: another person; «أوباما الخميس»: a day
        return any(t.start < m.end and m.start < t.end for t in timexes)
    return True
