"""The described subject of an earlier verb a verb of saying is joined to: «…، وقام [الطالب]
بإيذائها لفظيا وقال لها إنه …». The verb of saying has no subject of its own (only its hearer,
«لها»); the clause it closes opens with a verb joined by و/ف whose subject is a definite calling
(`nameless.person_words`: «الطالب», «المواطن», «الشاب») the tagger named no one with, with the
nationality adjectives after it («واستقبل [السفير الأمريكي] الوفد … وقال»), or a definite nisba
standing alone for a person («ودفع [الشيشاني] ببراءته …، وقال إنه …»: the Chechen). Those words
describe the speaker, as «وقال [المواطن]» would: the quotation is given by them and their place
(`speaker_at`), which the guide reads as a mention of the person they point back to.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import quote_cues
from marsad.events.nameless import person_words
from marsad.events.quote_speaker import Found
from marsad.events.speaker_clauses import joined_verb, not_verb
from marsad.events.speaker_names import definite
from marsad.events.speaker_words import SpeakerWords
from marsad.events.words import Word, mark_before, past_conjunction
from marsad.lang.clitics import ARTICLE
from marsad.lang.nisba import ENDINGS as NISBA_ENDINGS

_CLAUSE_WORDS = 8  # words from the earlier verb's subject to the verb of saying
_PAUSE = "،,:؛"
_NISBA_MIN = 4  # letters a nisba adjective has beyond that count («الأمريكي»; not «الذي»)
_SPEECH = frozenset({"verb", "continuation", "participle", "hearsay", "complementizer"})
# a verb of saying or its أن between ends the search (a preposition such as «من» does not)


def joined_verb_subject(ctx: ArticleContext, sent: Sentence, q: Found) -> SpeakerWords | None:
    """The words describing the subject of the verb that opens the clause the verb of saying of
    `q` is joined to (see the module's docstring); None for a participle or colon, a verb of
    saying with no و/ف, a clause that opens otherwise (a name, a noun, a time, a preposition), a
    subject that is no definite calling or that a name follows (the calling's holder, whom the
    tagger names), or a verb of saying, a pause or a name between that subject and the verb."""
    if q.cue is None or q.cue.kind == "participle" or q.cue_index < 2:
        return None
    ws = sent.words
    k = q.cue_index
    if not joined_verb(ws[k]):
        return None
    j = k - 1
    while j > 0 and k - j <= _CLAUSE_WORDS and not _pause(ctx, ws, j) \
            and ctx.mention_at(ws[j]) is None and quote_cues().at(ws, j, _SPEECH) is None:
        j -= 1
    # ws[j] opens the clause (a pause or the sentence start before it): a verb, then its subject
    if j + 1 >= k or not (j == 0 or _pause(ctx, ws, j)) or not _verb(ctx, ws[j]):
        return None
    if _calling(ctx, ws[j + 1]):
        last = j + 1
        while last + 1 < k and _nationality(ws[last + 1]):
            last += 1  # «[السفير الأمريكي]»: the calling's adjective, no name
    elif _nisba_person(ctx, ws[j + 1]):
        last = j + 1  # «ودفع [الشيشاني] ببراءته»: the nisba stands for the person
    else:
        return None
    holder = ws[last + 1] if last + 1 < k else None
    if holder is not None and (ctx.mention_at(holder) is not None or ctx.person_named(holder) is not None):
        return None  # «وقام الطالب [محمد] …»: the calling's holder is named
    a, b = ws[j + 1], ws[last]
    return SpeakerWords(ctx.text[a.start:b.end], (a.start, b.end))


def _pause(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """A comma, colon or semicolon stands right before word `j`."""
    return mark_before(ctx.text, ws, j, _PAUSE)


def _verb(ctx: ArticleContext, w: Word) -> bool:
    """The word reads as a verb joined by و/ف: not a name, a definite noun, a time, or a word that
    opens a clause without being its verb («ومع», «ومنذ»)."""
    return joined_verb(w) and len(w.norm) >= 4 and not definite(w.norm) and not not_verb(w) \
        and ctx.mention_at(w) is None and not ctx.in_timex(w)


def _nationality(w: Word) -> bool:
    """A definite singular nisba adjective («الأمريكي», «الشيشانية»): a calling's nationality."""
    bare = past_conjunction(w.norm) or w.norm  # «[والأمريكي]»: after و/ف only, not «بالأمريكي»
    return len(w.norm) > _NISBA_MIN and w.norm.endswith(NISBA_ENDINGS) and bare.startswith(ARTICLE)


def _nisba_person(ctx: ArticleContext, w: Word) -> bool:
    """A definite singular nisba the tagger named no one with, standing alone as the subject
    («ودفع [الشيشاني] ببراءته»): the person of that people or place."""
    return _nationality(w) and ctx.mention_at(w) is None and not ctx.in_timex(w)


def _calling(ctx: ArticleContext, w: Word) -> bool:
    """The word is a definite calling the tagger named no one with («الطالب», «المواطن»)."""
    return w.norm in person_words() and definite(w.norm) and ctx.mention_at(w) is None
