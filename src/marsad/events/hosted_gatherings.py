"""A gathering hosted, named past the host's long phrase or a few words after the verb: no guest
received.

A verb of receiving (استضاف, تستضيف) whose object is a conference, a forum or a show
(`hosted_gathering` rows of lang/ar/event_senses.tsv) hosts where others meet, no guest:
`senses.another_sense` reads that object right after the verb or its named subject. When the
host's phrase runs long, a relative clause, a time and a sponsor set off by commas, the object
stands right after a comma («تستضيف شركة التعدين العربية السعودية "معادن" والتي تمتلك أكبر مجمع
لصناعات الألمنيوم ...، المؤتمر العربي الدولي للألمنيوم», «تستضيف المملكة خلال شهر أكتوبر المقبل
برعاية وزير الصحة م. خالد الفالح، المؤتمر العالمي», «... برعاية وزير الصحة المهندس خالد بن عبدالعزيز
الفالح المؤتمر العالمي»): the same gathering hosted (round 52: 4 of
304 events on records 12000-13999 outside every gold, none right). A second person named before
the comma is the guest received, as in `crowds._crowd_set_off` («استضاف X، في مكتبه، الوزير Y»).
`gathering_at` reads the games or season of events a city hosts a few words on, past the host's
adjectives, a place or a count, before any person or body named as a guest (round 53's outside
audit: 4 of 60 events so, none right).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.crowds import SET_OFF, SET_OFF_REACH
from marsad.events.lexicon import sense_forms, sense_word
from marsad.events.triggers import Trigger
from marsad.events.words import Word
from marsad.lang.normalize import normalize

_GATHERING_REACH = 5  # words after the verb of receiving or its named host where a gathering is named
_GUESTS = ("PER", "ORG")  # a name that may be the guest received, before any gathering
_VENUE_PREPS = frozenset(normalize(w) for w in ("في", "خلال", "أثناء", "ضمن", "على"))  # where, not what


def gathering_at(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """Whether a gathering (`hosted_gathering`) is named within a few words from word `j`, right
    after the verb of receiving or its named host, before any person or body that may be the
    guest: right at `j` (as ever), or past the host's adjectives, a place or a count («فتستضيف بيونغ
    تشانغ الكورية الجنوبية الأولمبياد الشتوي», «التي تستضيف فيها آسيا ثلاث دورات أولمبية»: the
    Games hosted, no guest). Past `j`, a gathering after a preposition, apart or glued («في حفل
    الاستقبال», «بحفل»), is where a guest is received, not what is hosted."""
    if j < len(ws) and sense_word(ws[j], "hosted_gathering"):
        return True
    forms = sense_forms("hosted_gathering")
    for k in range(j, min(len(ws), j + _GATHERING_REACH)):
        if ws[k].norm in _VENUE_PREPS:
            return False
        m = ctx.mention_at(ws[k])
        if m is not None and m.label in _GUESTS and not sense_word(ws[k], "hosted_gathering"):
            return False
        if ws[k].norm.removeprefix("و") in forms:
            return True
    return False


def gathering_set_off(ctx: ArticleContext, ws: list[Word], t: Trigger) -> bool:
    """Whether a verb of receiving has a gathering for its object right after a comma or a person's
    name, past the host's phrase, with one person named before it at most (the host or a sponsor)."""
    persons = 0
    for k in range(t.index + t.size, min(len(ws), t.index + t.size + SET_OFF_REACH)):
        m = ctx.mention_at(ws[k])
        if m is not None and m.label == "PER" and m.start >= ws[k].start:
            persons += 1
            if persons > 1:
                return False
        if not sense_word(ws[k], "hosted_gathering") \
                or m is not None and (m.label == "PER" or m.start < ws[k].start):
            continue  # a gathering's own name may open there (المؤتمر العربي الدولي للألمنيوم)
        gap = ctx.text[ws[k - 1].end:ws[k].start].strip()
        before = ctx.mention_at(ws[k - 1])
        if gap and gap[-1] in SET_OFF or before is not None and before.label == "PER" and gap == "":
            return True  # «...، المؤتمر»; «برعاية وزير الصحة X المؤتمر»: past the sponsor's name
    return False
