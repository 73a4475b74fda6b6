"""The words describing a speaker no name resolves («قالت [مصادر عسكرية]», «وقال [المدرب
البرتغالي]») and where they stand (`SpeakerWords`): what `described_speaker` reads after a
quotation's verb, what a participle of saying goes on from (`participle_words`), and whether
they point at someone a later verb without a subject may go on with (`someone_described`).
The speaker's name itself is `quote_speaker.speaker_of`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from marsad.events.context import ArticleContext, Sentence, given_name, place_word
from marsad.events.lexicon import office_word, quote_cues, speaker_ref
from marsad.events.nameless import person_words
from marsad.events.quote_subjects import copula_subject, preverbal_subject
from marsad.events.speaker_asking import asking_description
from marsad.events.speaker_clauses import addresses_hearer, speaker_clauses
from marsad.events.speaker_fronting import fronted_subject
from marsad.events.speaker_subject_shapes import holder_past_place
from marsad.events.words import Word, words_of
from marsad.lang.clitics import pronoun_suffixes

if TYPE_CHECKING:
    from marsad.events.quote_speaker import Found

_SUBJECT_ENDS = frozenset({"stop", "complementizer", "addressee", "relay"})
_RELAYED = frozenset({"attribution"})  # وفقا لما نشرته X after the subject: the source relays, ends it
_DESCRIBED_WORDS = 6
_ADVERBS = frozenset({"adverb", "hearer_pronoun"})  # «وأشارت [أيضا]», «فقال [لي]»: no speaker
_DESCRIPTION_TRIM = " ،,:\"“”«»"
_RESUMPTIVE_PREPOSITIONS = frozenset({"في", "عن"})  # normalised, before a resumptive pronoun


@dataclass(frozen=True, slots=True)
class SpeakerWords:
    """The words describing a speaker no name resolves (`text`, joined by single spaces) and
    where they stand in the article (`at`: [start, end))."""

    text: str
    at: tuple[int, int]


def described_speaker(ctx: ArticleContext, sent: Sentence, q: Found) -> SpeakerWords | None:
    """The words that describe a speaker no name resolves (قالت مصادر عسكرية, وقال المدرب
    البرتغالي: the subject after the verb, up to a preposition, the complementizer or a colon,
    at most _DESCRIBED_WORDS words) and where they stand in the text ([start, end), the marks
    and commas at their ends left out): such a speaker is still given by the words that
    describe or name him («وأوضح المتحدث الرسمي للمركز رأفت الصباغ», «وذكر المواطن»), so a
    reader finds him even where the tagger found no name."""
    words = _description_words(ctx, sent, q)
    text = " ".join(ctx.text[w.start:w.end] for w in words).strip(_DESCRIPTION_TRIM)
    if not text:
        return None
    start, end = words[0].start, words[-1].end
    while start < end and ctx.text[start] in _DESCRIPTION_TRIM:
        start += 1
    while end > start and ctx.text[end - 1] in _DESCRIPTION_TRIM:
        end -= 1
    return SpeakerWords(text, (start, end))


def _description_words(ctx: ArticleContext, sent: Sentence, q: Found) -> list[Word]:
    if q.cue is None or q.cue.kind == "participle":
        return []
    ws = sent.words
    if (span := fronted_subject(sent, q.cue_index, ctx.text)) is not None:
        return ws[span[0]:span[1]]  # «أما [مدير مرور المنطقة عقلا خلف العنزي] فقال»: the name ends it
    if (span := asking_description(ctx, sent, q.cue_index)) is not None:
        return ws[span[0]:span[1]]  # «أن [إدارة الشقق] طالبت المتهم ب…»: not the one asked
    i0 = q.cue_index + q.cue.size
    if i0 < len(ws) and _resumptive(ctx, ws[i0]):
        i0 += 1  # «تساءلوا [فيه] عن», «في الوقت الذي أفاد [فيه] مصدر مسؤول»: the pronoun is no subject
    words: list[Word] = []
    for k in range(i0, min(len(ws), i0 + _DESCRIBED_WORDS)):
        if not words and speaker_clauses().at(ws, k, _ADVERBS):
            continue  # «وأشارت [أيضا] إلى أن», «وأعلن [رسميا] رفضه»: how it spoke, no speaker
        if words and (ref := speaker_ref(words[0].norm)) and ref[0] == "title" \
                and (n := holder_past_place(ctx, ws, k, q.boundary)) is not None:
            return words + ws[k:n]  # «وقالت وزيرة الثقافة في مالي [راماتولاي ديالو]»: a name missed
        if ws[k].start >= q.boundary or quote_cues().at(ws, k, _SUBJECT_ENDS) or ctx.in_timex(ws[k]) \
                or (addresses_hearer(ws[k], k == i0) and ctx.mention_at(ws[k]) is None
                    and not (words and _statement_noun(words[-1]))) \
                or (k > i0 and quote_cues().at(ws, k, _RELAYED)):
            break  # قالت الرئاسة أمس إن: a time ends the subject; «وأكد الوزير [وفقا لما] نشرته …»: a relay
        words.append(ws[k])
    if not words and (j := preverbal_subject(sent, q.cue_index, ctx.text)) is not None:
        words.append(ws[j])
    if not words and (span := copula_subject(sent, q.cue_index)) is not None:
        words = ws[span[0]:span[1]][:_DESCRIBED_WORDS]
    return words


def _resumptive(ctx: ArticleContext, w: Word) -> bool:
    """The word is «في» or «عن» carrying a pronoun («فيه», «فيها», «عنه»), no name: the statement or
    thing a relative verb of saying speaks in or of («تغريدة قالت [فيها]», «في الوقت الذي أفاد [فيه]
    مصدر»), never who speaks."""
    return ctx.mention_at(w) is None and "ئ" not in ctx.text[w.start:w.end] and any(  # فئة reads فيه
        w.norm.endswith(p) and w.norm[:-len(p)] in _RESUMPTIVE_PREPOSITIONS for p in pronoun_suffixes())


def _statement_noun(w: Word) -> bool:
    """A statement noun (speaker_references kind statement: «بيان», «تقرير»): a لـ after it names
    its owner, not the hearer («قال بيان [للقيادة المشتركة] إن»)."""
    ref = speaker_ref(w.norm)
    return ref is not None and ref[0] == "statement"


def participle_words(q: Found, said: dict[int, str | None],
                     placed: dict[int, SpeakerWords]) -> SpeakerWords | None:
    """The words describing the speaker a participle of saying goes on from, when the last
    quotation of its sentence before it was given by words alone («وبين [الصباغ] أن …، مشيراً
    إلى أن»: the name the tagger missed speaks on); None for a verb, or when the last quotation
    before it named its speaker (`said`) or none stands before it in the sentence."""
    if q.cue is None or q.cue.kind != "participle":
        return None
    earlier = [k for k in (*said, *placed) if k < q.cue_index]
    return placed.get(max(earlier)) if earlier else None


def someone_described(ctx: ArticleContext, words: SpeakerWords) -> bool:
    """The words describing a speaker no name resolves point at someone a later verb without a
    subject may go on with: they open with an office, courtesy, body or statement word («المسؤول
    الذي فضل عدم الإفصاح», «المتحدث باسم …»), hold a given name («دخيل الطيار مدير الصالة») or the
    last name of a person named before, or are one word, a last name the tagger missed («وتابعت
    [الكوري]»), or a noun and a place, a body of that place the tagger left unnamed («أوضحت [صحة
    ينبع] أن …» then «وقالت في بيان لها»: the health directorate of Yanbu), or a name the tagger
    missed and the office after it («وقال [كيه شانموجام وزير خارجية سنغافورة] إنه …، مضيفا أن»:
    the minister speaks on); not whatever words a verb had after it («نظرات الاستغراب», «لي وهو
    ينزل قشرتها»)."""
    ws = words_of(words.text)
    if len(ws) >= 3 and ws[0].norm in person_words():
        return True  # «وقال [المواطن مانع ملفي]»: a calling and the name after it the tagger missed
    if any(office_word(w.norm) for w in ws[1:]):
        return True  # «[كيه شانموجام وزير خارجية سنغافورة]»: an office after the words naming him
    return len(ws) == 1 or (bool(ws) and (speaker_ref(ws[0].norm) is not None or any(
        given_name(w) or ctx.person_named(w) is not None for w in ws))) \
        or (len(ws) == 2 and place_word(ws[1]))
