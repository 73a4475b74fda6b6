"""A speaker described again by the head word of the words that described him last: «وقال
المواطن [مانع ملفي] لـ"سبق" إن …» (a name the tagger missed), then «وأضاف [المواطن] أن …» is the
same man, so the second quotation is given by the first one's fuller words and place, not the
bare «المواطن» a reader cannot tell apart («وقال السفير [روبرت غوديك]» … «وأضاف السفير»).
"""

from __future__ import annotations

from marsad.events.speaker_names import definite
from marsad.events.speaker_words import SpeakerWords
from marsad.events.words import words_of
from marsad.model import QuoteAttrs, Span


def head_again(quoted: list[Span], words: SpeakerWords | None) -> SpeakerWords | None:
    """The words that described the speaker of the last quotation so far (`quoted`; one given to
    nobody at all, no speaker and no words, says nothing and is passed over), with their place,
    when `words` (those describing a speaker no name resolves) are one definite word and that
    same word opens them («المواطن» after «المواطن مانع ملفي»); `words` otherwise: when the last
    quotation had a named speaker, or words with no place in the text («مصادر أمنية»), or
    opening with another word («وأضاف المسؤول» after «قال المتحدث …»)."""
    last = next((a for sp in reversed(quoted) if isinstance(a := sp.attrs, QuoteAttrs)
                 and (a.speaker is not None or a.speaker_text)), None)
    if words is None or last is None or last.speaker is not None or not last.speaker_text \
            or last.speaker_at is None:
        return words
    mine = words_of(words.text)
    before = words_of(last.speaker_text)
    if len(mine) != 1 or not definite(mine[0].norm) or len(before) < 2 or before[0].norm != mine[0].norm:
        return words
    return SpeakerWords(last.speaker_text, last.speaker_at)
