"""The two states a noun in the dual names by two adjectives: «اتفاقية أمنية بين الحكومتين العراقية
والتركية», «المباحثات بين الدولتين السعودية والبحرينية», «وقع البلدين المصري، والسوداني».

Each adjective names one of the two governments, states or countries of the dual noun, and each acts for
its state (docs/realtext-annotation.md § Events: a side is keyed to the state it stands for; the events
gold keys «الحكومتين العراقية والتركية» to Iraq and Turkey). The nouns are the `dual` rows of
`lang/ar/event_state_sides.tsv` (definite, a proclitic before one allowed); exactly two definite singular
adjectives of two different states follow, of the noun's gender (`lang/state_sides.state_adjectives`),
the second after «و» (a comma before it allowed), and no third one joins them. Each adjective is read
as a mention of its state, as a state's side is (an ORG span, the state's id as entity and in
attrs.side: `state_sides.py`), without the «و» before it, stored only where an event takes it as a
party (`party_sides`). A word a name was already found at is left as it is. Not «الجانبين» nor «الطرفين»
(the two sides, parties): in talks these are as often the two delegations of persons the article names,
whom the gold keys. On the events-dev gold (dev rows) this took found events 862 -> 863 (P / R 0.827 /
0.654, rounded, both).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.state_sides import RESOLVED_BY
from marsad.events.words import AND, Word
from marsad.lang.state_sides import dual_of, state_adjectives
from marsad.model import MentionAttrs, Span


def _adjective(word: Word, gender: str, joined: bool) -> tuple[int, str] | None:
    """(characters before the adjective, its state) when `word` is a definite singular state
    adjective of `gender`, behind «و» when `joined`."""
    norm = word.norm
    if joined:
        if not norm.startswith(AND):
            return None
        norm = norm[len(AND):]
    hit = state_adjectives().get(norm)
    if hit is None or not hit[1] or hit[2] != gender:
        return None
    return len(word.norm) - len(norm), hit[0]


def dual_sides(ctx: ArticleContext) -> list[Span[MentionAttrs]]:
    """The two state adjectives after a noun in the dual of the table, as ORG mentions of their
    states."""
    out: list[Span[MentionAttrs]] = []
    for sent in ctx.sentences:
        ws = sent.words
        for i, word in enumerate(ws[:-2]):
            gender = dual_of(word.norm)
            if gender is None:
                continue
            first, second = ws[i + 1], ws[i + 2]
            if ctx.text[word.end:first.start].strip() \
                    or ctx.text[first.end:second.start].strip() not in ("", "،", ","):
                continue
            a, b = _adjective(first, gender, joined=False), _adjective(second, gender, joined=True)
            if a is None or b is None or a[1] == b[1] \
                    or any(ctx.mention_at(w) is not None for w in (first, second)):
                continue
            if i + 3 < len(ws) and _adjective(ws[i + 3], gender, joined=True) is not None \
                    and not ctx.text[second.end:ws[i + 3].start].strip(" ،,"):
                continue  # «الدول السعودية والمصرية والأردنية»: no dual
            for w, (cut, state) in ((first, a), (second, b)):
                out.append(Span(w.start + cut, w.end, "ORG", MentionAttrs(
                    entity=state, norm=w.norm[cut:], resolved_by=f"{RESOLVED_BY}: {state}", side=state)))
    return out
