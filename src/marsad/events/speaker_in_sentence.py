"""A verb of saying whose own subject words name no speaker: the speaker another word of its
sentence gives (an earlier verb of saying it is joined to, the person or the words in marks
before its relative pronoun), and the nouns around it that show it has none (a thing before a
present verb, the object a verb of naming describes)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import quote_cues, speaker_ref
from marsad.events.speaker_agreement import agrees, relative_pronouns
from marsad.events.speaker_bodies import DESCRIBED
from marsad.events.speaker_clauses import conjoined, joined_verb, latter, opens_new_subject
from marsad.events.speaker_names import definite
from marsad.events.speakers import SpeakerTracker
from marsad.events.words import Word
from marsad.lang.marks import quote_pairs

_NAMING = frozenset({"naming_verb"})
_OBJECT_WORDS = 3  # words of one object between «وصف» and «بأن»
_MARKED_WORDS = 5  # words of a name in marks that may speak
_THING_WORDS = 3  # definite words before a present verb of saying that may be its subject
_COMPLEMENTIZER = frozenset({"complementizer"})
_CLAUSE_OPENERS = frozenset({"لكن", "ولكن", "بل", "كما", "كل", "وكل", "حيث", "اذ"})  # normalised
_RELATIVE_LOOKBACK = 8  # words before a relative pronoun that may name its clause's speaker


def described_object(ctx: ArticleContext, sent: Sentence, k: int, i0: int, i1: int) -> bool:
    """A verb of naming with no object pronoun («وصف», «تصف»; quote_cues naming_verb) whose
    words up to its «بأن» are one noun phrase: a single word, one name, or bare nouns in
    construct with a definite one, no office or body word heading them («ووصف [الفضلي] بأنه»,
    «ووصف [مشروع القناة] بأنه»): the thing or person described, its object; the verb names
    no subject of its own. Not «ووصف الوزير الاتفاق بأنه» (two phrases: subject, object)."""
    ws = sent.words
    if quote_cues().at(ws, k, _NAMING) is None or ws[k].norm.endswith(("ه", "ها", "هم")) \
            or not i0 < i1 < len(ws) or not ws[i1].norm.startswith("بان") or i1 - i0 > _OBJECT_WORDS:
        return False
    if speaker_ref(ws[i0].norm) is not None:
        return False  # «ووصفت [وزارة] الخارجية بأنه»: a body heads it, it may be the subject
    m = ctx.mention_at(ws[i0])
    if m is not None and m.end >= ws[i1 - 1].end:
        return m.label != "ORG"
    return i1 - i0 == 1 or (all(not definite(w.norm) and ctx.mention_at(w) is None for w in ws[i0:i1 - 1])
                            and definite(ws[i1 - 1].norm))


def sentence_speaker(tracker: SpeakerTracker, sent: Sentence, cue: int, said: dict[int, str | None],
                     agreement: str | None, marks: list[tuple[int, int]]) -> str | None:
    """The speaker an earlier verb of saying of the same sentence named, for a verb joined to it
    by و/ف that names no subject of its own («أكد [دونيس] أن غياب كريري مؤثر …، وأشار إلى أنه»:
    the names inside the words reported are no subject of it); None when the verb is not joined,
    its form does not tell one man or one woman (a plural or dual verb, «فقالوا», «واكدتا», is
    other people's), no verb before it named a speaker, or that speaker's gender is not the verb's.
    `cue` is the verb's word index in the sentence."""
    if agreement is None or cue < 1 or not conjoined(sent, sent.words[cue].start) \
            or not joined_verb(sent.words[cue]):
        return None
    earlier = [k for k in said if k < cue]
    if not earlier or (speaker := said[max(earlier)]) is None:
        return None
    ws, ctx = sent.words, tracker.ctx
    if any(ws[max(earlier)].start < pos < ws[cue].start for pos, _ in tracker.issuers):
        return None  # «بينت شركة X أن …، وفقا لتقرير [البنك الدولي] الذي صدر ويفيد بأنه»: the report's
    between = [j for j in range(max(earlier) + 1, cue) if not quoted(sent, j, marks)]
    if any(opens_new_subject(ws[j]) for j in between) or any(
            m.label in ("PER", "ORG") and ctx.entity_of(m) != speaker
            for j in between if (m := ctx.mention_at(ws[j])) is not None):
        return None  # «هدد [X] …، بينما يتهم قياديون …، لكن [الديمقراطي] ينكر ذلك، ويؤكد أن»: not X
    return speaker if agrees(agreement, tracker.gender_of(speaker)) else None


def thing_before(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """The present verb of saying at word `k` has definite nouns right before it that name
    nobody («الواقع يشير», «المؤشرات تؤكد», «الأنباء الأولية تشير»): its subject is a thing,
    not a speaker to carry on. Not a name, a known surname, an office, body or statement word,
    a relative pronoun or «الأخير»; only a phrase that opens its clause; not a past verb
    («المعارض قال») nor one with its own conjunction («والوضع وأكد»)."""
    ws = sent.words
    if k < 1 or not ws[k].norm.startswith(("ي", "ت")):
        return False
    j = k
    while j > max(0, k - _THING_WORDS) and _thing_word(ctx, ws[j - 1]) \
            and not any(ch in ctx.text[ws[j - 1].end:ws[j].start] for ch in "،,:«\"“"):
        j -= 1
    return j < k and (j == 0 or _clause_opens(ctx, ws, j))


def _clause_opens(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """The noun phrase at word `j` opens its clause: after «أن/إن», «لكن», «كل» or a comma,
    not after a name («نصر الله الكاذب الكبير يؤكد»), a noun it qualifies («أبحاثها
    المختبرية تشير») or a preposition («وعن اللاعبين الجدد يقول»)."""
    return quote_cues().at(ws, j - 1, _COMPLEMENTIZER) is not None or ws[j - 1].norm in _CLAUSE_OPENERS \
        or any(ch in ctx.text[ws[j - 1].end:ws[j].start] for ch in "،,.:؛")


def _thing_word(ctx: ArticleContext, w: Word) -> bool:
    return definite(w.norm) and w.norm not in relative_pronouns() and ctx.mention_at(w) is None \
        and ctx.person_named(w) is None and not speaker_ref(w.norm) and not ctx.in_timex(w) \
        and latter([w], 0) is None


def quoted(sent: Sentence, k: int, spans: list[tuple[int, int]]) -> bool:
    """Whether word `k` lies inside a quotation: a verb of saying there is what was reported
    («وأضافت الخلية أن … أكدت مصادرنا …»), not the verb a participle after it goes on from."""
    at = sent.words[k].start
    return any(s <= at < e for s, e in spans)


def relative_person(tracker: SpeakerTracker, sent: Sentence, pronoun: int) -> str | None:
    """The speaker of a relative clause of saying whose pronoun no name stands right before:
    the person named last in the few words before that pronoun («زهير مراد، [الذي] قال إنه»,
    «ايلون ماسك مؤسس شركة X (Y) [الذي] قال إنه», «حسب إفادة عباس نفسه [الذي] قال»), not
    the speaker carried on from before; None when no person is named there."""
    ws = sent.words
    for j in range(pronoun - 1, max(-1, pronoun - 1 - _RELATIVE_LOOKBACK), -1):
        m = tracker.ctx.mention_at(ws[j])
        if m is not None and m.label == "PER":
            speaker, named = tracker.explicit(sent, j, j + 1)
            return speaker if named else None
    return _marked_antecedent(tracker.ctx, sent, pronoun)


def _marked_antecedent(ctx: ArticleContext, sent: Sentence, pronoun: int) -> str | None:
    """Words in marks right before the pronoun that no name was found in («ذكرت "ذي دايلي
    مايل" [التي] رأت أن», «مجموعة أطلقن عليها «إنقاذ سويت بريار» [التي] تقول إن»): the one who
    speaks, as a described body (its words stand for it); None when no such words stand there."""
    at = sent.words[pronoun].start
    for s, e in quote_pairs(ctx.text, sent.start, sent.end):
        if e < at and not ctx.text[e + 1:at].strip() and len(ctx.text[s:e].split()) <= _MARKED_WORDS \
                and not ctx.mentions_in(s, e):
            return f"{DESCRIBED}{s}:{e}"
    return None
