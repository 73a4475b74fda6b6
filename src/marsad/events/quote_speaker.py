"""A quotation's speaker: the subject its verb names (after it, before it, in a copula or
relative clause, or the source a relaying verb cites), the speaker carried on from before when
it names none. The words describing a speaker no name resolves («مصادر عسكرية») are in
speaker_words; the speaker another word of its sentence gives, and the nouns that show it has
none, are in speaker_in_sentence."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue, office_word, quote_cues, speaker_key, speaker_ref
from marsad.events.quote_subjects import (
    clause_subject,
    copula_subject,
    described_again,
    preposed_subject,
    preverbal_subject,
)
from marsad.events.quote_words import asyndetic_resumptive, relative_antecedent, source_after
from marsad.events.speaker_agreement import (
    agrees,
    object_not_subject,
    relative_pronouns,
    relayed_agreement,
    saying_participle,
)
from marsad.events.speaker_asking import asker_end, asking_subject
from marsad.events.speaker_fronting import according_fronted, fronted_subject
from marsad.events.speaker_in_sentence import (
    described_object,
    quoted,
    relative_person,
    sentence_speaker,
    thing_before,
)
from marsad.events.speaker_names import governed, governed_member
from marsad.events.speaker_openings import clause_verb_person, verb_opening_description, verb_opening_subject
from marsad.events.speaker_recalled import participle_courtesy
from marsad.events.speaker_resumptive import clause_opening_person
from marsad.events.speaker_subject_shapes import indefinite_subject, office_opening_holder
from marsad.events.speaker_unnamed import UNNAMED_SOURCES
from marsad.events.speakers import SpeakerTracker
from marsad.events.words import Word, words_of
from marsad.lang.clitics import pronoun_suffixes
from marsad.lang.marks import mark_kinds

MAX_SUBJECT_WORDS = 24
_RELAY_VERBS = frozenset({"relay_verb"})
_LEARN_VERBS = frozenset({"learn_verb"})
_PASSIVE = frozenset({"passive"})
_PREPOSITIONS = frozenset({"stop", "addressee"})
_TEXT_WORDS = 3  # words from a statement noun to the clause about its text («بيانا صحفيا جاء فيه»)
_FIRST_PERSON = "ي"  # لي, عليّ: a suffix the clitic table leaves out (a nisba ends so too)


@dataclass
class Found:
    """A quotation found in a sentence, before its speaker: its span, kind and governing cue."""

    start: int
    end: int
    kind: str
    cue_index: int  # word index of the governing cue in the sentence (-1: a colon)
    cue: Cue | None
    boundary: int  # where the speaker's words end (the complementizer, colon or mark)


def speaker_of(tracker: SpeakerTracker, sent: Sentence, q: Found, marks: list[tuple[int, int]],
             cues: list[tuple[int, Cue]], agreement: str | None,
             plural: bool = False, said: dict[int, str | None] | None = None) -> tuple[str | None, bool]:
    """The speaker, and whether the words after (or right before) its verb named it. A
    hearsay verb (ويتردد أن) has none; a plural verb without a subject (وأعلنوا) is a group,
    never one person carried on from before (a plural participle still takes the subject of
    its clause: «أكد السفراء ... مشيدين»; with none, it is a group too: «وجدد عدد من المواطنين
    مطالبهم، مؤكدين»)."""
    if q.cue is None:
        return tracker.implicit(sent, q.boundary, marks), False
    if q.cue.kind == "hearsay":
        return None, False
    if q.cue.kind == "participle":  # قال X إن ...، مضيفا أن ...: the verb's subject goes on
        if (issuer := _text_issuer(tracker, sent, q.cue_index)) is not None:
            return issuer, False  # «… حيث أرسل [X] بيانا صحفيا جاء فيه:»: X's statement, not who spoke before
        if (own := _saying_noun_subject(tracker.ctx, sent, q.cue_index, marks)) is not None:
            if agreement in ("m", "f") and own in tracker.persons:  # its pronoun tells his gender
                tracker.agreement.setdefault(own, agreement)  # «بقوله»: a later «وقالت» is not he
            return own, True  # «كما تحدث وزير الخارجية الألماني [X] بقوله:»: X, not who spoke before
        verbs = [(k, c) for k, c in cues if k < q.cue_index and c.kind != "participle"
                 and not (k > 0 and quote_cues().at(sent.words, k - 1, _PASSIVE))]  # تم نقل: a noun
        if verbs and quoted(sent, verbs[-1][0], marks):
            k, c = verbs[-1]  # a verb inside the words reported: its subject goes on only if a person
            speaker, _named = tracker.explicit(sent, k + c.size, q.cue_index)
            if speaker in tracker.persons \
                    and _subject_opens(tracker.ctx, sent, k + c.size, speaker):
                return speaker, False
            # وأضافت أن … أكدت مصادرنا [أو الحكومة] …، لافتة: the verb outside the quotation goes on
            verbs = [(k, c) for k, c in verbs if not quoted(sent, k, marks)]
        if verbs:
            k, c = verbs[-1]
            if not plural and (person := clause_verb_person(tracker.ctx, sent, k, q.cue_index)) is not None \
                    and agrees(agreement, tracker.gender_of(person)):
                return person, False  # «وقال الحمود: …، ليرد عليه [المالكي] قائلاً»: not الحمود
            if said and (given := said.get(k)) is not None:  # وقال [X] لـ«المدينة» إن ...، مشيرًا: X's goes on
                return given, False
            # «ووصفه بالإجرامي [مطالبا] الجميع أن …، مبينا»: a subject of the verb stands before the
            # first participle of saying after it; the words past that are the participle's own
            end = next((j for j in range(k + c.size, q.cue_index) if saying_participle(sent.words[j])),
                       q.cue_index)
            speaker, named = tracker.explicit(sent, k + c.size, end)
            if named and speaker is None and object_not_subject(tracker.ctx, sent, k, k + c.size, agreement):
                named = False  # «واعتبر [الإصابة] … أمرا ليس مفاجئا، مضيفا»: his, carried on
            if named:
                return speaker, False
        elif (held := participle_courtesy(tracker, sent, q.cue_index)) is not None:
            return held, False  # «رفع [سموه] التهاني إلى … الأمير X …، سائلا الله أن»: the prince, not X
        else:
            speaker, named = verb_opening_subject(tracker.ctx, sent, sent.words[q.cue_index].start)
            if named and (speaker is None or agrees(agreement, tracker.gender_of(speaker))) \
                    and not _object_member(tracker.ctx, sent, q.cue_index, speaker):
                return speaker, False  # استنكرت [البحرين] تصريحات المالكي …، معتبرة: not المالكي
            before = sent.words[q.cue_index].start
            if not named and not plural and (held := office_opening_holder(tracker.ctx, sent, before)) \
                    is not None and agrees(agreement, tracker.gender_of(held)) \
                    and not _object_member(tracker.ctx, sent, q.cue_index, held):
                return held, False  # وعبر الدكتور [الزياني] عن استغرابه من تصريحات روحاني …، مؤكدا
            if not named and (span := verb_opening_description(tracker.ctx, sent, before)) is not None \
                    and (speaker := tracker.explicit(sent, *span)[0]) is not None:
                return speaker, False  # وأرجعت [الشركة] نتائجها إلى …، مشيرة: the company named before
        speaker = tracker.implicit(sent, sent.words[q.cue_index].start, marks, agreement, plural)
        return (None if _object_member(tracker.ctx, sent, q.cue_index, speaker) else speaker), False
    i0 = q.cue_index + q.cue.size
    i1 = sent.word_index(q.boundary) if q.boundary < sent.end else len(sent.words)
    i1 = min(i1, i0 + MAX_SUBJECT_WORDS)
    relaying = quote_cues().at(sent.words, q.cue_index, _RELAY_VERBS) is not None
    learning = quote_cues().at(sent.words, q.cue_index, _LEARN_VERBS) is not None
    if relaying and (j := source_after(sent, i0, i1, learning)) is not None:
        if (told := relayed_agreement(sent.words[j - 1])) in ("m", "f"):  # ونقل التلفزيون [عنه] قوله
            return tracker.carried_on(told), False  # the one spoken of before, not the outlet
        speaker, named = tracker.explicit(sent, j, i1)  # نقلت صحيفة X عن [مصادر] أن: the source speaks
        if named:
            return speaker, True
    if q.cue.kind == "according_to" and (j := _person_in(tracker.ctx, sent, i0, i1)) is not None:
        i0 = j  # «ووفقا للرئيس [X]، فإن»: the person the source's words name, not the office after لـ
    if described_object(tracker.ctx, sent, q.cue_index, i0, i1):
        i1 = i0  # «ووصف [مشروع القناة] بأنه»: what is described, not who describes it
    i1 = asker_end(tracker.ctx, sent, q.cue_index, i0, i1)  # «واتهمت [اللجنة] X بأنه»: not X
    if (span := asking_subject(tracker.ctx, sent, q.cue_index)) is not None:
        speaker, named = tracker.explicit(sent, *span)  # «وكان [صالح] قد طالب الحكومة»: not the one asked
        if named:
            return speaker, True
    speaker, named = tracker.explicit(sent, i0, i1)
    if named and speaker is not None and q.cue.kind == "continuation" and i0 < i1 \
            and described_again(sent.words, i0) \
            and not tracker.ctx.mentions_in(sent.words[i0].start, sent.words[i1 - 1].end) \
            and (again := tracker.holder_again(sent.words[i0], speaker)) is not None:
        return again, True  # «وقال [X] …» then «وأضاف [المدرب] المخضرم»: X, not a coach named since
    if named and speaker is None and q.cue.kind == "continuation" and i0 < i1 \
            and described_again(sent.words, i0):
        return tracker.office_again(sent.words[i0], agreement), False  # وأضاف [القائد والمدرب السابق]
    if named and speaker is None and (issuer := tracker.issuers.results_issuer(sent, i0, i1)
                                      or tracker.issuers.poll_issuer(sent, i0, i1)) is not None:
        return issuer, True  # «وبينت [النتائج] أن» right after «الدراسة التي أعدها مركز X»: X's findings
    if speaker is None and asyndetic_resumptive(sent.words, q.cue_index, q.cue.size) \
            and (person := relative_person(tracker, sent, q.cue_index)
                 or clause_opening_person(tracker, sent, q.cue_index, agreement)) is not None:
        return person, False  # «كلمة ألقاها [خامنئي] أكد فيها», «أن [X] أجرى اتصالات …، قال فيها»
    if named and speaker is None and i0 < i1 \
            and (again := tracker.described_last(sent, i0, i1, agreement)) is not None:
        return again, True  # «المطربة التونسية X» … «وأكدت [الفنانة التونسية]»: she again
    if named:
        return speaker, True
    if (j := preverbal_subject(sent, q.cue_index, tracker.ctx.text)) is not None \
            and not ((m := tracker.ctx.mention_at(sent.words[j])) and m.start < sent.words[j].start):
        # وكانت الرئاسة قالت: its subject before it; not a name's last word («نهائي كأس [الملك] قال»)
        speaker, named = tracker.explicit(sent, j, q.cue_index)
        if named:
            return speaker, True
    if q.cue.kind == "verb" and indefinite_subject(tracker.ctx, sent, q.cue_index):
        return None, True  # «…، بيانات اقتصادية تؤكد أن»: an unnamed thing or group, no one carried on
    if (span := copula_subject(sent, q.cue_index) or clause_subject(sent, q.cue_index)
            or preposed_subject(sent, q.cue_index)
            or fronted_subject(sent, q.cue_index, tracker.ctx.text)) is not None:
        speaker, named = tracker.explicit(sent, *span)  # وكانت الأمم المتحدة قد أعلنت, أن [الأمانة] وأكدت
        if named:
            return speaker, True
    if fronted_subject(sent, q.cue_index, tracker.ctx.text) is not None:
        return None, True  # «لكن [دريك] قال»: the fronted words are its subject, a name the tagger missed
    if (span := according_fronted(sent, q.cue_index, tracker.ctx.text)) is not None:
        speaker, named = tracker.explicit(sent, *span)  # «ووفقا لـ[الوزارة]، فقد أعلنت»: the source
        if named or speaker_key(sent.words[span[0]].norm) in UNNAMED_SOURCES:
            return speaker, True  # «ووفقا [لمصادر] تحدثت للصحيفة، فقد أكدت أن»: unnamed sources
    if (j := relative_antecedent(tracker.ctx, sent, q.cue_index)) is not None:
        speaker, named = tracker.explicit(sent, j, j + 1)  # X الذي أوضح أن: the name before الذي
        if named:
            return speaker, True
    if q.cue.kind == "continuation" and (earlier := [k for k in said or {} if k < q.cue_index]):
        if (said or {})[max(earlier)] is None and tracker.unnamed_last(agreement):
            return tracker.carried_on(agreement), False  # وقالت مصادر إن …، وأضافت أن: the sources again
        if named_before := [k for k in earlier if (said or {})[k] is not None]:
            return (said or {})[max(named_before)], False  # أشار [X] الذي … إلى أن …، واستطرد: X
    if not plural and (same := sentence_speaker(tracker, sent, q.cue_index, said or {}, agreement, marks)) \
            is not None:
        return same, False  # «أكد دونيس أن غياب كريري مؤثر …، وأشار إلى أنه»: دونيس, not كريري
    if q.cue_index > 0 and sent.words[q.cue_index - 1].norm in relative_pronouns() \
            and (person := relative_person(tracker, sent, q.cue_index - 1)) is not None:
        return person, False  # «زهير مراد، الذي قال إنه»: the person before الذي, not the last speaker
    if thing_before(tracker.ctx, sent, q.cue_index):
        return None, False  # «إلا أن الواقع يشير إلى أن», «الأنباء الأولية تشير»: no one speaks
    return tracker.implicit(sent, sent.words[q.cue_index].start, marks, agreement, plural), False


def _object_member(ctx: ArticleContext, sent: Sentence, k: int, speaker: str | None) -> bool:
    """The person `speaker` is named in the participle's clause (before word `k`) only as one member
    of a group a preposition governs («وتوجه إلى أحد منظمي الحفل [X] قائلا له»: X heard it)."""
    if speaker is None:
        return False
    named = ctx.mentions_of(speaker, sent.start, sent.words[k].start, ("PER",))
    return bool(named) and all(governed_member(sent, m) for m in named)


def _text_issuer(tracker: SpeakerTracker, sent: Sentence, k: int) -> str | None:
    """For a clause about a text at word `k` («جاء فيه», «جاء فيها», «ما نصه») right after a
    statement noun (speaker_references kind statement; _TEXT_WORDS words at most between, none of
    them a name or behind a mark: «بيانا [صحفيا] جاء فيه:»), the issuer noted for that statement
    («أرسل [X] بيانا صحفيا جاء فيه:», «بيان صادر عن [الوزارة] جاء فيه»): the text is his, not the
    words of whoever spoke before in the sentence. None for a saying noun («بقوله»), or a
    statement whose issuer is not known."""
    ws = sent.words
    if ws[k].norm.startswith(("بقول", "بالقول")):
        return None
    for j in range(k - 1, max(-1, k - 1 - _TEXT_WORDS), -1):
        between = tracker.ctx.text[ws[j].end:ws[k].start]
        if any(ch in mark_kinds() or ch in ".:؛" for ch in between) \
                or tracker.ctx.mention_at(ws[j]) is not None:
            return None
        ref = speaker_ref(ws[j].norm)
        if ref is not None and ref[0] == "statement":
            return next((ent for pos, ent in tracker.issuers if pos == ws[j].start), None)
    return None


def _saying_noun_subject(ctx: ArticleContext, sent: Sentence, k: int,
                         marks: list[tuple[int, int]]) -> str | None:
    """For a saying noun with its pronoun at word `k` («بقوله», «بقولها», «بقولهم»): the first person
    named in its own clause before it — since the last quotation or marked words before it in the
    sentence — that no preposition governs («كما تحدث وزير الخارجية الألماني [X] بقوله», «علق [X]
    على تصريح كاميرون بقوله»): the clause's subject, not the speaker of a verb before that clause
    («… كما قال [Y]: إنه …، كما تحدث [X] بقوله»). None when that clause names no person."""
    w = sent.words[k]
    if not w.norm.startswith("بقول"):
        return None
    since = max([e for s, e in marks if e <= w.start and s >= sent.start], default=sent.start)
    for m in ctx.mentions_in(since, w.start, ("PER",)):
        if not any(s <= m.start < e for s, e in marks) and not governed(ctx, sent, m):
            return ctx.entity_of(m)
    return None


def _subject_opens(ctx: ArticleContext, sent: Sentence, k: int, speaker: str) -> bool:
    """The words right after a verb, from word `k` (a time and a preposition before them
    allowed: «ليرد [عليه] المالكي»), open with its subject: the person `speaker` or an office
    («أكد [لاعب] خط الوسط X»); not a noun of its object before a name («لا يرى [دورا] لبشار
    الأسد»)."""
    ws = sent.words
    while k < len(ws) and ctx.mention_at(ws[k]) is None and (ctx.in_timex(ws[k]) or _preposition(ws[k])):
        k += 1
    if k >= len(ws):
        return False
    m = ctx.mention_at(ws[k])
    named = ctx.entity_of(m) if m is not None else ctx.person_named(ws[k])
    return named == speaker or office_word(ws[k].norm)


def _preposition(w: Word) -> bool:
    """A preposition after a verb, bare («في») or with a pronoun («عليه», «لها»)."""
    return any(quote_cues().at(words_of(form), 0, _PREPOSITIONS) is not None
               for form in (w.norm, *(w.norm[:-len(p)] for p in (*pronoun_suffixes(), _FIRST_PERSON)
                                      if w.norm.endswith(p) and len(w.norm) > len(p) + 1)))


def _person_in(ctx: ArticleContext, sent: Sentence, i0: int, i1: int) -> int | None:
    """The word index of the first person named among words `i0`..`i1`; None when none is."""
    return next((j for j in range(i0, i1) if (m := ctx.mention_at(sent.words[j])) is not None
                 and m.label == "PER"), None)


def person_first(ctx: ArticleContext, sent: Sentence, q: Found) -> bool:
    """The verb's subject opens with a person or an office (قالت الوزيرة X), not a body whose
    gender the verb shows (وأعلنت إدارة الرئيس أوباما)."""
    k = q.cue_index + (q.cue.size if q.cue else 1)
    if q.cue_index < 0 or k >= len(sent.words):
        return False
    m = ctx.mention_at(sent.words[k])
    return (m is not None and m.label == "PER") or office_word(sent.words[k].norm)
