"""An office the article never gives a holder, qualified by a state's adjective («وزير الخارجية
الهولندي», «نائب وزير الخارجية الإسباني», «السفير الأمريكي») or in construct with the state's name
(«وزير خارجية إيران»), as a side of that state.

Such an unnamed official acts for his state: the events gold keys the phrase to the state
(docs/realtext-annotation.md § Events: «the representatives keyed to whom they stand for», as
«الحكومة الأفغانية»). Where the article names the holder of the same office, before or after
(«وزير الخارجية» after «وزير الخارجية الإيراني محمد جواد ظريف», or «وزير الخارجية المصري»
after «وزير الخارجية سامح شكري», an Egyptian in the catalogue: `state_offices.py`), a name
follows the office within a few words, or the office stands in apposition after a name («X، وزير
الخارجية المصري»), the office is that person and no side (`coref.TitleIndex`, as the events
step reads every unnamed office); so is one right after the name of a person of its state with no
comma («جون كيري وزير الخارجية الاميركي»: `lang/person_states`).
Nor is a state's head («الرئيس المصري», «ولي العهد السعودي»: `event_state_sides` kind leader, the
gold keys the one known person) nor a bare minister with no portfolio («للوزير التركي»: kind
anaphor, the one told before; a side where the article told of no one of that state:
`untold_anaphors.py`). The phrase is read as the sides of `events/state_sides.py` are (a
mention of the state, attrs.side; added to the mentions, as the state's ORG name, only where an
event takes it as a party), from the office's first word (a proclitic before it left out) through
titles in construct (نائب وزير) and definite qualifiers to the state's definite adjective
(`lang/state_sides.state_adjectives`); in construct, the office's words before the state's name.
On the events-dev gold (dev rows) this took P / R from 0.748 / 0.566 to 0.755 / 0.573.
"""

from __future__ import annotations

from functools import cache

from marsad.events.appositive_offices import AppositiveIndex
from marsad.events.context import ArticleContext
from marsad.events.coref import TitleIndex, apposed_to_name
from marsad.events.lexicon import ref_words, speaker_ref, speaker_ref_form
from marsad.events.office_phrases import office_phrase
from marsad.events.state_sides import RESOLVED_BY
from marsad.events.untold_anaphors import none_of_state_before
from marsad.events.words import Word
from marsad.lang.clitics import ARTICLE
from marsad.lang.normalize import normalize
from marsad.lang.person_states import person_states
from marsad.lang.state_sides import anaphor_titles, article_start, leader_titles, state_adjectives
from marsad.model import MentionAttrs, Span

_CHAIN = 4  # words of an office chain after its first (نائب وزير الخارجية الإسباني)
_NAME_NEXT = 6  # words after the office where its holder's name would stand (as coref's _NAME_GAP)


def _head_offset(word: str) -> int:
    """Characters of `word` (as written) before its office word: a conjunction or a preposition
    left out of the name as for any name («ووزير» -> 1, «بوزير» -> 1), the article kept
    («الوزير» -> 0, «والسفير» -> 1); 0 when a mark stands inside."""
    norm = normalize(word)
    form = speaker_ref_form(norm)
    if form is None or len(norm) != len(word) or not norm.endswith(form):
        return 0
    at_article = article_start(norm, form)
    return len(norm) - len(form) if at_article is None else at_article


def _chain_end(ctx: ArticleContext, ws: list[Word], k: int) -> int:
    """The end of the office chain at word `k`: titles in construct (نائب وزير, مساعد وزير) and
    the definite qualifiers after them (الخارجية الإسباني), no name nor date among them."""
    end = k + 1
    while end < len(ws) and end - k <= _CHAIN and ctx.mention_at(ws[end]) is None \
            and not ctx.in_timex(ws[end]) and not ctx.text[ws[end - 1].end:ws[end].start].strip():
        ref = speaker_ref(ws[end].norm)
        if not (ref is not None and ref[0] == "title") and not ws[end].norm.startswith(ARTICLE):
            break
        end += 1
    return end


def _named_next(ctx: ArticleContext, ws: list[Word], end: int, triggers: frozenset[int]) -> bool:
    """A person is named within a few words after the office, a comma, an honorific or the
    place of his post between or not («وزير الخارجية الإسباني، خوسيه مانويل», «سفير البوسنة
    بالمملكة السيد X»), not past an event trigger (another party's name): the office is his,
    no side."""
    for j in range(end, min(len(ws), end + _NAME_NEXT)):
        if j in triggers:
            return False
        m = ctx.mention_at(ws[j])
        if m is not None and m.label == "PER":
            return True
    return False


def office_sides(ctx: ArticleContext) -> list[Span[MentionAttrs]]:
    """The unnamed offices of `ctx`'s sentences that close on a state's adjective and whose
    holder the article never names, as mentions of the state labelled PER: the official is a
    person, who meets, visits and signs where a person's name would stand (the events take
    persons before bodies); `party_sides` stores the one a party as the state's ORG name."""
    offices: TitleIndex | None = None  # read when an office is first found: few articles hold one
    apposed: AppositiveIndex | None = None  # likewise, the offices said after a name
    leaders = leader_titles()  # «الرئيس المصري»: the known head, a person
    bare_titles = anaphor_titles()  # «للوزير التركي»: the minister told before
    out: list[Span[MentionAttrs]] = []
    for sent in ctx.sentences:
        ws = sent.words
        triggers: frozenset[int] | None = None
        past = 0  # the first word after the last office phrase read
        for k in ref_words(ws, "title"):  # only a title opens an office (few words)
            if k < past:
                continue
            ref = speaker_ref(ws[k].norm)
            assert ref is not None
            if ctx.mention_at(ws[k]) is not None or ref[1] in leaders \
                    or apposed_to_name(ctx, ws, k):
                continue
            found = _closed_by_adjective(ctx, ws, k) or _construct_state(ctx, ws, k)
            if found is None:
                continue
            end, state, words, after = found
            if ref[1] in bare_titles and _bare_title(ws, k):
                if offices is None:
                    offices = TitleIndex(ctx)
                apposed = apposed or AppositiveIndex(ctx)
                told = offices.phrases + apposed.phrases
                if not none_of_state_before(ctx, state, ws[k].start, ref[1], told):
                    continue  # «للوزير التركي»: the holder told of before
            if _holder_before(ctx, ws, k, state):
                continue
            head = next(iter(office_phrase(ws, k, k + 1, ctx)))
            if triggers is None:
                triggers = frozenset(t.index for t in sent.triggers())
            named = _named_next(ctx, ws, after, triggers)
            if not named:
                if offices is None:
                    offices = TitleIndex(ctx)
                named = bool(offices.resolve(words, ws[k].start, head)  # «وزير الخارجية المصري» after
                             or offices.of_state(words, ws[k].start, head))  # «الوزير X»
            if not named:
                start = ws[k].start + _head_offset(ctx.text[ws[k].start:ws[k].end])
                out.append(Span(start, ws[end - 1].end, "PER", MentionAttrs(
                    entity=state, norm=" ".join(w.norm for w in ws[k:end]),
                    resolved_by=f"{RESOLVED_BY}: {state}", side=state)))
            past = max(end, k + 1)
    return out


def _holder_before(ctx: ArticleContext, ws: list[Word], k: int, state: str) -> bool:
    """The office at word `k` stands right after the name of a person of its own state, no mark
    between («بدأ جون كيري وزير الخارجية الاميركي محادثات»): his title, in apposition with no
    comma, not an unnamed official beside him (one of another state stays a side: «استقبل الملك
    سلمان وزير الخارجية الأمريكي»)."""
    m = ctx.mention_at(ws[k - 1]) if k else None
    return m is not None and m.label == "PER" and not ctx.text[m.end:ws[k].start].strip() \
        and person_states().get(ctx.entity_of(m)) == state


def _bare_title(ws: list[Word], k: int) -> bool:
    """The title at word `k` is followed at once by a state's adjective, no portfolio between
    («الوزير التركي»)."""
    return k + 1 < len(ws) and ws[k + 1].norm in state_adjectives()


# (the span's end word, the state, the office's words, the word after the phrase)
_Found = tuple[int, str, frozenset[str], int]


def _closed_by_adjective(ctx: ArticleContext, ws: list[Word], k: int) -> _Found | None:
    """«نائب وزير الخارجية الإسباني»: the office chain at word `k` closed by a state's definite
    adjective."""
    adjectives = state_adjectives()
    end = _chain_end(ctx, ws, k)
    while end > k + 1 and ws[end - 1].norm not in adjectives:
        end -= 1
    hit = adjectives.get(ws[end - 1].norm) if end - 1 > k else None
    if hit is None or not hit[1]:
        return None
    words = frozenset().union(*(office_phrase(ws, j, end, ctx) for j in range(k, end)))
    return end, hit[0], words, end


def _construct_state(ctx: ArticleContext, ws: list[Word], k: int) -> _Found | None:
    """«وزير خارجية إيران», «سفير الولايات المتحدة»: titles in construct, at most one word of
    the portfolio, then the state's own name (a mention of a state of the catalogue); the span
    is the office's words, the state's name staying the tagger's. The office's words for its
    holder are those he would be introduced with (وزير الخارجية الإيراني)."""
    j = k + 1
    while j < len(ws) and ctx.mention_at(ws[j]) is None and (r := speaker_ref(ws[j].norm)) is not None \
            and r[0] == "title":
        j += 1
    for at in (j, j + 1):
        m = ctx.mention_at(ws[at]) if at < len(ws) else None
        if m is None or m.start != ws[at].start or m.attrs.entity not in _adjective_of():
            continue  # «وزير الدفاع لجمهورية مصر»: a preposition before the state, no construct
        if at == j + 1 and (ctx.mention_at(ws[j]) is not None or speaker_ref(ws[j].norm) is not None
                            or ws[j].norm.startswith(ARTICLE)):
            return None  # the portfolio is in construct, indefinite: «خارجية», not «الدفاع»
        state = str(m.attrs.entity)
        words = frozenset().union(*(office_phrase(ws, i, at, ctx) for i in range(k, at)))
        if at == j + 1:  # خارجية: the portfolio, الخارجية in the office he was introduced with
            words |= {ws[j].norm.removeprefix(ARTICLE)}
        words |= {_adjective_of()[state]}
        after = next((i for i in range(at, len(ws)) if ws[i].start >= m.end), len(ws))
        return at, state, words, after
    return None


@cache
def _adjective_of() -> dict[str, str]:
    """Each state's masculine definite adjective without its article, as an office's words hold
    it (ايراني): the state -> the word."""
    out: dict[str, str] = {}
    for form, (state, definite, gender) in state_adjectives().items():
        if definite and gender == "m" and " " not in form:
            out.setdefault(state, form.removeprefix(ARTICLE))
    return out
