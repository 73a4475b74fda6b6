"""The speaker a word of the subject goes back to from what `speakers.SpeakerTracker` remembers
of the article: an office named again («وذكر [الوزير]»), a courtesy pronoun («وأضاف [معاليه]»),
a body's noun («وقالت [الشركة]»). Split from speaker_subjects (a pure move)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.context import Sentence
from marsad.events.lexicon import SAYING_OR_CONTINUING, quote_cues, speaker_ref
from marsad.events.office_phrases import office_phrase
from marsad.events.speaker_names import definite
from marsad.events.statement_issuers import bodies_named, same_body
from marsad.events.words import Word, stems

if TYPE_CHECKING:
    from marsad.events.speakers import SpeakerTracker

_OPENING_WORDS = 6  # words from a sentence's start to the courtesy pronoun after its verb (past a lead)
_PREPOSITIONS = frozenset({"stop", "addressee"})  # quote cue kinds: «من», «في», «إلى» before a word
_COURTESY_WORDS = 16  # words from a courtesy noun to the name it introduces (سماحة مفتي عام … الشيخ X)


def speaker_titled(tracker: SpeakerTracker, key: str) -> str | None:
    """The last speaker named with this office anywhere before («وقال وزير الخارجية X ...
    مع نظيره وزير الخارجية Y ... وشدد معاليه»: X, who is speaking, not Y named last)."""
    last = next((s.speaker for s in reversed(tracker.spoken) if s.speaker is not None), None)
    return last if any(ent == last and key in keys for _pos, ent, keys in tracker.held.titles) else None


def courtesy_referent(tracker: SpeakerTracker, w: Word) -> str | None:
    """Who a courtesy pronoun (`w`: سموه, معاليه, فخامته, سماحته) as a subject is: the last speaker
    named with its office, else the last person introduced with it, else the holder of the office
    last given that courtesy (`courtesy_holder`); None when `w` is no courtesy pronoun."""
    r = speaker_ref(w.norm)
    if r is None or r[0] != "pronoun":
        return None
    return speaker_titled(tracker, r[1]) or tracker.held.by_title(r[1], w.start) \
        or courtesy_holder(tracker, w)


def participle_courtesy(tracker: SpeakerTracker, sent: Sentence, cue_index: int) -> str | None:
    """The person a courtesy pronoun stands for when it is the subject of a participle of saying
    (word `cue_index`) that has no verb of saying before it: right after the participle («مؤكداً
    [سموه] على …») or right after the verb the sentence opens with, past its lead words («وعقب
    الحفل رفع [سموه] التهاني لخادم الحرمين … وإلى الأمير X …، سائلا الله أن», «وهنأ [سموه] منسوبي
    الحرس الوطني …، مؤكداً»): the prince or minister it refers to, not a name in the verb's object.
    The word before that pronoun is a bare verb: no name, no article, no preposition or clitic."""
    ws = sent.words
    if cue_index + 1 < len(ws) and (held := courtesy_referent(tracker, ws[cue_index + 1])) is not None:
        return held
    for j in range(1, min(cue_index, _OPENING_WORDS)):
        verb = ws[j - 1]
        if tracker.ctx.mention_at(verb) is not None or quote_cues().at(ws, j - 1, SAYING_OR_CONTINUING):
            return None  # a name or a verb of saying first: the subject is found otherwise
        ref = speaker_ref(ws[j].norm)
        if ref is None or ref[0] != "pronoun" or tracker.ctx.comma_between(verb, ws[j]):
            continue
        if definite(verb.norm) or quote_cues().at(ws, j - 1, _PREPOSITIONS) \
                or any(st.clitic for st in stems(verb.norm)) \
                or (j >= 2 and quote_cues().at(ws, j - 2, _PREPOSITIONS)):
            return None  # «بحرص سموه», «كلمة سموه», «ولدى وصول سموه»: a noun, no verb, before it
        return courtesy_referent(tracker, ws[j])
    return None


def courtesy_holder(tracker: SpeakerTracker, w: Word) -> str | None:
    """The person a courtesy pronoun (`w`: معاليه, سموه, فخامته) stands for when nobody holds its
    office: the holder of the office last given that courtesy before it («محافظ المؤسسة ... X» ...
    «وذكر [معالي المحافظ] ...» ... «وأضاف معاليه»: X, a governor, not a minister)."""
    courtesy = w.norm[:-2] + "ه" if w.norm.endswith("ته") else w.norm[:-1]
    for sent in reversed(tracker.ctx.sentences):
        if sent.start >= w.start:
            continue
        ws = sent.words
        for j in range(len(ws) - 2, -1, -1):
            if ws[j].start < w.start and ws[j].norm == courtesy \
                    and (ref := speaker_ref(ws[j + 1].norm)) is not None and ref[0] == "title":
                return tracker.held.by_title(ref[1], ws[j + 1].start) or _courtesy_named(tracker, sent, j)
    return None


def _courtesy_named(tracker: SpeakerTracker, sent: Sentence, j: int) -> str | None:
    """The first person named within _COURTESY_WORDS words after the courtesy noun at word `j`
    (before the sentence's first verb of saying), when the office index gave the office words
    between them to no one («سماحة مفتي عام المملكة رئيس هيئة كبار العلماء وإدارة البحوث العلمية
    والإفتاء الشيخ [X]»: a title too long for the office index, X all the same)."""
    ws = sent.words
    for k in range(j + 1, min(len(ws), j + 1 + _COURTESY_WORDS)):
        if quote_cues().at(ws, k, SAYING_OR_CONTINUING):
            return None
        m = tracker.ctx.mention_at(ws[k])
        if m is not None and m.label == "PER":
            return tracker.ctx.entity_of(m)
    return None


def bare_office(tracker: SpeakerTracker, ws: list[Word], k: int, end: int) -> str | None:
    """The speaker a bare definite office at word `k` goes back to: the last one who spoke,
    when he is also the last one named with that office («صرح الشيخ X وزير الداخلية … وذكر
    [الوزير]»: X, not the last minister introduced before his name, «ووزير الخارجية الفرنسي
    Y»). None for an office with qualifiers (وزير الخارجية) or in construct (رئيس نادي …),
    another speaker, one named with that office before someone else was («يقول X … أن
    [الرئيس] يدرك»: the president introduced since, not X), or an office whose holder the
    subject names («أوضح المستشار في إدارة … الدكتور [Y]»)."""
    ref = speaker_ref(ws[k].norm)
    if ref is None or not definite(ws[k].norm) or len(office_phrase(ws, k, end, tracker.ctx)) > 1 \
            or any((m := tracker.ctx.mention_at(w)) is not None and m.label == "PER" for w in ws[k + 1:end]):
        return None
    same = speaker_titled(tracker, ref[1])
    return same if same is not None and same == tracker.held.by_title(ref[1], ws[k].start) else None


def by_org(tracker: SpeakerTracker, key: str, before: int, form: str | None = None) -> str | None:
    """The body a noun `key` before `before` refers to (`statement_issuers.body_named`):
    of several bodies it may refer to, the one that spoke last when it is the last speaker
    («وقالت [هيربالايف] إنها … وقالت الشركة»: not «شركة التدوين المصغر تويتر» named
    between), else the nearest."""
    named = bodies_named(tracker.ctx, key, before, form)
    last = tracker.spoken[-1].speaker if tracker.spoken else None  # the last quotation's, when named
    if len(named) > 1 and last is not None \
            and (same := same_body(tracker.ctx, last, named, before)) is not None:
        return same
    return named[0] if named else None
