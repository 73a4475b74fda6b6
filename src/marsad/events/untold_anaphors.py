"""A bare minister before a state's adjective («الوزير الأميركي», «للوزير التركي»: `event_state_sides`
kind anaphor) in an article that has told of no person of that state before it: with no holder to
refer back to, he is an unnamed official of that state, its side as any unnamed office
(`office_sides.py`), not a phrase dropped with its event («وصل الوزير الأميركي إلى الدوحة للقاء
وزراء مجلس التعاون» in an article that never names him).

A person told of before is one introduced with that title, before or after his name, of that
state or of none the catalogue knows («وزير الأوقاف X» … «وقال الوزير المصري»: he; not «الوزير
الروسي لافروف» for a later «والوزير الأميركي»),
one of that state in the catalogue (`lang/person_states`: «كيري»), or one named right after the
state's adjective or a counterpart noun, who holds the office of the one whose counterpart he is
(«نظيره الكوبي برونو رودريغيز» … «كما سيترأس الوزير الكوبي حفلا»: he; «استقبل X نظيره Y في ثاني
زيارة للوزير التركي»: Y).
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.events.context import ArticleContext
from marsad.events.lexicon import event_cues
from marsad.lang.person_states import person_states
from marsad.lang.state_sides import state_adjectives

_ADJECTIVE_BEFORE = 2  # words before a name where his state's adjective tells his state (نظيره الكوبي X)
_COUNTERPART = frozenset({"counterpart"})  # event_cues rows: نظيره, نظيرته, ...


def none_of_state_before(ctx: ArticleContext, state: str, at: int, title: str,
                         introduced: Iterable[tuple[int, str, frozenset[str], frozenset[str]]]) -> bool:
    """Whether the article tells of no person of `state` before offset `at`: none of its persons
    named before was `introduced` with an office headed by `title` (`coref.TitleIndex` and
    `appositive_offices.AppositiveIndex` phrases) and is of no other state in the catalogue, is
    of that state in the catalogue, or is named within a few words after the state's adjective or
    a counterpart noun (and of no other state in the catalogue)."""
    owners = person_states()
    if any(pos < at and title in heads and owners.get(ent, state) == state
           for pos, ent, _words, heads in introduced):
        return False
    if any(m.label == "PER" and m.start < at and owners.get(ctx.entity_of(m)) == state for m in ctx.mentions):
        return False
    adjectives = state_adjectives()
    for sent in ctx.sentences:
        ws = sent.words
        for k, w in enumerate(ws):
            if w.start >= at:
                return True
            hit = adjectives.get(w.norm)
            if (hit is None or hit[0] != state) and event_cues().at(ws, k, _COUNTERPART) is None:
                continue
            for j in range(k + 1, min(len(ws), k + 1 + _ADJECTIVE_BEFORE)):
                m = ctx.mention_at(ws[j])
                if m is not None and m.label == "PER" and owners.get(ctx.entity_of(m), state) == state:
                    return False  # not «نظيره الروسي لافروف» for «الوزير الأميركي»
    return True
