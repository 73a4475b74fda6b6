"""An event noun whose light verb follows it in a clause of its own, in the present, tells the
event under way (issue 15, round 48): «أثناء زيارة رسمية يقوم بها الرئيس الأميركي باراك أوباما إلى
كينيا» (events-dev-fresh19 12349), «جولة تقوم بها الشركة في المملكة»: the noun, at most two
qualifiers or a relative pronoun, then an imperfect `support_verb` of event_senses with no future
prefix (يقوم, تقوم, يجري, يعقد), then the pronoun that takes the event as its object (`resumptive`:
بها, به). A light verb with the future prefix (التي سيقوم بها) or a status cue in the clause is
`status._relative_to_come`'s: still to come."""

from __future__ import annotations

from marsad.events.lexicon import event_senses, support_verbs
from marsad.events.triggers import Trigger
from marsad.events.words import Word, word_matches

_RELATIVE = frozenset({"relative_pronoun"})
_RESUMPTIVE = frozenset({"resumptive"})
_QUALIFIED = 2  # words between the noun and its light verb (زيارة رسمية يقوم بها, الجولة التي تقوم بها)


def carried_under_way(words: list[Word], trig: Trigger) -> bool:
    """Whether noun trigger `trig` is the object of a present light verb in its own clause right
    after it («جولة تقوم بها الشركة», «زيارة رسمية يقوم بها الرئيس»): the event goes on."""
    if trig.row.pos != "noun":
        return False
    end = trig.index + trig.size
    for k in range(end, min(len(words) - 1, end + _QUALIFIED + 1)):
        verb = next((r for f, _ in support_verbs()
                     if (r := word_matches(words[k].norm, f, "verb")) is not None), None)
        if verb is not None:
            return not verb.future and event_senses().at(words, k + 1, _RESUMPTIVE) is not None
        if k > end and event_senses().at(words, k - 1, _RELATIVE) is not None:
            return False  # past the relative pronoun only its verb may stand
    return False
