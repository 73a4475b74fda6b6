"""Speech in round brackets right after a verb of saying: «ولسان حاله يقول ([انت مثلهن جميعاً])»,
«وتابع بقوله ([منحت أحدهم 20 ريالًا …])», «معظم الناس يقولون ([لقد كنتم في موقف …])».

Brackets hold asides, abbreviations and names («(تويتر)», «(29 عاما)»), so `marks.quote_pairs` leaves
them out; right after a verb of saying, nothing but spaces between, they open what was said as a
quotation mark does (round 49: quotes-dev-fresh27 24793 marks five such sayings; 7 new on the first
3,000 records, all sayings, proverbs and verses). A bracket of fewer than `COLON_WORDS` words stays a
term. After the verb's colon («وقال: (…)») colon speech reads them already: taking the brackets there
too split a dialogue's «وقال: (…)، فسأل زوجته: (…)» and lost the question (fresh12 23968), and a colon
anywhere after the verb lost three dev spans (fresh26 25631, interviews2 22712).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue
from marsad.events.quote_names import COLON_WORDS

_OPEN, _CLOSE = "(", ")"
_BETWEEN = " \t\u00a0\u200f\u200e"  # what may stand between the verb and the bracket: spaces only


def spoken_brackets(ctx: ArticleContext, sent: Sentence,
                    cues: list[tuple[int, Cue]]) -> list[tuple[int, int]]:
    """The (start, end) of the words inside each bracket of `sent` that opens right after one of its
    verbs of saying (`cues`), the bracket closing in the sentence with no bracket inside, as
    `marks.quote_pairs` gives marked words: the offset after the opening bracket, the closing one's."""
    text, out = ctx.text, []
    for k, c in cues:
        o = sent.words[k + c.size - 1].end
        while o < sent.end and text[o] in _BETWEEN:
            o += 1
        if o >= sent.end or text[o] != _OPEN:
            continue
        close = text.find(_CLOSE, o + 1, sent.end)
        if close < 0 or _OPEN in text[o + 1:close] or len(text[o + 1:close].split()) < COLON_WORDS:
            continue
        out.append((o + 1, close))
    return out
