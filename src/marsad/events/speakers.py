"""Who is speaking: a named subject, a title, an organisation noun, a statement, or the
last speaker carried on by a continuation verb.

`SpeakerTracker` walks an article in order. It knows, for each person mention, the offices
and bodies named with it (`speaker_offices.HeldOffices`: وزير الخارجية الصيني وانغ يي -> وزير,
بندر حجار وزير الحج -> وزير), the issuer of each statement (`statement_issuers.StatementIssuers`:
بيان عن مجلس الأمن -> that council), and the last speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.events.context import ArticleContext, Sentence
from marsad.events.coref import TitleIndex, office_phrase, unnamed_offices
from marsad.events.lexicon import quote_cues, speaker_ref
from marsad.events.places import after_cue as after_event_cue
from marsad.events.quote_clause_cues import relative_clause
from marsad.events.speaker_agreement import agrees
from marsad.events.speaker_bodies import DescribedBodies
from marsad.events.speaker_clauses import (
    addresses_hearer,
    complement_start,
    conjoined,
    counted_group,
    hearer_first,
    last_clause_start,
    latter,
    linked_body,
    office_complement,
    partitive_member,
    subject_end,
    unnamed_group,
)
from marsad.events.speaker_names import (
    after_cue,
    definite,
    full_org,
    glued_hearer,
    glued_surnames,
    governed,
    name_before,
    named_last,
    object_after_comma,
    opening_subject,
    past_hearer,
    place_of_origin,
    surname_of,
    topic_fronted,
)
from marsad.events.speaker_office_phrases import holder_after, named_office, person_ahead, short_body
from marsad.events.speaker_offices import HeldOffices
from marsad.events.statement_issuers import StatementIssuers, bodies_named, last_body_statement, same_body
from marsad.events.words import Word
from marsad.lang.marks import mark_kinds

_STOP_KINDS = frozenset({"stop", "addressee", "complementizer"})
_ON_BEHALF = frozenset({"on_behalf"})
_SOURCE = frozenset({"source"})  # event cue kind: a source word («مصادر»), whom a name after it is
_TIME_PREPOSITION = frozenset({"stop"})  # في, منذ before a time inside the subject words
_ACCORDING_TO = frozenset({"according_to"})  # وفقا لـ[X]: the source, not a hearer
_SAYING = frozenset({"verb", "continuation"})  # a verb of saying a relay phrase may follow
_RELAYED = frozenset({"attribution"})  # [وفقا لما] نقلته وكالة X: a phrase that relays, not «حسب دستور»
_CLOSE_TO = frozenset({"close_to"})  # مصادر قريبة من X: X is whom the sources are close to
_ADDRESSEE = frozenset({"addressee"})  # لنظيره: the name after it is the hearer, not the office holder


@dataclass(frozen=True, slots=True)
class Spoken:
    """Who spoke one quotation: a speaker (None: someone unnamed or described), the m/f of the
    verb that named someone unnamed, and the words describing a speaker no name resolves
    («مصادر أمنية», «الكوري») with where they stand (`at`, None for a source or group that has no
    place in the text) — what a later verb without a subject goes back to."""

    speaker: str | None
    agreement: str | None = None
    text: str | None = None
    at: tuple[int, int] | None = None


@dataclass
class SpeakerTracker:
    ctx: ArticleContext
    issuers: StatementIssuers = field(init=False)  # each statement's issuer, by its position
    spoken: list[Spoken] = field(default_factory=list)  # who spoke each quotation so far
    agreement: dict[str, str] = field(default_factory=dict)  # person -> m/f of the verbs naming him/her
    persons: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)  # entities named only as places
    offices: TitleIndex = field(init=False)
    held: HeldOffices = field(init=False)  # the offices and bodies named with each person
    glued: dict[str, str] = field(default_factory=dict)  # last name the tagger left out -> person
    quoted: list[int] = field(default_factory=list)  # where each quotation so far starts
    bodies: DescribedBodies = field(default_factory=DescribedBodies)  # bodies the article never names
    carried: Spoken | None = None  # the one `carried_on` went back to: his description and its place

    def __post_init__(self) -> None:
        self.offices = TitleIndex(self.ctx)
        self.held = HeldOffices(self.ctx)
        self.glued = glued_surnames(self.ctx)
        self.persons = {self.ctx.entity_of(m) for m in self.ctx.mentions if m.label == "PER"}
        self.places = {self.ctx.entity_of(m) for m in self.ctx.mentions if m.label == "LOC"} \
            - {self.ctx.entity_of(m) for m in self.ctx.mentions if m.label in ("PER", "ORG")}
        self.issuers = StatementIssuers(self.ctx)

    def speaker_titled(self, key: str) -> str | None:
        """The last speaker named with this office anywhere before («وقال وزير الخارجية X ...
        مع نظيره وزير الخارجية Y ... وشدد معاليه»: X, who is speaking, not Y named last)."""
        last = next((s.speaker for s in reversed(self.spoken) if s.speaker is not None), None)
        return last if any(ent == last and key in keys for _pos, ent, keys in self.held.titles) else None

    def bare_office(self, ws: list[Word], k: int, end: int) -> str | None:
        """The speaker a bare definite office at word `k` goes back to: the last one who spoke,
        when he is also the last one named with that office («صرح الشيخ X وزير الداخلية … وذكر
        [الوزير]»: X, not the last minister introduced before his name, «ووزير الخارجية الفرنسي
        Y»). None for an office with qualifiers (وزير الخارجية) or in construct (رئيس نادي …),
        another speaker, one named with that office before someone else was («يقول X … أن
        [الرئيس] يدرك»: the president introduced since, not X), or an office whose holder the
        subject names («أوضح المستشار في إدارة … الدكتور [Y]»)."""
        ref = speaker_ref(ws[k].norm)
        if ref is None or not definite(ws[k].norm) or len(office_phrase(ws, k, end, self.ctx)) > 1 \
                or any((m := self.ctx.mention_at(w)) is not None and m.label == "PER" for w in ws[k + 1:end]):
            return None
        same = self.speaker_titled(ref[1])
        return same if same is not None and same == self.held.by_title(ref[1], ws[k].start) else None

    def by_org(self, key: str, before: int) -> str | None:
        """The body a noun `key` before `before` refers to (`statement_issuers.body_named`):
        of several bodies it may refer to, the one that spoke last when it is the last speaker
        («وقالت [هيربالايف] إنها … وقالت الشركة»: not «شركة التدوين المصغر تويتر» named
        between), else the nearest."""
        named = bodies_named(self.ctx, key, before)
        last = self.spoken[-1].speaker if self.spoken else None  # the last quotation's, when named
        if len(named) > 1 and last is not None \
                and (same := same_body(self.ctx, last, named, before)) is not None:
            return same
        return named[0] if named else None

    def given_in(self, statements: list[int], speaker: str) -> None:
        """The speaker issued the statements at these offsets that name no issuer of their own."""
        self.issuers.given_in(statements, speaker)

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
        heads: list[str] = []  # the bodies named there
        ws = sent.words
        i1 = subject_end(self.ctx, ws, i0, i1)  # «وقالت المصادر إن [X] …، مشيرة»: X is what was said
        if i0 < i1 and counted_group(self.ctx, ws[i0]):
            return None, True  # أفاد [72 %] من أصحاب العمل بالمملكة: a number of a group, no one named
        if (member := partitive_member(self.ctx, ws, i0, i1)) is not None:
            # وقال أحد أنصار [حبري]: one of them, unnamed; أحد محامي حبري [إبراهيم دياوارا]: he
            return self.explicit(sent, member, i1) if member >= 0 else (None, True)
        for k in range(i0, i1):
            if k > 0 and ":" in self.ctx.text[ws[k - 1].end:ws[k].start]:
                break  # حيث قال: الشهداء ...: the words after a colon are what was said
            if not found and ref is None and object_after_comma(self.ctx, ws, i0, k):
                return None, True  # اتهم الزوج، [جامعة تبوك] بـ: an unnamed subject, then the verb's object
            if k == i0 and (told := glued_hearer(self.ctx, ws[k])) is not None \
                    and not (k > 0 and quote_cues().at(ws, k - 1, _ACCORDING_TO)):  # وأضاف [لرويترز]
                rest = next((n for n in range(k + 1, i1) if ws[n].start >= told.end), i1)
                return self.explicit(sent, rest, i1) if rest < i1 else (None, False)
            if k == i0 and k > 0 and quote_cues().at(ws, k, _RELAYED) \
                    and quote_cues().at(ws, k - 1, _SAYING) is not None:
                rest = next((n for n in range(k + 1, i1)
                             if any(c in self.ctx.text[ws[n - 1].end:ws[n].start] for c in "،,")), i1)
                # وشددت [وفقا لما نقلته وكالة X]، على أن: the relay is no subject (not «حسب دستور الوكالة»)
                return self.explicit(sent, rest, i1) if rest < i1 else (None, False)
            if not found and k > i0 and quote_cues().at(ws, k, _CLOSE_TO):
                return None, True  # مصادر قريبة من [بلاتيني]: sources close to him, not he
            if k > i0 and title_at is not None and not found and office_complement(ws[k]) \
                    and not quote_cues().at(ws, k, _STOP_KINDS) and self.ctx.mention_at(ws[k]) is None:
                nominal += 1  # الممثل الخاص [للأمين] العام: the office's, not a hearer
                continue
            if k + 1 < i1 and not found and quote_cues().at(ws, k, _TIME_PREPOSITION) \
                    and self.ctx.in_timex(ws[k + 1]) and self.ctx.mention_at(ws[k]) is None:
                continue  # وأعلن [في] أبريل الماضي رسام الكاريكاتير X أنه: a time, then the subject
            if k == i0 and addresses_hearer(ws[k], True) and self.ctx.mention_at(ws[k]) is None \
                    and (j := past_hearer(self.ctx, ws, k, i1)) is not None:
                speaker, named = self.explicit(sent, j, i1)  # أكد لـ"عين اليوم" [المتحدث ... X] أن
                if speaker is not None or named:  # وتشير لـ"الصحيفة" [مصادر]: unnamed, not the paper
                    return speaker, named
            if (quote_cues().at(ws, k, _STOP_KINDS) or addresses_hearer(ws[k], k == i0)) \
                    and self.ctx.mention_at(ws[k]) is None:  # وقال [علي الريشان]: a name, not على
                nxt = speaker_ref(ws[k + 1].norm) if k + 1 < len(ws) else None
                if nxt and nxt[0] == "statement":  # قالت الوزارة في بيان
                    statement = ws[k + 1].start
                if "PER" not in found and office:
                    held = None if quote_cues().at(ws, k, _ADDRESSEE) else holder_after(
                        self.ctx, ws, k + 1, i1) or name_before(self.ctx, ws, k + 1, i1, self.glued)
                    if held is not None:  # رئيس الوفد المشارك في البطولة حسام الصالح
                        return held, True
                if "PER" not in found and title_at is not None:  # نائب الرئيس ... في شركة "[فاير آي]"
                    body = next((b for j in linked_body(ws, k, i1)
                                 if (b := self.held.body_at(sent, j)) is not None), None)
                    if body is not None:
                        complements.add("ORG")
                        heads.append(body)
                break
            if (found or ref or nominal) and relative_clause(ws, k):
                break  # وقال المدرب الذي تولى تدريب [الهلال]: the clause tells of him, names no one
            if self.ctx.in_timex(ws[k]):
                if not found and ref is not None and ref[0] in ("org", "body"):
                    break  # اتهمت الحكومة البريطانية [أمس] أسبانيا: a name after the time is the object
                continue  # وأعلنت [الأربعاء الماضي] أن: a time is no subject
            m = self.ctx.mention_at(ws[k])
            first = sent.word_index(m.start) if m is not None and m.start >= sent.start else k
            after_behalf = first > 0 and quote_cues().at(ws, first - 1, _ON_BEHALF)  # المتحدث باسم X Y
            if m is not None:
                if m.label == "PER" and title_at is not None and first == title_at + 1 \
                        and not definite(ws[title_at].norm):
                    nominal += 1  # نائب [عشيرة آل غانم] حسن: whose deputy, not the deputy
                    continue
                if m.label == "LOC" and place_of_origin(ws, first, i0):
                    nominal += 1  # وقالت مؤسسة خيرية من [جنوب افريقيا]: where it is from, not who speaks
                    continue
                if not after_behalf:
                    who = full_org(self.ctx, m) if m.label == "ORG" else self.ctx.entity_of(m)
                    found.setdefault(m.label, who)
                    if title_at is not None and m.label != "PER":
                        complements.add(m.label)  # وكيل إمارة منطقة الباحة: the office's, not the speaker
                        heads.append(self.ctx.entity_of(m))
                nominal += 1
                continue
            if title_at is not None and k == title_at + 1 \
                    and (body := short_body(self.ctx, ws[k])) is not None:
                complements.add("ORG")  # رئيس [خيركم]: the office of «جمعية خيركم» named before
                heads.append(body)
                nominal += 1
                continue
            glued = surname_of(ws[k], self.glued) if k == i0 and (
                k + 1 >= i1 or quote_cues().at(ws, k + 1, _STOP_KINDS)) else None  # وأوضح [الخلف] أن
            known = self.ctx.person_named(ws[k]) or glued
            if known is not None and not after_behalf:
                found.setdefault("PER", known)
                nominal += 1
                continue
            r = speaker_ref(ws[k].norm)
            if k == i0 and (gender := latter(ws, k)) is not None:
                last = named_last(self.ctx, ws[k].start, feminine=gender == "f")
                return last, last is not None  # أعلن [الأخير] عن: the one named last
            if r and r[0] == "pronoun" and not found:  # وشدد [سموه] على أن: the prince named with his office
                held = self.speaker_titled(r[1]) or self.held.by_title(r[1], ws[k].start)
                return held, held is not None
            if not found and title_at is None and ref is None and unnamed_group(ws[k]):
                return None, True  # وقال سكان محليون / وتوقع آخرون: an unnamed group
            office = office or bool(r and r[0] == "title")
            if r and r[0] == "title" and not found and title_at is None:
                title_at = k
            if r and r[0] == "title" and (not found or hearer_first(self.ctx, ws, i0, k)) \
                    and not named_office(self.ctx, ws, k, i1) and not person_ahead(self.ctx, ws, k + 1, i1):
                return None, True  # قال مسؤول بالوزارة / مصدر دبلوماسي: someone unnamed
            nominal += bool(r) or definite(ws[k].norm)
            if r and r[0] == "statement":
                statement = ws[k].start
                own = [ent for pos, ent in self.issuers if pos == statement]
                if own:  # نقلت وكالة تاس بيانا عن مجلس الأمن أن ...: the issuer speaks
                    return own[0], True
            if r and ref is None and r[0] in ("title", "org", "body", "statement"):
                ref = (r[0], r[1], k)
        if "PER" not in found and title_at is not None and complements \
                and named_office(self.ctx, ws, title_at, i1):
            if (same := self.bare_office(ws, title_at, i1)) is not None:
                return same, True
            key = (speaker_ref(ws[title_at].norm) or ("", ""))[1]
            held = self.held.by_body(key, heads, ws[title_at].start)
            if held is None:  # not one named with another body (نائب الرئيس في شركة [X] Y ... في شركة [Z])
                held = self.offices.holder(ws, title_at, i1) or self.held.by_title(key, ws[title_at].start)
                held = None if held is not None and self.held.of_other_body(held, heads) else held
            return held, True
        for label in ("PER", "ORG", "LOC", "MISC"):
            if label in found:
                if statement is not None:
                    self.issuers.note(statement, found[label])
                return found[label], True
        if ref is None:
            return None, nominal > 0  # an unnamed subject (بعض الخبراء) is nobody we know
        kind, key, k = ref
        pos = ws[k].start
        if kind == "title":
            if not named_office(self.ctx, ws, k, i1):
                return None, True  # قال مسؤول: someone unnamed
            if (same := self.bare_office(ws, k, i1)) is not None:
                return same, True
            # a lead names an office before its holder («أكد اللاعب المصري»), not one in construct
            # («أعلن رئيس [الوزراء] الماليزي»: not «X، رئيس مكتب سلامة النقل» named next)
            ahead = sent.start <= self.ctx.sentences[0].start \
                and (definite(ws[k].norm) or k + 1 >= i1 or not definite(ws[k + 1].norm))
            return self.offices.holder(ws, k, i1) or self.held.by_title(key, pos, ahead), True
        if kind in ("org", "body"):
            ent = (self.by_org(key, pos) if kind == "org" else None) \
                or self.bodies.subject(self.ctx, sent, k, i0, i1, key)  # وقالت [الشرطة]: no name
            if ent is not None and statement is not None:
                self.issuers.note(statement, ent)
            return ent, True
        named = k + 1 < len(ws) and (self.ctx.mention_at(ws[k + 1]) is not None or any(
            ch in mark_kinds() for ch in self.ctx.text[ws[k].end:ws[k + 1].start]))  # تقرير "ساما"
        if not (definite(ws[k].norm) or named):
            return None, True  # بيانا: a new one
        if (issuer := self.issuers.last_before(pos)) is not None:
            return issuer, True
        speakers = [spoken.speaker for spoken in self.spoken]
        return last_body_statement(self.ctx, ws, k, i1, key, speakers, self.persons), True

    def spoke(self, speaker: str | None, agreement: str | None, named: bool, at: int,
              description: str | None = None, described_at: tuple[int, int] | None = None) -> None:
        """Note who spoke in the quotation starting at `at`: a speaker, or someone unnamed (قال
        مسؤول) or described (وتابعت [الكوري], a name the tagger missed) whom a verb without a
        subject then carries on, with the words describing him («مصادر أمنية») and, for one the
        text describes, where they stand (`described_at`); and how a verb of saying that named
        the speaker agreed."""
        self.quoted.append(at)
        if speaker is None:
            if named:
                self.spoken.append(Spoken(None, agreement, description or None, described_at))
            return
        self.spoken.append(Spoken(speaker))
        if agreement is not None and named and speaker in self.persons:
            self.agreement.setdefault(speaker, agreement)  # a body takes either gender (قالت الوزارة, وأضاف)

    def unnamed_last(self, agreement: str | None) -> bool:
        """The last one who spoke is someone unnamed who agrees with the verb («وقالت مصادر إن
        …، وأضافت أن»)."""
        return bool(self.spoken) and self.spoken[-1].speaker is None \
            and agrees(agreement, self.spoken[-1].agreement)

    def carried_on(self, agreement: str | None) -> str | None:
        """The last speaker who agrees with a verb without a subject: «قال مسؤول ... وأضاف» is
        that unnamed official again (None; `carried` holds his description and, for one the text
        describes, where it stands: «وتابعت [الكوري] … وأضافت»); «وأضافت» after
        «قال الوزير» goes back to the woman who spoke before (None when nobody did)."""
        self.carried = None
        for s in reversed(self.spoken):
            if agrees(agreement, self.agreement.get(s.speaker) if s.speaker is not None else s.agreement):
                self.carried = s
                return s.speaker
        return None

    def implicit(self, sent: Sentence, before: int, quotes: list[tuple[int, int]],
                 agreement: str | None = None, plural: bool = False) -> str | None:
        """The clause subject of a verb without one: a name right before it (أن X قال), else
        the issuer of a report or statement named last before it (تقرير X الذي ... ويفيد), else
        the first person (then organisation, unless an office named before it opens the
        sentence) named earlier in the sentence outside quotations, sources, المتحدث باسم X and
        the clause a complementizer opens, else an office named there (رئيس الإقليم), else the
        last speaker. A plural verb (وأعلنوا) takes a body named there or nobody: no one
        person, no office, and not the last speaker."""
        labels = ("ORG",) if plural else ("PER", "ORG")
        cands = [m for m in self.ctx.mentions_in(sent.start, before)
                 if m.label in labels and not any(s <= m.start < e for s, e in quotes)
                 and not after_event_cue(self.ctx, sent, m, _SOURCE, 3)
                 and not after_cue(sent, m, _ON_BEHALF, 1) and not governed(self.ctx, sent, m)
                 and agrees(agreement, self.agreement.get(self.ctx.entity_of(m)))]
        topic = topic_fronted(sent, before)  # وحول إصابة [X] قال: X is what was talked about
        cands = [m for m in cands if not sent.start <= m.start < topic]
        if cands and not self.ctx.text[cands[-1].end:before].strip() and not conjoined(sent, before):
            return self.ctx.entity_of(cands[-1])  # أن [X] قال; not «استقبل الملك [Y] وقال»
        issued = [(pos, ent) for pos, ent in self.issuers if sent.start <= pos < before
                  and ent not in self.places]  # «تنفيذا لبيان مؤتمر [القاهرة]، فيما كشف»: no place goes on
        if issued and not any(m.start > issued[-1][0] for m in cands):
            return issued[-1][1]  # وفقا لتقرير [البنك الدولي] الذي صدر مؤخرا ويفيد بأنه: the report's issuer
        clause = last_clause_start(sent, before)  # وقد عبر [خالد مطر] ... وقال: the new clause's subject
        embedded = complement_start(sent, before)  # علمت "الوطن" أن ... [X] الذي ... وأشار: not X
        cands = [m for m in cands if m.start < embedded]
        offices = [] if plural else unnamed_offices(self.ctx, sent, sent.start, before)
        held = [(at, ent) for at, _words in offices
                if (ent := self._office_named(sent, at, before)) is not None]
        for label in ("PER", "ORG"):
            for group, since in (([m for m in cands if m.start >= clause], clause), (cands, 0)):
                first = min((at for at, _ in held if at >= since), default=None)  # the first office held
                for m in group:
                    if m.label == label:
                        if label == "ORG" and first is not None and first < m.start:
                            # ناقش [وزير الحج] ... بعد الحفل الذي أقامته وزارة الحج ... وأكد: the office
                            # that opens the sentence is its subject, not a body named after it
                            return next(ent for at, ent in held if at == first)
                        return self.ctx.entity_of(m)
        if held:
            return held[0][1]
        prev = self.ctx.sentence_before(sent) if sent.word_index(before) <= 1 else None
        if not plural and prev is not None and not any(prev.start <= at < prev.end for at in self.quoted) \
                and (subject := opening_subject(self.ctx, prev, self.persons)) is not None \
                and agrees(agreement, self.agreement.get(subject)):
            return subject
        return None if plural else self.carried_on(agreement)

    def _office_named(self, sent: Sentence, at: int, before: int) -> str | None:
        """The person an office phrase at offset `at` names: one introduced with that phrase
        before his name, else one with that office right after his name («بندر حجار وزير
        الحج» ... «ناقش وزير الحج»)."""
        k = sent.word_index(at)
        ent = self.offices.holder(sent.words, k, sent.word_index(before))
        ref = speaker_ref(sent.words[k].norm)
        return ent if ent is not None or ref is None else self.held.by_title(ref[1], at)
