"""A city and its state are one place at two scales («في باريس», «في فرنسا»): the state each
place of the shipped catalogue is in (its `country`, `lang/kb`), the state each capital stands
for, the states themselves, the places that are no state, and whether two places of an event
disagree."""

from __future__ import annotations

from functools import cache

from marsad.lang import kb_entries


@cache
def states_of_places() -> dict[str, str]:
    """The state each place of the shipped catalogue is in (its `country`: riyadh ->
    saudi_arabia, paris -> france), by entity id."""
    return {str(raw["id"]): str(raw["country"]) for raw in kb_entries()
            if raw.get("type") == "LOC" and raw.get("country")}


@cache
def states_of_capitals() -> dict[str, str]:
    """The state each capital of the shipped catalogue stands for (a state's `capital`: riyadh ->
    saudi_arabia), by entity id; a capital two states claim (القدس) stands for neither."""
    claims: dict[str, set[str]] = {}
    for raw in kb_entries("countries.yaml"):
        if raw.get("capital"):
            claims.setdefault(str(raw["capital"]), set()).add(str(raw["id"]))
    return {capital: min(of) for capital, of in claims.items() if len(of) == 1}


@cache
def states() -> frozenset[str]:
    """The states of the shipped catalogue: every `country` a place is in (saudi_arabia, france)."""
    return frozenset(states_of_places().values())


@cache
def places_not_states() -> frozenset[str]:
    """The places of the shipped catalogue that are no state (cities, provinces, regions: paris,
    washington_dc, middle_east): neither one its places are in (`states`) nor one its list of
    countries names (`lang/kb/countries.yaml`)."""
    listed = states() | frozenset(str(raw["id"]) for raw in kb_entries("countries.yaml"))
    return frozenset(str(raw["id"]) for raw in kb_entries() if raw.get("type") == "LOC") - listed


def one_place(a: str | None, b: str | None) -> bool:
    """Whether two places of an event do not disagree: one unknown, the same, or a city and
    the state it is in («في باريس» and «في فرنسا»)."""
    if a is None or b is None or a == b:
        return True
    states = states_of_places()
    return states.get(a) == b or states.get(b) == a
