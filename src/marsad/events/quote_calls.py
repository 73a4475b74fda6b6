"""Calls quoted in marks: «دعا X أمس حزب العمال الكردستاني إلى «[رفع اصبعه عن الزناد]»», «ودعا مصدر
عسكري ... إلى «[الاستفادة من ...]»», «وتعهد رئيس الوزراء البريطاني «[بمواجهة التطرف ...]»».

A verb of calling, asking or pledging (quote_calls.tsv) is no verb of saying: with a noun object
after its preposition it names what was asked for, not words said («دعا إلى الحوار»), and
quote_objects leaves it out. When its preposition opens marked words of more than a few words,
right before the marks or as their first word's proclitic, the marks hold the caller's own words:
a direct quotation whose speaker is the verb's subject (issue 15 round 29).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import SPEECH_CUES, Cue, quote_calls, quote_cues
from marsad.events.quote_labels import trim
from marsad.events.quote_names import COLON_WORDS
from marsad.events.quote_speaker import Found
from marsad.events.quote_words import after_preposition, inside_name
from marsad.events.words import Word, mark_before, stems
from marsad.lang.marks import CLAUSE_BREAKS
from marsad.lang.normalize import normalize

_CALL_WORDS = 18  # words from the verb to the marks: its subject, a time, who is called on
_ASKED, _FROM = "من+", "من"  # quote_calls preposition: the one asked after من, then the marks
_SPEECH_OR_COMPLEMENTIZER = SPEECH_CUES | frozenset({"complementizer"})
_BLOCKERS = frozenset({"blocker"})
_CLAUSE_WORDS = 6  # words from a call verb to the أن of its call: its subject, the one called
_THAT = frozenset(normalize(w) for w in ("أن", "بأن"))  # a bare أن: «بأنه» opens a statement, no call
_IMPERFECT = "يتن"  # the first letter of a verb in the subjunctive after أن (يتحملوا, تفتح, نعمل)
_PREPOSITIONS = frozenset({"stop", "preposition"})
_PROCLITICS = "لبك"  # a preposition on a word between the verb and أن: a noun called for, no clause


def called_speech(ctx: ArticleContext, sent: Sentence, marks: list[tuple[int, int]],
                  found: list[Found]) -> list[Found]:
    """The marked words a verb of calling introduces through its preposition, each a direct
    quotation of the verb's subject; none that overlaps a quotation already `found`."""
    ws = sent.words
    calls = list(quote_calls().each(ws))
    out: list[Found] = []
    for s, e in marks:
        if any(f.start < e and s < f.end for f in found + out) \
                or len(ctx.text[s:e].split()) <= COLON_WORDS:
            continue
        last = max((j for j, w in enumerate(ws) if w.end <= s - 1), default=None)
        first = next((j for j, w in enumerate(ws) if w.start >= s), None)
        if last is None:
            continue
        for k, c in reversed(calls):
            if k + c.size > last + 1 or last - k >= _CALL_WORDS:
                continue
            if any(quote_cues().at(ws, j, _SPEECH_OR_COMPLEMENTIZER) for j in range(k + c.size, last + 1)):
                break  # «دعا X إلى ... وقال «...»»: the marks are the later verb's
            preps = c.value.split()
            before = not ctx.text[ws[last].end:s - 1].strip() and _preposition(ws[last], preps) \
                and last >= k + c.size
            inside = first is not None and any(st.clitic in preps for st in stems(ws[first].norm)) \
                and not ctx.text[ws[last].end:s - 1].strip(" \u0640")
            asked = _ASKED in preps and not ctx.text[ws[last].end:s - 1].strip() \
                and any(ws[j].norm == _FROM for j in range(k + c.size, last))  # طلب X من [Y] «...»
            if before or inside or asked:
                out.append(Found(s, e, "direct", k, Cue("verb", c.size), s - 1))
            break
    return out


def nearer_calls(sent: Sentence, found: list[Found]) -> list[Found]:
    """The quotations `found`, each governed by the participle of calling (quote_calls, kind
    participle) that stands between its verb and its complementizer, when one does: the clause is
    what that participle asks for, its speaker the participle's clause subject («وتطرق [X] …
    ووصفه بالإجرامي المشين [مطالبا] كل من لديه عقل …، أن يجرم هذا العمل»: X asks it, not «كل من
    لديه عقل», a subject «وصفه» never had). The span stays as found."""
    ws = sent.words
    calls = [(k, c) for k, c in quote_calls().each(ws) if c.kind == "participle"]
    out: list[Found] = []
    for f in found:
        if f.cue is not None and f.cue_index >= 0 and f.cue.kind != "participle":
            b = sent.word_index(f.boundary) if f.boundary < sent.end else len(ws)
            near = [(k, c) for k, c in calls if f.cue_index + f.cue.size <= k < b]
            if near:
                k, c = near[-1]
                f = replace(f, cue_index=k, cue=Cue(c.kind, c.size))
        out.append(f)
    return out


def _preposition(w: Word, preps: list[str]) -> bool:
    """The word is one of the verb's prepositions: a word (إلى, الى) or a lone proclitic (لـ, بـ)."""
    return any(w.norm == p or w.norm.rstrip("\u0640") == p for p in preps)


def called_clauses(ctx: ArticleContext, sent: Sentence, found: list[Found]) -> list[Found]:
    """The clause a verb of calling or asking (quote_calls) introduces with أن and a verb in the
    subjunctive, its subject and the one called between, nothing else: «وطالب الخطباء الجميع أن
    [يتحملوا مسؤوليتهم ...]», «داعين الله تعالى أن [يحفظ بلادنا ...]», «ودعا X الحكومة إلى أن
    [تفتح تحقيقا ...]», up to the next verb of saying or the sentence's end: reported speech, the
    words asked for. Not when the call's preposition takes a noun first («يدعو للغبطة ... أن»: a
    call for a thing), a comma or a verb of saying comes between, or the verb follows ما or الذي
    («الأمر الذي دعا الحكومة إلى أن ...»: what prompted it, no call)."""
    ws = sent.words
    out: list[Found] = []
    for k, c in quote_calls().each(ws):
        if _ASKED in c.value.split() or (k > 0 and quote_cues().at(ws, k - 1, _BLOCKERS)) \
                or inside_name(ctx, ws[k]) or after_preposition(ctx, sent, k):
            continue
        comp = _call_clause(ctx, ws, k + c.size, c.value.split())
        if comp is None or comp + 1 >= len(ws) or ws[comp + 1].norm[:1] not in _IMPERFECT:
            continue
        nxt = min(next((i for i, _ in quote_cues().each(ws, SPEECH_CUES, start=comp + 1)), len(ws)),
                  _clause_end(ctx, ws, comp + 1))
        start, end = trim(ctx.text, ws[comp].end, ws[nxt].start if nxt < len(ws) else sent.end)
        if len(ctx.text[start:end].split()) < COLON_WORDS \
                or any(f.start < end and start < f.end for f in found + out):
            continue
        out.append(Found(start, end, "indirect", k, Cue(c.kind, c.size), ws[comp].start))
    return out


def _clause_end(ctx: ArticleContext, ws: list[Word], i0: int) -> int:
    """The word where the called clause from word `i0` ends: the first one after a comma that does
    not go on with what was asked, another أن or a verb in the subjunctive joined by و or ف
    («أن يطيل عمره، [ويبعد] ملك الموت عنه، [فاستجاب] الله», «داعيا المولى أن يديم ...، [مقدما]
    تهنئته ...»: the caller's next deed), or the sentence's end."""
    for j in range(i0 + 1, len(ws)):
        if not ctx.comma_between(ws[j - 1], ws[j]):
            continue
        w = ws[j].norm
        bare = w[1:] if w[:1] in "وف" else w
        if bare not in _THAT and not (w[:1] in "وف" and bare[:1] in _IMPERFECT):
            return j
    return len(ws)


def _call_clause(ctx: ArticleContext, ws: list[Word], i0: int, preps: list[str]) -> int | None:
    """The word of the bare أن (or بأن) that opens a call's clause within a few words from word
    `i0` (right after the verb), its own preposition before it at most («إلى أن»); None when a
    break, a verb of saying or the preposition with a noun («للغبطة», «إلى الحوار») comes first."""
    for j in range(i0, min(len(ws), i0 + _CLAUSE_WORDS + 1)):
        if j > i0 and mark_before(ctx.text, ws, j, CLAUSE_BREAKS):
            return None
        if ws[j].norm in _THAT:
            return j
        if quote_cues().at(ws, j, _SPEECH_OR_COMPLEMENTIZER) is not None:
            return None
        if ws[j].norm in preps:
            return j + 1 if j + 1 < len(ws) and ws[j + 1].norm in _THAT else None
        if ctx.mention_at(ws[j]) is not None:
            continue  # a name, whatever its first letters
        if quote_cues().at(ws, j, _PREPOSITIONS) is not None or ws[j].norm == _FROM \
                or any(st.clitic[:1] in _PROCLITICS for st in stems(ws[j].norm) if st.clitic):
            return None  # «يدعو للغبطة ... أن», «دعا في كلمته ...»: a thing called for, a phrase
    return None
