"""A counterpart named by office alone: «سيجري محادثات مع نظيره الكيني» names no one in its
sentence, but the article may name him with the same words elsewhere («قبل أن يعانق نظيره
الكيني اوهورو كينياتا»): that person is the event's other party.

Only the counterpart noun (`event_cues.tsv` kind counterpart) followed by the same definite
adjective and then a person's name counts as naming him; an office and the adjective alone
(«وزير الخارجية الفرنسي لوران فابيوس») do not, since the counterpart of a president is no
foreign minister. Where the article names two persons so, none is taken. Where it names no one
so, the counterpart is the one person introduced with the adjective and a head of an office of
the pronoun's owner, the last person named before the phrase in its clause («الرئيس الكيني X» for
«أوباما» introduced as «الرئيس الأميركي»; `coref.TitleIndex`); not an ambassador of that state.

A counterpart noun with its pronoun also says who the pronoun's owner is not: in «وسيلتقي أيضًا
حيدر العبادي رئيس الوزراء ونظيره خالد العبيدي» the listed persons are the partners of a subject
the verb dropped (the owner of «ـه»), and in «أنه سيبحث الوضع السوري مع نظيريه» no one before
the noun owns it (`owner_dropped`).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.coref import TitleIndex
from marsad.events.lexicon import event_cues, office_word
from marsad.events.office_phrases import bare_office_word
from marsad.events.triggers import Trigger
from marsad.events.words import AND, Word

_COUNTERPART = frozenset({"counterpart"})
_ADJECTIVE_MIN = 5  # letters of a definite nisba adjective (الكيني)
COUNTERPART_NOUN = "نظير"  # the counterpart noun as written, with no pronoun: no owner to look for
_OWNER_REACH = 12  # words from a meeting verb to the counterpart noun of its partner list


def _adjective(w: Word) -> bool:
    """A definite word of nisba shape (الكيني, الفرنسي), no mark of punctuation glued to it."""
    return w.norm.startswith("ال") and w.norm.endswith("ي") and len(w.norm) >= _ADJECTIVE_MIN


def _named_at(ctx: ArticleContext, ws: list[Word], k: int) -> str | None:
    """The person whose name opens at word `k`, if any; a state's side is no name («نظيريه الأمريكي
    والسعودي»: the Saudi counterpart's side, `counterpart_sides.py`)."""
    if k >= len(ws):
        return None
    m = ctx.mention_at(ws[k])
    return ctx.entity_of(m) if m is not None and m.label == "PER" and m.start >= ws[k].start \
        and m.attrs.side is None else None


def _counterpart_at(ws: list[Word], j: int) -> str | None:
    """The adjective of a counterpart phrase opening at word `j` («نظيره الكيني»: الكيني)."""
    if j + 1 >= len(ws) or event_cues().at(ws, j, _COUNTERPART) is None or not _adjective(ws[j + 1]):
        return None
    return ws[j + 1].norm


def counterpart_holders(ctx: ArticleContext, sent: Sentence, lo: int, hi: int) -> list[str]:
    """The persons the unnamed counterpart phrases in [lo, hi) of `sent` stand for: each the
    one person the article names right after the same phrase elsewhere."""
    ws = sent.words
    wanted = {adj for j, w in enumerate(ws) if lo <= w.start < hi
              and (adj := _counterpart_at(ws, j)) is not None and _named_at(ctx, ws, j + 2) is None}
    if not wanted:
        return []
    named: dict[str, set[str]] = {}
    for s in ctx.sentences:
        for j in range(len(s.words)):
            adj = _counterpart_at(s.words, j)
            if adj in wanted and (ent := _named_at(ctx, s.words, j + 2)) is not None:
                named.setdefault(adj, set()).add(ent)
    found = [next(iter(ents)) for ents in named.values() if len(ents) == 1]
    rest = wanted - named.keys()
    if rest:
        found += _same_office_holders(ctx, sent, lo, rest)
    return found


def _same_office_holders(ctx: ArticleContext, sent: Sentence, lo: int, adjectives: set[str]) -> list[str]:
    """For a counterpart phrase no one is named after anywhere («كما سيجري محادثات مع نظيره الكيني»):
    the one person the article introduced with the head of an office of the pronoun's owner and the
    phrase's adjective («الرئيس الكيني اوهورو كينياتا» for «أوباما», introduced as «الرئيس الأميركي»).
    The owner is the last person named in the clause before the phrase; none named, no one."""
    ws = sent.words
    at = next((w.start for j, w in enumerate(ws) if lo <= w.start and _counterpart_at(ws, j) in adjectives),
              None)
    before = ctx.mentions_in(lo, at, ("PER",)) if at is not None else []
    if not before:
        return []
    owner = ctx.entity_of(before[-1])
    phrases = TitleIndex(ctx).phrases
    heads = frozenset().union(*[h for _, ent, _, h in phrases if ent == owner])
    out = []
    for adj in adjectives:
        bare = bare_office_word(adj)
        holders = {ent for _, ent, have, h in phrases if ent != owner and bare in have and h & heads}
        if len(holders) == 1:
            out.append(holders.pop())
    return out


def owner_dropped(ctx: ArticleContext, sent: Sentence, t: Trigger, lo: int) -> bool:
    """Whether a meeting or call verb's subject is dropped and owns the pronoun of a counterpart
    noun after the verb: no person named between `lo` (its clause's start) and the verb, and
    either the noun joined by «و» to persons named after the verb (وسيلتقي أيضًا X ونظيره Y: X
    is a partner, not the owner) or no person between the verb and the noun (سيبحث الوضع مع
    نظيريه X و Y). Not «التقى X نظيره Y» nor «التقى رئيس الوزراء بنظيره»: X, the office, owns it."""
    ws = sent.words
    if t.row.type not in ("MEET", "CALL") or t.row.pos != "verb" \
            or ctx.mentions_in(lo, ws[t.index].end, ("PER",)) or ctx.mention_at(ws[t.index]) is not None:
        return False  # «وسيستقبل كيري» read as one name: the subject is named
    j = t.index + t.size
    if j < len(ws) and office_word(ws[j].norm):
        return False  # والتقى رئيس الوزراء بنظيره: an office names the subject
    for j in range(t.index + t.size, min(len(ws), t.index + t.size + _OWNER_REACH)):
        if event_cues().at(ws, j, _COUNTERPART) is None:
            continue
        if ws[j].norm.endswith(COUNTERPART_NOUN):
            return False
        between = ctx.mentions_in(ws[t.index].end, ws[j].start, ("PER",))
        return bool(between) == ws[j].norm.startswith(AND)
    return False
