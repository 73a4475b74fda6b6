"""Speech right after a participle of saying, with no أن, colon or marks: «أجابني قائلا [الزواج
هو الذي عزف عني]», «متسائلا، [لماذا رفضتم النظام؟ ...]», «مضيفًا [الخدمات البلدية من
الأولويات ...]». The participle's clause subject said it (as «قائلا: ...»); the words run to
the next verb or participle of saying that opens a clause, or to the sentence's end. After any
verb or participle of saying, an opening mark the sentence never closes opens such speech too
(«وتابع" انا من عشاق درويش ...», «وأضاف قائلا " تفاعل الناس ...»).

After a verb of saying, the speech may also follow bare when its first word can only open speech
(quote_speech_openers.tsv: a first-person pronoun, a vocative, a question word, a negation):
«فقال له [كيف نجوت؟]», «قال [لا إله إلا الله]», «وقال المدير [بيير فسيير] [نحن سعداء ...]»: past
the verb, its addressee (له) and its named subject, or an untagged definite subject of a noun and its
adjective before an opener («فقال الشيخ العجوز [يا بني ...]»). With no subject named, a comma may open it too,
any word after it («وهو يقول، [كنت في بداية عملي ...]»), where no complementizer, colon or mark
follows in the sentence.
"""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue, quote_cues
from marsad.events.quote_colon import colon_speech_end
from marsad.events.quote_labels import trim
from marsad.events.quote_names import COLON_WORDS
from marsad.events.quote_speaker import Found
from marsad.events.words import Word
from marsad.lang import load_table
from marsad.lang.marks import SPEECH_CLOSERS, SPEECH_OPENERS
from marsad.lang.normalize import normalize

_BARE = frozenset({"bare_speech"})  # quote_cues: participles whose speech may follow them bare
_GAP = " \u00a0،,"  # what may stand between the participle and the speech («متسائلا، لماذا ...»)
_COMMAS = frozenset({"،", ","})
_COMPLEMENTIZER = frozenset({"complementizer"})
_CLAUSE_OPENER = frozenset({"clause_opener"})


_CONJUNCTIONS = "وف"
_ASIDE = frozenset({"attribution", "attribution_as"})  # quote_cues: كما, حسبما before a verb
_ADDRESSEE = frozenset({"addressee"})
_SUBJECT_LABELS = ("PER", "ORG")
_DESCRIBED_WORDS = 2  # definite words of an untagged subject before an opener («فقال الرجل العجوز لا ...»)
_OPENED_WORDS = 2  # an opener shows speech, even short («كيف نجوت؟»); not a bare «لا» or «نعم»


@cache
def _openers() -> dict[str, frozenset[str]]:
    """quote_speech_openers: the verbs of saying (kind verb) and the words that open speech."""
    rows = load_table("quote_speech_openers")
    return {"verb": frozenset(normalize(r["form"]) for r in rows if r["kind"] == "verb"),
            "opener": frozenset(normalize(r["form"]) for r in rows if r["kind"] != "verb")}


def _saying(ws: list[Word], k: int) -> bool:
    """Word `k` is a verb of saying proper of quote_speech_openers (و or ف stripped), not after an
    aside's «كما» or «حسبما» («كما تقول لا يتم ...»: the writer's words go on)."""
    w = ws[k].norm
    w = w[1:] if w[:1] in _CONJUNCTIONS and w[1:] in _openers()["verb"] else w
    return w in _openers()["verb"] and not (k > 0 and quote_cues().at(ws, k - 1, _ASIDE) is not None)


def opened_speech(ctx: ArticleContext, sent: Sentence, cues: list[tuple[int, Cue]],
                  pairs: list[tuple[int, int]]) -> list[Found]:
    """Speech after each verb of saying of `cues` (past its addressee, له, and a named subject
    right after it) whose first word is one of quote_speech_openers, with only spaces between:
    to the next verb of saying that opens a clause, or the sentence's end."""
    ws, out = sent.words, []
    for k, c in cues:
        if c.size != 1 or not _saying(ws, k):
            continue
        j = k + c.size
        if j < len(ws) and (to := quote_cues().at(ws, j, _ADDRESSEE)) is not None:
            j += to.size
        unnamed, marked = j, False
        if j < len(ws) and (m := ctx.mention_at(ws[j])) is not None and m.label in _SUBJECT_LABELS \
                and m.start >= ws[j].start:
            marked = (m.start, m.end) in pairs  # «وقال "القاضي"»: the name alone between marks
            while j < len(ws) and ws[j].start < m.end:
                j += 1
        elif (d := _described_subject(ctx, ws, j)) > j:
            j = d if d < len(ws) and ws[d].norm in _openers()["opener"] else j
        if j >= len(ws):
            continue
        opener = ws[j].norm in _openers()["opener"] and not ctx.text[ws[j - 1].end:ws[j].start].strip()
        if not opener and not (j == unnamed and _after_comma(ctx, sent, j)) \
                and not (marked and _after_marked_name(ctx, sent, cues, j)):
            continue
        if any(s <= ws[j].start < e for s, e in pairs):
            continue
        start, end = trim(ctx.text, ws[j].start, colon_speech_end(sent, cues, ws[j - 1].end, ctx.text))
        if len(ctx.text[start:end].split()) >= _OPENED_WORDS:
            out.append(Found(start, end, "direct", k, c, ws[j - 1].end))
    return out


def _described_subject(ctx: ArticleContext, ws: list[Word], j: int) -> int:
    """Past a subject no name tags, a definite noun and its adjectives right after the verb
    («فقال الشيخ [يا بني ...]», «فقال الرجل العجوز [لا أعرف]»): the index after them, or `j`.
    Only spaces between; no cue word among them."""
    end = j
    while end < len(ws) and end - j < _DESCRIBED_WORDS and ws[end].norm.startswith("ال") \
            and not ctx.text[ws[end - 1].end:ws[end].start].strip() and quote_cues().at(ws, end) is None:
        end += 1
    return end


def _after_marked_name(ctx: ArticleContext, sent: Sentence, cues: list[tuple[int, Cue]], j: int) -> bool:
    """Speech opens at word `j` right after the speaker's name the writer set alone between
    quotation marks after the verb («وقال "القاضي" [خادم الحرمين لا يفتأ …]»): the closing mark
    ends the subject. Not when word `j` is a cue word (إنه, لـ, في, عن), a name or a time («قال
    "عسيري" الليلة»), nor when a colon or a complementizer before the next verb of saying shows
    where the speech opens («قال “جون كول” المدير التنفيذي …: إن»)."""
    ws = sent.words
    if ctx.text[ws[j - 1].end:ws[j].start].strip(_GAP + SPEECH_CLOSERS) \
            or quote_cues().at(ws, j) is not None or ctx.mention_at(ws[j]) is not None or ctx.in_timex(ws[j]):
        return False
    end = colon_speech_end(sent, cues, ws[j - 1].end, ctx.text)
    return ":" not in ctx.text[ws[j].start:end] and not any(
        quote_cues().at(ws, i, _COMPLEMENTIZER) for i in range(j + 1, len(ws)) if ws[i].start < end)


def _after_comma(ctx: ArticleContext, sent: Sentence, j: int) -> bool:
    """Speech opens at word `j` after a comma that follows a verb of saying with no subject named
    (or its addressee): «وهو يقول، [كنت في بداية عملي ...]», «يقول للصحفيين، [أعطوني فرصة ...]».
    Not when a cue word or a name opens the words («وقال، خلال المؤتمر، ...», «وقال، وهو ...»), nor
    when a complementizer, a colon or a mark follows in the sentence: the speech is found there."""
    ws = sent.words
    cue = quote_cues().at(ws, j)  # a blocker (ما, الذي) only unmakes a verb after it: «وقال، [ما يتردد …]»
    if ctx.text[ws[j - 1].end:ws[j].start].strip() not in _COMMAS \
            or (cue is not None and cue.kind != "blocker") or ctx.mention_at(ws[j]) is not None:
        return False
    rest = ctx.text[ws[j].start:sent.end]
    return not any(ch in rest for ch in ":" + SPEECH_OPENERS) \
        and not any(quote_cues().at(ws, i, _COMPLEMENTIZER) and not quote_cues().at(ws, i - 1, _CLAUSE_OPENER)
                    for i in range(j + 1, len(ws)))  # «أعطوني فرصة ...، قبل أن أجيب»: an adverbial clause


def bare_speech(ctx: ArticleContext, sent: Sentence, cues: list[tuple[int, Cue]],
                pairs: list[tuple[int, int]]) -> list[Found]:
    """Speech after each participle of `cues` that quote_cues also gives kind `bare_speech`,
    when its next word opens it: no complementizer, preposition or other cue word, no mark
    or colon between; or after any cue, an opening mark between that closes no pair."""
    ws, out = sent.words, []
    for k, c in cues:
        j = k + c.size
        if j >= len(ws):
            continue
        gap = ctx.text[ws[j - 1].end:ws[j].start].strip(_GAP)
        at = ctx.text.find(gap, ws[j - 1].end) if len(gap) == 1 else -1
        unpaired = gap in SPEECH_OPENERS and at >= 0 and not any(at in (s - 1, e) for s, e in pairs)
        if not unpaired and (quote_cues().at(ws, k, _BARE) is None or gap):
            continue  # «وتابع" انا من عشاق درويش»: a mark the sentence never closes opens the speech
        if quote_cues().at(ws, j) is not None or any(s <= ws[j].start < e for s, e in pairs):
            continue
        start, end = trim(ctx.text, ws[j].start, colon_speech_end(sent, cues, ws[j - 1].end, ctx.text))
        if len(ctx.text[start:end].split()) < COLON_WORDS:
            continue
        out.append(Found(start, end, "direct", k, c, ws[j - 1].end))
    return out
