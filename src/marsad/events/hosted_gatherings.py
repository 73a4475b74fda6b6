"""A gathering hosted, named past the host's long phrase: no guest received.

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
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.crowds import SET_OFF, SET_OFF_REACH
from marsad.events.lexicon import sense_word
from marsad.events.triggers import Trigger
from marsad.events.words import Word


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
