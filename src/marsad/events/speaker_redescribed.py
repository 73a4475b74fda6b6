"""A subject that describes the last speaker again: «أعادت المطربة التونسية [X] …» then «وأكدت
[الفنانة التونسية]» is X again, by the head noun or the closing qualifier of the words that
introduced him, or by an indefinite office in construct with a definite noun («قائد قوة أمن
[الطرق]»). `speakers.SpeakerTracker.described_last` answers through `described_last`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.context import Sentence
from marsad.events.lexicon import quote_cues, speaker_ref
from marsad.events.speaker_agreement import agrees
from marsad.events.speaker_apposition import appositive_head
from marsad.events.speaker_clauses import office_link, unnamed_group
from marsad.events.speaker_names import definite
from marsad.events.speaker_subject_shapes import other_nation
from marsad.events.words import Word, stems

if TYPE_CHECKING:
    from marsad.events.speakers import SpeakerTracker

_STOP_KINDS = frozenset({"stop", "addressee", "complementizer"})
_INTRO_WORDS = 10  # how far before a person's first name the words introducing him may start
_CONSTRUCT_NOUNS = 3  # indefinite nouns in construct before the definite one («قائد قوة أمن [الطرق]»)


def described_last(tracker: SpeakerTracker, sent: Sentence, i0: int, i1: int,
                   agreement: str | None) -> str | None:
    """The person who spoke last, when the unnamed subject at words [i0, i1) describes him
    again with the head noun or the closing qualifier of the words that introduced him
    («أعادت المطربة التونسية [X] …» then «وأكدت الفنانة [التونسية]»; «قال [الشاعر] الشاب
    [X]» then «وأوضح [الشاعر] الليبي»; read bare of a clitic: «فالشيف X» then «وأشار الشيف
    الشاب»): a writer varies the noun, not the person. None for a
    subject of one word («وأضاف المصدر»: anyone) or without the article («مسؤول أمني»), for
    one that names someone, for a group («فيما تؤكد [الدراسات] الاقتصادية»: many, not he),
    when the last quotation had no named person or the verb does not agree with him."""
    ws = sent.words
    words: list[Word] = []
    stop = None  # the name the words stop at («قائد قوة [أمن الطرق]»)
    for k in range(i0, i1):
        if quote_cues().at(ws, k, _STOP_KINDS) or tracker.ctx.mention_at(ws[k]) is not None \
                or tracker.ctx.in_timex(ws[k]):
            stop = tracker.ctx.mention_at(ws[k])
            break
        words.append(ws[k])
    body_after = stop is not None and stop.label in ("ORG", "LOC") and stop.start == ws[k].start
    construct = len(words) >= 2 and not definite(words[0].norm) and _construct_definite(words, body_after)
    last = tracker.spoken[-1].speaker if tracker.spoken else None
    if len(words) < 2 or not (definite(words[0].norm) or construct) or unnamed_group(words[0]) \
            or last not in tracker.persons \
            or not agrees(agreement, tracker.gender_of(last or "")):
        return None
    first = next((m for m in tracker.ctx.mentions
                  if m.label == "PER" and tracker.ctx.entity_of(m) == last), None)
    intro = tracker.ctx.sentence_at(first.start) if first is not None else None
    if first is None or intro is None:
        return None
    k = intro.word_index(first.start)
    before = {s.stem for w in intro.words[max(0, k - _INTRO_WORDS):k] for s in stems(w.norm)}
    since = intro.words[max(0, k - _INTRO_WORDS)].start
    known = {tracker.ctx.entity_of(m) for m in tracker.ctx.mentions_in(since, first.start)}
    if construct and any(tracker.ctx.entity_of(m) not in known
                         for m in tracker.ctx.mentions_in(ws[i0].start, ws[i1 - 1].end, ("ORG", "LOC"))):
        return None  # «نائب الرئيس في شركة [سيسكو]» after «نائب الرئيس في شركة فاير آي X»: another's
    if other_nation(tracker, ws, i0, i1, last):
        return None  # «وزير الخارجية [الماليزي]» after «وزير الخارجية الأمريكي X»: not X
    if words[0].norm in before or words[-1].norm in before:
        return last
    return last if appositive_head(tracker.ctx, intro, first, words[0]) else None  # «X المختص»


def _construct_definite(words: list[Word], body_after: bool) -> bool:
    """The words open with an indefinite office (`speaker_references` kind title) in construct
    with a definite noun, or with the name of a body or place right after them (`body_after`),
    through bare nouns only («قائد قوة أمن [الطرق] بمنطقة …», «قائد قوة [أمن الطرق]»: a definite
    office, someone singled out), not past a preposition or a word behind one («مسؤول في
    الوزارة», «متحدث باسم الوزارة», «مسؤول أمني»: someone unnamed); no group or member of one
    («عائلة الشاب», «أحد نواب البرلمان»)."""
    if (ref := speaker_ref(words[0].norm)) is None or ref[0] != "title":
        return False
    for k in range(1, len(words)):
        w = words[k]
        if definite(w.norm):
            return True
        if k >= _CONSTRUCT_NOUNS or len(w.norm) < 3 or office_link(words, k) \
                or any(st.clitic for st in stems(w.norm)):
            return False
    return body_after and len(words) <= _CONSTRUCT_NOUNS

