"""What a call asked for as a noun phrase after «إلى», with no marks: «ودعا X الحكومة التركية إلى
[عدم التخلي عن عملية السلام ...]», «داعيا تركيا إلى [رد متكافئ ...]», «ودعا X إلى [التعاون من
أجل منطقة خالية من الإرهاب]».

The guide counts the call's content as what was said (an indirect quotation of the caller). Only
a past verb of calling or its participle (quote_calls rows of kind verb or participle whose
preposition is إلى; the present «يدعو إلى القلق» is mostly a thing giving cause, no call), no
relative pronoun or «ما» before it («الأمر الذي دعا الحكومة إلى»: what prompted it) unless a
person's name stands right before the pronoun («المستشارة X التي دعت الحكومة إلى [عدم التخلي …]»:
her call, round 46), its subject and the one called between it and «إلى» (no pause, no verb of
saying, no complementizer), and a verbal noun right after «إلى» (quote_object_heads, or a derived
form of quote_object_templates: «[إقامة]», «[التعاون]», «[تشديد]», or one of its nouns of attitude
with the article: «[الاهتمام]», round 49), no name, date or invitation
(«دعاه إلى [حفل] العشاء»: not a verbal noun). It runs to the next verb of saying or the sentence's
end (issue 15, round 38: the commonest miss of the quotes-dev lists, 16 of 182; tried in rounds 22
and 25 without the verbal-noun head right after «إلى» and the past-only condition).
"""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import SPEECH_CUES, Cue, quote_calls, quote_cues, speaker_ref
from marsad.events.quote_labels import trim
from marsad.events.quote_leads import before_leads
from marsad.events.quote_names import COLON_WORDS
from marsad.events.quote_object_heads import called_attitude, heads_object, templated_head
from marsad.events.quote_speaker import Found
from marsad.events.quote_words import after_preposition, inside_name
from marsad.events.speaker_asking import relative_asker
from marsad.events.words import Word, mark_before, stems
from marsad.lang import load_table
from marsad.lang.clitics import ARTICLE
from marsad.lang.normalize import normalize

_TO = frozenset(normalize(w) for w in ("إلى", "الى"))
_PRESENT = "يت"  # the first letter of a present verb («يدعو», «تدعو»)
_FUTURE = "س"  # «ستدعو»
_PLURAL_NOUN = "ات"  # «دعوات»: the noun, no verb
_CALL_WORDS = 25  # words from the verb to «إلى»: its subject, a time, the one called (set off by commas)
_BREAKS = ".:;؛?!؟"
_BLOCKERS = frozenset({"blocker"})
_SPEECH_COMPLEMENTIZER_OR_BLOCKER = SPEECH_CUES | _BLOCKERS | frozenset({"complementizer"})
_PARTICIPLE = "participle"


def called_nouns(ctx: ArticleContext, sent: Sentence, found: list[Found]) -> list[Found]:
    """The verbal-noun phrase after «إلى» of each past call (or its participle), an indirect
    quotation of the caller; none that overlaps a quotation already `found`."""
    ws = sent.words
    out: list[Found] = []
    for k, c in quote_calls().each(ws):
        if not _TO & set(c.value.split()) or _present(ws[k], c.kind) \
                or (k > 0 and quote_cues().at(ws, k - 1, _BLOCKERS)
                    and relative_asker(ctx, sent, k) is None) \
                or inside_name(ctx, ws[k]) or after_preposition(ctx, sent, k):
            continue
        at = _object_at(ctx, ws, k + c.size)
        if at is None:
            continue
        content = content_quote(ctx, sent, k, c, at, found + out, COLON_WORDS)
        if content is not None:
            out.append(content)
    return out


def content_quote(ctx: ArticleContext, sent: Sentence, k: int, cue: Cue, at: int,
                  taken: list[Found], least: int) -> Found | None:
    """What a call or a request asked for, from word `at` to the next verb of saying (its leads
    left out) or the sentence's end: an indirect quotation of the verb at word `k` (`cue`, or the
    verb of saying read there); None when shorter than `least` words or over a quotation `taken`."""
    ws = sent.words
    nxt = next((i for i, _ in quote_cues().each(ws, SPEECH_CUES, start=at)), len(ws))
    last = before_leads(ws, at, nxt) if nxt < len(ws) else nxt
    start, end = trim(ctx.text, ws[at].start, ws[last].start if last < len(ws) else sent.end)
    if len(ctx.text[start:end].split()) < least or any(f.start < end and start < f.end for f in taken):
        return None
    return Found(start, end, "indirect", k, quote_cues().at(ws, k, SPEECH_CUES) or cue, ws[at].start)


def plain_noun(w: Word) -> bool:
    """A noun with no article and no clitic, no office nor word of the lexicon of saying («إلى [دور]
    فاعل», «طلب [مهلة]»): what a call or a request may ask for, as a verbal noun is."""
    return not w.norm.startswith(ARTICLE) and not any(st.clitic for st in stems(w.norm)) \
        and speaker_ref(w.norm) is None and quote_cues().at([w], 0) is None and len(w.norm) > 2


def _present(w: Word, kind: str) -> bool:
    """A present or future verb of calling («يدعو», «وتدعو», «ستدعو»: a habit, a thing giving cause
    or an invitation to come), or the plural noun «دعوات» the lexicon reads as «دعوا» with a suffix
    («تصاعدت دعوات إلى التسلح»: calls nobody made by name): no call made."""
    bare = w.norm[1:] if w.norm[:1] in "وف" and len(w.norm) > 3 else w.norm
    bare = bare[1:] if bare[:1] == _FUTURE and bare[1:2] in _PRESENT else bare
    return (kind != _PARTICIPLE and bare[:1] in _PRESENT) or bare.endswith(_PLURAL_NOUN)


def _object_at(ctx: ArticleContext, ws: list[Word], i0: int) -> int | None:
    """The word after the first «إلى» within _CALL_WORDS words from word `i0`, when it heads a
    verbal noun (not a name, a date or a title); None past a pause, a verb of saying, a
    complementizer or a relative pronoun, or when the noun after «إلى» is none."""
    for j in range(i0, min(len(ws) - 1, i0 + _CALL_WORDS)):
        if j > i0 and mark_before(ctx.text, ws, j, _BREAKS):
            return None
        if quote_cues().at(ws, j, _SPEECH_COMPLEMENTIZER_OR_BLOCKER) is not None:
            return None
        if ws[j].norm in _TO:
            w = ws[j + 1]
            if ctx.mention_at(w) is not None or ctx.in_timex(w) or ctx.text[ws[j].end:w.start].strip():
                return None
            said = heads_object(w) or templated_head(w) or called_attitude(w) or _plain_noun(w)
            return j + 1 if said else None
    return None


def _plain_noun(w: Word) -> bool:
    """A plain noun (`plain_noun`: «إلى [دور] فاعل», «إلى [عصر] جديد») that is no invitation: a
    call's content as a verbal noun is (the guide, round 49)."""
    return plain_noun(w) and w.norm not in _invitations()


@cache
def _invitations() -> frozenset[str]:
    """The things one is invited to (quote_call_invitations.tsv: «حفل», «مأدبة»): no call's content."""
    return frozenset(normalize(r["form"]) for r in load_table("quote_call_invitations"))
