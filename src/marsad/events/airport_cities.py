"""The city an airport is named for: a visitor lands at «مطار عدن الدولي» and visits Aden («وصل
بحاح الى مطار عدن الدولي ... بعد زيارة استمرت عدة ساعات للمدينة»; «استقبل ... ظريف في مطار الكويت
الدولي ... والذي يقوم بزيارة رسمية»: Kuwait), as the dev rows key a visit's place. The airport is
named by its noun, the city's name and qualifiers (`event_senses` kinds airport, airport_qualifier);
the city is the location the article names by that name elsewhere, so an airport named for a person
(«مطار الملك خالد») stays the place, and so do a meeting's and a stop's of a tour of sites listed
(«نزول ميداني إلى مطار عدن والميناء والمصفاة»: the guide's named sites visited).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.lexicon import sense_forms
from marsad.lang.normalize import normalize
from marsad.model import Span

_AFTER = 20  # characters after the airport's name where a listed site would begin


def city_of_airport(ctx: ArticleContext, m: Span) -> Span | None:
    """The location named elsewhere in the article by the name airport `m` carries after its noun
    (its qualifiers aside), or None: `m` no airport, or named for no location the article names."""
    words = [normalize(w) for w in ctx.text[m.start:m.end].split()]
    if m.label != "LOC" or len(words) < 2 or words[0] not in sense_forms("airport"):
        return None
    name = [w for w in words[1:] if w not in sense_forms("airport_qualifier")]
    after = ctx.text[m.end:m.end + _AFTER].split()
    if not name or (after and after[0].startswith("و") and len(after[0]) > 2):
        return None  # «نزول ميداني إلى مطار عدن والميناء والمصفاة»: a tour of sites, each the place
    want = " ".join(name)
    own = ctx.entity_of(m)
    return next((x for x in ctx.mentions if x.label == "LOC" and ctx.entity_of(x) != own
                 and " ".join(normalize(w) for w in ctx.text[x.start:x.end].split()) == want), None)
