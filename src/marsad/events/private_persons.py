"""Meetings, calls and visits of private persons are no events.

The guide counts events between named actors — states, office holders, organisations —
and not private meetings of artists, a journalist's trips or an interview
(docs/realtext-annotation.md, Events). A person the article introduces by a private calling
right before his name — «الصحافي البريطاني بنجامين هول», «الفنان عبد الوهاب الدكالي»,
«المخرج محمد كريم», «الزميل علي العلياني» — is a private person; a meeting, call or visit
whose parties are all such persons is no event («يتوجه [هول] إلى مدينة ديار بكر», «لقاء ياهلا
مع الزميل علي العلياني»). One party who is not (a head of state receiving a footballer) keeps
the event.

The callings are the `private_person` rows of lang/ar/event_senses.tsv, read behind a
conjunction or a proclitic; a nationality adjective or a `private_adjective` row («الشاب»,
«الراحل») may stand between the calling and the name («الصحافي النيجري صديق آبا»).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.lexicon import sense_forms, sense_norm
from marsad.lang.normalize import normalize
from marsad.model import EventAttrs, Span

_KINDS = frozenset({"MEET", "CALL", "VISIT"})
_LOOK_BACK = 60  # characters before a name where its calling stands
_STRIP = "،,.:؛«»\"'()[]-–"


def _calling(word: str) -> bool:
    return sense_norm(normalize(word.strip(_STRIP)), "private_person")


def _adjective(word: str) -> bool:
    """A definite adjective of relation (البريطاني, الإسماعيلي, الشاب) between a calling and a name."""
    w = normalize(word.strip(_STRIP))
    return w.startswith("ال") and (w.endswith("ي") or w.endswith("يه")
                                   or w in sense_forms("private_adjective"))


def private_persons(ctx: ArticleContext) -> frozenset[str]:
    """The persons of the article introduced by a private calling right before a mention of
    their name, or with one adjective between."""
    out: set[str] = set()
    for m in ctx.mentions:
        if m.label != "PER":
            continue
        before = ctx.text[max(0, m.start - _LOOK_BACK):m.start].split()
        if not before:
            continue
        if _calling(before[-1]) or len(before) > 1 and _adjective(before[-1]) and _calling(before[-2]):
            out.add(ctx.entity_of(m))
    return frozenset(out)


def among_private_persons(ev: Span[EventAttrs], private: frozenset[str]) -> bool:
    """A meeting, call or visit whose every party is a private person."""
    parts = ev.attrs.participants
    return ev.label in _KINDS and bool(parts) and all(p in private for p in parts)
