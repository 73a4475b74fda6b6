"""The words in apposition right after a person's first name («فيما يرى [إيجور ياكوفلف] المختص
النفطي الروسي أن», «يقول [ألكسندر إيفانز]، منسق فريق الرصد»), which a later definite subject
with the same head noun describes again («وأكد [المختص] النفطي الروسي أن», «كذلك حذر [المنسق]
الدولي»): a writer varies the noun phrase, not the person (`SpeakerTracker.described_last`
asks this after the words before the name)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import quote_cues
from marsad.events.words import Word, stems
from marsad.model import Span

_APPOSITION_WORDS = 4  # words after a name that may hold the head noun describing him
_HEAD_LETTERS = 3  # a head noun shorter than this (bare of its article) says too little


def appositive_head(ctx: ArticleContext, sent: Sentence, first: Span, head: Word) -> bool:
    """Whether the definite head noun `head` of a subject describing someone («المختص», «المنسق») is the
    head of the words right after the person's first mention `first` in sentence `sent`: the
    few words up to a stop, a cue, another name or any punctuation but one comma right after
    the name; compared bare of the article and clitics («منسق» is «المنسق»)."""
    key = head.norm[2:]
    if not head.norm.startswith("ال") or len(key) < _HEAD_LETTERS:  # «وقال خبير أسواق»: another one
        return False
    ws = sent.words
    k = next((i for i, w in enumerate(ws) if w.start >= first.end), len(ws))
    for i in range(k, min(len(ws), k + _APPOSITION_WORDS)):
        gap = ctx.text[(ws[i - 1].end if i > k else first.end):ws[i].start]
        if (gap.strip() and not (i == k and gap.strip() in "،,")) or quote_cues().at(ws, i) \
                or ctx.mention_at(ws[i]) is not None:
            return False
        if any(s.stem == key for s in stems(ws[i].norm)):
            return True
    return False
