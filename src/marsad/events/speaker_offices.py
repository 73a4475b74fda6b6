"""The offices and bodies the article names with each person, for a speaker named by office.

`HeldOffices` knows, for each person mention, the offices named just before it (وزير الخارجية
الصيني وانغ يي -> وزير), past a preposition that ties the office to its body (نائب الرئيس
الأول لقسم المنتجات في شركة "فاير آي" مانيش جوبتا -> نائب), or just after it (بندر حجار وزير
الحج -> وزير), and the bodies named in that office (رئيس نادي [الهلال] الأمير X, [جوردون
ديريك] رئيس [اتحاد الكاريبي]). An office in the dual construct names two holders, the second
joined by و after the first one's name («مدربا النصر [ديسلفا] والهلال [دونيس]»). An office
of a named body («وأوضح رئيس اتحاد الكاريبي») is held by the person named with that body,
before it or, when a lead names the office first, after it; never by one named with another
body only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.events.context import ArticleContext, Sentence
from marsad.events.coref import office_window
from marsad.events.lexicon import quote_cues, speaker_ref
from marsad.events.office_phrases import names_office_of, nisba_of_office, office_phrase, state_spelled
from marsad.events.speaker_clauses import office_head_end, office_link
from marsad.events.words import Word, stems

_PREPOSITION_CLITICS = frozenset({"ب", "ل", "بال", "لل"})
_TITLE_LOOKAHEAD = 3  # words after a person's name where his office may follow it
_SPEECH_OR_STOP = frozenset({"verb", "continuation", "participle", "complementizer"})
_STOP_KINDS = frozenset({"stop", "addressee", "complementizer", "close_to"})  # مصدر مقرب من X: not X's office
_SAID_OPENS = ":«“"  # a colon or an opening mark after a name: what he says follows, not his office
_FOREIGN_WORDS = 2  # words in a row no office phrase holds: an office before them is not the name's


@dataclass
class HeldOffices:
    ctx: ArticleContext
    titles: list[tuple[int, str, frozenset[str]]] = field(default_factory=list)  # (pos, entity, keys)
    bodies: dict[int, set[str]] = field(default_factory=dict)  # pos -> bodies named in his office
    apposed: dict[int, frozenset[str]] = field(default_factory=dict)  # pos -> the office after his name

    def __post_init__(self) -> None:
        for sent in self.ctx.sentences:
            self._scan(sent)

    def _scan(self, sent: Sentence) -> None:
        ws = sent.words
        shared: dict[int, frozenset[str]] = {}  # a dual office's first holder -> its keys
        for m in self.ctx.mentions_in(sent.start, sent.end, ("PER",)):
            k = sent.word_index(m.start)
            keys = set()
            bodies = self.bodies.setdefault(m.start, set())  # رئيس نادي [الهلال] الأمير X
            window = _contiguous(self.ctx, ws, office_window(self.ctx, sent, k, _STOP_KINDS))
            far = min(window, default=k) - 1
            if office_link(ws, far):
                window += office_window(self.ctx, sent, far, _STOP_KINDS)  # نائب الرئيس في شركة X [Y]
            for j in window:
                ref = speaker_ref(ws[j].norm)
                if ref and ref[0] == "title":
                    keys.add(ref[1])
                if (org := self.ctx.mention_at(ws[j])) is not None and org.label == "ORG":
                    bodies.add(self.ctx.entity_of(org))
            end = sent.word_index(m.end) if m.end < sent.end else len(ws)
            for j in range(end, min(len(ws), end + _TITLE_LOOKAHEAD)):  # X، وزير الحج: apposition
                if self.ctx.mention_at(ws[j]) is not None or quote_cues().at(ws, j, _SPEECH_OR_STOP) \
                        or any(ch in _SAID_OPENS for ch in self.ctx.text[ws[j - 1].end:ws[j].start]):
                    break  # يقول X: «[الرئيس] ينبغي …»: what he says, not his office
                if _governed_office(ws[j]):
                    break  # رحب X [بسمو] أمير المنطقة: the office of the one he welcomed, not his
                ref = speaker_ref(ws[j].norm)
                if ref and ref[0] == "title":
                    keys.add(ref[1])
                    self.apposed[m.start] = office_phrase(ws, j, len(ws), self.ctx)  # X، وزير الخارجية
                    if (body := self.body_at(sent, office_head_end(ws, j, len(ws)))) is not None:
                        bodies.add(body)  # [جوردون ديريك] رئيس [اتحاد الكاريبي]: his body
                    break
            prev = self.ctx.mention_at(ws[far]) if window and far >= 0 else None
            if not keys and prev is not None and prev.start in shared \
                    and ws[min(window)].norm.startswith("و"):  # مدربا النصر [X] والهلال [Y]: Y's too
                keys |= shared[prev.start]
            if any(dual_office(ws[j].norm) for j in window):
                shared[m.start] = frozenset(keys)
            self.titles.append((m.start, self.ctx.entity_of(m), frozenset(keys)))

    def by_body(self, key: str, bodies: list[str], before: int) -> str | None:
        """The last person before introduced with this office of one of these bodies («رئيس
        نادي الهلال الأمير X» ... «أعلن رئيس نادي الهلال»), not one of another body named since;
        else the first one after (a lead names the office before the person: «قال رئيس اتحاد
        الكاريبي» ... «جوردون ديريك رئيس اتحاد الكاريبي»)."""
        return _nearest([(pos, ent) for pos, ent, keys in self.titles
                         if key in keys and self.bodies.get(pos, set()) & set(bodies)], before)

    def of_other_body(self, ent: str, bodies: list[str]) -> bool:
        """The person was named with an office of some body, none of these."""
        his = set().union(*(self.bodies.get(pos, set()) for pos, e, _keys in self.titles if e == ent))
        return bool(his) and not his & set(bodies)

    def body_at(self, sent: Sentence, j: int) -> str | None:
        """The body named at word `j` of `sent`, when one is."""
        m = self.ctx.mention_at(sent.words[j]) if j < len(sent.words) else None
        return self.ctx.entity_of(m) if m is not None and m.label == "ORG" else None

    def by_title(self, key: str, before: int, ahead: bool = True) -> str | None:
        """The last person before introduced with this office, else (`ahead`) the first one after."""
        return _nearest([(pos, ent) for pos, ent, keys in self.titles if key in keys], before, ahead)

    def by_office(self, key: str, ws: list[Word], k: int, end: int, before: int,
                  ahead: bool = True) -> str | None:
        """Who the office phrase at word `k` (up to word `end`) names, by the office given after a
        person's name: the last person before whose office there holds all the phrase's words and
        adds no nationality to them («عادل الجبير وزير الخارجية» … «فرانك شتاينماير وزير الخارجية
        الألماني» … «ورأى [وزير الخارجية]»: the one the article named bare, not the foreign one
        named with his nisba since), else `by_title` of its title `key`."""
        words = office_phrase(ws, k, end, self.ctx)
        spelled = state_spelled(words)
        if len(words) > 1:
            for pos, ent, _keys in reversed(self.titles):
                have = self.apposed.get(pos)
                if pos < before and have is not None and names_office_of(words, have) \
                        and not any(nisba_of_office(w) for w in state_spelled(have) - spelled):
                    return ent
        return self.by_title(key, before, ahead)


def _governed_office(w: Word) -> bool:
    """The word is an honorific or office behind a preposition («بسمو», «لمعالي», «بالأمير»): it
    opens the phrase of someone the verb governs, so the office after it is not the named one's."""
    return any(st.clitic in _PREPOSITION_CLITICS and (ref := speaker_ref(st.stem)) is not None
               and ref[0] in ("title", "honorific") for st in stems(w.norm))


def _nearest(held: list[tuple[int, str]], before: int, ahead: bool = True) -> str | None:
    """Of (offset, person) in text order, the last person before `before`, else (`ahead`) the
    first one after it (a lead names the office before the person)."""
    for pos, ent in reversed(held):
        if pos < before:
            return ent
    if not ahead:
        return None
    for pos, ent in held:
        if pos > before:
            return ent
    return None


def _contiguous(ctx: ArticleContext, ws: list[Word], window: list[int]) -> list[int]:
    """The window's words (nearest the name first) up to two words in a row that no office
    phrase holds — neither an office, body, source or honorific word, nor a definite qualifier,
    a name, a time or an office's preposition — unless an indefinite office or body noun heads
    them in construct («رئيس [إقليم كردستان] مسعود بارزاني»). Past them the words are another
    clause's: «وأثبت المدرب الفرنسي [سريعا تأثير] تشيك» (the coach is not تشيك), «أرجعت مصادر
    لـ«الشرق الأوسط» [تأخر انضمام] محمد أبو سبعان» (the sources are not he). One such word
    stays inside («أمين عام», «صاحب السمو», «مدرب منتخب»), unless a comma stands before it: the
    words before the comma are another phrase's («X، رئيس جمعية خيركم، [قرار] وزير التعليم Y»:
    Y does not head that society)."""
    run = 0  # foreign words in a row just before word n
    for n, j in enumerate(window):
        if not _office_part(ctx, ws, j):
            if j > 0 and ctx.comma_between(ws[j - 1], ws[j]):
                return window[:n - run]  # «X، رئيس جمعية خيركم بجدة، [قرار] معالي وزير التعليم Y»
            run += 1
            continue
        if run >= _FOREIGN_WORDS and not _construct_head(ws[j]):
            return window[:n - run]
        run = 0
    return window if run < _FOREIGN_WORDS else window[:len(window) - run]


def _office_part(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    w = ws[j]
    return speaker_ref(w.norm) is not None or ctx.mention_at(w) is not None or ctx.in_timex(w) \
        or office_link(ws, j) or any(st.stem.startswith("ال") or st.clitic.endswith(("ال", "لل"))
                                     for st in stems(w.norm))


def _construct_head(w: Word) -> bool:
    """An indefinite office or body noun, which the words after it complete («رئيس [إقليم ...]»)."""
    ref = speaker_ref(w.norm)
    return ref is not None and ref[0] in ("title", "org") and not w.norm.startswith(("ال", "وال"))


def dual_office(word: str) -> bool:
    """An office in the dual construct (مدربا النصر والهلال, وزيرا الخارجية): it names two holders."""
    ref = speaker_ref(word)
    return ref is not None and ref[0] == "title" and any(
        st.stem in (ref[1] + "ا", ref[1] + "ان") for st in stems(word))
