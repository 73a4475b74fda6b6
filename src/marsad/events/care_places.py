"""The hospital a visit of care is made in: where the patients it visits are said to lie.

«زار الأمير X المصابين من منسوبي قوات الطوارئ، الذين يتلقون العلاج في مستشفى عسير المركزي», «اطمأن
وكيل المحافظة X على حالة المرضى المصابين في حادث الباص في مستشفى الملك فهد بالهفوف», «قام المحافظ
بزيارة لمرضى مستشفى ثادق»: the visit names the patients (`care_goal` rows of lang/ar/event_senses.tsv)
and, after them, the hospital that holds them (`ward` rows: مستشفى, مستوصف) after a place preposition
(في, ب) or in construct with the patients' noun; the events gold keys that hospital as the visit's
place (a visit to the hospital itself, «زار مستشفى X», names it as its object already). The region or
city of the incident told between («المصابين في حادث تفجير مسجد الطوارئ بمنطقة عسير») is not where the
visit went, so a visit of care with no place of its own takes the hospital, nothing else.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import sense_forms, sense_word
from marsad.events.triggers import Trigger
from marsad.events.words import IN, stems
from marsad.model import Span

_GOAL_AFTER = 16  # words after a visit trigger where the patients stand, past a long subject (as care_visits)
_WARD_REACH = 14  # words after the patients where their hospital stands (الذين يتلقون العلاج في مستشفى X)
_WARD_CLITICS = ("ب", "وب")  # بمستشفى: the place preposition on the hospital's noun


def patients_ward(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger]) -> Span | None:
    """The hospital named after the patients a visit of care goes to (see the module's note), or
    None: the first `ward` noun after the patients, before any other trigger of the sentence,
    after في or ب or right after the patients' noun, with a name of the tagger over it or right
    after it."""
    ws = sent.words
    wards = sense_forms("ward")
    later = sorted(t.index for t in sent.triggers())
    for t in trigs:
        if t.row.type != "VISIT":
            continue
        start = t.index + t.size
        goal = next((k for k in range(start, min(len(ws), start + _GOAL_AFTER))
                     if sense_word(ws[k], "care_goal") and not sense_word(ws[k], "ward")
                     and ctx.mention_at(ws[k]) is None), None)  # «لجنة أصدقاء المرضى»: a name's word
        if goal is None:
            continue
        stop = next((k for k in later if k > goal), len(ws))
        for j in range(goal + 1, min(stop, goal + 1 + _WARD_REACH)):
            reading = next((st for st in stems(ws[j].norm) if st.stem in wards), None)
            if reading is None:
                continue
            if not (reading.clitic in _WARD_CLITICS or ws[j - 1].norm == IN or j == goal + 1):
                return None  # a hospital the patients are not said to lie in (من مستشفى X)
            return _named_ward(ctx, sent, j, reading.stem)
    return None


def _named_ward(ctx: ArticleContext, sent: Sentence, j: int, noun: str) -> Span | None:
    """The name of the hospital whose noun is word `j`: a mention over the noun (مستشفى عسير
    المركزي), or one right after an indefinite noun (بمستشفى [الملك فهد]); a body or a place."""
    ws = sent.words
    m = ctx.mention_at(ws[j])
    if m is None and j + 1 < len(ws) and not noun.startswith("ال"):
        m = ctx.mention_at(ws[j + 1])
        if m is not None and m.start != ws[j + 1].start:
            m = None
    return m if m is not None and m.label in ("ORG", "LOC") else None
