"""Who is speaking: a named subject, a title, an organisation noun, a statement, or the
last speaker carried on by a continuation verb.

`SpeakerTracker` walks an article in order. It knows, for each person mention, the offices
named just before it (وزير الخارجية الصيني وانغ يي -> وزير) or just after it (بندر حجار وزير
الحج -> وزير), the issuer of each statement
(بيان عن مجلس الأمن -> that council), and the last speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.events.context import ArticleContext, Sentence
from marsad.events.coref import PARTNER, TitleIndex, office_phrase, office_window, unnamed_offices
from marsad.events.lexicon import event_cues, quote_cues, speaker_ref
from marsad.events.words import Word, stems
from marsad.lang.marks import mark_kinds
from marsad.lang.normalize import normalize
from marsad.model import Span

_TITLE_LOOKAHEAD = 3  # words after a person's name where his office may follow it
_SPEECH_OR_STOP = frozenset({"verb", "continuation", "participle", "complementizer"})
_ISSUER_LOOKAHEAD = 5
_STOP_KINDS = frozenset({"stop", "addressee", "complementizer"})
_ON_BEHALF = frozenset({"on_behalf"})
_HEARER = frozenset({"addressee", "stop", "verb", "continuation"})
_HOLDER_WORDS = 3
_PREPOSITIONS = frozenset({"stop"})
_RELATIVES = frozenset({"blocker"})  # التي, الذي, ما: a relative pronoun
_RELATIVE_REACH = 4  # words after the preposition where the office holder's name may stand


@dataclass
class SpeakerTracker:
    ctx: ArticleContext
    titles: list[tuple[int, str, frozenset[str]]] = field(default_factory=list)  # (pos, entity, keys)
    issuers: list[tuple[int, str]] = field(default_factory=list)  # (pos, entity)
    last_speaker: str | None = None
    offices: TitleIndex = field(init=False)

    def __post_init__(self) -> None:
        self.offices = TitleIndex(self.ctx)
        for sent in self.ctx.sentences:
            self._scan(sent)
        self.issuers.sort()

    def _scan(self, sent: Sentence) -> None:
        ws = sent.words
        for m in self.ctx.mentions_in(sent.start, sent.end, ("PER",)):
            k = sent.word_index(m.start)
            keys = set()
            for j in office_window(self.ctx, sent, k, _STOP_KINDS):
                ref = speaker_ref(ws[j].norm)
                if ref and ref[0] == "title":
                    keys.add(ref[1])
            end = sent.word_index(m.end) if m.end < sent.end else len(ws)
            for j in range(end, min(len(ws), end + _TITLE_LOOKAHEAD)):  # X، وزير الحج: apposition
                if self.ctx.mention_at(ws[j]) is not None or quote_cues().at(ws, j, _SPEECH_OR_STOP):
                    break
                ref = speaker_ref(ws[j].norm)
                if ref and ref[0] == "title":
                    keys.add(ref[1])
                    break
            self.titles.append((m.start, self.ctx.entity_of(m), frozenset(keys)))
        for k, w in enumerate(ws):
            ref = speaker_ref(w.norm)
            if not ref or ref[0] != "statement":
                continue
            for j in range(k + 1, min(len(ws), k + 1 + _ISSUER_LOOKAHEAD)):
                between = self.ctx.text[w.end:ws[j].start]
                if ":" in between or any(ch in mark_kinds() for ch in between):
                    break  # وأضاف البيان: “...”: the words after are the statement, not its issuer
                nxt = speaker_ref(ws[j].norm)
                if nxt and nxt[0] == "relay" or quote_cues().at(ws, j, frozenset({"verb"})):
                    break
                hit = self.ctx.mention_at(ws[j])
                if hit is not None and hit.label in ("ORG", "PER", "LOC"):
                    self.issuers.append((w.start, self.ctx.entity_of(hit)))
                    break

    def by_title(self, key: str, before: int) -> str | None:
        for pos, ent, keys in reversed(self.titles):
            if pos < before and key in keys:
                return ent
        for pos, ent, keys in self.titles:  # a lead names the office before the person
            if pos > before and key in keys:
                return ent
        return None

    def by_org(self, key: str, before: int) -> str | None:
        for m in reversed(self.ctx.mentions):
            if m.start >= before or m.label != "ORG":
                continue
            first = m.slice(self.ctx.text).split()
            prev = self.ctx.text[max(0, m.start - 20):m.start].split()[-1:]  # حركة [حماس]
            if any(any(s.stem == key for s in stems(normalize(w))) for w in first[:1] + prev):
                return self.ctx.entity_of(m)
        return None

    def issuer(self, before: int) -> str | None:
        found = [ent for pos, ent in self.issuers if pos < before]
        return found[-1] if found else None

    def note_issuer(self, pos: int, ent: str) -> None:
        self.issuers.append((pos, ent))
        self.issuers.sort()

    def explicit(self, sent: Sentence, i0: int, i1: int) -> tuple[str | None, bool]:
        """The speaker named in words [i0, i1) after a verb; (None, False) when the verb has
        no subject there (a continuation, a pronoun), (None, True) for an unnamed one."""
        found: dict[str, str] = {}
        ref: tuple[str, str, int] | None = None
        statement = None
        nominal = 0
        office = False  # an office was named (رئيس الوفد ...): its holder may follow a preposition
        title_at: int | None = None  # the office that opens the subject (المتحدث باسم ..., وكيل ...)
        complements: set[str] = set()  # labels of names inside that office's phrase
        ws = sent.words
        for k in range(i0, i1):
            if quote_cues().at(ws, k, _STOP_KINDS):
                nxt = speaker_ref(ws[k + 1].norm) if k + 1 < len(ws) else None
                if nxt and nxt[0] == "statement":  # قالت الوزارة في بيان
                    statement = ws[k + 1].start
                if "PER" not in found and office:
                    held = self._holder_after(ws, k + 1, i1)
                    if held is not None:  # رئيس الوفد المشارك في البطولة حسام الصالح
                        return held, True
                break
            m = self.ctx.mention_at(ws[k])
            first = sent.word_index(m.start) if m is not None and m.start >= sent.start else k
            after_behalf = first > 0 and quote_cues().at(ws, first - 1, _ON_BEHALF)  # المتحدث باسم X Y
            if m is not None:
                if not after_behalf:
                    found.setdefault(m.label, self.ctx.entity_of(m))
                    if title_at is not None and m.label != "PER":
                        complements.add(m.label)  # وكيل إمارة منطقة الباحة: the office's, not the speaker
                nominal += 1
                continue
            known = self.ctx.person_named(ws[k])
            if known is not None and not after_behalf:
                found.setdefault("PER", known)
                nominal += 1
                continue
            r = speaker_ref(ws[k].norm)
            office = office or bool(r and r[0] == "title")
            if r and r[0] == "title" and not found and title_at is None:
                title_at = k
            if r and r[0] == "title" and not found and not self._named_office(ws, k, i1) \
                    and not self._person_ahead(ws, k + 1, i1):
                return None, True  # قال مسؤول بالوزارة / مصدر دبلوماسي: someone unnamed
            nominal += bool(r) or _definite(ws[k].norm)
            if r and r[0] == "statement":
                statement = ws[k].start
                own = [ent for pos, ent in self.issuers if pos == statement]
                if own:  # نقلت وكالة تاس بيانا عن مجلس الأمن أن ...: the issuer speaks
                    return own[0], True
            if r and ref is None and r[0] in ("title", "org", "statement"):
                ref = (r[0], r[1], k)
        if "PER" not in found and title_at is not None and complements \
                and self._named_office(ws, title_at, i1):
            key = (speaker_ref(ws[title_at].norm) or ("", ""))[1]
            return self.offices.resolve(office_phrase(ws, title_at, i1), ws[title_at].start) \
                or self.by_title(key, ws[title_at].start), True
        for label in ("PER", "ORG", "LOC", "MISC"):
            if label in found:
                if statement is not None:
                    self.note_issuer(statement, found[label])
                return found[label], True
        if ref is None:
            return None, nominal > 0  # an unnamed subject (بعض الخبراء) is nobody we know
        kind, key, k = ref
        pos = ws[k].start
        if kind == "title":
            if not self._named_office(ws, k, i1):
                return None, True  # قال مسؤول: someone unnamed
            return self.offices.resolve(office_phrase(ws, k, i1), pos) or self.by_title(key, pos), True
        if kind == "org":
            ent = self.by_org(key, pos)
            if ent is not None and statement is not None:
                self.note_issuer(statement, ent)
            return ent, True
        return self.issuer(pos), True

    def _holder_after(self, ws: list[Word], k0: int, k1: int) -> str | None:
        """The person named within a few words after a preposition that ends an office's
        description (عضو ... المشارك في البطولة [حسام الصالح] على أن), when nothing on the way
        names a hearer or a partner (لنظيره, مع)."""
        for k in range(k0, min(k1, k0 + _HOLDER_WORDS)):
            if quote_cues().at(ws, k, _HEARER) or event_cues().at(ws, k, PARTNER):
                return None
            m = self.ctx.mention_at(ws[k])
            if m is not None:
                return self.ctx.entity_of(m) if m.label == "PER" else None
        return None

    def _named_office(self, ws: list[Word], k: int, end: int) -> bool:
        """A definite office (الوزير, وزير الحج), or one in construct with a named body
        (وكيل [إمارة منطقة الباحة]): someone the article names, not an unnamed one."""
        if _definite_at(ws, k, end):
            return True
        m = self.ctx.mention_at(ws[k + 1]) if k + 1 < end else None
        return m is not None and m.label in ("ORG", "LOC") and m.start >= ws[k + 1].start

    def _person_ahead(self, ws: list[Word], k0: int, k1: int) -> bool:
        for k in range(k0, k1):
            if quote_cues().at(ws, k, _STOP_KINDS):
                return False
            m = self.ctx.mention_at(ws[k])
            if (m is not None and m.label == "PER") or self.ctx.person_named(ws[k]):
                return True
        return False

    def implicit(self, sent: Sentence, before: int, quotes: list[tuple[int, int]]) -> str | None:
        """The clause subject of a verb without one: a name right before it (أن X قال), else
        the first person (then organisation) named earlier in the sentence outside quotations,
        sources and المتحدث باسم X, else an office named there (رئيس الإقليم), else the last
        speaker."""
        cands = [m for m in self.ctx.mentions_in(sent.start, before)
                 if m.label in ("PER", "ORG") and not any(s <= m.start < e for s, e in quotes)
                 and not _after_source(sent, m) and not _after(sent, m, _ON_BEHALF, 1)
                 and not self._governed(sent, m)]
        if cands and not self.ctx.text[cands[-1].end:before].strip():
            return self.ctx.entity_of(cands[-1])
        for label in ("PER", "ORG"):
            for m in cands:
                if m.label == label:
                    return self.ctx.entity_of(m)
        for at, words in unnamed_offices(self.ctx, sent, sent.start, before):
            ent = self.offices.resolve(words, at)
            if ent is not None:
                return ent
        return self.last_speaker


    def _governed(self, sent: Sentence, m: Span) -> bool:
        """A name a preposition governs, alone or as the last noun of a construct (لسفارة
        المملكة, مع اسرة زينب): an object, never the clause's subject."""
        k = sent.word_index(m.start)
        if k < len(sent.words) and self.ctx.text[sent.words[k].start:m.start].lstrip("وف"):
            return True  # a proclitic preposition inside the word: [ل]سفارة, not و
        for j in range(max(0, k - 2), k):
            if quote_cues().at(sent.words, j, _PREPOSITIONS) or event_cues().at(sent.words, j, PARTNER):
                return j == k - 1 or self.ctx.mention_at(sent.words[k - 1]) is None
        return False


def _definite(word: str) -> bool:
    return any(st.stem.startswith("ال") and not st.clitic for st in stems(word))


def _after_source(sent: Sentence, m: Span) -> bool:
    k = sent.word_index(m.start)
    return any(event_cues().at(sent.words, j, frozenset({"source"})) for j in range(max(0, k - 3), k))


def _after(sent: Sentence, m: Span, kinds: frozenset[str], n: int) -> bool:
    k = sent.word_index(m.start)
    return any(quote_cues().at(sent.words, j, kinds) for j in range(max(0, k - n), k))


def _definite_at(ws: list[Word], k: int, end: int) -> bool:
    """A title is definite with the article (الوزير) or in construct with a definite noun
    (وزير الحج, وزير الخارجية): someone the article has named, not an unnamed one."""
    return _definite(ws[k].norm) or (k + 1 < end and _definite(ws[k + 1].norm))
