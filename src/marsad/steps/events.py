"""Events: layer `events`, spans over the evidence sentence with label = type (VISIT, MEET,
CALL, AGREE, EXERCISE, STATEMENT, OTHER) and attrs `EventAttrs` (`marsad.model.layers`:
participants as entity ids, place, date, round, series, status happened|ongoing|planned|expected|denied,
roles {id: role}, plover "CONSULT:visit"|..., the trigger word); the corpus step
merge_events sets `id`. See `marsad.events.extract`."""

from __future__ import annotations

from marsad.events.adjective_parties import adjective_parties
from marsad.events.context import build_context
from marsad.events.counterpart_sides import counterpart_sides
from marsad.events.delegation_sides import delegation_sides
from marsad.events.dual_sides import dual_sides
from marsad.events.extract import extract_events
from marsad.events.office_sides import office_sides
from marsad.events.short_states import with_short_states
from marsad.events.state_sides import party_sides
from marsad.events.title_holders import is_title_holder, party_holders, title_holders
from marsad.model import Article
from marsad.steps.base import stage


@stage("events", requires=("segments", "mentions", "entity_ids", "timexes", "quotes"), provides=("events",))
def events(art: Article) -> None:
    ctx = build_context(art, roles=("title", "body", "heading", "caption", "embed"), sides=True)
    # «وزير الخارجية الهولندي», no holder named: the state's side
    ctx = ctx.with_more_mentions(office_sides(ctx))
    ctx = ctx.with_more_mentions(counterpart_sides(ctx))  # «نظيره العماني», no holder named: the state's side
    # «العاهل السعودي», no holder named: the King of the article's day
    ctx = ctx.with_more_mentions(title_holders(ctx))
    ctx = with_short_states(ctx)  # «المملكة» after «المملكة العربية السعودية»: that state
    ctx = ctx.with_more_mentions(adjective_parties(ctx))  # «المباحثات السعودية الفرنسية»: the two states
    ctx = ctx.with_more_mentions(dual_sides(ctx))  # «بين الحكومتين العراقية والتركية»: the two states
    ctx = ctx.with_more_mentions(delegation_sides(ctx))  # «زار وفد إماراتي»: the state's side
    found = extract_events(ctx, art.layer("quotes"))
    art.set_layer("events", found)
    # a state's side that is a party (events/state_sides.py) is the name of that party in the text
    stored = art.layer("mentions")
    sides = [m for m in ctx.mentions if m.attrs.side is not None and m not in stored]
    holders = [m for m in sides if is_title_holder(m)]
    used = party_sides([m for m in sides if not is_title_holder(m)], found) + party_holders(holders, found)
    if used:
        art.set_layer("mentions", [*stored, *used])
