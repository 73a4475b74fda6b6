"""A unique office the article names by its title alone, as the person who held it on the article's
day: «العاهل السعودي», «خادم الحرمين الشريفين» (King Abdullah until 23 January 2015, King Salman
since), «الرئيس الصيني», «أمير قطر», «ولي ولي العهد». The events gold keys such a title to its
holder (docs/realtext-annotation.md § Events: «a unique title with no name is a mention of the
person»); where the article never names him, neither `coref.TitleIndex` (the one introduced with
the title) nor `state_offices.lone_head` (the one person of the state named bare) finds anyone, and
the event lost that party or was not found at all.

The titles are those of `lang/ar/event_unique_offices.tsv` (a state's head, its head of
government, its crown prince, Saudi Arabia's deputy crown prince: offices one person holds at a
time), with the state's definite adjective after («الرئيس الصيني»), in construct with the state's
name («أمير [قطر]», «أمير دولة [الكويت]») or alone where the title names one state («خادم الحرمين
الشريفين»); the holder is the catalogue's (`holds` of `lang/kb/leaders.yaml`, `lang/office_holders`)
on the article's day of writing. Never where: no day is known; the title is part of another's
office or of a name («سفير خادم الحرمين الشريفين», «نائب الرئيس اليمني», «جائزة خادم الحرمين»: a
title or a name before it, a name over it); a word after it makes it another holder («الرئيس
الأمريكي السابق», «الراحل»); a person is named right after it or before it with a comma (his own
title); the article introduced someone with it (`TitleIndex.holder`); or the article names another
who held the office once and holds none of the catalogue's that day («الملك عبدالعزيز» in a history
of the kingdom: the title may be his; «الأمير محمد بن نايف», crown prince, leaves «ولي ولي العهد»
to its holder of the day). The phrase is a PER mention of the holder (attrs.side: the holder,
which resolution keys to him when the article is resolved again), added to the stored mentions
only where an event takes it as a party (`party_holders`), as `office_sides.py` does for a state's
unnamed official.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from marsad.events.context import ArticleContext
from marsad.events.coref import TitleIndex, apposed_to_name
from marsad.events.lexicon import speaker_ref
from marsad.events.words import Word, stems
from marsad.lang import load_table
from marsad.lang.clitics import ARTICLE
from marsad.lang.normalize import normalize
from marsad.lang.office_holders import holder_on, holders_ever, holds_any_on
from marsad.lang.person_states import person_states
from marsad.lang.state_sides import state_adjectives
from marsad.model import EventAttrs, MentionAttrs, Span

RESOLVED_BY = "title holder"  # attrs.resolved_by of such a mention: «title holder: xi_jinping»
FORMER = "former"
_NAME_NEXT = 4  # words after the title where its holder's name would stand
_LINKED = 3  # words back from «ل» + a title to the office it completes («المبعوث الخاص لخادم»)
_STATE_WORDS = frozenset({"دوله", "جمهوريه", "مملكه", "سلطنه", "امارة", "اماره"})  # أمير دولة الكويت


@dataclass(frozen=True)
class _Title:
    words: tuple[str, ...]  # normalised, the first as written in the table (with its article or not)
    office: str
    state: str  # "" when the title needs its state
    qualifier: str  # adjective | name | none


@cache
def _titles() -> tuple[_Title, ...]:
    rows = [_Title(tuple(normalize(r["phrase"]).split()), r["office"], r["state"], r["qualifier"])
            for r in load_table("event_unique_offices") if r["office"] != FORMER]
    return tuple(sorted(rows, key=lambda t: -len(t.words)))  # «ولي ولي العهد» before «ولي العهد»


@cache
def _former() -> frozenset[str]:
    rows = load_table("event_unique_offices")
    return frozenset(normalize(r["phrase"]) for r in rows if r["office"] == FORMER)


@cache
def _states() -> frozenset[str]:
    return frozenset(state for state, _, _ in state_adjectives().values())


def _first_word(norm: str, form: str) -> bool:
    """Word `norm` is the title's first word `form`, a proclitic before it or not («للعاهل»,
    «بخادم», «وولي»), definite where the form is («الرئيس», not «رئيس»)."""
    definite, bare = form.startswith(ARTICLE), form.removeprefix(ARTICLE)
    for st in stems(norm):
        has_article = st.stem.startswith(ARTICLE) or st.clitic.endswith(ARTICLE) or st.clitic == "لل"
        if st.stem.removeprefix(ARTICLE) == bare and has_article == definite:
            return True
    return False


def _adjective(ctx: ArticleContext, ws: list[Word], j: int) -> str | None:
    """The state whose definite adjective word `j` is, no name over it."""
    if j >= len(ws) or ctx.mention_at(ws[j]) is not None:
        return None
    hit = state_adjectives().get(ws[j].norm)
    return hit[0] if hit is not None and hit[1] and hit[2] in ("m", "f") else None


class _Found(NamedTuple):
    end: int  # the end of the title's words
    office: str
    state: str
    after: int  # the word after the whole phrase
    form: str  # the title's first word as the table writes it («العاهل»)


def _title_at(ctx: ArticleContext, ws: list[Word], k: int) -> _Found | None:
    for t in _titles():
        n = len(t.words)
        if k + n > len(ws) or not _first_word(ws[k].norm, t.words[0]) \
                or any(ws[k + i].norm != t.words[i] for i in range(1, n)) \
                or any(ctx.text[ws[k + i - 1].end:ws[k + i].start].strip() for i in range(1, n)):
            continue
        end = k + n
        if t.qualifier == "none":
            state = _adjective(ctx, ws, end)
            if state is not None and state != t.state:
                return None  # «خادم الحرمين الشريفين» is Saudi Arabia's King alone
            return _Found(end, t.office, t.state, end + (state is not None), t.words[0])
        if t.qualifier == "adjective":
            state = _adjective(ctx, ws, end)
            if state is None or (t.state and state != t.state):
                continue
            return _Found(end + 1, t.office, state, end + 1, t.words[0])
        j = end + (end < len(ws) and ws[end].norm in _STATE_WORDS)
        m = ctx.mention_at(ws[j]) if j < len(ws) else None
        if m is None or m.start != ws[j].start or m.attrs.entity not in _states():
            continue  # «أمير منطقة الرياض», «ملك للأردن»: no state in construct
        after = next((i for i in range(j, len(ws)) if ws[i].start >= m.end), len(ws))
        return _Found(end, t.office, str(m.attrs.entity), after, t.words[0])
    return None


def _named_near(ctx: ArticleContext, ws: list[Word], k: int, after: int) -> bool:
    """A person is named right after the title («العاهل السعودي الملك سلمان») or the title
    stands in apposition after his name («الأمير X، ولي ولي العهد»): the title is his."""
    if apposed_to_name(ctx, ws, k):
        return True
    for j in range(after, min(len(ws), after + _NAME_NEXT)):
        m = ctx.mention_at(ws[j])
        if m is not None and m.label == "PER":
            return True
    return False


def _governed(ctx: ArticleContext, ws: list[Word], k: int, state: str) -> bool:
    """The title follows another office in construct, no mark between («سفير خادم الحرمين
    الشريفين», «نائب الرئيس اليمني», «مستشار ولي العهد»; through «ل» past its qualifiers: «المبعوث
    الخاص لخادم الحرمين الشريفين»), or the name of a person of its state («بدأ X العاهل الأردني
    زيارة»: his title, no comma)."""
    if k == 0 or ctx.text[ws[k - 1].end:ws[k].start].strip():
        return False
    ref = speaker_ref(ws[k - 1].norm)
    m = ctx.mention_at(ws[k - 1])
    if (ref is not None and ref[0] in ("title", "org")) \
            or (m is not None and m.label == "PER" and person_states().get(ctx.entity_of(m)) == state):
        return True
    if not ws[k].norm.startswith("ل"):
        return False
    for j in range(k - 1, max(-1, k - 1 - _LINKED), -1):  # «المبعوث الخاص لخادم الحرمين الشريفين»
        if ctx.text[ws[j].end:ws[j + 1].start].strip():
            return False
        if _title_at(ctx, ws, j) is not None:
            return False  # «توجيه خادم الحرمين الشريفين لولي ولي العهد»: another holder, «ل» his object's
        if (r := speaker_ref(ws[j].norm)) is not None and r[0] in ("title", "org"):
            return True
        if not ws[j].norm.startswith("ال"):
            return False
    return False


def _another_named(office: str, state: str, holder: str, day: str, named: set[str]) -> bool:
    """The article names another who held the office once and holds none of the catalogue's on
    `day`: the title may be his."""
    return any(not holds_any_on(p, day) for p in (holders_ever(office, state) - {holder}) & named)


def _head_offset(written: str, norm: str, form: str) -> int:
    """Characters of the word before the title's first word: a conjunction or a preposition («و»,
    «ب»), the article kept («للعاهل» -> «لعاهل»); 0 when it cannot be told (marks inside)."""
    if len(norm) != len(written):
        return 0
    if norm.endswith(form):
        return len(norm) - len(form)
    bare = form.removeprefix(ARTICLE)
    if not norm.endswith(bare):
        return 0
    if form.startswith(ARTICLE):  # «للعاهل»: the article's lam is the second, its alif gone
        return len(norm) - len(bare) - 1 if norm[:len(norm) - len(bare)].endswith("لل") else 0
    return len(norm) - len(bare)


def title_holders(ctx: ArticleContext) -> list[Span[MentionAttrs]]:
    """The unique offices of `ctx`'s sentences named by their title alone, each as a PER mention
    of the one who held it on the article's day of writing."""
    day = (ctx.article.published.written or "")[:10]
    if len(day) != len("2015-01-23"):
        return []
    named = {ctx.entity_of(m) for m in ctx.mentions if m.label == "PER"}
    found_at = [(ws, k, found) for sent in ctx.sentences for ws in (sent.words,) for k in range(len(ws))
                if (found := _title_at(ctx, ws, k)) is not None]
    worn = _worn_after_names(ctx, found_at)
    offices: TitleIndex | None = None
    out: list[Span[MentionAttrs]] = []
    past: dict[int, int] = {}  # a sentence's words -> the first word after the last title read
    for ws, k, (end, office, state, after, form) in found_at:
        if k < past.get(id(ws), 0):
            continue
        past[id(ws)] = max(after, k + 1)
        holder = holder_on(office, state, day)
        if holder is None or ctx.mention_at(ws[k]) is not None \
                or worn.get((office, state), set()) - {holder} \
                or (after < len(ws) and ws[after].norm in _former()) \
                or _governed(ctx, ws, k, state) or _named_near(ctx, ws, k, after) \
                or _another_named(office, state, holder, day, named):
            continue
        if offices is None:
            offices = TitleIndex(ctx)
        if offices.holder(ws, k, end, by_head=True) is None:
            start = ws[k].start + _head_offset(ctx.text[ws[k].start:ws[k].end], ws[k].norm, form)
            out.append(Span(start, ws[end - 1].end, "PER", MentionAttrs(
                entity=holder, norm=" ".join(w.norm for w in ws[k:end]),
                resolved_by=f"{RESOLVED_BY}: {holder}", side=holder)))
    return out


def _worn_after_names(ctx: ArticleContext, found_at: list[tuple[list[Word], int, _Found]]) -> dict[
        tuple[str, str], set[str]]:
    """(office, state) -> the persons the article names right before the title, a comma between
    or not («الأمير [X] ولي ولي العهد وزير الدفاع»): the title is his, whoever the catalogue says."""
    out: dict[tuple[str, str], set[str]] = {}
    for ws, k, (_, office, state, _, _) in found_at:
        m = ctx.mention_at(ws[k - 1]) if k else None
        if m is None or m.label != "PER" or ctx.text[m.end:ws[k].start].strip(" \u00a0،,"):
            continue
        ent = ctx.entity_of(m)
        if person_states().get(ent, state) == state:  # «التقى كيري أمير قطر»: the object's title
            out.setdefault((office, state), set()).add(ent)
    return out


def is_title_holder(m: Span[MentionAttrs]) -> bool:
    return (m.attrs.resolved_by or "").startswith(RESOLVED_BY)


def party_holders(holders: list[Span[MentionAttrs]],
                  events: list[Span[EventAttrs]]) -> list[Span[MentionAttrs]]:
    """The holders that are a party of an event whose span holds them, each a PER name."""
    return [m for m in holders if any(e.start <= m.start and m.end <= e.end
                                               and m.attrs.entity in e.attrs.participants for e in events)]
