"""The body a generic noun stands for when no body of the article is named with that noun: «وقال
[النادي] الكاتالوني» after «برشلونة», «وأرجعت [الشركة] نتائجها» after «سابك». The shipped catalogue
(`lang/kb/organisations.yaml`) names its bodies with their kind's noun («نادي برشلونة», «شركة
سابك»): an organisation named earlier is of the noun's kind when its entity is such an entry or
its words follow the noun in one of the catalogue's names. The noun is that body only when the
article names exactly one body of its kind before it."""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext
from marsad.lang import kb_entries
from marsad.lang.normalize import normalize

_BODIES_FILE = "organisations.yaml"


@cache
def _kinds() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """A kind's noun -> (the ids of the entries with a name opening with it, the words after it
    in those names), all normalised."""
    ids: dict[str, set[str]] = {}
    rests: dict[str, set[str]] = {}
    for raw in kb_entries(_BODIES_FILE):
        names = [raw.get("name"), *(raw.get("names") or [])]
        for name in names:
            words = normalize(str(name)).split() if name else []
            if len(words) < 2:
                continue
            ids.setdefault(words[0], set()).add(str(raw.get("id")))
            rests.setdefault(words[0], set()).add(" ".join(words[1:]))
    return {noun: (frozenset(ids[noun]), frozenset(rests[noun])) for noun in ids}


def body_of_kind(ctx: ArticleContext, noun: str, before: int) -> str | None:
    """The one organisation named before `before` that the catalogue names with `noun`
    («نادي», «شركة»); None when there is none or more than one."""
    kind = _kinds().get(normalize(noun))
    if kind is None:
        return None
    ids, rests = kind
    found = {ent for m in ctx.mentions if m.start < before and m.label == "ORG"
             and ((ent := ctx.entity_of(m)) in ids or normalize(m.slice(ctx.text)) in rests)}
    return next(iter(found)) if len(found) == 1 else None


def of_kind(ctx: ArticleContext, entity: str, noun: str) -> bool:
    """Whether `entity` is a body of the kind `noun` names («شركة»): a catalogue entry whose name
    opens with the noun («شركة الاتصالات السعودية» for «الاتصالات السعودية»), or an organisation the
    article names with the noun first («شركة الرياض العالمية للأغذية»)."""
    key = normalize(noun)
    kind = _kinds().get(key)
    if kind is not None and entity in kind[0]:
        return True
    return any(m.label == "ORG" and ctx.entity_of(m) == entity
               and normalize(m.slice(ctx.text)).split()[:1] == [key] for m in ctx.mentions)
