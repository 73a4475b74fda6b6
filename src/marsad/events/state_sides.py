"""A state's side named by a common noun and the state's adjective as a name of the state: «بين
الحكومة الأفغانية وحركة طالبان», «بحث ... مع المسؤولين الروس», «قائدا في البحرية السعودية قام
بزيارة» (`lang/state_sides.py` reads which nouns and adjectives). The events gold keys such a
phrase to its state (docs/realtext-annotation.md § Events), and no name of the tagger stands
there, so the event lost that party or was not found at all.

The events step reads each such phrase as a mention of the state (`sides_of`: an ORG span from
the noun, a proclitic before it left out, to the adjective, with the state's catalogue id as its
entity and in attrs.side), none after an office or a title («وزير الخارجية الأمريكي», «قائد
القوات الأمريكية», «المتحدث باسم الحكومة»: a person), after the word of its own opening a
clause after «، و» («، ودعم الجانب الفرنسي لمصر»: its complement) nor where a name already
stands; and adds to the article's mentions those that are a party of an event of their
sentence (`party_sides`), so that the party has its name in the text as every party does. The
others stay out of the mentions: no tagger's name, no speaker of a quote (the quotes gold names
none there).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from itertools import compress, count

from marsad.events.lexicon import office_word
from marsad.events.words import Word
from marsad.lang.state_sides import noun_offset, nouns_of, office_words, side_at
from marsad.model import EventAttrs, MentionAttrs, Span

RESOLVED_BY = "state side"  # attrs.resolved_by of such a mention: «state side: afghanistan»


def _after_office(words: Sequence[Word], i: int) -> bool:
    """The word before word `i` is an office or a title: «وزير [الخارجية الأمريكي]», «قائد
    [القوات الأمريكية]», «المتحدث باسم [الحكومة]» name a person, not the state's side."""
    return i > 0 and (words[i - 1].norm in office_words() or office_word(words[i - 1].norm))


def _complement(text: str, words: Sequence[Word], i: int) -> bool:
    """Word `i` follows the word of its own that opens a clause after «، و» («، ودعم [الجانب
    الفرنسي] لمصر», «، وسماح [الجانب الأميركي] لطهران»): the side is that word's complement, and
    would read as a party listed after the comma."""
    if i < 2 or not words[i - 1].norm.startswith("و") or len(words[i - 1].norm) < 3:
        return False
    return text[words[i - 2].end:words[i - 1].start].strip(" \u00a0") in ("،", ",")


def sides_of(text: str, sentences: Sequence[Sequence[Word]],
             names: Sequence[Span[MentionAttrs]]) -> list[Span[MentionAttrs]]:
    """The state sides of the sentences' words that no mention of `names` overlaps, as ORG
    mentions of the state."""
    spans = sorted((s.start, s.end) for s in names)
    out: list[Span[MentionAttrs]] = []
    for words in sentences:
        norms = [w.norm for w in words]
        after = 0  # the first word not inside a side already found
        # only a word that reads as a noun of the table opens a side (few: picked at C speed)
        for i in compress(count(), map(nouns_of, norms)):
            if i < after:
                continue
            found = side_at(norms, i)
            if found is None or _after_office(words, i) or _complement(text, words, i):
                continue
            end, state = found
            start = words[i].start + noun_offset(text[words[i].start:words[i].end])
            stop = words[end - 1].end
            k = bisect_left(spans, (stop, stop))
            if not any(s < stop and start < e for s, e in spans[max(0, k - 8):k]):
                out.append(Span(start, stop, "ORG", MentionAttrs(
                    entity=state, norm=" ".join(norms[i:end]), resolved_by=f"{RESOLVED_BY}: {state}",
                    side=state)))
            after = end
    return out


def party_sides(sides: Sequence[Span[MentionAttrs]],
                events: Sequence[Span[EventAttrs]]) -> list[Span[MentionAttrs]]:
    """The sides that are a party of an event whose sentence holds them, each as the state's ORG
    name (an unnamed official, `office_sides.py`, reads as a person in the events step)."""
    return [replace(s, label="ORG") for s in sides if any(e.start <= s.start and s.end <= e.end
                                    and s.attrs.entity in e.attrs.participants for e in events)]

