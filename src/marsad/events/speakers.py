"""Who is speaking: a named subject, a title, an organisation noun, a statement, or the
last speaker carried on by a continuation verb.

`SpeakerTracker` walks an article in order. It knows, for each person mention, the offices
and bodies named with it (`speaker_offices.HeldOffices`: وزير الخارجية الصيني وانغ يي -> وزير,
بندر حجار وزير الحج -> وزير), the issuer of each statement (`statement_issuers.StatementIssuers`:
بيان عن مجلس الأمن -> that council), and the last speaker. A subject named after the verb is
read by `speaker_subjects.named_subject`; this module answers the verbs without one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.events.context import ArticleContext, Sentence
from marsad.events.coref import TitleIndex, unnamed_offices
from marsad.events.lexicon import quote_cues, speaker_key, speaker_ref
from marsad.events.places import after_cue as after_event_cue
from marsad.events.speaker_agreement import agrees, name_gender
from marsad.events.speaker_bodies import DescribedBodies
from marsad.events.speaker_clauses import (
    complement_start,
    joined_verb,
    last_clause_start,
    subject_right_before,
    unnamed_group,
)
from marsad.events.speaker_names import after_cue, definite, glued_surnames, governed, topic_fronted
from marsad.events.speaker_offices import HeldOffices
from marsad.events.speaker_openings import (
    bare_verb,
    feminine_opening_subject,
    object_opening,
    opening_subject,
    opening_verb_end,
    verb_opening_description,
)
from marsad.events.speaker_redescribed import described_last
from marsad.events.speaker_subjects import named_subject
from marsad.events.statement_issuers import StatementIssuers
from marsad.events.told_outlets import HEARER_MARKS, told_bodies
from marsad.events.words import Word, words_of
from marsad.model import Span

_ON_BEHALF = frozenset({"on_behalf"})
_STOP_KINDS = frozenset({"stop", "addressee", "complementizer"})
_COMPLEMENTIZERS = frozenset({"complementizer"})
_SOURCE = frozenset({"source"})  # event cue kind: a source word («مصادر»), whom a name after it is
_SAYING = frozenset({"verb", "continuation", "participle", "relay", "according_to"})  # quote cue kinds


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
    name_genders: dict[str, str] = field(default_factory=dict)  # person -> m/f of his/her given name
    persons: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)  # entities named only as places
    offices: TitleIndex = field(init=False)
    held: HeldOffices = field(init=False)  # the offices and bodies named with each person
    glued: dict[str, str] = field(default_factory=dict)  # last name the tagger left out -> person
    quoted: list[int] = field(default_factory=list)  # where each quotation so far starts
    bodies: DescribedBodies = field(default_factory=DescribedBodies)  # bodies the article never names
    carried: Spoken | None = None  # the one `carried_on` went back to: his description and its place
    told: set[str] = field(default_factory=set)  # bodies the article names right after «لـ»: hearers

    def __post_init__(self) -> None:
        self.offices = TitleIndex(self.ctx)
        self.held = HeldOffices(self.ctx)
        self.glued = glued_surnames(self.ctx)
        self.persons = {self.ctx.entity_of(m) for m in self.ctx.mentions if m.label == "PER"}
        for m in self.ctx.mentions:
            if m.label == "PER" and (gender := name_gender(m.slice(self.ctx.text))) is not None:
                self.name_genders.setdefault(self.ctx.entity_of(m), gender)
        self.places = {self.ctx.entity_of(m) for m in self.ctx.mentions if m.label == "LOC"} \
            - {self.ctx.entity_of(m) for m in self.ctx.mentions if m.label in ("PER", "ORG")}
        self.issuers = StatementIssuers(self.ctx, held_bodies=self.held.bodies)
        self.told = told_bodies(self.ctx)

    def given_in(self, statements: list[int], speaker: str) -> None:
        """The speaker issued the statements at these offsets that name no issuer of their own."""
        self.issuers.given_in(statements, speaker)

    def explicit(self, sent: Sentence, i0: int, i1: int) -> tuple[str | None, bool]:
        """The speaker named in words [i0, i1) after a verb (`speaker_subjects.named_subject`)."""
        return named_subject(self, sent, i0, i1)

    def described_last(self, sent: Sentence, i0: int, i1: int, agreement: str | None) -> str | None:
        """The last speaker, described again by the unnamed subject at words [i0, i1)
        (`speaker_redescribed.described_last`)."""
        return described_last(self, sent, i0, i1, agreement)

    def spoke(self, speaker: str | None, agreement: str | None, named: bool, at: int,
              description: str | None = None, described_at: tuple[int, int] | None = None) -> None:
        """Note who spoke in the quotation starting at `at`: a speaker, or someone unnamed (قال
        مسؤول) or described (وتابعت [الكوري], a name the tagger missed) whom a verb without a
        subject then carries on, with the words describing him («مصادر أمنية») and, for one the
        text describes, where they stand (`described_at`); and how a verb of saying that named
        the speaker agreed. `named`: the verb's subject was named or described (a description a later
        verb may go on with, `speaker_words.someone_described`), not merely left unsaid."""
        self.quoted.append(at)
        if speaker is None:
            if named:
                self.spoken.append(Spoken(None, agreement, description or None, described_at))
            return
        self.spoken.append(Spoken(speaker))
        if agreement is not None and named and speaker in self.persons:
            self.agreement.setdefault(speaker, agreement)  # a body takes either gender (قالت الوزارة, وأضاف)

    def unsay(self, at: int) -> None:
        """Take back the note made at `at` when it is still the last one (a speaker whose words
        were not read, `speaker_silent`, whom no verb went on with soon after)."""
        if self.quoted and self.quoted[-1] == at and self.spoken:
            self.quoted.pop()
            self.spoken.pop()

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
            if agreement == "m" and s.speaker is None and s.text \
                    and any(unnamed_group(w) and w.norm.endswith(("ون", "ين")) for w in words_of(s.text)[:1]):
                continue  # «طالب مغردون سعوديون …» then «حيث قال»: one man, not the group
            if agrees(agreement, self.gender_of(s.speaker) if s.speaker is not None else s.agreement):
                self.carried = s
                return s.speaker
        return None

    def office_again(self, office: Word, agreement: str | None) -> str | None:
        """Who a definite office after a verb that carries a speaker on («وأضاف [السفير] أن») is:
        the unnamed one last described with that office («طلب السفير اليمني من مجلس الأمن …»:
        None, he again, past a body that spoke between: «وطالبت الحكومة اليمنية …» is not the
        ambassador) when no person spoke since, else the last speaker who agrees (`carried_on`)."""
        key = speaker_key(office.norm)
        for s in reversed(self.spoken):
            if s.speaker in self.persons:
                break
            head = words_of(s.text)[:1] if s.speaker is None and s.text else []
            if head and speaker_key(head[0].norm) == key:
                self.carried = s
                return None
        return self.carried_on(agreement)

    def holder_again(self, office: Word, named: str) -> str | None:
        """The last speaker, a person introduced with this office («X مدرب مانشستر يونايتد»), when
        a verb that carries a speaker on describes its subject with that office alone and it read
        as another holder (`named`: «المدرب [Y]» named since): a writer varies the noun, not the
        person («وقال X … . وأضاف [المدرب] المخضرم»). None otherwise."""
        last = self.spoken[-1].speaker if self.spoken else None
        key = speaker_key(office.norm)
        if last is None or last == named or last not in self.persons or not key:
            return None
        return last if any(ent == last and key in keys for _pos, ent, keys in self.held.titles) else None

    def gender_of(self, speaker: str) -> str | None:
        """m or f of a person: what the verbs naming him showed, else his given name («قال ابنه
        [احمد] ...»: a word of kinship before the name, the verb told nothing); None for a body."""
        return self.agreement.get(speaker) or self.name_genders.get(speaker)

    def implicit(self, sent: Sentence, before: int, quotes: list[tuple[int, int]],
                 agreement: str | None = None, plural: bool = False) -> str | None:
        """The clause subject of a verb without one: a name right before it (أن X قال), else
        the issuer of a report or statement named last before it (تقرير X الذي ... ويفيد), else
        the first person (then organisation, unless an office named before it opens the
        sentence) named earlier in the sentence outside quotations, sources, المتحدث باسم X and
        the clause a complementizer opens, else an office named there (رئيس الإقليم), else the
        last speaker. A plural verb (وأعلنوا) takes a body named there or nobody: no one
        person, no office, and not the last speaker; nobody when an unnamed group is named
        before it in the sentence («تظاهر المئات …، مطالبين»)."""
        if not plural and object_opening(self.ctx, sent, before):
            return self.carried_on(agreement)  # وأشاد [بالجهود] التي يقدمها X وأضاف: not X
        if plural and any(unnamed_group(w) for w in sent.words if w.start < before
                          and not any(s <= w.start < e for s, e in quotes)):
            return None  # تظاهر [أهالي] المختطفين لدى [داعش] …، مطالبين: the group, not a body it names
        labels = ("ORG",) if plural else ("PER", "ORG")
        verb = sent.word_index(before)
        joined = verb < len(sent.words) and joined_verb(sent.words[verb])  # «[X]» وأكد: not X, its hearer
        cands = [m for m in self.ctx.mentions_in(sent.start, before)
                 if m.label in labels and not any(s <= m.start < e for s, e in quotes)
                 and not after_event_cue(self.ctx, sent, m, _SOURCE, 3)
                 and not after_cue(sent, m, _ON_BEHALF, 1) and not governed(self.ctx, sent, m)
                 # what verbs told only, not the given name: a verb named after a person here may
                 # be another clause's («أوضح [حسين] أن العيادة كشفت عن»: the clinic revealed)
                 and agrees(agreement, self.agreement.get(self.ctx.entity_of(m)))
                 and (self.ctx.entity_of(m) not in self.told  # لـ"سبق" … قال: the paper heard it
                      or not (self.ctx.text[m.end:before].strip(HEARER_MARKS) or joined))]  # «[X]» تقول
        topic = topic_fronted(sent, before)  # وحول إصابة [X] قال: X is what was talked about
        cands = [m for m in cands if not sent.start <= m.start < topic]
        if cands and subject_right_before(self.ctx, sent, cands[-1], before):
            # أن [X] قال, أن [X] تجرأت وأعلنت; not «استقبل الملك [Y] وقال»
            return self._holder_before(cands) or self.ctx.entity_of(cands[-1])
        joint = [pos for pos in self.issuers.joint if sent.start <= pos < before]
        if joint and not any(m.start < joint[-1] for m in cands) and self.issuers.joint_last(before):
            return None  # «جاء ذلك في بيان مشترك صدر بمناسبة زيارة [X]، أفاد أنه»: the statement, no one
        issued = [(pos, ent) for pos, ent in self.issuers if sent.start <= pos < before
                  and ent not in self.places]  # «تنفيذا لبيان مؤتمر [القاهرة]، فيما كشف»: no place goes on
        at = sent.word_index(before)
        present = at < len(sent.words) and sent.words[at].norm.startswith(("ي", "ت"))
        if issued and not any(m.start > issued[-1][0]
                              and not (present and self.ctx.entity_of(m) == issued[-1][1]) for m in cands):
            # وفقا لتقرير [البنك الدولي] الذي صدر مؤخرا ويفيد بأنه: the report's issuer, for a verb in
            # the present also one named after it («نشر نص بيان لوزارة [الداخلية]، يؤكد أن»: the
            # ministry, not who published it; not «علق [X] على البيان الذي أصدره [الصندوق]، بقوله»)
            return issued[-1][1]
        clause = last_clause_start(sent, before)  # وقد عبر [خالد مطر] ... وقال: the new clause's subject
        embedded = complement_start(sent, before)  # علمت "الوطن" أن ... [X] الذي ... وأشار: not X
        if (opener := _complement_opener(self.ctx, sent, embedded, before, cands)) is not None:
            return opener  # «واللافت أن [X]، الصحفي الذي حاور أوباما …، قال»: the clause's own subject
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
        if agreement == "f" and (state := self._state_opening(sent, before)) is not None:
            return state  # ورفضت [أنقرة] لعب دور ... وقالت إن: the state that opens the sentence
        prev = self.ctx.sentence_before(sent) if sent.word_index(before) <= 1 else None
        if not plural and prev is not None and not any(prev.start <= at < prev.end for at in self.quoted):
            subject = opening_subject(self.ctx, prev, self.persons) or self._opening_office(prev)
            unsaid = agreement == "f" and ":" not in self.ctx.text[prev.start:prev.end] \
                and not any(quote_cues().at(prev.words, j, _SAYING) for j in range(len(prev.words)))
            if subject is None and unsaid \
                    and (span := verb_opening_description(self.ctx, prev, prev.end)) is not None:
                subject = self.explicit(prev, *span)[0]  # وتبنت [الحركة الانفصالية] الهجوم. وقالت إن
            if subject is None and unsaid:  # «كما أدانت [مملكة البحرين] التفجير … . وشددت على أن»
                subject = feminine_opening_subject(self.ctx, prev)
            if subject is not None and agrees(agreement, self.gender_of(subject)):
                return subject
        if plural:
            return None
        carried = self.carried_on(agreement)
        if carried is None and self.carried is None and not self.spoken and prev is not None \
                and bare_verb(self.ctx, sent, before):
            return self._only_person(prev, agreement)  # «إلى ذلك، نادى الدكتور [X] … . وأضاف:»
        return carried

    def _only_person(self, sent: Sentence, agreement: str | None) -> str | None:
        """The one person the sentence names outside quotations and prepositional phrases, whom
        a verb of saying with no subject opening the next sentence goes on with when nobody has
        spoken before it in the article; None when it names none or two."""
        found = {self.ctx.entity_of(m) for m in self.ctx.mentions_in(sent.start, sent.end, ("PER",))
                 if not governed(self.ctx, sent, m)}
        if len(found) != 1:
            return None
        person = next(iter(found))
        return person if agrees(agreement, self.gender_of(person)) else None

    def _holder_before(self, cands: list[Span]) -> str | None:
        """The person named right before the last of `cands` when that one is the body of his
        office in apposition to him (`HeldOffices`), nothing but the office's words between («كان
        [سيرغي لافروف] وزير [الخارجية الروسية] أعلن»): he speaks, not the body in his title."""
        if len(cands) < 2 or cands[-1].label != "ORG" or cands[-2].label != "PER":
            return None
        person, body = cands[-2], cands[-1]
        between = self.ctx.text[person.end:body.start]
        if any(ch in between for ch in "،,:؛.") or self.ctx.mentions_in(person.end, body.start) \
                or self.ctx.entity_of(body) not in self.held.bodies.get(person.start, set()):
            return None
        return self.ctx.entity_of(person)

    def _opening_office(self, sent: Sentence) -> str | None:
        """The holder the article introduced with the office phrase right after the verb a sentence
        opens with, no name after it («ورفع [رئيس المركز] التهاني» after «رئيس مركز ساجر الشيخ X»)."""
        k = opening_verb_end(self.ctx, sent)
        offices = unnamed_offices(self.ctx, sent, sent.start, sent.end)
        if k is None or not offices or offices[0][0] != sent.words[k].start:
            return None
        return self._office_named(sent, offices[0][0], sent.end)

    def _state_opening(self, sent: Sentence, before: int) -> str | None:
        """The place a sentence opens with right after its first verb, a feminine past with no
        article («ورفضت [أنقرة] لعب دور رائد ...»), before the verb at offset `before` whose
        complementizer follows it at once («وقالت إن»): a state acting, the subject that verb,
        with no subject of its own, goes on with; None otherwise."""
        ws = sent.words
        k = sent.word_index(before)
        if k + 1 >= len(ws) or quote_cues().at(ws, k + 1, _COMPLEMENTIZERS) is None:
            return None  # «إذ ذكرت [معلومات صدرت أمس] أنه»: a subject of its own after the verb
        if len(ws) < 3 or ws[1].start >= before or not ws[0].norm.endswith("ت") or definite(ws[0].norm) \
                or self.ctx.mention_at(ws[0]) is not None or quote_cues().at(ws, 0) is not None:
            return None
        m = self.ctx.mention_at(ws[1])
        placed = m is not None and m.label == "LOC" and m.start == ws[1].start
        return self.ctx.entity_of(m) if m is not None and placed else None

    def _office_named(self, sent: Sentence, at: int, before: int) -> str | None:
        """The person an office phrase at offset `at` names: one introduced with that phrase
        before his name, else one with that office right after his name («بندر حجار وزير
        الحج» ... «ناقش وزير الحج»)."""
        k, end = sent.word_index(at), sent.word_index(before)
        ent = self.offices.holder(sent.words, k, end)
        ref = speaker_ref(sent.words[k].norm)
        return ent if ent is not None or ref is None else self.held.by_office(ref[1], sent.words, k, end, at)


def _complement_opener(ctx: ArticleContext, sent: Sentence, embedded: int, before: int,
                       cands: list[Span]) -> str | None:
    """The person named right after the complementizer at offset `embedded`, a comma after his
    name, when the verb of saying at `before` carries no conjunction: the complement clause's
    own subject and verb («واللافت للنظر أن [ثوماس فريدمان]، الصحفي الأمريكي الذي حاور [أوباما]
    …، قال»), not a name of its relative clause or one carried from before. A verb with و goes on
    the clause before the complementizer («علمت "الوطن" أن … [X] الذي … وأشار»: not X)."""
    ws = sent.words
    j = sent.word_index(embedded)
    k = sent.word_index(before)
    if embedded >= before or j + 1 >= len(ws) or k >= len(ws) or joined_verb(ws[k]):
        return None
    m = next((m for m in cands if m.start == ws[j + 1].start and m.label == "PER"), None)
    if m is None or not ctx.text[m.end:m.end + 3].lstrip().startswith(("،", ",")):
        return None
    return ctx.entity_of(m)
