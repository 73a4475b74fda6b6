"""Names that a relation phrase ties to a noun, not to the event's verb: the owner, sender or
principal of someone or something in the clause, no party of the act (issue 15, round 15
random-news sample). «وقعت شركة "أسواق" التابعة لمؤسسة دبي للاستثمار مذكرة تفاهم مع شركة
يونيليفر»: the Dubai fund owns Aswaq and signs nothing; «زارت شيرمان إسرائيل، مع سوزان رايس،
مستشارة أوباما»: Obama advises no one here; «تسلم رسالة من الرئيس X»: X sent the letter; «نقل
فيه سموه تحيات خادم الحرمين الشريفين الملك X وصاحب السمو الملكي الأمير Y»: X and Y send the
greetings a guest conveys, no parties of his meeting (a name joined to an owned one by و and an
office word is owned too).

The words are data: `lang/ar/event_cues.tsv` kinds owner and affiliate (whose owner past a
visit's word hosts the visit), whose window is how many words may
stand between the phrase and the name (titles, «لـ»). A name that follows one within its
window, with no mark of punctuation and no other name between, is the owner's.

A topic preposition (kind topic_prep: «بشأن، حول، بمناسبة») opens what the event is about: a name
after it in its clause is the topic, no party («استقبل الأمير فيصل بن سلمان أهالي المنطقة
المبايعين بمناسبة ... اختيار الأمير محمد بن نايف وليًا للعهد»: the crown prince is not received).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, office_word, quote_cues
from marsad.events.words import AND
from marsad.lang.marks import CLAUSE_BREAKS
from marsad.model import Span

_OWNER = frozenset({"owner", "affiliate"})
_TOPIC_OR_PARTNER = frozenset({"topic_prep", "partner_prep", "counterpart"})
_REACH = 6  # words back from a name to the phrase that may own it (the longest window + cue)
_JOINING = 4  # words that may join two names of one list (وصاحب السمو الملكي الأمير)
_NAME_MARKS = " \u00a0«»\"“”'ـ"  # what may stand between the phrase and the name (التابعة لـ"أسواق")
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0653))  # tanwin and short vowels the words leave out (ممثلاً)


def owned_name(ctx: ArticleContext, sent: Sentence, m: Span, visited_after: int | None = None) -> bool:
    """Whether mention `m` is the owner, sender or principal a relation phrase before it names.
    `visited_after`: the offset of a visit's trigger; an affiliate's owner past it hosts the visit
    («قام X بزيارة لمرضى الفشل الكلوي التابعين لجمعية الأمير فهد»: the society is visited)."""
    ws, k = sent.words, sent.word_index(m.start)
    for j in range(k - 1, max(-1, k - 1 - _REACH), -1):
        if ctx.text[ws[j].end:ws[j + 1].start].strip(_NAME_MARKS + _MARKS):
            return False  # a comma or other mark: another phrase
        cue = event_cues().at(ws, j, _OWNER)
        if cue is not None:
            if cue.kind == "affiliate" and visited_after is not None and m.start > visited_after:
                return False
            return k - (j + cue.size) <= int(cue.value)
        other = ctx.mention_at(ws[j])
        if other is not None and other is not m:  # «ممثل الأمين العام للأمم المتحدة دي ميستورا»: the
            # envoy is no principal; a name joined to an owned one is owned too (`_conjunct`)
            return _conjunct(sent, j + 1, k) and owned_name(ctx, sent, other, visited_after)
    return False


def _conjunct(sent: Sentence, lo: int, hi: int) -> bool:
    """Whether words `lo`..`hi` (exclusive) join the name after them to the one before as one list:
    a few words, the first opening with و, an office word among them and no trigger or verb of
    saying («تحيات خادم الحرمين الشريفين الملك سلمان وصاحب السمو الملكي الأمير محمد بن نايف»: both
    send the greetings; not «رسالة من الملك سلمان، والتقى الأمير محمد»)."""
    ws = sent.words
    between = range(lo, hi)
    if not 0 < len(between) <= _JOINING or not ws[lo].norm.startswith(AND):
        return False
    triggers = {t.index for t in sent.triggers()}
    return any(office_word(ws[i].norm) or office_word(ws[i].norm[1:]) for i in between) \
        and not any(i in triggers or quote_cues().at(ws, i) is not None for i in between)


def topic_name(ctx: ArticleContext, sent: Sentence, m: Span, starts: tuple[int, ...]) -> bool:
    """Whether mention `m` follows a topic preposition in its clause (clause openings `starts`)
    with no mark of punctuation, no trigger and no partner word («مع، بين، نظيره») between:
    «بحث معه بشأن ...», not «بحث بشأن الأزمة مع وزير الخارجية X», where the minister is the
    partner, nor «تعامل واشنطن مع دول الخليج حول الملف النووي، واكتفاء إدارة الرئيس أوباما بالوعد
    باجتماع»: the topic ends at the comma."""
    ws, k = sent.words, sent.word_index(m.start)
    lo = max((s for s in starts if s <= k), default=0)
    triggers = {t.index for t in sent.triggers()}
    for j in range(k - 1, lo - 1, -1):
        if j in triggers or any(c in CLAUSE_BREAKS for c in ctx.text[ws[j].end:ws[j + 1].start]):
            return False
        cue = event_cues().at(ws, j, _TOPIC_OR_PARTNER)
        if cue is not None:
            return cue.kind == "topic_prep"
    return False
