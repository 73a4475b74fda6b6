"""The state each person of the shipped catalogue serves or stands for (the entry's `state`,
`resolve/catalogue.py`): «الرئيس المصري» names a person of Egypt, and the events and quotes
read such an office as the person of that state the article named with the office
(`events/state_offices.py`). The one reader of the field outside resolution.
"""

from __future__ import annotations

from functools import cache

from marsad.lang import kb_entries


@cache
def person_states() -> dict[str, str]:
    """Each catalogue person with a state -> the state's id."""
    return {str(raw["id"]): str(raw["state"]) for raw in kb_entries()
            if raw.get("type") == "PER" and raw.get("state")}
