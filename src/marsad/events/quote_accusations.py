"""Where an accusation's accuser and accused stand, for the charge after ب (quote_objects «ب+»:
«اتهم X Y [بـ…]», the guide's round-49 ruling, second reader): the accused after a fronted
accuser («بعد أن كانت [واشنطن] اتهمت تركيا [بمساعدة …]»), a participle with its object and no
comma before it («… متهما وكيله [بالتحايل عليه …]»), and a relative clause on an unnamed
accuser («ابن المواطن المتوفى، الذي يتهم أحد الأشخاص [بتزوير …]»).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import quote_cues
from marsad.events.words import BI, Word, stems

_COMPLEMENTIZER = frozenset({"complementizer"})
_CHARGE_AFTER = 5  # words of the accused between a relative verb or a participle and the charge


def accused_named(ctx: ArticleContext, ws: list[Word], k: int, i0: int, after: int) -> bool:
    """The name that ended what was read as the verb's (word `k`) subject (words [i0, after)) is
    the accused, the subject elsewhere: a comma parts them («اتهم الزوج، [جامعة تبوك] بتغيير ...»),
    another name comes first («اتهم [الحوثيون] [التحالف] بقصف ...») or the accuser is named right
    before the verb («بعد أن كانت [واشنطن] اتهمت [تركيا] بمساعدة …»). A name alone after the verb
    with none before may be the subject of a passive, the accusers unnamed («واتهم [الجيش] بارتكاب
    ...»)."""
    m = ctx.mention_at(ws[after - 1]) if after > i0 else None
    if m is None:
        return False
    first = next(i for i in range(i0, after) if ws[i].start >= m.start or ws[i].end > m.start)
    return first == i0 and _fronted_accuser(ctx, ws, k) or first > i0 and (
        any(ch in "،," for ch in ctx.text[ws[i0].start:m.start])
        or any(ctx.mention_at(ws[i]) is not None for i in range(i0, first)))


def _fronted_accuser(ctx: ArticleContext, ws: list[Word], k: int) -> bool:
    """A name ends right before the verb at word `k`, nothing between: its subject, fronted."""
    return k > 0 and ctx.mention_at(ws[k - 1]) is not None and not ctx.text[ws[k - 1].end:ws[k].start].strip()


def charged_after(ctx: ArticleContext, sent: Sentence, k: int, size: int) -> bool:
    """A charge with a proclitic ب follows the verb or participle at word `k` (`size` words) past
    an object of its own, within a few words, with no pause, clause or other ب before it: «متهما
    [وكيله] بالتحايل», «الذي يتهم [أحد الأشخاص من أقاربه] بتزوير»; not «متهمين بالارتباط» (the
    passive, no object), nor «الذي اتهم بأنه» (a clause, reported speech)."""
    ws = sent.words
    i0 = k + size
    for j in range(i0, min(len(ws), i0 + _CHARGE_AFTER + 1)):
        if j > k and (ctx.comma_between(ws[j - 1], ws[j]) or ctx.in_timex(ws[j])
                      or quote_cues().at(ws, j, _COMPLEMENTIZER)):
            return False
        if with_ba(ws[j]):
            return j > i0 and ctx.mention_at(ws[j]) is None
    return False


def with_ba(w: Word) -> bool:
    """A word with a proclitic ب («[بمساعدة]», «[بالتحايل]»): where a charge may start."""
    return any(st.clitic == BI for st in stems(w.norm))
