"""Parties a meeting's own words name outside the scope its sentence gives it: the writer and the
addressee of the letter that reports talks in the first person (`letter_talks`: «المباحثات التي
عقدناها»), and the host of a summit its sentence leaves unnamed, told as the topic of the sentence
before (`summits.summit_host`: «وقبرص ... واستضافت ... قمة مصغرة مع قادة مصر واليونان»)."""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.letter_talks import letter_sides, our_talks
from marsad.events.summits import summit_host
from marsad.events.triggers import Trigger
from marsad.model import EventAttrs, Span


def add_phrase_sides(ctx: ArticleContext, si: int, t: Trigger, ev: Span[EventAttrs]) -> None:
    """Set a letter's talks to its writer and addressee; put a summit's unnamed host first."""
    if our_talks(ctx.sentences[si], t) and (sides := letter_sides(ctx, si)) is not None:
        ev.attrs.participants[:] = sides
    if (host := summit_host(ctx, si, t)) is not None and host not in ev.attrs.participants:
        ev.attrs.participants.insert(0, host)
