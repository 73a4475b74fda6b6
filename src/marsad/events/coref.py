"""Participants named only by office or dropped as a pronoun subject.

`TitleIndex` remembers, for each person mention, the office phrase before it (وزير الخارجية
القطري خالد العطية -> {وزير، خارجيه، قطري}). An office phrase without a name (استقبل بارزاني
وزير الخارجية القطري) resolves to the last person introduced with a phrase that holds all of
its words, else the first one introduced after it (a lead names the office first). The
phrase before a name stops at a word that is no office, and after a verb trigger at a second
office (استقبل خادم الحرمين الشريفين الرئيس X: the first is the subject's); an office after a name
and a comma is that person's (الأمير X، وزير الدفاع), no other party, and one before «، و» closes the
item before it in a list (X وزير الصحة، والدكتور Y: not Y's), and so does one before a comma when
the name after it has its own title right after it (بمعية ولي العهد، X المستشار: not X's; the members
of a delegation named after the office of the one it goes with hold none of it: `escorted_office`)
(the words of an office phrase, a title said twice or in construct: `office_phrases.py`). Words
after a name are not taken as its office: they are as often the object's (استقبل بارزاني وزير
الخارجية القطري).
The subject a clause leaves unsaid, carried from the sentence before or told by a courtesy word:
`carried_subjects.py` (a visit's body named by its head noun alone: `head_noun_bodies.py`; an
office closed by a state's adjective whose holder was introduced without it: `state_offices.py`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import (
    event_cues,
    event_senses,
    office_word,
    quote_cues,
    speaker_ref,
    speaker_ref_form,
)
from marsad.events.office_phrases import (
    bare_office_word,
    governed_title,
    names_office_of,
    nisba_of_office,
    office_phrase,
    office_phrase_heads,
    office_phrase_words,
    state_spelled,
)
from marsad.events.office_places import place_noun_in_office
from marsad.events.state_offices import lone_head, office_state
from marsad.events.triggers import Trigger
from marsad.events.words import Word
from marsad.lang.person_states import person_states

_LOOKBACK = 6
_DELEGATION = frozenset({"delegation"})
_COMPRISING = frozenset({"comprising_verb"})
_NAME_GAP = 6
OFFICE_LINKS = frozenset({"في", "لدي"})  # المنسق الإنساني في اليمن, سفير المملكة لدى مصر
_APPOSED = 8  # words of offices between a name and an office in apposition to it
PARTNER = frozenset({"counterpart", "partner_prep"})  # event cues: مع, نظيره
_CLAUSE = frozenset({"complementizer", "verb", "continuation"})
_COURTESY_REACH = 4  # words between a courtesy pronoun and a meeting trigger (وعقد فخامته اجتماعاً مع سموه)


def office_window(ctx: ArticleContext, sent: Sentence, k: int,
                  stops: frozenset[str] = frozenset()) -> list[int]:
    """The words before the person named at word `k`, nearest first, where his office may
    stand: at most _LOOKBACK of them past the farthest office word (offices stack: وكيل
    إمارة المنطقة نائب رئيس المجلس رئيس اللجان الدكتور X), up to another person's name, a
    partner word (وزير الخارجية في اتصال مع نظيره X: that office is not X's) or a quote cue
    of `stops`."""
    out: list[int] = []
    reach = k - 1 - _LOOKBACK
    for j in range(k - 1, -1, -1):
        if j <= reach:
            break
        if office_word(sent.words[j].norm):
            reach = j - 1 - _LOOKBACK
        near = ctx.mention_at(sent.words[j])
        if near is not None and near.label == "PER":
            break
        if event_cues().at(sent.words, j, PARTNER) or (stops and quote_cues().at(sent.words, j, stops)):
            break
        if quote_cues().at(sent.words, j, _CLAUSE):
            break  # أعلن سفير X أن الرئيس Y: an office before a verb or أن is not Y's
        out.append(j)
    return out


def escorted_office(sent: Sentence, window: list[int]) -> int | None:
    """The word of `window` that opens, with the preposition ل, the office of the one a
    delegation goes with, after a verb of comprising (`event_senses` comprising_verb, then
    delegation, two words at most between it and the office: «ويضم الوفد المرافق لولي ولي
    العهد، الدكتور X وزير ...», «وضم الوفد الرسمي لسمو ولي ولي العهد وزير الشؤون الاجتماعية
    الدكتور X»): the names after it are the delegation's members, none holds that office (not
    «وصل الوفد المرافق لولي العهد الأمير Y»: there Y is the one it goes with)."""
    ws = sent.words
    for j in window:
        if not ws[j].norm.startswith("ل") or speaker_ref_form(ws[j].norm) in (None, ws[j].norm) \
                or not office_word(ws[j].norm):
            continue
        for d in range(max(1, j - 3), j):
            if event_senses().at(ws, d, _DELEGATION) and event_senses().at(ws, d - 1, _COMPRISING):
                return j
    return None


def _office_follows(ctx: ArticleContext, sent: Sentence, end: int) -> bool:
    """Whether a title follows the name ending at `end` straight away (X المستشار في الديوان),
    a comma between them or not."""
    k = sent.word_index(end)
    return k < len(sent.words) and ctx.mention_at(sent.words[k]) is None \
        and (ref := speaker_ref(sent.words[k].norm)) is not None and ref[0] == "title"


def _comma_after(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    return ctx.text[ws[j].end:ws[j + 1].start].strip(" \u00a0") in ("،", ",")


def listed_after(ctx: ArticleContext, ws: list[Word], j: int, name: int) -> bool:
    """Whether a comma follows word `j` and the word after it opens an item of a list with the
    conjunction و («X وزير الصحة، والدكتور Y», «X المستشار في الديوان، وفهد Y»: the name at
    offset `name` with و written on its word, or a title or courtesy word with it): what stands
    before the comma is the last item's, no office of the name after it."""
    nxt = ws[j + 1]
    if not _comma_after(ctx, ws, j) or not nxt.norm.startswith("و"):
        return False
    if nxt.start <= name < nxt.end:
        return name > nxt.start  # «وفهد»: the name begins after the و
    form = speaker_ref_form(nxt.norm)
    return form is not None and form == speaker_ref_form(nxt.norm[1:])


def office_qualifier(w: Word) -> bool:
    """A definite word that may qualify an office (العهد, الدفاع, الخارجية), or the repeated
    ولي of ولي ولي العهد."""
    return w.norm.startswith(("ال", "وال")) or speaker_ref(w.norm) is not None


@dataclass
class TitleIndex:
    ctx: ArticleContext
    # (the mention's offset, its entity, its office's words, the titles that head an office)
    phrases: list[tuple[int, str, frozenset[str], frozenset[str]]] = field(default_factory=list)
    read: bool = True  # read the article's offices (False: the given `phrases` only)
    places: dict[int, frozenset[str]] = field(default_factory=dict)  # a phrase's names in construct

    def __post_init__(self) -> None:
        if not self.read:
            return
        for sent in self.ctx.sentences:
            persons = self.ctx.mentions_in(sent.start, sent.end, ("PER",))
            verbs = [t.index for t in sent.triggers() if t.row.pos == "verb"] if persons else []
            for m in persons:
                k = sent.word_index(m.start)
                start = None
                first_key = None
                window = office_window(self.ctx, sent, k)
                escorted = escorted_office(sent, window)  # its office's words and X's stack
                own_office = _office_follows(self.ctx, sent, m.end)
                after_verb = escorted is not None or any(i < k for i in verbs)
                for j in window:
                    if j == escorted:
                        start = None
                        break  # الوفد المرافق لولي ولي العهد، الدكتور X: the office is the one X goes with
                    if listed_after(self.ctx, sent.words, j, m.start):
                        break  # X وزير الصحة، والدكتور Y: the office before «، و» closes X's item
                    if own_office and _comma_after(self.ctx, sent.words, j):
                        break  # ووصل بمعية ولي العهد، X المستشار: X's office follows him
                    ref = speaker_ref(sent.words[j].norm)
                    w = sent.words[j]
                    if ":" in self.ctx.text[w.end:sent.words[j + 1].start]:
                        break  # «وزيرة القوى العاملة: جوزي بيحب»: an office before a colon says what follows
                    if ref is None and not office_qualifier(w) and w.norm not in OFFICE_LINKS \
                            and self.ctx.mention_at(w) is None \
                            and not place_noun_in_office(self.ctx, sent.words, j):
                        break  # نقل سموه تحيات خادم الحرمين الملك X: the office ends at تحيات
                    if ref and ref[0] == "title":
                        if after_verb and first_key is not None and ref[1] != first_key:
                            break  # استقبل خادم الحرمين الشريفين الرئيس X: the subject's office, not X's
                        first_key = first_key or ref[1]
                        start = j
                if start is not None:
                    office = sent.words[start:k]
                    self.phrases.append((m.start, self.ctx.entity_of(m), office_phrase_words(office),
                                         office_phrase_heads(office)))
                    self.places[m.start] = self._named_words(sent.words, start, k)

    def holder(self, ws: list[Word], k: int, end: int, by_head: bool = False,
               places: bool = False) -> str | None:
        """The person an office phrase at word `k` (before word `end`) names, trying the
        phrase shorter when its last definite words may be the verb's object (سلط رئيس
        الإقليم [الضوء] على ..., بالرئيس المصري [العلاقات] التي) rather than the office's
        qualifiers. `by_head`: the office's first word must head an office the person was
        introduced with, not follow another title in construct (خادم الحرمين الشريفين is not
        the king's adviser, «مستشار خادم الحرمين الشريفين الأمير X»)."""
        words = office_phrase(ws, k, end, self.ctx, places)
        head = bare_office_word(ws[k].norm) if by_head else None
        for stop in range(k + len(words), k, -1):
            phrase = office_phrase(ws, k, stop, self.ctx, places)
            if len(phrase) < 2 and len(words) >= 2:
                break
            dropped = self._named_words(ws, stop, k + len(words))  # وزير خارجية [قطر]: not one of Sudan's
            ent = self.resolve(phrase, ws[k].start, head, dropped)
            if ent is not None:
                return ent
        for stop in range(k + 1, k + len(words) + 1):  # the phrase closed by a state's adjective
            phrase = office_phrase(ws, k, stop, self.ctx)
            if office_state(phrase) is not None:
                return self.of_state(phrase, ws[k].start, head)
        return None

    def _named_words(self, ws: list[Word], lo: int, hi: int) -> frozenset[str]:
        """The bare words of names (a place, a body) among words [lo, hi)."""
        return frozenset(bare_office_word(ws[j].norm) for j in range(lo, min(hi, len(ws)))
                         if self.ctx.mention_at(ws[j]) is not None)

    def resolve(self, words: frozenset[str], at: int, head: str | None = None,
                dropped: frozenset[str] = frozenset()) -> str | None:
        """The last person before `at` introduced with an office holding all of `words` (given
        `head`: headed by it, and the one introduced so most often first), else the first after.
        Before `at`, one whose office adds no nationality to `words` comes first: the bare office
        (وزير الخارجية) is the one the article named bare, not the foreign one named with his
        nisba since (وزير الخارجية الألماني). `dropped`: the words of a place the office named
        and the phrase left out; one introduced with another place in construct is not it."""
        fits = [(pos, ent, have) for pos, ent, have, heads in self.phrases
                if names_office_of(words, have) and (head is None or head in heads)
                and not (dropped and self.places.get(pos) and not dropped <= self.places[pos])]
        before = [(ent, have) for pos, ent, have in reversed(fits) if pos < at]
        if head is not None:  # the one named with the office most often holds it, the last on a tie
            seen = Counter(ent for ent, _ in before)  # (خادم الحرمين الشريفين الملك سلمان, five times;
            before.sort(key=lambda x: -seen[x[0]])  # «نيابة عن خادم الحرمين الشريفين، الأمير X» once)
        spelled = state_spelled(words)
        home = [ent for ent, have in before
                if not any(nisba_of_office(w) for w in state_spelled(have) - spelled)]
        if home:
            return home[0]
        if before:
            return before[0][0]
        return next((ent for pos, ent, _ in fits if pos > at), None)

    def of_state(self, words: frozenset[str], at: int, head: str | None = None) -> str | None:
        """Where `resolve` found no one: «الرئيس المصري» for the one introduced as «الرئيس X»
        and of that state in the catalogue, else the one head of that state named bare
        (`state_offices.py`)."""
        split = office_state(words)
        if split is None:
            return None
        rest, state = split
        owners = person_states()
        mine = TitleIndex(self.ctx, [p for p in self.phrases if owners.get(p[1]) == state], False)
        return mine.resolve(rest, at, head) \
            or lone_head(self.ctx, rest, state, head, (p[1] for p in self.phrases))


def unnamed_offices(ctx: ArticleContext, sent: Sentence, lo: int,
                    hi: int, events: bool = False) -> list[tuple[int, frozenset[str]]]:
    """(offset, words) of each office phrase of two words or more in [lo, hi) that no name
    follows (`events`: a bare definite title too, «وزار الرئيس بعد ذلك»: the one named with it).
    `events`: a name past a partner word or an event trigger is another party's, not the office's
    (والتقى وزير الخارجية بنظيره الروسي X, وكان وزير الخارجية قد التقى X: the office is still
    unnamed, its holder one the article named before)."""
    ws = sent.words
    out = []
    hi_k = sent.word_index(hi) if hi < sent.end else len(ws)
    ends = frozenset(t.index for t in sent.triggers()) if events else None
    for k, w in enumerate(ws):
        if not (lo <= w.start < hi):
            continue
        ref = speaker_ref(w.norm)
        if not ref or ref[0] != "title" or _named_after(ctx, ws, k, ends) \
                or apposed_to_name(ctx, ws, k):
            continue
        prev = speaker_ref(ws[k - 1].norm) if k > 0 else None
        twice = k > 0 and bare_office_word(ws[k - 1].norm) == bare_office_word(w.norm)
        if prev is not None and prev[0] in ("title", "org") and not twice:
            continue  # سفير خادم الحرمين, نائب رئيس الوزراء: the office of another, not one of its own
        phrase = office_phrase(ws, k, hi_k, ctx, events)
        if len(phrase) >= 2 or (events and w.norm.startswith(("ال", "وال")) and k + 1 < len(ws)
                                and not ws[k + 1].norm.startswith("ال")):  # وزار الرئيس بعد ذلك
            out.append((w.start, phrase))
    return out


def courtesy_parties(ctx: ArticleContext, sent: Sentence, t: Trigger, scope: tuple[int, int],
                     offices: TitleIndex) -> list[str]:
    """The dignitaries courtesy pronouns near a meeting, call or agreement trigger stand for
    (`speaker_references` kind pronoun: «وعقد فخامته اجتماعاً مع سموه»: the رئيس and the أمير
    introduced before), within `scope` and up to the next trigger or a comma after it."""
    ws = sent.words
    others = sorted(o.index for o in sent.triggers() if o.index > t.index)
    stop = min([len(ws), t.index + t.size + _COURTESY_REACH] + others[:1])
    out: list[str] = []
    for k in range(max(0, t.index - _COURTESY_REACH), stop):
        if k > t.index and ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0") in ("،", ","):
            break
        ref = speaker_ref(ws[k].norm)
        if ref is None or ref[0] != "pronoun" or not (scope[0] <= ws[k].start < scope[1]):
            continue
        ent = offices.resolve(frozenset({ref[1]}), ws[k].start)
        if ent is not None and ent not in out:
            out.append(ent)
    return out


def apposed_to_name(ctx: ArticleContext, ws: list[Word], k: int) -> bool:
    """Whether the office at word `k` follows a person's name and a comma past other offices
    only (الأمير X، ولي ولي العهد، وزير الدفاع): the same person's, no other party."""
    for j in range(k - 1, max(-1, k - 1 - _APPOSED), -1):
        m = ctx.mention_at(ws[j])
        if m is not None:
            return m.label == "PER" and ctx.text[ws[j].end:ws[j + 1].start].strip(" \u00a0") in ("،", ",")
        if speaker_ref(ws[j].norm) is None and not office_qualifier(ws[j]):
            return False
    return False


def _named_after(ctx: ArticleContext, ws: list[Word], k: int, ends: frozenset[int] | None = None) -> bool:
    """Whether a person is named within a few words after the office at word `k`; with `ends`,
    not past a partner word (مع, نظيره), a title the verb governs (بالرئيس) or a word of `ends`."""
    for j in range(k, min(len(ws), k + 1 + _NAME_GAP)):
        if ends is not None and j > k and (j in ends or event_cues().at(ws, j, PARTNER)
                                           or governed_title(ws[j].norm)):  # التقى X بالرئيس Y
            return False
        m = ctx.mention_at(ws[j])
        if m is not None and m.label == "PER":
            return True
    return False
