"""The subject of the verb a sentence opens with («ودعا رئيس المجلس الوطني [سليم الزعنون] إلى»,
«استنكرت [مملكة البحرين] …، معتبرة أن», «وأرجعت [الشركة] نتائجها إلى …، مشيرة»): the person,
body or described body a later verb or participle of saying with no subject of its own goes on
with; and the sentence that opens with no subject of its own, a verb joined to the one before and
its object behind «بال» («وأشاد [بالجهود] …»), whose later verb goes on the one spoken of before
(`object_opening`)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import SAYING_OR_CONTINUING, event_cues, quote_cues, speaker_ref
from marsad.events.quote_leads import quote_leads
from marsad.events.speaker_clauses import (
    joined_verb,
    not_verb,
    speaker_clauses,
    stance_lead,
    unnamed_group,
    verb_preposition,
)
from marsad.events.speaker_names import CUE_WORDS, definite, full_org
from marsad.events.words import Word, mark_before

_SUBJECT_WORDS = 7  # words from a verb to its subject's name: an office and its body
_NOT_VERB = frozenset({"stop", "addressee", "complementizer"})
_OPENING_PARTICLES = frozenset({"new_clause", "verb_particle"})  # قد, لقد, ثم, كما before a verb
_SOURCE = frozenset({"source"})  # event cue kind: a source word («مصادر»)
_DESCRIBED = frozenset({"org", "title", "body"})  # speaker_refs kinds of a described subject
_LEAD_WORDS = 24  # words of the lead phrases before the verb a sentence opens with
_LEAD_PREPOSITIONS = frozenset({"stop"})  # quote cue kind: a preposition («في», «خلال», «بعد»)
_SAYING_CUES = frozenset({"verb", "continuation", "participle"})
_COMPLEMENTIZER = frozenset({"complementizer"})
_ATTITUDE = frozenset({"attitude"})  # quote_leads kind: a participle of an attitude («مشيدا»)
_OBJECT_PRONOUN = frozenset({"object_pronoun"})  # speaker_clauses kind: «عليه», «له» after a verb


def opening_subject(ctx: ArticleContext, sent: Sentence, persons: set[str]) -> str | None:
    """The person a sentence opens with as its first verb's subject, past an office and its
    body («ودعا رئيس المجلس الوطني [سليم الزعنون] إلى ...»); None when the sentence opens
    with a name, a noun, a preposition or a time, or its verb has no named person after it;
    lead phrases of time or place set off by commas are read past («وأمس، في مقابلة تلفزيونية،
    دافع [كيري] عن …», `_lead_ends`). A particle before the verb is no opening («وقد عبّر الأمين
    العام X», «كما أدانت [X]»); a sentence of no words (a lone full stop) opens with nothing."""
    if not sent.words:
        return None
    ws = sent.words[stance_lead(sent.words):]  # «من جهته عبر [X] عن …»: past «for his part»
    ws = ws[1:] if ws and speaker_clauses().at(ws, 0, _OPENING_PARTICLES) else ws
    found = _verb_subject(ctx, ws, persons)
    for j in _lead_ends(ctx, ws) if found is None else ():
        if (found := _verb_subject(ctx, ws[j:], persons)) is not None:
            break  # «وأمس، في مقابلتين تلفزيونيتين، دافع [كيري] عن …»: past the lead phrases
    return found


def opening_verb_end(ctx: ArticleContext, sent: Sentence) -> int | None:
    """The index of the word right after the verb a sentence opens with (past a particle: «وقد
    عبّر»), None when the sentence opens with no verb (a name, a noun, a time, a preposition)."""
    k = 1 if sent.words and speaker_clauses().at(sent.words, 0, _OPENING_PARTICLES) else 0
    ws = sent.words[k:]
    return None if len(ws) < 2 or _opens_with_no_verb(ctx, ws, _NOT_VERB) else k + 1


def _lead_ends(ctx: ArticleContext, ws: list[Word]) -> list[int]:
    """The words right after each comma of the lead phrases a sentence opens with, a time or a
    preposition («وأمس،», «وفي سياق متصل،», «في مقابلتين تلفزيونيتين، واحدة في …،»), within
    _LEAD_WORDS words; none when the sentence opens otherwise or a lead phrase names a person,
    holds an office or honorific word or a verb of saying (the lead is then no mere adverbial:
    «ولدى استقباله [الوزير]، أكد»)."""
    if not ws or not (ctx.in_timex(ws[0]) or quote_cues().at(ws, 0, _LEAD_PREPOSITIONS)) \
            or speaker_clauses().at(ws, 0, _OPENING_PARTICLES):
        return []
    ends = []
    for j in range(1, min(len(ws), _LEAD_WORDS)):
        w = ws[j - 1]
        m = ctx.mention_at(w)
        r = speaker_ref(w.norm)
        if (m is not None and m.label == "PER") or (r and r[0] in ("title", "honorific")) \
                or quote_cues().at(ws, j - 1, _SAYING_CUES):
            break
        if ctx.comma_between(w, ws[j]):
            ends.append(j)
    return ends


def _verb_subject(ctx: ArticleContext, ws: list[Word], persons: set[str]) -> str | None:
    """The person the verb at the first of `ws` has right after it as its subject (`opening_subject`)."""
    if len(ws) < 2 or _opens_with_no_verb(ctx, ws, _NOT_VERB):
        return None
    office = False
    for k in range(1, min(len(ws), 1 + _SUBJECT_WORDS)):
        if ctx.in_timex(ws[k]):
            continue
        m = ctx.mention_at(ws[k])
        if m is not None and m.label != "PER" and office:
            continue  # رئيس [المجلس الوطني الفلسطيني] سليم الزعنون: the office's body
        if m is not None:
            ent = ctx.entity_of(m)
            if m.label == "ORG" and not office and quote_cues().at(ws, 0, SAYING_OR_CONTINUING):
                return full_org(ctx, m)  # أعلنت [الإدارة العامة للتعليم] ... . وأوضحت أن: the body
            return ent if m.label == "PER" and ent in persons else None
        if (known := ctx.person_named(ws[k])) is not None:
            return known
        r = speaker_ref(ws[k].norm)
        office = office or bool(r and r[0] == "title")
        if not (r and r[0] in (("title", "honorific", "org") if office else ("title", "honorific"))) \
                and not definite(ws[k].norm):
            return None  # «الأمين العام [للمركز] X»: the office's body noun stays in its phrase
    return None


def _opens_with_no_verb(ctx: ArticleContext, ws: list[Word], cues: frozenset[str]) -> bool:
    """Whether the first of `ws` is no verb a sentence opens with: a name, a definite noun, a
    time, a quote cue of one of `cues`, an office or a source word."""
    first = ws[0]
    return bool(ctx.mention_at(first) is not None or definite(first.norm) or ctx.in_timex(first)
                or (quote_cues().at(ws, 0, cues) and not verb_preposition(ctx, ws)) or speaker_ref(first.norm)
                or event_cues().at(ws, 0, _SOURCE))


def verb_opening_subject(ctx: ArticleContext, sent: Sentence, before: int,
                         past_particle: bool = False) -> tuple[str | None, bool]:
    """The subject of the verb a sentence opens with, when the name right after that verb (a
    time between allowed) is it: «استنكرت [مملكة البحرين] وبشدة تصريحات نوري المالكي …،
    معتبرة أن», «اتهمت [الحكومة البريطانية] أمس أسبانيا … قائلة إن»; a participle of saying
    with no verb of saying before it goes on that subject, not on a name in the verb's object.
    (None, True) for an unnamed group there («استنكر [دبلوماسيون] عرب … مؤكدين»); (None,
    False) when the sentence opens with a name, a noun, a preposition or a time, or no name
    or group follows its verb before offset `before`. `past_particle`: read past a particle that
    opens the sentence («كما أدانت [مملكة البحرين] …»: for a verb of saying opening the next
    sentence; not for a participle in the same sentence, which may go on a speaker named later:
    «كما حملت [فتح] على لسان الناطق باسمها [X] …، مؤكدًا»)."""
    ws = [w for w in sent.words if w.start < before]
    ws = ws[stance_lead(ws):]  # «من جهته عبر [X] عن سعادته …، متمنيا»: past «for his part»
    if past_particle and ws and speaker_clauses().at(ws, 0, _OPENING_PARTICLES):
        ws = ws[1:]  # «كما أدانت [X] … . وشددت على أن»
    if len(ws) < 3:
        return None, False
    if _opens_with_no_verb(ctx, ws, CUE_WORDS) or len(ws[0].norm) < 3 or not_verb(ws[0]):
        return None, False
    for k in range(1, len(ws)):
        if ctx.in_timex(ws[k]):
            continue
        if "،" in ctx.text[ws[k - 1].end:ws[k].start] or "," in ctx.text[ws[k - 1].end:ws[k].start]:
            return None, False
        m = ctx.mention_at(ws[k])
        if m is not None and m.start >= ws[k].start and m.label in ("PER", "ORG", "LOC"):
            after = next((w for w in ws[k + 1:] if w.start >= m.end), None)
            named = ctx.mention_at(after) if after is not None else None
            if m.label != "PER" and named is not None and named.label == "PER" \
                    and not ctx.text[m.end:named.start].strip():
                return ctx.entity_of(named), True  # رفضت [النجمة المصرية] نيللي كريم: the person
            return (full_org(ctx, m) if m.label == "ORG" else ctx.entity_of(m)), True
        if m is None and unnamed_group(ws[k]):
            return None, True
        return None, False
    return None, False


def feminine_opening_subject(ctx: ArticleContext, sent: Sentence) -> str | None:
    """The state or body named right after the feminine past verb a sentence opens with, a
    particle before it allowed («كما أدانت [مملكة البحرين] التفجير …»): whom a feminine verb of
    saying with no subject opening the next sentence goes on with («… . وشددت على أن …»); None
    after a masculine verb («فاز [الهلال] على النصر. وأوضحت أن»: not the club)."""
    ws = sent.words[stance_lead(sent.words):]
    ws = ws[1:] if ws and speaker_clauses().at(ws, 0, _OPENING_PARTICLES) else ws
    if not ws or not ws[0].norm.endswith("ت"):
        return None
    return verb_opening_subject(ctx, sent, sent.end, past_particle=True)[0]


def verb_opening_description(ctx: ArticleContext, sent: Sentence, before: int) -> tuple[int, int] | None:
    """The words [start, end) of the subject the verb a sentence opens with has when that
    subject is a body or an office described, not named: «وأرجعت [الشركة] نتائجها إلى …،
    مشيرة إلى أن» (the company, whom a participle of saying with no verb of saying before it
    goes on). The subject is a definite body or office noun (speaker_references kinds org, title,
    body; or one annexed to a definite noun: «أمانة المنظمة») right after the verb (a time between
    allowed), with the definite words after it that are no name, no cue and have no comma before
    them; None when the sentence opens with no verb, its verb has none such, or a name follows
    those words (the office's holder: «وقدم الأمير [فيصل بن سلمان] شكره») or a person is named
    between them and `before` (a nearer subject the participle may go on with)."""
    ws = [w for w in sent.words if w.start < before]
    lead = stance_lead(ws)  # «بدورها، أرجعت [الشركة] …»: past «for its part»
    ws = ws[lead:]
    if len(ws) < 3 or _opens_with_no_verb(ctx, ws, CUE_WORDS) or len(ws[0].norm) < 3 or not_verb(ws[0]):
        return None
    k = next((n for n in range(1, len(ws)) if not ctx.in_timex(ws[n])), len(ws))
    if k >= len(ws) or _pause_before(ctx, ws, k):
        return None
    r = speaker_ref(ws[k].norm)
    annexed = k + 1 < len(ws) and definite(ws[k + 1].norm) and ctx.mention_at(ws[k + 1]) is None \
        and not _pause_before(ctx, ws, k + 1) and not ctx.in_timex(ws[k + 1])  # وعدّت [أمانة المنظمة]
    if not (r and r[0] in _DESCRIBED and (definite(ws[k].norm) or annexed)) or ctx.mention_at(ws[k]):
        return None
    end = k + 1
    while end < len(ws) and definite(ws[end].norm) and ctx.mention_at(ws[end]) is None \
            and not quote_cues().at(ws, end) and not ctx.in_timex(ws[end]) \
            and not _pause_before(ctx, ws, end):
        end += 1
    if end < len(ws) and not _pause_before(ctx, ws, end) \
            and (ctx.mention_at(ws[end]) is not None or ctx.person_named(ws[end]) is not None):
        return None  # وقدم [الأمير فيصل بن سلمان] شكره: the office's holder, named right after it
    if any(m.label == "PER" for m in ctx.mentions_in(ws[end - 1].end, before)):
        return None  # وكان النادي استقبل …، قدم مدير الفئات [بدر الحقباني] …، مؤكدا: the nearer subject
    return lead + k, lead + end


def _pause_before(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """Whether a comma or a colon stands between word `j` and the word before it."""
    return mark_before(ctx.text, ws, j, "،,:")


def bare_verb(ctx: ArticleContext, sent: Sentence, at: int) -> bool:
    """The verb of saying at offset `at` has no word between it and what was said: a colon or
    a quotation mark, or «أن/إن», right after it («وأضاف: …», «وقال إن …»)."""
    k = sent.word_index(at)
    ws = sent.words
    if k + 1 >= len(ws):
        return False
    gap = ctx.text[ws[k].end:ws[k + 1].start]
    return any(ch in gap for ch in ":«\"“") or quote_cues().at(ws, k + 1, _COMPLEMENTIZER) is not None


def object_opening(ctx: ArticleContext, sent: Sentence, before: int) -> bool:
    """The sentence opens with a verb joined by و/ف to the one before it, or with a participle of
    an attitude (quote_leads kind attitude: «مشيدا»), its object right after it behind «بـ» and the
    article («وأشاد [بالجهود] الكبيرة التي يقدمها رئيس البعثة X وأضاف», «مشيدا [بالجهود] … واضاف:»):
    no subject of its own, it goes on the one spoken of before, and so does a verb joined to it
    later in the sentence (at offset `before`), not a name inside its object."""
    ws = sent.words
    j = sent.word_index(before)
    j = j if j < len(ws) and ws[j].start == before else j - 1  # the verb, or the one before a colon
    if len(ws) < 3 or j < 2 or not joined_verb(ws[j]) or quote_cues().at(ws, j) is None:
        return False
    w0, w1 = ws[0], ws[1]
    attitude = quote_leads().at(ws, 0, _ATTITUDE) is not None  # «مشيدا [بالجهود] … واضاف:»
    if not attitude and (not joined_verb(w0) or not_verb(w0) or len(w0.norm) < 4
                         or w0.norm.endswith(("ة", "ه")) or definite(w0.norm)
                         or ctx.mention_at(w0) is not None or ctx.in_timex(w0)):
        return False
    return w1.norm.startswith("بال") and ctx.mention_at(w1) is None


def clause_verb_person(ctx: ArticleContext, sent: Sentence, verb: int, k: int) -> str | None:
    """The person named right after the verb that opens the clause of the participle of saying at
    word `k`, that clause set off by a comma after the verb of saying at word `verb`: the
    participle is that verb's, not the speaker of the verb of saying before the comma («وقال
    [الحمود]: …، ليرد عليه [المالكي] قائلاً بأن»: المالكي). A preposition with a pronoun right
    after the verb (speaker_clauses kind object_pronoun: «عليه», «له») and a time are read past.
    None when no comma stands between the two, the clause opens with no verb (a name, a noun, a
    time, a cue), or the word after its verb opens no person's name (a body, a place, a noun)."""
    ws = sent.words
    opening = next((j for j in range(k - 1, verb + 1, -1)
                    if ctx.comma_between(ws[j - 1], ws[j])), None)
    if opening is None or k - opening < 2:
        return None
    clause = ws[opening:k]
    if _opens_with_no_verb(ctx, clause, CUE_WORDS) or len(clause[0].norm) < 3 or not_verb(clause[0]):
        return None
    j = 1
    while j < len(clause) and (ctx.in_timex(clause[j])
                               or (j == 1 and speaker_clauses().at(clause, j, _OBJECT_PRONOUN) is not None)):
        j += 1  # «ليرد [عليه] المالكي», «وعلق [أمس] X»
    m = ctx.mention_at(clause[j]) if j < len(clause) else None
    if m is None or m.label != "PER" or m.start != clause[j].start:
        return None
    return ctx.entity_of(m)
