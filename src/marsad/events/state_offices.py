"""An office closed by a state's adjective whose holder the article introduced without it: «وعقد
الرئيس المصري اجتماعاً» after «الرئيس عبدالفتاح السيسي», «رئيس الوزراء الإسرائيلي» beside a bare
«نتانياهو». `coref.TitleIndex` matches an office by its words, and the adjective is not among
the words he was introduced with, so the event lost a party and the quote its speaker (the gold
keys the one known person). The catalogue tells each person's state (`lang/person_states.py`):
the office is the holder of the office without the adjective whose state is the adjective's
(`TitleIndex`), else, for a state's head (`lang/state_sides.leader_titles`: «الرئيس»,
«الملك», «ولي العهد»), the one person of that state the article names with no office of his own.
Tried only where no reading of the phrase, long or cut short, names one introduced with it
(`TitleIndex.holder`: «بالرئيس المصري [العلاقات]» is still the one introduced as «الرئيس المصري
X»), and on the phrase up to the adjective.
Never a person the article does not name: an unnamed official stays his state's side
(`office_sides.py`).
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.events.context import ArticleContext
from marsad.events.lexicon import office_word, speaker_ref
from marsad.lang.clitics import ARTICLE
from marsad.lang.person_states import person_states
from marsad.lang.state_sides import leader_titles, state_adjectives


def office_state(words: frozenset[str]) -> tuple[frozenset[str], str] | None:
    """(the office's other words, the state) when exactly one bare word of the office phrase
    `words` (as `office_phrases.office_phrase` gives them: مصري for المصري) is a state's masculine
    definite adjective and another word is left."""
    adjectives = state_adjectives()
    found = [(w, hit[0]) for w in words
             if (hit := adjectives.get(ARTICLE + w)) is not None and hit[1] and hit[2] == "m"]
    if len(found) != 1 or len(words) < 2:
        return None
    return words - {found[0][0]}, found[0][1]


def lone_head(ctx: ArticleContext, rest: frozenset[str], state: str, head: str | None,
              introduced: Iterable[str]) -> str | None:
    """For a head's office («الرئيس», «ولي العهد»: every title among `rest` a leader's, `head`
    one too when given; «نائب الرئيس» is a deputy's), the one person of `state` the article
    names whose office it never tells (none of `introduced`); None when it names none or several."""
    leaders = leader_titles()
    titles = {w for w in rest
              if office_word(w) or ((ref := speaker_ref(w)) is not None and ref[0] == "title")}
    if not titles or not titles <= leaders or (head is not None and head not in leaders):
        return None
    owners, told = person_states(), set(introduced)
    found = {ctx.entity_of(m) for m in ctx.mentions if m.label == "PER"}
    mine = [e for e in found if owners.get(e) == state and e not in told]
    return mine[0] if len(mine) == 1 else None
