"""Whether a verb trigger is told in the perfect or the imperfect, from the forms of the trigger
table: an imperfect form starts with ي, or with ت beside a ي twin (تلتقي beside يلتقي; not توصل,
توجه: perfect stems that begin with ت)."""

from __future__ import annotations

from functools import cache

from marsad.events.triggers import Trigger, trigger_rows


@cache
def _verb_forms() -> frozenset[str]:
    return frozenset(r.forms[0] for r in trigger_rows() if r.pos == "verb")


def perfect_verb(t: Trigger) -> bool:
    """A verb trigger in the perfect (زار, التقى, وقع, توصل): an event told as made."""
    return t.row.pos == "verb" and not imperfect(t.row.forms[0])


def imperfect(form: str) -> bool:
    """An imperfect form of the trigger table: يلتقي, or تلتقي beside يلتقي (not توصل, توجه:
    perfect stems that begin with ت and have no ي twin)."""
    return form.startswith("ي") or (form.startswith("ت") and "ي" + form[1:] in _verb_forms())
