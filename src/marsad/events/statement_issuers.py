"""Who issued each statement or report an article names: «وأصدرت [اللجنة] بيانا», «بيان صادر
عن [المؤسسة]», «بيان [للتحالف]», «البيان المنشور على الموقع الرسمي لمكتب [العبادي]».

`StatementIssuers` scans an article once for the statement nouns (speaker_refs kind
statement) and the body or person named as their issuer; the speaker tracker adds the issuers
it learns later («قالت الوزارة في بيان»: the ministry) and asks who issued the statement named
last before a verb («وأضاف البيان»).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import (
    SAYING_VERBS,
    possessed_statement,
    quote_cues,
    ref_words,
    speaker_key,
    speaker_ref,
)
from marsad.events.quote_findings import is_finding, is_results
from marsad.events.speaker_agreement import relative_pronouns
from marsad.events.speaker_clauses import (
    authored_document,
    issued_phrase,
    issuing_place,
    joint_statement,
    not_verb,
    office_link,
)
from marsad.events.speaker_names import definite, full_org, issued_by
from marsad.events.words import Word, past_conjunction, stems, words_of
from marsad.lang.marks import mark_kinds
from marsad.lang.normalize import normalize
from marsad.model import Span

_ISSUER_LOOKAHEAD = 5
_BODY_WORDS = 3  # words before a name that may hold the noun of its body (الأمانة العامة لسوق [عكاظ])
_COMPLEMENTIZERS = frozenset({"complementizer"})
_ACCORDING_TO = frozenset({"according_to"})  # وفقا لـ, بحسب
_SUBJECT_ENDS = frozenset({"stop", "addressee", "complementizer"})
_NO_ISSUERS = frozenset({"statement", "relay"})  # words describing a statement or who carried it


def body_named(ctx: ArticleContext, key: str, before: int) -> str | None:
    """The last body before `before` whose name opens with the noun `key` or follows it
    (حركة [حماس], مؤسسة ([ميديا أناليسيس]) whatever the tagger called the name), else the
    last organisation with that noun inside its name (التحالف -> [قوات التحالف])."""
    named = bodies_named(ctx, key, before)
    return named[0] if named else None


def bodies_named(ctx: ArticleContext, key: str, before: int, form: str | None = None) -> list[str]:
    """Every body before `before` that the noun `key` may refer to, the likeliest first: those
    whose name opens with the noun or follows it, the nearest first (those with the very word
    `form` the reference uses before those with another word of its key: «الصحيفة» goes back to
    a «صحيفة X» before a «مجلة Y»), then the organisations with that noun inside their name
    (`body_named` takes the first)."""
    heads: list[str] = []
    kin: list[str] = []
    inside: list[str] = []
    ends = [0] + [m.end for m in ctx.mentions]  # its own noun is no later name's
    for n in range(len(ctx.mentions) - 1, -1, -1):
        m = ctx.mentions[n]
        if m.start >= before or m.label not in ("ORG", "LOC", "MISC"):
            continue
        words = m.slice(ctx.text).split()
        since = max(0, m.start - 30, min(ends[n], m.start))  # [المفوضية الأوروبية] ب[بروكسل]
        prev = [w for w in ctx.text[since:m.start].split()
                if any(ch.isalpha() for ch in w)][-_BODY_WORDS:]  # الأمانة العامة لسوق [عكاظ]
        # a cue or a preposition between the noun and the name: the noun is not the name's
        # («يخوضها الحزب [مع] قوات النظام»: the party fights beside those forces, is not them)
        prev = prev[-1:] if any((ws := words_of(w)) and (quote_cues().at(ws, 0) or not_verb(ws[0]))
                                for w in prev) else prev
        opening = (words[:1] if m.label == "ORG" else []) + prev  # a place or a work only after the noun
        ent = ctx.entity_of(m)
        if _holds_noun(opening, form or key):
            heads += [ent] if ent not in heads else []
        elif _kin_noun(opening, key):
            kin += [ent] if ent not in kin else []
        elif m.label == "ORG" and ent not in inside and _holds_noun(words[1:], key):
            inside.append(ent)
    heads += [ent for ent in kin if ent not in heads]
    return heads + [ent for ent in inside if ent not in heads]


def _holds_noun(words: list[str], key: str) -> bool:
    """Whether one of `words` is the noun `key`, behind a clitic or not."""
    return any(any(s.stem == key for s in stems(normalize(w))) for w in words)


def _kin_noun(words: list[str], key: str) -> bool:
    """Whether one of `words` is another body's noun with the key `key` (`speaker_references`
    kind org: «مجلة» and «جريدة» are «صحيفة»)."""
    return any(speaker_ref(normalize(w)) == ("org", key) for w in words)


def same_body(ctx: ArticleContext, speaker: str, named: list[str], before: int) -> str | None:
    """The speaker, when it is one of the bodies `named` or bears the name of one of them
    before `before` (the tagger may give one name two entities: «شركة [هيربالايف]» an
    organisation, «وقالت [هيربالايف]» a person); None otherwise."""
    if speaker in named:
        return speaker
    names = {normalize(m.slice(ctx.text)) for m in ctx.mentions
             if m.start < before and ctx.entity_of(m) in named}
    return speaker if any(normalize(m.slice(ctx.text)) in names for m in ctx.mentions
                          if m.start < before and ctx.entity_of(m) == speaker) else None


@dataclass
class StatementIssuers:
    """The issuer of each statement noun, as (offset of the noun, entity), in text order, and
    where the joint statements stand («بيان مشترك»): one with no issuer noted (no subject gave
    words in it: «جاء ذلك في بيان مشترك») speaks for no one."""

    ctx: ArticleContext
    found: list[tuple[int, str]] = field(default_factory=list)
    joint: list[int] = field(default_factory=list)
    held_bodies: dict[int, set[str]] = field(default_factory=dict)  # a person's mention -> his bodies
    described: list[tuple[int, str, tuple[int, int]]] = field(default_factory=list)  # (pos, words, at)
    nouns: list[tuple[int, str, bool]] = field(default_factory=list)  # (pos, key, definite) of each noun

    def __post_init__(self) -> None:
        for sent in self.ctx.sentences:
            self._scan(sent)
        self._named_next()
        self.found.sort()

    def _named_next(self) -> None:
        """An indefinite statement noun no issuer was named for takes the issuer of the next
        statement noun when that is the same noun with the article («وأفاد تقرير صدر حديثا بأن …
        . وأشار التقرير الذي أصدرته شركة [X] إلى أن»: X's report both times), when a body issued it
        (a person found after the next noun may be one who only read it: «وتحدث عن مقتطفات من
        التقرير الدكتور [X]»)."""
        issuers = dict(self.found)
        persons = {self.ctx.entity_of(m) for m in self.ctx.mentions if m.label == "PER"}
        for (pos, key, known), (nxt, other, definite_next) in zip(self.nouns, self.nouns[1:], strict=False):
            if not known and pos not in issuers and pos not in self.joint and other == key \
                    and definite_next and nxt in issuers and issuers[nxt] not in persons:
                self.found.append((pos, issuers[nxt]))

    def __iter__(self) -> Iterator[tuple[int, str]]:
        return iter(self.found)

    def last_before(self, before: int) -> str | None:
        """The issuer of the last statement named before offset `before`."""
        found = [ent for pos, ent in self.found if pos < before]
        return found[-1] if found and not self.joint_last(before) else None

    def describe(self, statements: list[int], text: str, at: tuple[int, int]) -> None:
        """The speaker the words `text` at `at` describe (a body the tagger named no entity for)
        gave these statements, those with no issuer of their own («أكدت [إي واي الاستشارية] في
        تقرير لها أن»)."""
        ws = words_of(text)
        ref = speaker_ref(ws[0].norm) if ws else None
        if not ws or any(ch.isdigit() for ch in text) or (ref is not None and ref[0] in _NO_ISSUERS):
            return  # «وقال 29 في المائة …», «وجاء في بيان تم نشره»: a count or the statement, no speaker
        for pos in statements:
            if not any(p == pos for p, _ent in self.found) and pos not in self.joint:
                self.described.append((pos, text, at))

    def described_for(self, ctx: ArticleContext, at: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
        """For a subject at `at` that is a definite statement noun alone («وقال [التقرير] إن»), the
        words describing who gave the statement named last before it, when the text only describes
        him; None otherwise."""
        ws = words_of(ctx.text[at[0]:at[1]])
        ref = speaker_ref(ws[0].norm) if len(ws) == 1 else None
        if ref is None or ref[0] != "statement" or not definite(ws[0].norm):
            return None
        last = max((p for p in [p for p, _ent in self.found] + self.joint if p < at[0]), default=-1)
        given = [(text, where) for p, text, where in self.described if last < p < at[0]]
        return given[-1] if given else None

    def results_issuer(self, sent: Sentence, i0: int, i1: int) -> str | None:
        """Who issued the study or report whose findings a definite results noun alone, the subject
        at words [i0, i1) («وبينت [النتائج] أن», «وأوضحت [الإحصاءات] أن»), tells again: the issuer
        of the last authored document named in this sentence or the one before («وأظهرت الدراسة
        التي أعدها مركز [X] أن …. وبينت النتائج أن»: X's findings); None when the noun has more
        words (a match's or a vote's results), no such document stands that near or its issuer is
        unknown or joint."""
        ws = sent.words
        if not i0 < i1 <= i0 + 2 or not definite(ws[i0].norm) or not is_results(ws[i0]) \
                or any(self.ctx.mention_at(w) is not None for w in ws[i0:i1]) \
                or (i1 > i0 + 1 and quote_cues().at(ws, i0 + 1, _COMPLEMENTIZERS) is None):
            return None
        before = self.ctx.sentence_before(sent)
        since = before.start if before is not None else sent.start
        near = [(pos, key) for pos, key, _d in self.nouns if since <= pos < ws[i0].start]
        if not near or not authored_document(near[-1][1]) or self.joint_last(ws[i0].start):
            return None
        return next((ent for pos, ent in self.found if pos == near[-1][0]), None)

    def poll_issuer(self, sent: Sentence, i0: int, i1: int) -> str | None:
        """Who made the poll or survey a definite document noun alone, the subject at words
        [i0, i1) («وأظهر [الاستطلاع] أن»), tells again, when no statement noun stands for it (a
        study's, a report's issuer is found with the statements): the body named right after the
        last same noun without the article before it, in marks or bare («استطلاع «[يو غوف]»»)
        or after a verb of making («استطلاع أجرته [مؤسسة غالوب]»); None when that noun has
        anything else after it (a source cited further on is no maker: «…، حسبما أفادت صحيفة X»)."""
        ws = sent.words
        if not i0 < i1 <= i0 + 2 or not definite(ws[i0].norm) or not is_finding(ws[i0], "document") \
                or speaker_ref(ws[i0].norm) is not None \
                or (i1 > i0 + 1 and quote_cues().at(ws, i0 + 1, _COMPLEMENTIZERS) is None):
            return None
        bare = (past_conjunction(ws[i0].norm) or ws[i0].norm)[2:]
        earlier = [(s, k) for s in self.ctx.sentences if s.start <= sent.start  # «الاستطلاع» again: not it
                   for k, w in enumerate(s.words) if w.start < ws[i0].start and any(
                       st.stem == bare and not st.clitic.endswith(("ال", "لل")) for st in stems(w.norm))]
        if not earlier:
            return None
        s, k = earlier[-1]
        j = k + 2 if k + 1 < len(s.words) and is_finding(s.words[k + 1], "maker") else k + 1
        if j >= len(s.words) or any(not (ch.isspace() or ch in mark_kinds())
                                    for ch in self.ctx.text[s.words[j - 1].end:s.words[j].start]):
            return None
        hit = self.ctx.mention_at(s.words[j])
        if hit is None or hit.label not in ("ORG", "MISC") or (j == k + 2 and hit.label != "ORG"):
            return None
        return self.ctx.entity_of(hit)

    def joint_last(self, before: int) -> bool:
        """The statement named last up to offset `before` (its own noun's included) is a joint
        one no issuer was noted for («جاء ذلك في بيان مشترك … . وأوضح البيان أنه»: nobody alone;
        «أوضحت [الوزارة] و… في بيان مشترك» … «وذكر البيان»: the ministry that gave it)."""
        joint = [pos for pos in self.joint if pos <= before]
        return bool(joint) and all(pos < joint[-1] for pos, _ent in self.found if pos <= before)

    def note(self, pos: int, ent: str) -> None:
        self.found.append((pos, ent))
        self.found.sort()

    def given_in(self, statements: list[int], speaker: str) -> None:
        """The speaker issued the statements at these offsets that name no issuer of their own."""
        for pos in statements:
            if not any(p == pos for p, _ent in self.found):
                self.note(pos, speaker)

    def _by_org(self, key: str, before: int) -> str | None:
        return body_named(self.ctx, key, before)

    def _scan(self, sent: Sentence) -> None:
        ws = sent.words
        for k in ref_words(ws, "statement"):
            w = ws[k]
            self.nouns.append((w.start, speaker_key(w.norm), definite(w.norm)))
            if joint_statement(ws, k):
                self.joint.append(w.start)  # بيان مشترك: issued together, by no one alone
                continue
            if (issued := issued_by(self.ctx, sent, k, self._by_org)) is not None:
                self.found.append((w.start, issued))  # وأصدرت [اللجنة] بيانا أكدت فيه: the committee's
                continue
            if possessed_statement(w.norm) is not None:
                continue  # برسالته إلى [هرقل]: its pronoun's, never a name after it
            if k > 0 and quote_cues().at(ws, k - 1, _ACCORDING_TO) and not issued_phrase(ws, k) and (
                    definite(w.norm) or any(st.clitic.endswith(("ال", "لل")) for st in stems(w.norm))):
                continue  # ووفقا للبيان تم حل [هيئة الأركان]: the statement named again, then what it says
            relative = k + 1 < len(ws) and ws[k + 1].norm in relative_pronouns()  # «التي قام بها مركز …»
            for j in range(k + 1, min(len(ws), k + 1 + _ISSUER_LOOKAHEAD + relative)):
                between = self.ctx.text[w.end:ws[j].start]
                if ":" in between or any(ch in mark_kinds() for ch in between):
                    break  # وأضاف البيان: “...”: the words after are the statement, not its issuer
                nxt = speaker_ref(ws[j].norm)
                if nxt and nxt[0] == "relay" or quote_cues().at(ws, j, SAYING_VERBS) \
                        or quote_cues().at(ws, j, _COMPLEMENTIZERS):
                    break  # وأشار البيان إلى أن [الأردن] ...: what the statement says, not its issuer
                hit = self.ctx.mention_at(ws[j])
                if hit is not None and hit.label in ("ORG", "PER", "LOC"):
                    if hit.label != "PER" and _unnamed_holder(ws, k + 1, j):
                        break  # تقريرا لمسؤول كبير في [الاتحاد الأوروبي]: an unnamed official's
                    if hit.label == "LOC" and not issuing_place(ws, k, sent.word_index(hit.start)):
                        break  # تقرير مراجعة للاقتصاد [الصومالي]: what it is about, not who issued it
                    self.found.append((w.start, self._author_body(w, hit) or self._marked_after(hit)
                                       or self.ctx.entity_of(hit)))
                    break
                if nxt and nxt[0] == "org" and (definite(ws[j].norm) or (j == k + 1 and any(
                        st.clitic == "لل" for st in stems(ws[j].norm)))) \
                        and (body := self._by_org(nxt[1], ws[j].start)) is not None:
                    self.found.append((w.start, body))  # بيان صادر عن [المؤسسة], بيان [للتحالف]
                    break
                if (owner := self._owner_after(sent, j)) is not None:
                    self.found.append((w.start, owner))  # البيان المنشور على الموقع الرسمي لمكتب [العبادي]
                    break

    def _marked_after(self, hit: Span) -> str | None:
        """The name in marks right after a body named by its kind («شركة الأبحاث «[البن كابيتال]»»,
        «مؤسسة ([ميديا أناليسيس])»): the body itself, named; None when no such name follows."""
        nxt = next((m for m in self.ctx.mentions if m.start >= hit.end), None)
        between = self.ctx.text[hit.end:nxt.start] if nxt is not None else ""
        if nxt is None or hit.label != "ORG" or nxt.label not in ("ORG", "MISC") or not between.strip() \
                or any(not (ch.isspace() or ch in mark_kinds() or ch == "(") for ch in between):
            return None
        return self.ctx.entity_of(nxt)

    def _author_body(self, w: Word, hit: Span) -> str | None:
        """The one body a person named as the author of the study or report at word `w` holds his
        office in («الدراسة التي أعدها الدكتور [X]، رئيس [مركز Y]»: the centre's study); None for
        another kind of statement, someone else or a person with no such body."""
        ref = speaker_ref(w.norm)
        bodies = self.held_bodies.get(hit.start, set()) if hit.label == "PER" else set()
        return next(iter(bodies)) if ref and authored_document(ref[1]) and len(bodies) == 1 else None

    def _owner_after(self, sent: Sentence, j: int) -> str | None:
        """The name right after a body's noun that word `j` gives with «لـ» («لمكتب [العبادي]»,
        «لوزارة [الداخلية]»): whose body a statement or its page is; None when there is none."""
        ws = sent.words
        if j + 1 >= len(ws) or self.ctx.text[ws[j].end:ws[j + 1].start].strip():
            return None
        if not any(st.clitic == "ل" and (r := speaker_ref(st.stem)) and r[0] == "org"
                   for st in stems(ws[j].norm)):
            return None
        hit = self.ctx.mention_at(ws[j + 1])
        if hit is None or hit.label not in ("ORG", "PER"):
            return None
        return full_org(self.ctx, hit) if hit.label == "ORG" else self.ctx.entity_of(hit)


def _unnamed_holder(ws: list[Word], i0: int, j: int) -> bool:
    """Among the words [i0, j) between a statement noun and a body's name stands an indefinite
    office (speaker_references kind title, no article) tied to that body by a preposition
    («تقريرا [لمسؤول] كبير [في] الاتحاد الأوروبي», «بيان لمصدر في الوزارة»): the statement is
    that unnamed official's, not the body's. Not «بيان لوزير خارجية [فرنسا]» (no preposition)."""
    for i in range(i0, j):
        ref = speaker_ref(ws[i].norm)
        if ref is not None and ref[0] == "title" and not definite(ws[i].norm) \
                and not any(st.clitic == "لل" for st in stems(ws[i].norm)):
            return any(office_link(ws, n) for n in range(i + 1, j))
    return False


def last_body_statement(ctx: ArticleContext, ws: list[Word], k: int, end: int, key: str,
                        speakers: list[str | None], persons: set[str]) -> str | None:
    """The issuer of a definite statement noun `key` at word `k` (the subject, before word `end`)
    that no issuer was named for: the organisation that spoke last, when no person was named as a
    speaker since («قالت [منظمة أوبك] إن …» … «وأشار التقرير إلى»; «أعلنت [الوزارة] …» … «وأوضح
    البيان أن»; `speakers`: who spoke each quotation so far). None for the noun with words of its
    own («التقرير السنوي [للمؤسسة]») or after the noun without the article («إن أول [تقرير] عن
    الصومال تأخر»: «التقرير» may be that one, not the last speaker's)."""
    if not (k + 1 >= end or quote_cues().at(ws, k + 1, _SUBJECT_ENDS) is not None):
        return None
    if any(w.start < ws[k].start and not definite(w.norm) and speaker_ref(w.norm) == ("statement", key)
           for sent in ctx.sentences if sent.start < ws[k].start for w in sent.words):
        return None
    orgs = {ctx.entity_of(m) for m in ctx.mentions if m.label == "ORG"}
    last = next((s for s in reversed(speakers) if s is not None), None)
    return last if last in orgs and last not in persons else None
