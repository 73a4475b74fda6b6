"""Negotiations, an event only where their own phrase tells them held between named sides: «جولة
المفاوضات التي تنطلق غدا في الخرطوم بين وزراء الري في السودان ومصر وإثيوبيا», «المفاوضات بشأنه
جارية بين الأمريكيين والأوروبيين» (`sided_talks` rows of lang/ar/event_senses.tsv: مفاوضات). The
noun alone is far more often the topic of an article than a report of talks held: «المفاوضات مع
إيران» («رأيه في المفاوضات مع طالبان», «طاولة المفاوضات مع إيران»), «مفاوضات السلام» (no side),
«عشرين شهرا من المفاوضات بين إيران ومجموعة 5+1» (talks recalled as a span), «رغبتها في أن تنتهي
المفاوضات بين …» (a wish). So it is a meeting only past a clause telling it takes place
(`held_clause`: جرت, تجري, جارية, تنطلق) with an actor named in the list after the بين that follows
that clause (`signed_clauses.held_between`); any other reading is none."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, sense_forms
from marsad.events.party_lists import between_parties
from marsad.events.signed_clauses import held_between, held_by_pair
from marsad.events.triggers import Trigger

_TWO_SIDES = frozenset({"two_sides"})  # «الجانبين», «الطرفين»: the two sides of the event told before
_HELD_SIDES = 2  # actors after the بين of a held clause that make any other meeting noun a report


def sided_talks_noun(t: Trigger) -> bool:
    """Whether trigger `t` is a noun of negotiations (`sided_talks`: مفاوضات)."""
    return t.row.pos == "noun" and t.row.forms[0] in sense_forms("sided_talks")


def talks_without_sides(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A noun of negotiations not told as held between named sides: no clause of taking place
    after it with بين and an actor's name after that بين («مفاوضات الإنقاذ», «المفاوضات مع
    إيران», «المفاوضات بين إيران والقوى الكبرى» alone)."""
    if not sided_talks_noun(t):
        return False
    between = held_between(sent.words, t.index + t.size, t.row.type)
    if between is None:
        return True
    if between + 1 < len(sent.words) and event_cues().at(sent.words, between + 1, _TWO_SIDES) is not None:
        return False  # «وكانت مفاوضات تمهيدية قد جرت بين الجانبين»: the two sides told before (two_sides)
    return not between_parties(ctx, sent, [t])  # بين وزراء الري في السودان ومصر: the states named


def talks_held(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A noun of negotiations told as held between named sides, or a meeting noun told as held
    between the pair its sentence has named («عقد X، وY مؤتمرًا صحافيًا مشتركًا عقب المباحثات التي جرت
    بينهما», `signed_clauses.held_by_pair`): an event told anew, definite or not («المفاوضات بشأنه
    جارية بين X و Y»). Any other meeting or call noun (المشاورات, المحادثات) past a clause of
    taking place is one only with two actors named after its بين («في ضوء المشاورات التي جرت بين
    الأمانة العامة للجامعة العربية ومصر»): with one, a side left as a common noun, it made two false
    meetings on dev (events-dev-fresh14, fresh27) for none right."""
    if t.row.pos == "noun" and held_by_pair(sent.words, t.index + t.size, t.row.type):
        return True
    if sided_talks_noun(t):
        return not talks_without_sides(ctx, sent, t)
    return t.row.pos == "noun" and held_between(sent.words, t.index + t.size, t.row.type) is not None \
        and len(between_parties(ctx, sent, [t])) >= _HELD_SIDES
