"""A person named as the subject of a verb of saying whose words were not found: «أوصى [المستشار
… الشيخ X]، الذين زلت بهم القدم أن …», «وأكد [X] عضو فريق العمل أيام قليلة …» — no quotation is
made there (its complement was not read), yet he spoke, so a verb that goes on without a subject
in what follows («وأضاف أن …», «مشيراً إلى أن», «وقال: …») is his, as the words after «حسب X» are
the source's (`speaker_sources`), not nobody's. Only a verb opening its sentence with a person's
name for subject (past his offices) counts, and only for the next two sentences
(`quotes._SILENT_REACH`): further on, in columns and pages of several stories, a later «وقالت:» or
«يسأل البعض:» was someone else's (3,000 records, round 51)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import SPEECH_CUES, Cue, quote_cues, quote_objects, speaker_ref
from marsad.events.speaker_agreement import cue_agreement
from marsad.events.words import Word

_SUBJECT_WORDS = 14  # words from the verb to its subject's name: offices, a body, a place before it
_VERB = "verb"
_COMPLEMENTIZER = frozenset({"complementizer"})
_PAUSES = ":«»\"“”("  # a colon, mark or bracket between: the subject has ended


def _opens_subject(ctx: ArticleContext, w: Word) -> bool:
    """The word right after the verb opens its subject: a person's name («وأكد [عبدالله بترجي] …»), or an
    office or courtesy word that a name ends («أوصى [المستشار] … الشيخ X»); not any noun, whose
    phrase may hold someone else's name («فقال النصارى هذا من فعل أصحاب [محمد]»)."""
    m = ctx.mention_at(w)
    if m is not None:
        return m.start == w.start and m.label == "PER"
    ref = speaker_ref(w.norm)
    return ref is not None and ref[0] in ("title", "honorific")


def silent_speakers(ctx: ArticleContext, sent: Sentence,
                    cues: list[tuple[int, Cue]]) -> list[tuple[int, str, str | None]]:
    """(offset of the verb, the person, the verb's agreement) for the verb of saying
    that opens the sentence (one of `cues`, or a verb of quote_objects: «أوصى») when its subject
    opens right after it (`_opens_subject`) and reaches, before any comma, mark, other verb of
    saying, complementizer or time, a person's name (the first one, past the offices, bodies and
    places that describe him). Not a body («أعلنت [سابك] نتائجها»: a study or report after it is
    not hers, `catalogue_kinds`). The caller asks only for a sentence where no quotation was found."""
    ws = sent.words
    c = next((cue for k, cue in reversed([*cues, *quote_objects().each(ws)]) if k == 0 and cue.kind == _VERB),
             None)  # the verb opening the sentence, quote_objects' reading over the cues'
    if c is None or not (c.size < len(ws) and _opens_subject(ctx, ws[c.size])):
        return []  # only a verb opening its sentence («أوصى …», «وأكد …»), its subject right after it
    for j in range(c.size, min(len(ws), c.size + _SUBJECT_WORDS)):
        between = ctx.text[ws[j - 1].end:ws[j].start]
        if ctx.comma_between(ws[j - 1], ws[j]) or any(ch in _PAUSES for ch in between) \
                or quote_cues().at(ws, j, SPEECH_CUES) or quote_cues().at(ws, j, _COMPLEMENTIZER) \
                or ctx.in_timex(ws[j]):
            break
        m = ctx.mention_at(ws[j])
        if m is None or m.label != "PER" or m.start != ws[j].start:
            continue  # «… عضو [هيئة كبار العلماء] إمام وخطيب [المسجد الحرام] الشيخ [X]»: his offices,
            # a name after a preposition («المستشار ب[الديوان الملكي]») no subject
        return [(ws[0].start, ctx.entity_of(m), cue_agreement(ws[0]))]
    return []
