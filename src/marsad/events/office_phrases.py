"""The words of an office phrase, bare of their clitics, as the events match them.

`office_phrase` reads the office at a word and the definite qualifiers after it (وزير الخارجية
القطري -> {وزير، خارجيه، قطري}); a title in construct after the head goes on the phrase (نائب وزير
الصحة, not the bare نائب). A title said twice (ولي ولي العهد) is kept apart from the title said
once: its words carry a mark, and an office phrase `names_office_of` the one a person was introduced with
only when it drops no doubled title of his. A state's adjective is matched by its state, not its
spelling (وزير الدفاع الاميركي names the one introduced as وزير الدفاع الامريكي X). Who holds an
office phrase: `coref.TitleIndex`.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.lexicon import quote_cues, speaker_ref, speaker_ref_form
from marsad.events.office_places import in_construct_place
from marsad.events.words import BI, Word
from marsad.lang.clitics import ARTICLE, proclitics
from marsad.lang.state_sides import state_adjectives

_PHRASE = 3
_TWICE = "2×"
_NISBA_MIN = 4  # letters of a bare nisba adjective (روسي)
_STOPS = frozenset({"stop", "addressee", "complementizer"})
_LAM = "ل"  # the lam of the one served (سكرتيرا خاصا لولي العهد)
_STATE = "state:"  # an office word that is a state's definite adjective, as its state


def bare_office_word(w: str) -> str:
    """A word of an office phrase without its clitics, for matching: an office word as its
    `speaker_references` form (ووزير, الوزير -> وزير; وزير, وكيل keep their و), another word
    without a proclitic that carries the article (والخارجية -> خارجيه), never a bare و guessed
    off (وفد, وسيط)."""
    form = speaker_ref_form(w)
    if form is not None:
        return form
    for p, definite in proclitics():
        if definite and w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def governed_title(w: str) -> bool:
    """A title with the preposition ب glued before it, the article or a conjunction with it or
    not («بالرئيس», «وبوزير»): the object of a verb before it («التقى خادم الحرمين الشريفين
    بالرئيس المصري X»), whose name after it is its own holder's, not an office's before it."""
    form = speaker_ref_form(w)
    ref = speaker_ref(w)
    if form is None or ref is None or ref[0] != "title" or not w.endswith(form):
        return False
    lead = w[: len(w) - len(form)].removesuffix(ARTICLE)
    return lead.removeprefix("و").removeprefix("ف") == BI  # التقى ... بالرئيس


def names_office_of(words: frozenset[str], have: frozenset[str]) -> bool:
    """Whether an unnamed office phrase names the office a person was introduced with: all its
    words are his, a state's adjective as its state whatever its spelling (الاميركي, الامريكي),
    and it does not drop a doubled title of his (ولي العهد is not ولي ولي العهد)."""
    if not words <= have and not state_spelled(words) <= state_spelled(have):
        return False
    return not any(
        w.startswith(_TWICE) and w not in words and w[len(_TWICE):] in words for w in have)


def state_spelled(words: frozenset[str]) -> frozenset[str]:
    """`words` with each state's definite masculine adjective (bare, as `bare_office_word` gives
    it: اميركي) written as its state."""
    adjectives = state_adjectives()
    return frozenset(_STATE + hit[0] if (hit := adjectives.get(ARTICLE + w)) is not None
                     and hit[1] and hit[2] == "m" else w for w in words)


def nisba_of_office(word: str) -> bool:
    """A bare word that reads as a nisba adjective of an office (الألماني, القطري, الروسي), or a
    state's adjective written as its state (`state_spelled`)."""
    return word.startswith(_STATE) or (
        len(word) >= _NISBA_MIN and word.endswith("ي") and not word.startswith(_TWICE))


def office_phrase_words(ws: list[Word]) -> frozenset[str]:
    """The bare words of an office phrase, with a mark for a title said twice in a row
    (ولي ولي العهد: the heir's deputy, not the heir)."""
    out = {bare_office_word(w.norm) for w in ws}
    out |= {_TWICE + bare_office_word(b.norm) for a, b in zip(ws, ws[1:], strict=False)
            if bare_office_word(a.norm) == bare_office_word(b.norm)}
    return frozenset(out)


def office_phrase_heads(ws: list[Word]) -> frozenset[str]:
    """The bare titles of an office phrase that head an office of their own: those not in
    construct after another title (مستشار خادم الحرمين الشريفين: مستشار, not خادم; نائب رئيس
    الوزراء: نائب), nor after one with the lam of whom it serves written on them (سكرتيرا خاصا
    لولي العهد, النائب الثاني لرئيس مجلس الوزراء: the principal's title, not the holder's); a
    title said twice (ولي ولي العهد) is headed by its first word."""
    out = set()
    titled = False
    for j, w in enumerate(ws):
        ref = speaker_ref(w.norm)
        if ref is None or ref[0] != "title":
            continue
        prev = speaker_ref(ws[j - 1].norm) if j > 0 else None
        served = titled and _with_lam(w.norm)
        titled = True
        if served:
            continue
        if prev is None or prev[0] != "title" or bare_office_word(ws[j - 1].norm) == bare_office_word(w.norm):
            out.add(bare_office_word(w.norm))
    return frozenset(out)


def _with_lam(word: str) -> bool:
    """A title with the lam of the one served written on it (لولي, لرئيس, للأمين)."""
    return word.startswith(_LAM) and not bare_office_word(word).startswith(_LAM)


def office_phrase(ws: list[Word], k: int, end: int, ctx: ArticleContext | None = None,
                  places: bool = False) -> frozenset[str]:
    """The words of the office phrase at word `k`: the office and the definite qualifiers
    after it (وزير الخارجية القطري), up to word `end` or another office joined by و (ولي العهد
    والرئيس المصري); the mark of a title said twice when the word before is the same (ولي ولي).
    `places`: a place or body named in construct goes on too, and a bare noun in construct
    before it (أمير الرياض, أمير منطقة الرياض, مدير شرطة المنطقة: `appositive_offices.py`)."""
    phrase = [bare_office_word(ws[k].norm)]
    if k > 0 and bare_office_word(ws[k - 1].norm) == phrase[0]:
        phrase.append(_TWICE + phrase[0])
    for j in range(k + 1, min(len(ws), end, k + 1 + _PHRASE)):
        if j == k + 1 and _in_construct(ws[j]) and (ctx is None or ctx.mention_at(ws[j]) is None):
            # نائب وزير الصحة: a title in construct after the head
            phrase.append(bare_office_word(ws[j].norm))
            continue
        if places and ctx is not None and in_construct_place(ctx, ws, k, j):
            phrase.append(bare_office_word(ws[j].norm))
            continue
        if quote_cues().at(ws, j, _STOPS) or not ws[j].norm.startswith(("ال", "وال")):
            break  # the office phrase goes on with definite qualifiers only
        if ws[j].norm.startswith("و") and (ref := speaker_ref(ws[j].norm)) is not None and ref[0] == "title":
            break  # ولي العهد والرئيس المصري: a second office
        if ctx is not None and (ctx.mention_at(ws[j]) is not None or ctx.in_timex(ws[j])):
            break
        phrase.append(bare_office_word(ws[j].norm))
    return frozenset(phrase)


def _in_construct(w: Word) -> bool:
    """A bare title without the article after an office's head, in construct with it (نائب
    [وزير] الصحة, مساعد [وزير] الخارجية): the office goes on."""
    ref = speaker_ref(w.norm)
    return ref is not None and ref[0] == "title" and bare_office_word(w.norm) == w.norm  # not الوزير, ووزير
