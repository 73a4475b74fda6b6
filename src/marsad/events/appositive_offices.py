"""Offices said after a person's name (الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض; الأمير
محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع): that person's, as the
office said before a name is (`coref.TitleIndex`), and the title said again without the name
later in the article (واستقبل أمير الرياض ...; مباحثات القاهرة بين ولي ولي العهد والرئيس المصري)
stands for him as an event party (the events gold keys it to him).

`TitleIndex` reads only the office before a name, since the words after one are as often the
object of the verb before it (استقبل بارزاني وزير الخارجية القطري). So this index is read only
where that one finds no holder, and an office after a name is read only when no other person is
named right after it (استقبل الأمير X وزير الخارجية القطري خالد العطية: the office is the
minister's) and not when it opens with و (الأمير X ووزير الداخلية: a second person).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.events.context import ArticleContext, Sentence
from marsad.events.coref import OFFICE_LINKS, PARTNER, office_qualifier
from marsad.events.lexicon import event_cues, speaker_ref, title_word
from marsad.events.office_phrases import (
    bare_office_word,
    governed_title,
    names_office_of,
    office_phrase,
    office_phrase_heads,
    office_phrase_words,
)
from marsad.events.words import Word
from marsad.model import MentionAttrs, Span

_CHAIN = 14  # words of a chain of offices after a name (ولي ولي العهد النائب الثاني ... وزير الدفاع)
_AFTER = 2  # words after the chain where another person's name makes the office his
_COMMAS = ("", "،", ",")
_LINKED = ("بال", "لل", "وال")  # رئيس اللجنة الأمنية بالمنطقة, الأمين العام للجامعة


def _title(w: Word) -> bool:
    return title_word(w.norm)


def _second_person(w: Word) -> bool:
    """A title joined by و (ووزير, والرئيس), or governed by ب (بالرئيس: a verb's object, «اتصل X
    بالرئيس الإيراني»): the office of another person, not in apposition."""
    return (w.norm.startswith("و") and title_word(w.norm[1:])) or governed_title(w.norm)


def _chain(ctx: ArticleContext, ws: list[Word], k: int) -> int:
    """The end of the chain of offices starting at word `k`: titles, bodies (مجلس), definite
    qualifiers, places and bodies named, a bare noun in construct after a title or body (أمير
    [منطقة] عسير), offices after a comma; 0 when word `k` opens none."""
    if not _title(ws[k]) or _second_person(ws[k]):
        return 0
    j = k + 1
    while j < len(ws) and j - k < _CHAIN:
        w = ws[j]
        gap = ctx.text[ws[j - 1].end:w.start].strip()
        if gap not in _COMMAS or (gap and not _title(w)) or _second_person(w) or ctx.in_timex(w):
            break
        m = ctx.mention_at(w)
        if m is not None:
            if m.label == "PER":
                break
            j += 1
            continue
        ref = speaker_ref(w.norm)
        prev = speaker_ref(ws[j - 1].norm)
        if ref is not None or office_qualifier(w) or w.norm in OFFICE_LINKS or w.norm.startswith(_LINKED) \
                or (prev is not None and prev[0] in ("title", "org") and not w.norm.startswith("و")):
            j += 1
            continue
        break
    return j


def _named_next(ctx: ArticleContext, ws: list[Word], k: int, end: int) -> bool:
    """A person named within the chain's reach: the office is his, not the name's before it."""
    for j in range(k, min(len(ws), end + _AFTER)):
        m = ctx.mention_at(ws[j])
        if m is not None and m.label == "PER":
            return True
    return False


def named_in_stretch(ctx: ArticleContext, ws: list[Word], k: int) -> bool:
    """A person named after the office at word `k` before a comma, a partner word or the
    sentence's end (يرافقه مدير عام الشؤون الصحية في منطقة جازان الدكتور X): the office is his;
    one named past مع or نظيره is a partner («كما اجتمع سمو ولي ولي العهد في جدة مع رئيس حزب
    القوات اللبنانية X»: the office still the one introduced before, X whom he met)."""
    for j in range(k + 1, min(len(ws), k + _CHAIN)):
        if ctx.text[ws[j - 1].end:ws[j].start].strip() or event_cues().at(ws, j, PARTNER) is not None:
            return False
        m = ctx.mention_at(ws[j])
        if m is not None and m.label == "PER":
            return True
    return False


@dataclass
class AppositiveIndex:
    ctx: ArticleContext
    # (the mention's offset, its entity, its office's words, the titles that head an office)
    phrases: list[tuple[int, str, frozenset[str], frozenset[str]]] = field(default_factory=list)
    starts: set[int] = field(default_factory=set)  # where the offices read start

    def __post_init__(self) -> None:
        for sent in self.ctx.sentences:
            for m in self.ctx.mentions_in(sent.start, sent.end, ("PER",)):
                self._read(sent, m)

    def _read(self, sent: Sentence, m: Span[MentionAttrs]) -> None:
        ws = sent.words
        k = sent.word_index(m.end)  # the first word after the name
        if k >= len(ws) or k == 0 or ws[k].start < m.end \
                or self.ctx.text[ws[k - 1].end:ws[k].start].strip() not in _COMMAS:
            return
        stop = _chain(self.ctx, ws, k)
        if not stop or _named_next(self.ctx, ws, k, stop):
            return
        office = ws[k:stop]
        self.starts.add(ws[k].start)
        self.phrases.append(
            (m.start, self.ctx.entity_of(m), office_phrase_words(office), office_phrase_heads(office)))

    def holder(self, ws: list[Word], k: int, end: int) -> str | None:
        """The last person introduced before word `k` with an office after his name that holds
        the office phrase at word `k` (before word `end`), headed by its title; none for an office
        that is itself said after a name (the name's, a party or not already)."""
        if ws[k].start in self.starts or named_in_stretch(self.ctx, ws, k):
            return None
        head = bare_office_word(ws[k].norm)
        words = office_phrase(ws, k, end, self.ctx, True)
        for stop in range(k + len(words), k, -1):
            phrase = office_phrase(ws, k, stop, self.ctx, True)
            if len(phrase) < 2:
                break
            fits = [(pos, ent) for pos, ent, have, heads in self.phrases
                    if names_office_of(phrase, have) and head in heads]
            before = [ent for pos, ent in fits if pos < ws[k].start]
            if before:
                return before[-1]
            later = [ent for pos, ent in fits if pos >= ws[-1].end]
            if later:
                return later[0]  # a lead names the office first, the name with it in a later sentence
        return None
