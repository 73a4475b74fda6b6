"""Talks whose other side the text leaves unnamed keep their one named side (round 39 ruling).

«سيجري المبعوث مباحثات مع الأطراف اليمنية», «أجرى الوزير مباحثات مع مسؤولين بشركة صينية», «جولة
جديدة من محادثات السلام بين الحكومة وحركة طالبان», «المحادثات بين دمشق وجماعات المعارضة»: the
events golds keep such talks, keyed to the side the text names (about 15 dev rows), where a
meeting or call with one party is otherwise none (`extract._too_few_parties`: the partner missed).
Only a talks noun (a `series` row of lang/ar/event_triggers.tsv: محادثات, مباحثات, مشاورات) or an
agreement's trigger (اتفاق, توقيع, أبرم: «an agreement or talks with one named side keep that side
alone», the events-dev-fresh22 ruling; «اتفاق لتبادل الأسرى بين الحوثيين والمقاومة») whose «مع» or
«بين» follows it within a few words counts — past the named side's own mention and a relative clause
that names it («مباحثات أجراها وزير المالية X مع مسئولين بشركة صينية»), never past another name or a
mark — and only where what that word introduces shows the other side unnamed: after «مع» a word of
unnamed people or sides (`unnamed_side` rows of lang/ar/event_senses.tsv: الأطراف, مسؤولين, ممثلين,
«عدد من») that no name covers; after «بين», the named side and, joined by «و», a definite common
noun no name covers («بين الحكومة وحركة طالبان», «بين دمشق وجماعات المعارضة»), not one named by its
relation to the named side («بين اليونان ودائنيها»: whom the text has named elsewhere).
A meeting of any trigger (سيلتقي, لقاء) whose partner right after it, or after «مع», is a group of office
holders of states left unnamed («سيلتقي بعدد من قادة دول المنطقة», the ruling's own example; «مع
وزراء دول الجوار») keeps its named side too: leaders of states are actors, only not named.
A meeting, a reception or a visit with people of no named body stays none (the ruling's other
half: citizens, patients, staff, «عدداً من المسؤولين» are no actors).
Nor is a speaker who tells of the talks their named side when the clause he says has a subject of
its own, a definite common noun right after «إن»/«أن» («وقال X في حواره إن المسؤول الدولي سيجري
مباحثات مع الأطراف اليمنية»): the one who holds them is that unnamed official, not X.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, quote_cues, sense_word
from marsad.events.triggers import Trigger
from marsad.events.words import AND, BETWEEN, WITH, Word
from marsad.lang.clitics import ARTICLE
from marsad.lang.normalize import normalize

_REACH = 8  # words from the trigger to its مع or بين (محادثات السلام الجديدة مع; مباحثات أجراها وزير
# المالية الباكستاني X مع: past the relative clause naming the side)
_OTHER = 6  # words from بين to the «و» of the second side (بين المراقبين الممثلين للدائنين والحكومة)
_ITS = ("ها", "هم", "هما")  # اليونان ودائنيها, واشنطن وحلفائها: a side named by its relation to the other
_THAT = frozenset({"complementizer"})  # quote_cues: إن, أن, إنه
_HIS = "نه"  # أنه, إنه, بأنه: the pronoun of a masculine subject
_FEMININE = "ة"  # منظمة, وزارة, اللجنة: a body named by a feminine noun
_GROUP_OFFICE = frozenset({"group_office"})  # event_cues: قادة, رؤساء, وزراء, زعماء
_LEADERS_REACH = 3  # words from a meeting trigger to its partner (سيلتقي بعدد; لقاء أمس مع)
_GROUP_WORDS = 4  # words from the partner's first word to its office noun (بعدد من قادة)
_STATES = frozenset({normalize("دول"), normalize("الدول")})  # قادة دول المنطقة: states left unnamed


def talks_with_unnamed(ctx: ArticleContext, sent: Sentence, t: Trigger, party: str) -> bool:
    """Whether talks noun or agreement trigger `t`, whose one party is `party`, names its other side
    only by a common noun: «مباحثات مع الأطراف اليمنية», «محادثات السلام بين الحكومة وحركة طالبان»,
    «اتفاق لتبادل الأسرى بين الحوثيين والمقاومة»."""
    if t.row.type not in ("MEET", "AGREE") or _said_of_another(ctx, sent, t, party):
        return False
    if t.row.type == "MEET" and leaders_of_unnamed_states(ctx, sent, t):
        return True  # سيلتقي بعدد من قادة دول المنطقة
    if not (t.row.type == "MEET" and t.row.series or t.row.type == "AGREE"):
        return False
    ws = sent.words
    for k in range(t.index + t.size, min(len(ws) - 1, t.index + t.size + _REACH)):
        if k > t.index + t.size and ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0"):
            return False  # «، ...»: a mark ends the trigger's phrase
        if (m := ctx.mention_at(ws[k])) is not None:
            if ctx.entity_of(m) != party:
                return False  # another name: a side named, none left unnamed
            continue  # «أجراها وزير المالية [X] مع»: the named side, its relative clause
        if ws[k].norm == WITH:
            return _unnamed(ctx, ws[k + 1]) and sense_word(ws[k + 1], "unnamed_side")
        if ws[k].norm == BETWEEN:
            return _one_named(ctx, ws, k + 1, party)
    return False


def leaders_of_unnamed_states(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether meeting trigger `t`'s partner, its first word within a few words after it (past
    «مع»), is an unnamed group (`unnamed_side` rows: عدد) or a group office (`group_office` cues:
    قادة, وزراء) whose office noun is followed by «دول» and no name («بعدد من قادة دول المنطقة»):
    office holders of states left unnamed. Not «قادة دول [الخليج]» (a body named: its side), nor
    «عددا من المسؤولين» (no office of states: no actors)."""
    ws = sent.words
    for k in range(t.index + t.size, min(len(ws), t.index + t.size + _LEADERS_REACH)):
        if ctx.mention_at(ws[k]) is not None:
            return False
        j = k + 1 if ws[k].norm == WITH else k
        if j >= len(ws) or not sense_word(ws[j], "unnamed_side") \
                and event_cues().at(ws, j, _GROUP_OFFICE) is None:
            continue
        for i in range(j, min(len(ws) - 1, j + _GROUP_WORDS)):
            if ctx.mention_at(ws[i]) is not None:
                return False
            if event_cues().at(ws, i, _GROUP_OFFICE) is not None and ws[i + 1].norm in _STATES:
                return i + 2 >= len(ws) or ctx.mention_at(ws[i + 2]) is None
        return False
    return False


def _said_of_another(ctx: ArticleContext, sent: Sentence, t: Trigger, party: str) -> bool:
    """Whether `party` is named in the sentence only before the last «إن»/«أن» before talks noun
    `t`, and a definite common noun no name covers stands right after it: the subject of the
    clause said, someone unnamed who holds the talks («قال X إن المسؤول الدولي سيجري مباحثات»);
    not «إنه» (one word: the speaker himself) nor a name there («إن الوزير X سيجري»). «أنه» after a
    body named by a feminine noun («وقالت منظمة الصليب الأحمر ... مشيرة إلى أنه سيجري محادثات»)
    points to someone else: the body is no side either."""
    ws = sent.words
    found = quote_cues().nearest_before(ws, t.index, _THAT)
    if found is None:
        return False
    that = found[0]
    named = ctx.mentions_of(party, sent.start, sent.end)
    if ctx.text[ws[that].start:ws[that].end].endswith(_HIS) and named and all(
            m.end <= ws[that].start and m.label == "ORG"
            and ctx.text[m.start:m.end].split()[0].endswith(_FEMININE) for m in named):
        return True  # «وقالت منظمة الصليب الأحمر ... مشيرة إلى أنه سيجري محادثات»: «ـه» is no «منظمة»
    if that + 1 >= t.index:
        return False
    subject = ws[that + 1]
    if ctx.mention_at(subject) is not None or not subject.norm.startswith(ARTICLE) \
            or any(ctx.mention_at(w) is not None for w in ws[that + 1:t.index]):
        return False
    return all(m.end <= ws[that].start for m in named)


def _unnamed(ctx: ArticleContext, w: Word) -> bool:
    return ctx.mention_at(w) is None


def _one_named(ctx: ArticleContext, ws: list[Word], k: int, party: str) -> bool:
    """Whether the two sides after «بين» (from word `k`) are `party`, named, and a common noun
    joined to it by «و», in either order."""
    first = ctx.mention_at(ws[k])
    if first is not None:  # بين الحكومة الأفغانية والمسلحين: named first, the second unnamed
        if ctx.entity_of(first) != party:
            return False
        j = next((i for i in range(k + 1, len(ws)) if ws[i].start >= first.end), len(ws))
        return j < len(ws) and ws[j].norm.startswith(AND) and len(ws[j].norm) > 2 \
            and _unnamed(ctx, ws[j]) and not ws[j].norm.endswith(_ITS) \
            and not ctx.text[ws[j - 1].end:ws[j].start].strip()
    if not ws[k].norm.startswith(ARTICLE):
        return False  # بين امرأة أميركية ... وبين رجل: people, not a side
    for j in range(k + 1, min(len(ws), k + 1 + _OTHER)):  # بين الحكومة وحركة طالبان
        m = ctx.mention_at(ws[j])
        if ws[j].norm.startswith(AND):  # the first «و» joins the second side
            return m is not None and ctx.entity_of(m) == party
        if ctx.text[ws[j - 1].end:ws[j].start].strip():
            return False  # a comma or a mark ends the first side
    return False
