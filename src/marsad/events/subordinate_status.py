"""The status an event told in a subordinate clause takes from its main clause (issue 15, round 35
fresh-text audit): an imperfect verb after «قبل أن», «بعد أن», «عندما» … tells no time of its own, so
where the main clause before it tells an event still to come, it is to come too («وسيلتقي كارتر
بنتنياهو اليوم قبل أن يتوجه إلى الأردن»: the journey to Jordan is planned, not made; «على أن يلتقي
X الأسد اليوم، قبل أن ينتقل إلى تركيا»). A main clause told as made leaves it as it is («التقى X
Y قبل أن يتوجه إلى الأردن»: he went on), and so does a perfect verb («سيلتقي X بعد أن وصل أمس»)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.status import status_of
from marsad.events.subordinate import subordinate_clauses
from marsad.events.triggers import Trigger
from marsad.events.verb_tense import perfect_verb

_TO_COME = frozenset({"planned"})


def main_clause_to_come(ctx: ArticleContext, sent: Sentence, trig: Trigger) -> bool:
    """Whether `trig`, an imperfect verb with no future prefix, stands in a subordinate clause
    (not a sentence-opening phrase) after a main clause one of whose triggers tells a planned event."""
    if trig.row.pos != "verb" or trig.reading.future or perfect_verb(trig):
        return False
    sub = next((s for s in subordinate_clauses(ctx, sent) if s.holds(trig.index) and not s.fronted), None)
    if sub is None:
        return False
    return any(t.index < sub.start and status_of(sent.words, t) in _TO_COME for t in sent.triggers())
