"""Visit nouns read in their sentence: which visit each noun tells (one group per visitor), whether it
names its visitor, whether a quotation's noun says who went, and whether a possessed noun with nothing
after it stands for a visit told elsewhere. Used by `events.extract`."""

from __future__ import annotations

from marsad.events.arguments import own_visitor
from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, facilities
from marsad.events.party_lists import attached
from marsad.events.trigger_subjects import PREPOSITIONS
from marsad.events.triggers import Trigger
from marsad.events.words import stems
from marsad.lang.normalize import normalize

_TO = normalize("إلى")
_GOAL_NAMED = 4  # words after a preposition where a visit's goal is named (إلى العاصمة الصينية بكين)


def own_visits(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger]) -> list[list[Trigger]]:
    """The triggers of one type in a sentence, one group per event: visit nouns that each name
    a visitor of their own are visits of their own (زيارة الملك سعود ... إلى المنطقة، وأخرى
    لزيارة الملك خالد; زيارة الأمير ... واستكمالا لزيارة وزير الخارجية المصري); a trigger that
    names no new visitor stays with the one before it, and those before the first visitor named
    go with him."""
    if len(trigs) < 2 or trigs[0].row.type != "VISIT":
        return [trigs]
    groups: list[list[Trigger]] = []
    seen: set[str] = set()
    for t in trigs:
        who = own_visitor(ctx, sent, t)
        if groups and (who is None or who in seen or not seen):
            groups[-1].append(t)  # هذه الزيارة ... أول زيارة لرئيس: the first visitor named is the visit's
        else:
            groups.append([t])
        if who is not None:
            seen.add(who)
    return groups


def names_its_visitor(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger]) -> bool:
    """A sentence's one visit trigger, a noun that names its visitor (زيارة فابيوس إلى طهران)."""
    return len(trigs) == 1 and trigs[0].row.type == "VISIT" and own_visitor(ctx, sent, trigs[0]) is not None


def quoted_visit(t: Trigger) -> bool:
    """A visit noun with no possessive pronoun (زيارة, not زيارته) in a quotation: it says
    nothing of who went («وقال X إن زيارة الوفد إلى عدن ناجحة»), so the speaker is not taken as
    the visitor; «قال إنه سيزور», «زيارتي» are the speaker's own."""
    return t.row.type == "VISIT" and t.row.pos == "noun" and t.reading.stem == t.row.forms[-1]


def told_before(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A visit noun with a possessive pronoun and nothing after it that says where it went or
    whom it met (قدم شكره على زيارتهم, وصف زيارته بالناجحة): a visit told elsewhere, whose
    visitor the pronoun stands for; not «زيارته إلى كينيا», «زيارته المملكة», «زيارتها لإيران». So is
    a bare visit noun that ends a sentence with no other visit trigger («جاء ذلك خلال زيارة.»)."""
    form = t.row.forms[-1]
    if t.row.type == "VISIT" and t.row.pos == "noun" and t.index + t.size >= len(sent.words) \
            and t.reading.stem == form and not any(o.row.type == "VISIT" and o.index != t.index
                                                   for o in sent.triggers()):
        return True  # «جاء ذلك خلال زيارة.»: a bare noun ending its sentence names no one (a verb of
        # arriving before it tells the visit: «وصل X إلى المنطقة في زيارة.»)
    if t.row.type != "VISIT" or t.row.pos != "noun" or not form.endswith("ه") \
            or not t.reading.stem.startswith(form[:-1] + "ت") or t.reading.stem == form[:-1] + "ات":
        return False
    ws = sent.words
    j = t.index + t.size
    while j < len(ws) and ctx.in_timex(ws[j]):
        j += 1  # زيارته أمس للرياض: the goal follows the time
    if j >= len(ws):
        return True  # وصف زيارته: the noun ends the sentence
    if attached(ctx, sent, t) or (j > t.index + t.size and ctx.mention_at(ws[j]) is not None):
        return False
    nxt = ws[j]
    if ctx.mention_at(nxt) is not None or nxt.norm.startswith(("ل", "ال")) \
            or any(st.stem in facilities() for st in stems(nxt.norm)):
        return False  # زيارته لإيران, زيارته المملكة, زيارته أمس مقر المركز
    if event_cues().at(ws, j, PREPOSITIONS) is not None:  # زيارته إلى كينيا, not «على زيارتهم في ظل حرص X»
        for w in ws[j + 1:j + 1 + _GOAL_NAMED]:
            if (m := ctx.mention_at(w)) is not None:
                return not (m.label == "LOC" or (m.label == "ORG" and ws[j].norm == _TO))
            if not w.norm.startswith("ال") and not any(st.stem in facilities() for st in stems(w.norm)):
                break  # في ظل حرص أمير المنطقة: no place follows the preposition
    return True
