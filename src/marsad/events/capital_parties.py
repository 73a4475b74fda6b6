"""A capital standing for its state as an event's party: «بين أنقرة وواشنطن», «اتفاق الرياض
والقاهرة», «مع كابول». The events gold keys such a capital to its state (docs/realtext-annotation.md
§ Events: a capital standing for its state is keyed to the state; a capital where something
happens stays the place), so a capital and its state among the parties are one party: an event
naming both («دائنو اليونان ... من جانب أثينا») names it once, the state kept; and one happening
told once by its capitals and once by its states («اتفاق الرياض والقاهرة» ... «واتفقت السعودية
ومصر») is one event (`repeats.merge_repeats` compares parties with `one_party`).

The capital stays its own id where no state stands beside it: its mention is the capital's
(resolution's; the seeds gold keys «مع موسكو» to Moscow), and the scorer keys the party through
that mention. A capital that is the event's place is no party read as its state («في الرياض»).
Which capital stands for which state: a state's `capital` in `lang/kb/countries.yaml`
(`place_scales.states_of_capitals`).
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.events.place_scales import states_of_capitals
from marsad.model import EventAttrs, Span


def party_state(ev: Span[EventAttrs], party: str) -> str:
    """The party as the state it stands for: a capital (not the event's place) its state, any
    other party itself."""
    return party if party == ev.attrs.place else states_of_capitals().get(party, party)


def one_party(a: Span[EventAttrs], p: str, b: Span[EventAttrs], q: str) -> bool:
    """Whether party `p` of event `a` and party `q` of event `b` are one: the same id, or a
    capital and its state."""
    return p == q or party_state(a, p) == party_state(b, q)


def capitals_beside_states(events: Iterable[Span[EventAttrs]]) -> None:
    """An event naming a capital and its state among its parties names one party: the state is
    kept, the capital's role given to it where it has none."""
    for ev in events:
        parts = ev.attrs.participants
        twice = [p for p in parts if party_state(ev, p) != p and party_state(ev, p) in parts]
        for p in twice:
            role = ev.attrs.roles.pop(p, None)
            if role is not None:
                ev.attrs.roles.setdefault(party_state(ev, p), role)
        if twice:
            parts[:] = [p for p in parts if p not in twice]
