"""Single words that tell where a quotation or its speaker is: a verb of saying with an
object pronoun after the reported words («بحسب ما [ذكرته] وكالة يونهاب»); a word inside a name,
which is no verb of saying («وول [ستريت] جورنال»); the source after عن of a relaying verb («نقلت X
عن [مصادر]»). The subject put before a verb of saying is in quote_subjects.
"""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import SAYING_VERBS, SPEECH_CUES, Cue, quote_cues, speaker_ref
from marsad.events.quote_colon import subject_colon
from marsad.events.speaker_agreement import cue_agreement, relative_pronouns
from marsad.events.speaker_clauses import opens_new_subject
from marsad.events.speaker_names import definite
from marsad.events.words import Word
from marsad.lang import load_table
from marsad.lang.marks import mark_kinds
from marsad.lang.normalize import normalize
from marsad.lang.sentences import VOWEL_MARKS

_OBJECT_SUFFIXES = ("ها", "ه")
_BLOCKERS = frozenset({"blocker"})
_COMPLEMENTIZER = frozenset({"complementizer"})
_CLOSING_MARKS = "\"'”»″"
_RELAY_WORD = frozenset({"relay"})
_ABOUT = frozenset({"about"})
_LEARN_VERB = frozenset({"learn_verb"})
_RELAY_VERB = frozenset({"relay_verb"})
_OBJECT_AFTER = frozenset({"relay", "about"})  # عن: the verb's object follows
_SOURCE_WORDS = 7  # words from an attribution's verb to its clause's end: the verb and who said it
_REPLY_HOMOGRAPH = frozenset({"reply_homograph"})
_SHADDA = "\u0651"
_REPLY_WORDS = 3  # words after ردّ where its على or its أن may stand (its subject between)
_ANSWERED = frozenset({"علي", "عليه", "عليها", "عليهم", "عليهما", "له", "لها", "لهم", "لهما"})  # normalised
_NAME_PROCLITICS = "فب"  # first letters a name's word may open with that the scanner reads as a proclitic
_PARTICIPLE = frozenset({"participle"})  # «، مضيفا أن»: speech of its own
_NAMING = frozenset({"naming_verb"})
_AFFILIATED = normalize("تابع")  # as written, no و or ف: «تابع», «تابعا» (the adjective's accusative)
_AFFILIATED_WORDS = 3  # words after «تابع له» where a colon or complementizer would make it speech
_OWN_CLAUSE_WORDS = 16  # words from a verb to a complementizer of its own (its subject, a time)
_LEARN_SOURCE = frozenset({"learn_source"})
_COMMAS = "،,؛;"
_MARKS_AND_TATWEEL = VOWEL_MARKS | {"\u0640"}  # what «written» leaves out of a word
_LEARN_WORDS = 12  # words a verb of learning's subject and source may have before أن
_RELATIVE_CLAUSE_WORDS = 9  # words from a relative verb of saying to its complementizer


def verb_with_object(w: Word) -> Cue | None:
    """A verb of saying with an object pronoun: ذكرته = ذكرت + ه."""
    for suffix in _OBJECT_SUFFIXES:
        if w.norm.endswith(suffix) and len(w.norm) - len(suffix) >= 3:
            bare = Word(w.start, w.end - len(suffix), w.norm[:-len(suffix)])
            if (cue := quote_cues().at([bare], 0, SAYING_VERBS)) is not None:
                return cue
    return None


def relative_antecedent(ctx: ArticleContext, sent: Sentence, k: int) -> int | None:
    """The word index of a person or body named right before the relative pronoun that comes
    before the verb of saying at word `k` («الرائد نايف الشريف [الذي] أوضح أنه ...»): the verb
    is its relative clause's, and that name its subject; None when no name stands there."""
    ws = sent.words
    if k < 2 or not quote_cues().at(ws, k - 1, _BLOCKERS) or quote_cues().at(ws, k, SAYING_VERBS) is None:
        return None
    gap = ctx.text[ws[k - 2].end:ws[k - 1].start]
    if gap.strip(" \u00a0،," + _CLOSING_MARKS):
        return None  # a clause between the name and its relative pronoun
    if k + 1 >= len(ws) or not (quote_cues().at(ws, k + 1, _COMPLEMENTIZER)
                                or ":" in ctx.text[ws[k].end:ws[k + 1].start]
                                or _own_relative_clause(ctx, sent, k)):
        return None  # «ونفى فابيوس الذي اعتبر من الصارمين ... أن»: the clause is the main verb's
    m = ctx.mention_at(ws[k - 2])
    pronoun = ws[k - 1].norm[1:] if ws[k - 1].norm.startswith("و") else ws[k - 1].norm
    if gap.strip(" \u00a0" + _CLOSING_MARKS) and (m is None or m.label != "PER" or cue_agreement(ws[k]) == "p"
                                                   or pronoun not in relative_pronouns()):
        # «X، والذي ذكر أن»: a person set off by a comma by a relative pronoun, not a body («… في
        # مديرية التوثيق والأمن، الذي يقول»), «مما» (the whole clause's: «…، مما يؤكد أن») nor a
        # plural verb («بطارية بسعة 3.050 ميللي [أمبير]، والذي وصفوه بأنه»: theirs, not the name's)
        return None
    return k - 2 if m is not None and m.label in ("PER", "ORG") else None


def _own_relative_clause(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """A complementizer a few words past the relative verb of saying at word `k`, after its
    time, place or medium and no comma («بلاتر الذي أعلن [في يونيو الماضي] أنه», «العنزي الذي
    أكد [فيه] أنه»), in a sentence with no verb of saying of its own before the relative pronoun
    («ونفى فابيوس الذي اعتبر من الصارمين ... أن»: the clause is the main verb's)."""
    ws = sent.words
    if any(j < k - 1 and not (j > 0 and quote_cues().at(ws, j - 1, _BLOCKERS))
           for j, _ in quote_cues().each(ws, SPEECH_CUES)):
        return False
    return _complementizer_soon(ctx, ws, k + 1)


def _complementizer_soon(ctx: ArticleContext, ws: list[Word], j0: int) -> bool:
    """A complementizer within a few words from word `j0`, with no comma, mark or other verb of
    saying before it."""
    for j in range(j0, min(len(ws), j0 + _RELATIVE_CLAUSE_WORDS)):
        if any(ch in ctx.text[ws[j - 1].end:ws[j].start] for ch in "،,.;؛:\"'“«"):
            return False
        if quote_cues().at(ws, j, _COMPLEMENTIZER):
            return True
        if quote_cues().at(ws, j, SPEECH_CUES):
            return False
    return False


def source_after(sent: Sentence, i0: int, i1: int, learning: bool = False) -> int | None:
    """The word after the عن that names the source within the subject words [i0, i1) of a
    relaying verb («نقلت صحيفة X عن [مصادر] ...»), or after the من of a verb of learning
    («وعلمت "الوطن" من [مصادر] مطلعة أن ...»), or None."""
    kinds = _LEARN_SOURCE if learning else _RELAY_WORD
    return next((j + 1 for j in range(i0 + 1, i1 - 1) if quote_cues().at(sent.words, j, kinds)), None)


def learned_without_source(sent: Sentence, k: int, size: int) -> bool:
    """The cue at word `k` is a verb of learning whose subject, up to the complementizer, names
    no source after من («وعلمت "الوطن" أن ...»): what the writer found out, no quotation."""
    if quote_cues().at(sent.words, k, _LEARN_VERB) is None:
        return False
    for j in range(k + size, min(len(sent.words), k + size + _LEARN_WORDS)):
        if quote_cues().at(sent.words, j, _COMPLEMENTIZER):
            return True
        if quote_cues().at(sent.words, j, _LEARN_SOURCE) and j > k + size:
            return False
    return True


def after_preposition(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """The word `k`, a verb of saying's form, comes right after a preposition (quote_cues kind
    preposition, matched as written, vowel marks and و/ف aside, so the name «علي» is none): it
    is that verb's verbal noun, no verb («وأشار «الصفيان» إلى [نقل] حدود المركز ...»: moving,
    not relaying; «في [رد] على سؤال»); so is a bare فَعْل joined by و to a noun behind «لل»/«بال»,
    a definite noun after it («للتدريب [ونقل] التقنية»), with no shadda nor office («[وبيّن] المحافظ»).
    Never across a comma: «تم عن بعد، [مشيرا] إلى أن …» is a participle going on with the speaker."""
    w, ws = sent.words[k - 1], sent.words
    if k > 0 and comma_parted(ctx, ws, k):
        return False
    if k == 0 or _joined_verbal_noun(ctx, w, ws[k], ws[k + 1] if k + 1 < len(ws) else None):
        return k > 0
    written = "".join(ch for ch in ctx.text[w.start:w.end] if ch not in _MARKS_AND_TATWEEL)
    return ctx.mention_at(w) is None and (
        written in _prepositions() or (written[:1] in "وف" and written[1:] in _prepositions()))


def comma_parted(ctx: ArticleContext, ws: list[Word], k: int) -> bool:
    """A comma stands between word `k` and the word before it: that word cannot make word `k` a
    verbal noun, a relative clause's verb or a name's word («فيما بينهم، [مشيرًا] إلى أن …»)."""
    return any(ch in _COMMAS for ch in ctx.text[ws[k - 1].end:ws[k].start])


def _joined_verbal_noun(ctx: ArticleContext, before: Word, w: Word, after: Word | None) -> bool:
    return after is not None and w.norm.startswith("و") and len(w.norm) == 4 and "ا" not in w.norm[1:] \
        and _SHADDA not in ctx.text[w.start:w.end] and speaker_ref(after.norm) is None \
        and before.norm.startswith(("لل", "بال")) and definite(after.norm) and ctx.mention_at(after) is None \
        and not ctx.text[before.end:w.start].strip() and not ctx.text[w.end:after.start].strip()


@cache
def name_particles() -> frozenset[str]:
    """The words that join a name's parts (resolve_particles.tsv: بن, أبو, أبي, عبد), normalised:
    a verb's form right after one is a word of that name («علي بن أبي طالب»)."""
    return frozenset(normalize(r["form"]) for r in load_table("resolve_particles"))


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(r["form"] for r in load_table("quote_cues") if r["kind"] == "preposition")


def name_word(ctx: ArticleContext, w: Word) -> bool:
    """A word of a name that reads as a complementizer behind a proclitic («لويس [فان] جال»,
    «[بان] كي مون», «مدينة [فان]»): part of the name, no فإن or بأن."""
    return ctx.text[w.start:w.start + 1] in _NAME_PROCLITICS and ctx.mention_at(w) is not None


def inside_name(ctx: ArticleContext, w: Word) -> bool:
    """The word is inside a name, past its first word (ستريت in «وول ستريت جورنال»), or opens a
    name that marks enclose whole (a title: مسرحية "[قال] الراوي"): no cue."""
    m = ctx.mention_at(w)
    return m is not None and (m.start < w.start or _marked_whole(ctx.text, m.start, m.end))


def _marked_whole(text: str, start: int, end: int) -> bool:
    """A mark stands right before `start` and right after `end` (spaces aside): the name is a
    title the marks enclose, not words that open with a verb of saying."""
    before = text[:start].rstrip()[-1:]
    after = text[end:].lstrip()[:1]
    return bool(before) and bool(after) and before in mark_kinds() and after in mark_kinds()


def own_colon(ctx: ArticleContext, sent: Sentence, k: int, size: int) -> bool:
    """A colon ends the subject of the verb of saying at word `k`, with no other verb of saying
    on the way («بيننا وبين صناع القرار، وأضاف شبانة: ...»: the colon is أضاف's, not بين's)."""
    colon = subject_colon(ctx.text, sent, k, size, False)
    if colon < 0:
        return False
    return not any(k + size <= j and sent.words[j].end <= colon
                   for j, _ in quote_cues().each(sent.words, SPEECH_CUES))


_RESUMPTIVE_SUBJECT = 12  # words after فيه where a relative verb's own named subject may stand
_RESUMPTIVE = frozenset({"فيه", "فيها"})  # «في الوقت الذي قال [فيه] X إن»: "in which"
RESUMPTIVE = _RESUMPTIVE  # read by quote_nominal too


def resumptive_subject(ctx: ArticleContext, sent: Sentence, k: int, size: int) -> bool:
    """The verb of saying at word `k` (`size` words) after a relative pronoun has فيه or فيها
    right after it and a complementizer within a few words, no comma or mark between («في الوقت
    الذي أفاد [فيه] مصدر مسؤول بأن ...», «التي أكد فيها جون راي أنه ...»): the pronoun is the
    clause's "in which", the words after it the verb's own subject, the clause its speech."""
    ws, j0 = sent.words, k + size
    if j0 >= len(ws) or ws[j0].norm not in _RESUMPTIVE:
        return False
    return _complementizer_soon(ctx, ws, j0 + 1) or resumptive_named(ctx, ws, j0)


def resumptive_named(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """Word `j`, right after a relative verb of saying, is فيه or فيها and a person is named
    within a few words after it («في الوقت الذي أكد [فيه] رئيس اللجنة المهندس [X] ...»): the
    verb's own subject follows, as after a verb that opens its clause."""
    if j >= len(ws) or ws[j].norm not in _RESUMPTIVE:
        return False
    return any((m := ctx.mention_at(ws[i])) is not None and m.label == "PER"
               for i in range(j + 1, min(len(ws), j + 1 + _RESUMPTIVE_SUBJECT)))


def asyndetic_resumptive(ws: list[Word], k: int, size: int) -> bool:
    """The verb of saying at word `k` (`size` words) has فيه or فيها right after it and no
    relative pronoun before it («في بيان أعلن [فيه] التغييرات “...”», «كلمة ألقاها X أكد [فيها]
    وقوف ...»): a relative clause on the statement noun before it, whose subject is not after the
    verb but the one who gave that statement, named before it. Not after a word that opens a
    clause of its own («…، حيث قال فيه»: the sentence's subject, not the name before it)."""
    return k > 0 and k + size < len(ws) and ws[k + size].norm in _RESUMPTIVE \
        and quote_cues().at(ws, k - 1, _BLOCKERS) is None and not opens_new_subject(ws[k - 1])


def clause_after_about(ws: list[Word], j: int) -> bool:
    """Word `j` is a preposition of `about` kind right before a complementizer («كشف [عن] أن»,
    «أعلنت [عن] أنها»): what follows is the verb's own reported clause, not a relay of someone
    else's words («نقلت عنها أن»)."""
    return quote_cues().at(ws, j, _ABOUT) is not None and j + 1 < len(ws) \
        and quote_cues().at(ws, j + 1, _COMPLEMENTIZER) is not None


def own_clause(ctx: ArticleContext, ws: list[Word], k0: int) -> bool:
    """A complementizer within a few words from word `k0` opens a clause of the verb right
    before it (its subject between), or عن its object («، كما كشفت التحقيقات عن وجود ...»;
    a relaying verb's عن names its source instead: «كما نقلت الوكالة عن مصادر»): not one past
    a relative pronoun («بحسب ما ذكرت X التي رأت أن»: the relative verb's clause), nor one past a
    comma and a participle of saying («...، كما قال، [مضيفا] أن ...»: that participle's own
    clause; the words before «كما قال» stay the ones attributed), unless the verb only names
    («، كما يصف، مفيدا أن»: an epithet's aside) or the participle tells its manner («بقوله»)."""
    relaying = quote_cues().at(ws, k0 - 1, _RELAY_VERB) is not None
    naming = k0 > 0 and quote_cues().at(ws, k0 - 1, _NAMING) is not None
    for j in range(k0, min(len(ws), k0 + _OWN_CLAUSE_WORDS)):
        if quote_cues().at(ws, j, _BLOCKERS):
            return False
        if not naming and ctx.comma_between(ws[j - 1], ws[j]) \
                and ws[j].norm[:1] != "ب" and quote_cues().at(ws, j, _PARTICIPLE) is not None:
            return False
        if (quote_cues().at(ws, j, _COMPLEMENTIZER) and not name_word(ctx, ws[j])) \
                or (not relaying and quote_cues().at(ws, j, _OBJECT_AFTER)):
            return True  # not «فان» of «لويس فان جال», a name's word read as فإن
    return False


def source_only(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """From the verb of saying at word `k` the clause holds only who said it, up to a comma or
    the sentence's end («...، كما أعلنت الحكومة المالية مساء الأحد.», «كما يقول الروقي، الذي
    ...»): not a verb with an object or words of its own after its subject («كما توقعت الأرصاد
    هطولا للأمطار على ...», «كما أوضح «لم تقض ...»», «فكما يقول X: ...»), nor the writer's own
    «كما ذكرنا»."""
    ws = sent.words
    if ws[k].norm.endswith("نا"):
        return False  # وكما ذكرنا, أشرنا: the writer, not a source
    for j in range(k + 1, min(len(ws), k + 1 + _SOURCE_WORDS) + 1):
        between = ctx.text[ws[j - 1].end:ws[j].start if j < len(ws) else sent.end]
        if any(ch in between for ch in ":\"'“«‹‘"):
            return False  # فكما يقول X: «...»: his own words follow
        if any(ch in between for ch in "،,.;؛"):
            return True
        if j == len(ws):
            return True
    return False


def speaks_anew(ctx: ArticleContext, w: Word) -> bool:
    """A verb of saying joined by و with its colon right after it («أن المكسيك تملك الأفضلية
    وقال: "..."»): new speech of the same speaker, which ends the clause before it (not «أنه
    عندما قال: «...» كان يقصد ...», a saying inside the clause)."""
    return ctx.text[w.start:w.start + 1] == "و" and ctx.text[w.end:w.end + 2].lstrip().startswith(":")


def came_not_replied(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """The cue at word `k` is ردّ written with و and no shadda (quote_cues kind reply_homograph)
    with neither على, a لـ of the one answered nor a complementizer in the few words after it:
    وَرَدَ, came or was mentioned («ورد اسم X ... إلا أن ...», «ورد بلاغ عند الساعة ...»), no reply
    («وردت عليه بقوة: ...», «ورد الوزير على الصحفيين بأن ...», «ورد له نحن ...») nor a statement's
    words («وفي بيان صدر عن الهيئة، ورد أن ...», «ورد في التقرير أن ...»)."""
    ws = sent.words
    if quote_cues().at(ws, k, _REPLY_HOMOGRAPH) is None or _SHADDA in ctx.text[ws[k].start:ws[k].end + 1]:
        return False  # the scanner's word leaves out a final shadda: «وردّ»
    near = range(k + 1, min(len(ws), k + 1 + _REPLY_WORDS))
    return not any(ws[j].norm in _ANSWERED or quote_cues().at(ws, j, _COMPLEMENTIZER) for j in near)


def affiliated(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """The continuation verb at word `k` is the adjective تابع (affiliated), not «(و)تابع» going on
    with a speaker: written without و or ف, a word with لـ right after it («موقع إلكتروني [تابع]
    له», «لواء [تابع] للجيش») and no colon nor complementizer in the next few words (which would
    make it speech: «تابع لـ"عكاظ" أن ...»)."""
    ws = sent.words
    if not ws[k].norm.startswith(_AFFILIATED) or k + 1 >= len(ws) or ws[k + 1].norm[:1] != "ل":
        return False  # «وأضافت لقد ...», «وتابع لـ...»: a verb going on
    near = range(k + 1, min(len(ws), k + 1 + _AFFILIATED_WORDS))
    return not any(quote_cues().at(ws, j, _COMPLEMENTIZER) for j in near) \
        and ":" not in ctx.text[ws[k].end:ws[near[-1]].end]
