"""Entity resolution: one entity per real person, organisation and place, whatever the
spelling or script. `resolve_mentions` is the whole of it; the parts are `names` (forms to
compare), `within` (short forms in one article), `variants` (the learned Arabic scorer),
`translit` (Latin names), `catalogue` (known entities) and `cluster` (across articles)."""

from marsad.resolve.entities import resolve_mentions

__all__ = ["resolve_mentions"]
