"""What was said as a noun phrase: the object of a verb of saying («أعلنت الشركة اليوم عن [موعد
صدور ...]», «مشيرا إلى [ثناء ...]», «وأكد الوزير [أهمية ...]»), where it starts, past the verb's
named subject, the places and times that follow it, and where it ends (the next verb of saying).
Its finder moved here from quotes.py (issue 15 round 25), which had reached its size limit.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import SPEECH_CUES, Cue, quote_cues, quote_objects, speaker_ref
from marsad.events.quote_accusations import accused_named, charged_after, with_ba
from marsad.events.quote_labels import trim
from marsad.events.quote_leads import before_leads
from marsad.events.quote_mute_subjects import mute_subject
from marsad.events.quote_names import COLON_WORDS
from marsad.events.quote_object_heads import (
    call_object,
    details_noun,
    heads_object,
    heads_object_after_ba,
    own_attitude,
    sent_object,
    templated_head,
)
from marsad.events.quote_other_readings import other_reading
from marsad.events.quote_speaker import Found
from marsad.events.quote_words import (
    RESUMPTIVE,
    after_preposition,
    inside_name,
    name_particles,
    resumptive_named,
    verb_with_object,
)
from marsad.events.words import BI, Word, stems
from marsad.lang.nisba import ENDINGS
from marsad.lang.normalize import normalize

_COMPLEMENTIZER = frozenset({"complementizer"})
_BLOCKERS = frozenset({"blocker"})
_STOPS = frozenset({"stop"})
_SHORT_SUBJECT = 8  # words after the verb where its named subject may start (an office and a place first)
_DIRECT = "-"  # quote_objects: a direct object, headed by a noun of quote_object_heads;
# after a preposition («عن-»): that preposition's object, headed by such a noun
_PARTICIPLE = "participle"  # quote_objects kind: its subject is its clause's, before it
_ACCUSED = "ب+"  # quote_objects: a proclitic ب past the accused («اتهم X [Y] [بإطلاق ...]»)
_ORDERED = "ب*"  # quote_objects: an order's content, a verbal noun after ب («أمر X [Y] [بتأمين ...]»)
_ANY = normalize("أي")  # quote_objects: a denial's object opened by «أي»/«أية», taken with it
_TO = normalize("إلى")  # the preposition of pointing out («مشيرا إلى»), no adjective's
_ANY_FORMS = frozenset(normalize(w) for w in ("أي", "أية", "أيّ"))
_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "من", "على", "إلى", "عن", "مع", "بين", "لدى"))
_OBJECT_WORDS = 16  # words between a verb and its object: its subject (an office and a name), a time, a place
_WHAT = "ما"  # a direct object «ما تردد عن ...»: the words of others it points at, its heads its own
_HEADED_WORDS = 2  # an object headed by a noun of quote_object_heads: the noun and its complement


def nominal_quotes(ctx: ArticleContext, sent: Sentence, pairs: list[tuple[int, int]],
                   cues: list[tuple[int, Cue]], found: list[Found]) -> list[Found]:
    """What was said as a noun phrase, the object of a verb of saying: «أعلنت الشركة اليوم عن
    [موعد صدور ...]», «مشيرا إلى [ثناء ولاة الأمر ...]», «وأكد الوزير [أهمية ...]», up to the
    next verb of saying or the sentence's end."""
    ws = sent.words
    verbs, relatives = [], []
    pointing: set[int] = set()
    for k, c in quote_objects().each(ws):
        unopened = c.kind == _PARTICIPLE and not _clause_initial(ctx, sent, k) \
            and not _asking_someone(ctx, sent, k, c)
        if after_preposition(ctx, sent, k) or name_word(ctx, sent, k) \
                or (unopened and not _pointing(sent, k)) or other_reading(ctx, sent, k) \
                or mute_subject(ctx, sent, k, 1):  # أشارت البيانات التي وصلت إلى …: no one's
            continue
        if unopened:  # no comma before it: only a verbal noun after «إلى» («إقبالا لافتا إلى حد كبير»)
            pointing.add(k)
        if verb_with_object(ws[k]) is not None:  # «هدنة [أعلنتها] الحكومة … بدء سريانها»: its object
            c = Cue(c.kind, c.size, " ".join(p for p in c.value.split() if not p.endswith(_DIRECT)))
            if not c.value:  # is the pronoun, no noun phrase after it
                continue
        if not (k > 0 and quote_cues().at(ws, k - 1, _BLOCKERS)) or resumptive_named(ctx, ws, k + c.size):
            verbs.append((k, c))  # «في الوقت الذي أكد [فيه] رئيس اللجنة X [جاهزيتهم ...]»: its own subject
        elif _named_relative(ctx, sent, k, next((i for i, _ in cues if i > k), len(ws))) \
                or (_ACCUSED in c.value.split() and charged_after(ctx, sent, k, c.size)):
            # «ابن المواطن، الذي يتهم أحد الأشخاص [بتزوير …]»: a charge past the accused, any accuser
            relatives.append((k, c))
    stops = sorted({k for k, _ in cues} | {k for k, _ in verbs})  # a relative verb ends no object
    out: list[Found] = []
    for k, c in verbs + relatives:
        if any(f.cue_index == k for f in out):
            continue
        nxt = next((i for i in stops if i > k), len(ws))
        if (own := [f.boundary for f in found if f.cue_index == k]):
            # its clause after a later أن was found: a noun phrase may still come first, up to a comma
            # before that clause («مشيرة إلى [تحسين الشاشة ...]، هذا بالإضافة إلى أنها ...»)
            nxt = min(nxt, _comma_before(ctx, sent, k, min(own)))
        at = object_at(ctx, sent, k + c.size, min(nxt, k + c.size + _OBJECT_WORDS), c, nxt,
                       fronted=(k, c) in relatives)
        if at is None or at >= nxt or ((own or k in pointing) and not _governed_noun(ws, at, c)):
            continue  # before a clause found: only a verbal noun right after the verb's preposition
        last = before_leads(ws, at, nxt) if nxt < len(ws) else nxt  # «…، حيث قال»: not «حيث»
        start, end = trim(ctx.text, ws[at].start, ws[last].start if last < len(ws) else sent.end)
        least = _HEADED_WORDS if heads_object(ws[at]) or _verbal_noun_after_ba(ws[at]) \
            or (_ACCUSED in c.value.split() and _definite_charge(ws[at])) \
            else COLON_WORDS  # أعلن الحزب [وفاة دربالة], طالب [بإعادة المباراة], اتهم X Y [بالوقوف وراءها]
        if len(ctx.text[start:end].split()) < least or ctx.text[ws[k].end:start].count(":"):
            continue
        inner = sum(min(e, end) - max(s, start) for s, e in pairs if s < end and start < e)
        if inner * 2 >= end - start or any(f.start < end and start < f.end for f in found + out):
            continue
        cue = quote_cues().at(ws, k, SPEECH_CUES) or Cue(c.kind, c.size)
        out.append(Found(start, end, "indirect", k, cue, ws[at].start))
    return out


def _word_prepositions(preps: list[str]) -> list[str]:
    """The prepositions of a quote_objects row written as words of their own (إلى, على, عن): no
    proclitic letter, no «-» of a direct object or «عن-», no «ب+», «ب*» or «أي» marker."""
    markers = (_ACCUSED, _ORDERED, _ANY)
    return [p for p in preps if len(p) > 1 and not p.endswith(_DIRECT) and p not in markers]


def _governed_noun(ws: list[Word], at: int, cue: Cue) -> bool:
    """Word `at` is a verbal noun (quote_object_heads, quote_object_templates) right after one of
    the verb's prepositions (إلى, على, عن): «مشيرة إلى [تحسين ...]»; not the hearers («إلى
    [الصحفيين]»), nor a head noun inside a phrase of the subject («بمناسبة قرب [انطلاق] ...»)."""
    return at > 0 and any(_is_word(ws[at - 1], p) for p in _word_prepositions(cue.value.split())) \
        and (heads_object(ws[at]) or templated_head(ws[at]))


def _comma_before(ctx: ArticleContext, sent: Sentence, k: int, boundary: int) -> int:
    """The index of the word after the last comma between the verb at word `k` and the clause its
    complementizer at offset `boundary` opens: where a noun object before that clause ends; `k`
    (no object) when no comma stands there."""
    ws = sent.words
    last = max((j for j in range(k + 2, len(ws)) if ws[j].start <= boundary
                and ctx.comma_between(ws[j - 1], ws[j])), default=None)
    return k if last is None else last


def _named_relative(ctx: ArticleContext, sent: Sentence, k: int, nxt: int) -> bool:
    """The verb at word `k` opens a relative clause (الذي, التي right before it) on a person or
    body named right before the pronoun, nothing between: «العتيبي الذي أكد [حدوث التبديل]»,
    «ميركل التي دعت الحكومة التركية إلى [عدم التخلي ...]». Its subject is that name, before it,
    so its object starts right after it (as a participle's). Not a relative conjoined to an earlier
    one («القرار الذي صدر أمس والذي ...»: the resolution's) unless فيه/فيها follows the verb: then it
    is the medium's, and the name right before the pronoun gave it («القرار الذي قدمه رئيس الحكومة X
    والذي طالب فيه [بعدد من الأمور …]»: X's demand, round 48's ruling); nor a clause
    whose complementizer follows before the next verb of saying at word `nxt` (found as reported
    speech; «العتيبي الذي أكد [حدوث التبديل] وقال إنه ...»: إنه is قال's), nor after a noun that is no name
    («الوقت الذي أكد فيه ...», «المشروع الذي أعلنت عنه ...»: no speaker, no object of saying)."""
    ws = sent.words
    if k < 2 or ctx.text[ws[k - 2].end:ws[k - 1].start].strip() \
            or (ws[k - 1].norm[:1] == "و" and not _medium_relative(ws, k)) \
            or any(quote_cues().at(ws, j, _COMPLEMENTIZER) for j in range(k + 1, nxt)):
        return False  # «النسور الذي أعلن في تصريحات ... أن ...»: its clause is what was said
    m = ctx.mention_at(ws[k - 2])
    return m is not None and m.label in ("PER", "ORG")


def _medium_relative(ws: list[Word], k: int) -> bool:
    """The relative verb at word `k` has فيه/فيها right after it: a relative conjoined to an earlier
    one on the medium («مشروع القرار الذي قدمه رئيس الحكومة، حيدر العبادي والذي طالب [فيه] بـ…»),
    whose subject is the one who gave it, named right before the pronoun (round 48's ruling)."""
    return k + 1 < len(ws) and ws[k + 1].norm in RESUMPTIVE


def name_word(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """The verb's form at word `k` is a word of a name: inside a mention past its first word, or
    right after a particle that joins a name's parts (resolve_particles.tsv: «علي بن أبي [طالب]»,
    «ابن [عزا]»), no verb."""
    return inside_name(ctx, sent.words[k]) or (k > 0 and sent.words[k - 1].norm in name_particles())


def _pointing(sent: Sentence, k: int) -> bool:
    """The participle at word `k` points out, «إلى» right after it («مشيرا الى [عدم وجود ...]»,
    «لافتة إلى [...]»): no adjective qualifies the noun before it with «إلى», so it opens its
    circumstantial clause with no comma before it too («بعد تلقي العلاج يوم أمس الأول مشيرا الى»)."""
    return k + 1 < len(sent.words) and sent.words[k + 1].norm == _TO


def _asking_someone(ctx: ArticleContext, sent: Sentence, k: int, cue: Cue) -> bool:
    """The participle at word `k` asks someone named right after it, the demand after ب past him
    (quote_objects «ب+»: «… أمام مبنى المحافظة مطالبين [المحافظ] والمجالس المحلية بإخراج …»): with an
    object of its own it is the active participle opening its clause, no adjective, nor the passive
    «مطالبين بـ» (obliged to), which takes none."""
    ws = sent.words
    if _ACCUSED not in cue.value.split() or k + 1 >= len(ws) or ctx.in_timex(ws[k + 1]) \
            or ctx.text[ws[k].end:ws[k + 1].start].strip():
        return False
    m = ctx.mention_at(ws[k + 1])
    return (m is not None and m.label in ("PER", "ORG")) or ws[k + 1].norm.startswith("ال") \
        or (not (k > 0 and ws[k - 1].norm.isdigit())  # «بإعدام 24 متهما شنقا»: a counted noun
            and charged_after(ctx, sent, k, cue.size))  # «… متهما [وكيله] بالتحايل عليه»: its object, then ب


def _clause_initial(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """A participle opens a circumstantial clause after a comma or a conjunction («...، مشيرا
    إلى»); right after a noun it may be an adjective («إجراءات مشددة يفرضها التنظيم على»)."""
    before = ctx.text[sent.start:sent.words[k].start].rstrip()
    conjoined = any(st.stem != sent.words[k].norm and sent.words[k].norm[:1] in "وف"
                    for st in stems(sent.words[k].norm))
    return not before or before[-1] in "،,؛;:\"”»" or conjoined


def object_at(ctx: ArticleContext, sent: Sentence, i0: int, i1: int, cue: Cue,
              limit: int | None = None, fronted: bool = False) -> int | None:
    """The first word of the object a verb of saying (`cue`, of quote_objects: its value holds
    its prepositions) governs in words [i0, i1): after its preposition (إلى, عن; a proclitic ب
    or ل right after the subject, or right after a participle, whose subject is its clause's:
    «مطالبين [بمحاكمة رئيس الوزراء السابق X]», no subject in X); None when a clause (أن) or
    nothing follows. With `limit`, the «عن-» of an announcement is looked for as far
    past the verb's subject as the words [i0, i1) reach past the verb (up to `limit`): a long
    subject, an office, a body and a name, takes none of them («وأعلن رئيس مجلس إدارة نادي
    الهلال الأمير X عبر حسابه الرسمي ... (تويتر) عن [وصوله ...]»), and so is an order's content
    («وأمر صاحب السمو الملكي الأمير X … وزير الدفاع [بتأمين …]»). Right after a participle with
    a direct object («مؤكدا»), a verbal noun of a derived form heads it too, as after «أعلن عن»
    («...، مؤكدا [توثيق ذلك لدى الجهات المختصة]»): no subject comes between to be taken for it;
    so does one without the article right after a verb's subject that a name ends («وأعلنت
    تشكيلات تابعة للجيش الحر [استهداف مقرات ...]», _next_to_cue)."""
    ws, preps = sent.words, cue.value.split()
    after = i0 if cue.kind == _PARTICIPLE or fronted else _subject_end(ctx, sent, i0, i1)
    near = i1  # every other object stays near the verb
    if limit is not None:
        i1 = max(i1, min(limit, after + (i1 - i0)))
    about = [p[:-1] for p in preps if len(p) > 1 and p.endswith(_DIRECT)]  # أعلن عن-
    words = _word_prepositions(preps)
    relative = False  # a relative pronoun came after the subject: the head nouns after it are its clause's
    for j in range(i0, i1):
        if quote_cues().at(ws, j, _COMPLEMENTIZER):
            return None  # أشار إلى أن: reported speech, not a noun phrase
        if j >= near:
            if any(_is_word(ws[j], a) for a in about):
                return j + 1 if j + 1 < len(ws) and _announced(ctx, ws[j + 1]) else None
            if _ORDERED in preps and not relative and _order_content(ctx, ws[j]):
                return j  # past a long subject too: «وأمر صاحب السمو الملكي الأمير X … [بتأمين …]»
            continue
        relative = relative or (j > after and quote_cues().at(ws, j, _BLOCKERS) is not None) \
            or (j == after and _DIRECT in preps and ws[j].norm == _WHAT)  # نافيا ما تردد عن وقوع ...
        if any(_is_word(ws[j], p) for p in words):
            return j + 1 if j + 1 < len(ws) and not quote_cues().at(ws, j + 1, _COMPLEMENTIZER) else None
        if (not relative or ctx.comma_between(ws[j - 1], ws[j])) \
                and any(_is_word(ws[j], a) for a in about):  # not «التي أسفرت [عن] مقتل»; «، التي …، عن» yes
            # أعلن عن [تحرير ...]: only a noun of what was said after it, not «أعلن عن المدارس ...»
            return j + 1 if j + 1 < len(ws) and _announced(ctx, ws[j + 1]) else None
        if (j == after or (j > after and ctx.comma_between(ws[j - 1], ws[j]))) \
                and any(any(st.clitic.startswith(p) and not st.stem[:1].isdigit() for st in stems(ws[j].norm))
                        for p in preps if len(p) == 1 and p != _DIRECT):
            # منوها بالبرنامج; ونوه X أمين الطائف رئيس المجلس، برعاية ...: after the subject's comma;
            # never an amount («طالب [بـ50] مليون جنيه»: a price asked, no words said)
            return j
        if j > after and not relative and BI in preps and _said_with_ba(ctx, ws[j]):
            return j  # أفادت مصادر محلية يمنية اليوم [بمقتل ...]: what was said, past an unnamed subject
        if j >= after and _ANY in preps and not relative and _denied_any(ctx, ws, j):
            return j  # ونفت الوزارة [أي علاقة لها بالحادث]: what is denied, «أي» with it
        if (j > after or (j == after and accused_named(ctx, ws, i0 - cue.size, i0, after))) \
                and _ACCUSED in preps and _charge(ctx, ws[j]) and not relative:
            return j  # اتهم المتمردون القوات الحكومية [بإطلاق النار ...]: the charge, past the accused
        if _ORDERED in preps and not relative \
                and (sent_object(ws[j]) or (j == i0 and _bare_nisba(ctx, ws[j]))):
            return None  # ووجهت السلطات [اتهامات] بالإرهاب, أمر [ملكي] بتعيين: a thing sent, a royal order
        if j >= after and _ORDERED in preps and not relative and _order_content(ctx, ws[j]):
            return j  # وأمرت جي المسؤولين الأمريكيين [بتقديم الحجج ...]: what was ordered
        if j > i0 and _DIRECT in preps and details_noun(ws[j - 1]) and _announced(ctx, ws[j]):
            return None  # أوضحت المديرية ملابسات [وفاة ...]: the details are its object, no words said
        if j >= after and _DIRECT in preps and not relative and call_object(ws[j]):
            return None  # جدد X [دعوته] لوقف إطلاق النار: a call made, its content no words said
        if j >= after and _DIRECT in preps and not relative and own_attitude(ws, i0 - cue.size, ws[j]):
            return None  # أكد الأزهر [رفضه] المطلق للتدخل: his own stance, as «أعرب عن رفضه», no words said
        if j >= after and _DIRECT in preps and (not relative or ctx.comma_between(ws[j - 1], ws[j])) \
                and (heads_object(ws[j])
                     or (_next_to_cue(ctx, ws, cue, j, i0, after) and _announced(ctx, ws[j]))):
            # not past a relative pronoun: أعلنت السلطات حالة التأهب ...، التي أسفرت عن [مقتل ...]
            return j  # وأكد الوزير أهمية ...، مؤكدا تسجيل ...: a direct object headed by what was said
    return None


def _denied_any(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """Word `j` is «أي»/«أية» and a noun follows it, no name nor time: a denial's object «أي
    علاقة لها بالحادث», «أي نية للرحيل» (any link, any intent) says what is denied; not after a
    preposition («ونفى X في أي وقت أن ...»: a time of the denial)."""
    return ws[j].norm in _ANY_FORMS and j + 1 < len(ws) and not ctx.text[ws[j].end:ws[j + 1].start].strip() \
        and (j == 0 or ws[j - 1].norm not in _PREPOSITIONS) \
        and ctx.mention_at(ws[j + 1]) is None and not ctx.in_timex(ws[j + 1])


def _next_to_cue(ctx: ArticleContext, ws: list[Word], cue: Cue, j: int, i0: int, after: int) -> bool:
    """Word `j` opens the object right after a participle («مؤكدا [تسجيل ...]»), or right after
    its verb's subject when a name ends it, without the article («أعلن [البيت الأبيض] [استهداف
    ...]»; «أعلن موقع "فيرج" التقني» has an adjective there, no object)."""
    if cue.kind == _PARTICIPLE:
        return j == i0
    return j == after > i0 and ctx.mention_at(ws[j - 1]) is not None and not ws[j].norm.startswith("ال")


def _announced(ctx: ArticleContext, w: Word) -> bool:
    """The noun after «أعلن عن» / «أفاد عن» is what was said: one of quote_object_heads, or a
    verbal noun of a derived form (quote_object_templates: «أعلن نادي الشباب عن [تعاقده ...]»,
    «أعلنت القيادة العامة عن [استشهاد ...]») that is no name, date or title («تشرين», «الأستاذ»)."""
    return heads_object(w) or (templated_head(w) and _unnamed(ctx, w) and speaker_ref(w.norm) is None)


def _unnamed(ctx: ArticleContext, w: Word) -> bool:
    """The word is in no name nor time expression."""
    return ctx.mention_at(w) is None and not ctx.in_timex(w)


def _is_word(w: Word, form: str) -> bool:
    return w.norm == form or any(st.stem == form for st in stems(w.norm) if not st.clitic)


def _said_with_ba(ctx: ArticleContext, w: Word) -> bool:
    """A noun of quote_object_heads with a proclitic ب («[بمقتل]», «[بالقبض]»), no name nor time:
    what a verb of saying whose object takes ب (أفاد ب, نوه ب, وعد ب) reported, wherever its
    subject ends (an unnamed one: «مصادر محلية يمنية اليوم»)."""
    return _unnamed(ctx, w) and heads_object_after_ba(w)


def _verbal_noun_after_ba(w: Word) -> bool:
    """A noun of quote_object_heads or a verbal noun of quote_object_templates with a proclitic ب
    («[بمحاسبة]», «[بإطلاق]», «[بمقتل]»): the object of a verb of saying has begun, no subject follows."""
    return heads_object_after_ba(w) or any(
        templated_head(Word(w.start, w.end, st.stem)) for st in stems(w.norm) if st.clitic == BI)


def _order_content(ctx: ArticleContext, w: Word) -> bool:
    """A verbal noun with a proclitic ب that is no name nor time («[بتأمين]», «[بإخطار]»): where
    an order's content starts."""
    return _unnamed(ctx, w) and _verbal_noun_after_ba(w)


def _bare_nisba(ctx: ArticleContext, w: Word) -> bool:
    """A nisba adjective without the article, no name nor title («ملكي», «سامي»): right after «أمر»
    it makes «أمر» the noun it qualifies («أمر ملكي بتعيين …»), no verb."""
    return ctx.mention_at(w) is None and speaker_ref(w.norm) is None and not w.norm.startswith("ال") \
        and w.norm.endswith(ENDINGS) and len(w.norm) > 3


def _charge(ctx: ArticleContext, w: Word) -> bool:
    """A word with a proclitic ب that is no name nor time: where an accusation's charge starts."""
    return _unnamed(ctx, w) and with_ba(w)


def _definite_charge(w: Word) -> bool:
    """A charge after ب with the article («[بالوقوف] وراءها»): a short one is still one (the guide,
    round 49); not «طالب [بلا] سوابق» (a student), «[بهذه] الشناعة»."""
    return any(st.clitic == BI and st.stem.startswith("ال") for st in stems(w.norm))


def _subject_end(ctx: ArticleContext, sent: Sentence, i0: int, i1: int) -> int:
    """The word after a verb's named subject (the first person or organisation within a few
    words, not past a noun of what was said: «وبيّن المحافظ [تنفيذ جمعية مراكز الأحياء ...]»
    has an office for its subject and the body in its object) and what follows it: names, a
    place after a preposition, time words."""
    ws = sent.words
    j = i0
    while j < i1 and (speaker_ref(ws[j].norm) or (None, ""))[0] in ("title", "org", "honorific"):
        j += 1  # ونوه الوزير [بالبرنامج ...]: an office or body names the subject
    for i in range(i0, min(i1, i0 + _SHORT_SUBJECT)):
        m = ctx.mention_at(ws[i])
        if m is None and i >= j and (heads_object(ws[i]) or _verbal_noun_after_ba(ws[i])):
            break  # وبيّن المحافظ [تنفيذ جمعية ...], طالب مغردون [بمحاسبة X]: a name past its head is in it
        if m is not None and m.label in ("PER", "ORG"):
            j = sent.word_index(m.end) if m.end < sent.end else len(ws)
            break
    while j < i1:
        if ctx.mention_at(ws[j]) is not None or ctx.in_timex(ws[j]):
            j += 1
        elif j + 1 < i1 and quote_cues().at(ws, j, _STOPS) and ctx.mention_at(ws[j + 1]) is not None:
            j += 2
        else:
            break
    return j


