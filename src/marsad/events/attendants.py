"""Who attends or witnesses an event, named in its sentence: no party of it.

«وجرت مراسم توقيع الاتفاق ... بحضور الرئيس السوداني عمر البشير»: a name after a word of attendance
(`event_cues` kind attendance) is a witness, however long the office between («بحضور مساعد الأمين
لتقنية المعلومات المهندس X»), though not past an event trigger («بحضور عدد من المسؤولين وقع الوزير
X»: the signing's own subject); so is the subject of a verb of witnessing («شهد الأمير X توقيع عقد A
مع B»: kind witness_verb), while a place after that verb is where the event is («شهدت عدن أول
زيارة»). The events' arguments leave both out (`arguments.arguments`).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, office_word
from marsad.model import Span

_ATTENDANCE = frozenset({"attendance"})  # بحضور الرئيس السوداني عمر البشير: who attends is no party
_WITNESS = frozenset({"witness_verb"})  # شهد الأمير X توقيع عقد: who witnesses it is no party
_ATTEND_REACH = 8  # words from بحضور to the name, past its titles and the offices they hold
_WITNESS_REACH = 5  # words from a verb of witnessing to its subject, past titles only


def attending(ctx: ArticleContext, sent: Sentence, m: Span) -> bool:
    """A name that follows a word of attendance past titles only (وجرت مراسم توقيع الاتفاق ...
    بحضور الرئيس السوداني عمر البشير، ولفيف من المسؤولين): a witness, no party; so is a person
    after a verb of witnessing (`event_cues` kind witness_verb: «شهد الأمير X توقيع عقد A مع B»;
    a place after it is where the event is: «شهدت عدن أول زيارة»), its subject past titles and
    definite words only (not «وشهدت قمة جمعت أوباما بقادة ...»: the summit witnessed)."""
    ws, k = sent.words, sent.word_index(m.start)
    titled = True  # only titles and definite words since the name, back to here
    triggers = {t.index for t in sent.triggers()}
    for j in range(k - 1, max(-1, k - 1 - _ATTEND_REACH), -1):
        cue = event_cues().at(ws, j, _ATTENDANCE | _WITNESS)
        if cue is not None and (cue.kind != "witness_verb" or (m.label == "PER" and titled)):
            return cue.kind != "witness_verb" or k - j <= _WITNESS_REACH
        if ctx.mention_at(ws[j]) is not None or ctx.text[ws[j].end:ws[j + 1].start].strip() \
                or j in triggers:
            return False  # بحضور ... وقع الوزير X: the signing's own clause, X a party
        titled = titled and (ws[j].norm.startswith("ال") or office_word(ws[j].norm))
    return False
