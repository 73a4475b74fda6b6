"""The templates of the verbal nouns of the derived verb forms (lang/ar/quote_object_templates.tsv:
«تقديم» تفعيل, «اختيار» افتعال, «استقبال» استفعال), read by quotations (a noun that heads what was
announced) and by names (a verbal noun is no word of a person's name): one reading of the table."""

from __future__ import annotations

import re
from functools import cache

from marsad.lang import load_table


@cache
def _templates() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(r["pattern"]), r["use"]) for r in load_table("quote_object_templates"))


def template_uses(form: str) -> frozenset[str]:
    """The uses (any, marked, never) of the rows whose template the normalised, bare `form` fits
    (re.fullmatch); empty when it fits none."""
    return frozenset(use for p, use in _templates() if p.fullmatch(form))


_ATTITUDE = "attitude"  # the rows of nouns of attitude («ترحيب», «اهتمام», «تضامن»), use never


@cache
def _attitudes() -> tuple[re.Pattern[str], ...]:
    rows = load_table("quote_object_templates")
    return tuple(re.compile(r["pattern"]) for r in rows if r["form"] == _ATTITUDE)


def attitude_noun(form: str) -> bool:
    """Whether the normalised, bare `form` is a noun of attitude of the table (form «attitude»:
    «اهتمام», «تضامن», «ترحيب»): no words said after «أعلن عن», but what a call asks for after
    «دعا X إلى» («ودعا X إلى [الاهتمام والتقيد بتعليمات الإنقاذ …]»)."""
    return any(p.fullmatch(form) for p in _attitudes())


def bare_verbal_noun(form: str) -> bool:
    """Whether the normalised, bare `form` is a verbal noun of a derived form by its shape alone:
    it fits a template of use «any» and none of use «marked» (also a verb's shape, «تقدم») or
    «never» (a noun of attitude, a plural, a preposition)."""
    uses = template_uses(form)
    return "any" in uses and not uses & {"marked", "never"}
