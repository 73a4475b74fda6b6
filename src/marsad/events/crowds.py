"""Visits and receptions of no named actor: crowds, counts, habits and families.

A verb of visiting or receiving whose subject or object right after it (past a time word) is
an unnamed crowd, a count or a habit tells how many people come, not a report between named
actors: «استقبلت جمهور العيد», «يستقبل زواره», «ويزوره شهرياً 124 مليوناً», «تلتقي الأسر في بيت
كبير العائلة» (families meet on a feast, no actors); so is a verb of meeting whose subject is
what people hold, not who they are («التي التقت فيها وجهات نظر البلدين»: views agree); so is goods
received («استقبلت المواد الغذائية», «استقبلوا عدداً من الإغاثات», «واستقبل الطائرة عند
وصولها»), an unnamed group counted («وصل أربعة من الوزراء إلى عدن») and a body arriving
(«ووصل جثمان الشهيد X إلى مطار البطين»); so is a verb of visiting whose subject is an indefinite
plural in the nominative right after it («يرحب بأن يزور محققون اليمن») or, the verb in the plural,
counted before it («فإن 82843 سائحاً خليجياً زاروا سويسرا», «(وعددهم 1893 مريضا) الذين زاروا»). A visit noun
whose visitors, a few words before it or right after it, are such a crowd is a generic visit (so is
one open to a crowd, «للزيارة ليلا أمام السياح»: `open_to` rows):
«من المتوقع زيارة ٥ آلاف زائر للفعاليات», «لمنح السياح
الراغبين في زيارة بريطانيا», «جذب الزوار لزيارة», as is one the reader is advised to make
(«لا بد من زيارة مكتبة "تنمية"»). A visit whose goal is a group named only by
its relation to a person («زيارة النائب إلى عائلة القائد», «بزيارة لوالد القيادي») is a private
visit, not a diplomatic one (docs/realtext-annotation.md, events-dev-fresh4 and -fresh5), and so is
such a family received («استقبل أمير المنطقة في مكتبه، أسرة الشيخ X»: received for condolence).
A visit noun in the plural that names no place it goes to (تشهد زيارات ممثلين, القيام بزيارات
متلاحقة) tells of visits in general, a habit or a career, not one happening.

A verb of receiving whose subject is a body or its staff named by common nouns alone, and whose
object right after it is a count or a crowd, receives people counted, none named: no event either
(«استضافت الجمعية 13 أسرة من المصابين», «استضافت الجامعة قرابة 35 معلما», a word of approximation
before the count or not: `approximate` rows; «استقبل موظفي الجوازات المسافرين»).

A verb of arriving whose subject is a thing or a measure, not a visitor («ووصل سعر التذاكر إلى
فرنسا», «حدود إيران تصل إلى بحر المتوسط»), tells of no visit either.

The words are `crowd`, `cargo`, `remains`, `thing_subject`, `advice`, `quantifier`, `time_prep`,
`clause_pronoun`, `met_figure` and `kin_goal` rows of
lang/ar/event_senses.tsv, read with their conjunction and proclitics stripped (والزوار, لعائلة).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_senses, sense_forms, sense_word, speaker_ref, title_word
from marsad.events.triggers import GOAL_WINDOW, Trigger
from marsad.events.visit_goals import goal_is_place, needs_goal
from marsad.events.words import Word
from marsad.lang.clitics import ARTICLE
from marsad.lang.normalize import normalize

_CROWD_BEFORE = 3  # words before a visit noun where its crowd of visitors stands (السياح الراغبين في زيارة)
_OPEN_TO_REACH = 3  # words after a visit noun where «أمام» stands (للزيارة ليلا أمام السياح)
_TO = normalize("إلى")
_KIN_PREPS = frozenset({_TO, normalize("لدى")})  # إلى عائلة القائد, في زيارة لدى أهاليهم
_FROM = normalize("من")
_PLURAL = "ات"  # the sound feminine plural of a visit noun: زيارة -> زيارات, زياراته
_OFFICE_WORDS = 4  # words of an unnamed office after a verb of receiving, before the crowd received
_RECEIVED_REACH = 14  # words from a verb of receiving to its object past the host's titles and place
SET_OFF_REACH = 30  # words from a verb of receiving to a crowd or gathering set off past the host's phrase
SET_OFF = "،,)"  # what stands right before an object set off from the host's phrase
_CONSTRUCT_NAME = 3  # words of a name a thing subject is in construct with (سمعة وارسو, حدود إيران)
_KIN_AFTER = 2  # words after إلى (or after the visit word itself, with لـ) where the family noun stands
_CUSTODY_REACH = 10  # words after a verb of arriving where it is told as a handing over (وافق على تسليمه)
_NISBA = ("ي", "يه")  # the endings of a nisba adjective after its noun (سفينة إغاثية, سعودية)
_NOMINATIVE_PLURAL = "ون"  # محققون: the sound masculine plural in the nominative
_PLURAL_LETTERS = 5  # at least a stem of three letters before it (not «كون», «دون»)
_NISBA_PLURAL = "يون"  # السعوديون: the nominative plural of a nisba adjective, a people
_PLURAL_VERB = "وا"  # زاروا: the plural of a past verb
_COUNTED_BEFORE = 3  # words from the number to the verb (82843 سائحاً خليجياً زاروا)
_NARRATOR_BEFORE = frozenset({"narrator_before"})  # كنا في زيارة: the writer's visit


def _count(word: Word) -> bool:
    return word.norm[:1].isdigit()


def _unnamed_group(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """A definite plural after a word of quantity and من that no name follows (أربعة من الوزراء,
    عدد من المسؤولين): an unnamed group, not a body named (عدد من مسؤولي الاتصالات السعودية).
    Read after a verb of going somewhere (وصل, توجه: `needs_goal`), whose subject it is: those who
    go there are unnamed (after زار it may be what is visited: «زار عددا من المواقع»)."""
    return ws[j].norm.startswith(ARTICLE) and not any(
        (m := ctx.mention_at(w)) is not None and m.label in ("PER", "ORG") for w in ws[j:j + 2])


def _past_time(ctx: ArticleContext, ws: list[Word], j: int) -> int:
    """The first word from `j` on past time words and the preposition that opens them
    (`time_prep` rows: خلال الأيام الماضية), and past a manner phrase (`manner` rows: وبشكل طبيعي)."""
    while j < len(ws):
        if ctx.in_timex(ws[j]) or (j + 1 < len(ws) and sense_word(ws[j], "time_prep")
                                   and ctx.in_timex(ws[j + 1])):
            j += 1
        elif j + 2 < len(ws) and sense_word(ws[j], "manner") and ctx.mention_at(ws[j + 1]) is None:
            j += 2  # تستقبل وبشكل طبيعي المساعدات
        else:
            break
    return j


def _past_subject(ctx: ArticleContext, ws: list[Word], j: int) -> int:
    """The first word past the person named at `j` (the verb's subject: «واستضاف جيب بوش متبرعين»),
    or `j` where no person's name starts there."""
    m = ctx.mention_at(ws[j]) if j < len(ws) else None
    if m is None or m.label != "PER" or m.start != ws[j].start:
        return j
    while j < len(ws) and ws[j].start < m.end:
        j += 1
    return j


def _past_common_subject(ctx: ArticleContext, ws: list[Word], j: int) -> int:
    """The first word past a host named by common nouns alone, no name on them, when a count or a
    crowd follows it: a definite noun («استضافت الجمعية 13 أسرة من المصابين», «استضافت الجامعة 15
    أستاذًا») or a noun in construct with one («استقبل موظفي الجوازات المسافرين»); the guests are
    counted or a crowd, none named. `j` where no such subject stands there."""
    for size in (1, 2):
        end = j + size
        if end >= len(ws) or any(ctx.mention_at(w) is not None for w in ws[j:end + 1]) \
                or not ws[end - 1].norm.startswith(ARTICLE) \
                or any(ctx.text[ws[i].end:ws[i + 1].start].strip() for i in range(j, end)):
            continue  # a name, an indefinite noun, or a mark between: no subject of common nouns
        after = _past_approximate(ws, end)
        if _count(ws[after]) or sense_word(ws[end], "crowd"):
            return end
    return j


def _past_approximate(ws: list[Word], j: int) -> int:
    """The word after `j` when word `j` is a word of approximation before a count (`approximate`
    rows: «قرابة 35», «نحو 50»), else `j`."""
    return j + 1 if j + 1 < len(ws) and sense_word(ws[j], "approximate") and _count(ws[j + 1]) else j


def _past_office(ctx: ArticleContext, ws: list[Word], j: int) -> int:
    """The first word from `j` on past an office without a name (وكيل إمارة الجوف: its title,
    the words in construct with it, a place or body named), or `j` where none stands there."""
    if j >= len(ws) or ctx.mention_at(ws[j]) is not None or not title_word(ws[j].norm):
        return j
    for i in range(j + 1, min(len(ws), j + 1 + _OFFICE_WORDS)):
        m = ctx.mention_at(ws[i])
        if m is not None and m.label == "PER" or ctx.text[ws[i - 1].end:ws[i].start].strip():
            return j
        if m is None and i > j + 1 and speaker_ref(ws[i].norm) is None and not ws[i].norm.startswith(ARTICLE):
            return i if sense_word(ws[i], "crowd") else j
        if sense_word(ws[i], "crowd"):
            return i
    return j


def crowd_visit(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A visit or reception whose visitors or guests are an unnamed crowd, a count or a habit:
    a verb with one right after it (past time words), a visit noun with one a few words before
    it and no name between, or right after it (past a count), or a word of advice before it."""
    if t.row.type not in ("VISIT", "MEET"):
        return False
    ws = sent.words
    if t.row.pos == "verb":
        if needs_goal(t) and _thing_subject(ctx, ws, t):
            return True  # ووصل سعر التذاكر إلى فرنسا, سمعة وارسو وصلت إلى اليابان: a thing reaches a place
        after = ws[t.index + t.size:t.index + t.size + _CUSTODY_REACH]
        if needs_goal(t) and any(sense_word(w, "custody") for w in after):
            return True  # وكان X وصل إلى الولايات المتحدة بعد أن وافق على تسليمه: handed over, no visit
        j = _past_time(ctx, ws, t.index + t.size)  # واستقبلت أمس جمهور, استقبلت خلال الأيام الماضية 3864
        if t.row.type == "VISIT" and (j < len(ws) and (_unnamed_plural(ctx, ws[j]) or _a_people(ctx, ws[j]))
                                      or _counted_before(ctx, ws, t)):
            return True  # يرحب بأن يزور محققون اليمن; فإن 82843 سائحاً خليجياً زاروا سويسرا; التي يزورها
            # السعوديون في الأردن: visitors unnamed
        if t.row.type == "VISIT" and _crowd_before_relative(ctx, ws, t):
            return True  # عديد من الجاليات التي تزور ساحات قصر الحكم: the crowd the clause tells of visits
        if j < len(ws) and sense_word(ws[j], "clause_pronoun"):
            j = _past_time(ctx, ws, j + 1)  # الذي يزور فيه عشرات الآلاف: the relative clause's pronoun
        if j + 2 < len(ws) and sense_word(ws[j], "quantifier") and ws[j + 1].norm == _FROM:
            j += 2  # استقبلوا عدداً من الإغاثات
            j += j < len(ws) and sense_word(ws[j], "rank")  # استقبل عددا من كبار الضيوف
            if needs_goal(t) and _unnamed_group(ctx, ws, j):
                return True  # وصل أربعة من الوزراء إلى عدن: those who arrive, unnamed
        if t.row.subject_role == "host" and _crowd_set_off(ctx, ws, t):
            return True  # استقبل الأمير X أمير المنطقة، في قصر سلطانة، مساء أمس، أهالي المنطقة المبايعين
        j = _past_office(ctx, ws, j)  # استقبل وكيل إمارة الجوف المسافرين: the host unnamed, a crowd received
        j = _past_time(ctx, ws, _past_subject(ctx, ws, j))  # واستضاف جيب بوش متبرعين أثرياء
        if t.row.subject_role == "host":
            j = _past_common_subject(ctx, ws, j)  # استضافت الجامعة 15 أستاذًا, استقبل موظفي الجوازات المسافرين
        j = _past_approximate(ws, j)  # استضافت الجامعة قرابة 35 معلما
        return j < len(ws) and (sense_word(ws[j], "crowd") or _count(ws[j])
                                or t.row.subject_role == "host" and sense_word(ws[j], "cargo")
                                or t.row.type == "MEET" and sense_word(ws[j], "met_figure")
                                or needs_goal(t) and sense_word(ws[j], "remains"))  # ووصل جثمان
    if t.row.pos != "noun" or t.row.type != "VISIT":
        return False
    if _opened_to_crowd(ctx, ws, t.index + t.size):
        return True  # ومعبدي الملكة حتبسوت للزيارة ليلا أمام السياح: open to the public
    for k in range(t.index - 1, max(-1, t.index - 1 - _CROWD_BEFORE), -1):
        if ctx.mention_at(ws[k]) is not None:
            return False
        if sense_word(ws[k], "crowd") or sense_word(ws[k], "advice"):
            return True  # السياح الراغبين في زيارة; لا بد من زيارة مكتبة: the reader advised
    j = t.index + t.size
    if needs_goal(t) and j < len(ws) and sense_word(ws[j], "thing_subject"):
        return True  # وصول [قوات إسبانية] إلى السعودية, وصول شحنة: troops or things arrive, no one visits
    if j + 1 < len(ws) and _count(ws[j]):
        j += 1  # زيارة ٥ آلاف زائر
    return j < len(ws) and sense_word(ws[j], "crowd") and ctx.mention_at(ws[j]) is None


def _opened_to_crowd(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """An `open_to` word (أمام) within a few words from `j`, right after a visit noun, no name
    between, with a crowd right after it («افتتاح المقابر ... للزيارة ليلا أمام السياح»): a site
    opened to the public, no visit made by anyone."""
    for k in range(j, min(len(ws) - 1, j + _OPEN_TO_REACH)):
        if ctx.mention_at(ws[k]) is not None:
            return False
        if sense_word(ws[k], "open_to"):
            return sense_word(ws[k + 1], "crowd") and ctx.mention_at(ws[k + 1]) is None
    return False


def _crowd_set_off(ctx: ArticleContext, ws: list[Word], t: Trigger) -> bool:
    """A verb of receiving whose object, past the host's name, titles and the place and time set off
    by commas, is a crowd right after a comma or a closing bracket («استقبل الأمير X ولي ولي العهد ...
    في مكتبه بالمعذر أمس، المهنئين», «... مساء أمس (الأحد)، أهالي المنطقة المبايعين»): no one named is
    received. A second person named before it is the guest («استقبل X، في مكتبه، الوزير Y»); an office
    read as its state's side is none (the host's own title: «وزير الدفاع السعودي»)."""
    hosts = 0
    for k in range(t.index + t.size, min(len(ws), t.index + t.size + SET_OFF_REACH)):
        m = ctx.mention_at(ws[k])
        if m is not None and m.label == "PER" and m.start >= ws[k].start and m.attrs.side is None:
            hosts += 1
            if hosts > 1:
                return False
        gap = ctx.text[ws[k - 1].end:ws[k].start].strip()
        if gap and gap[-1] in SET_OFF and m is None and sense_word(ws[k], "crowd"):
            return True
    return False


def _crowd_before_relative(ctx: ArticleContext, ws: list[Word], t: Trigger) -> bool:
    """A verb of visiting right after a relative pronoun whose antecedent, right before it, is a
    crowd with no name on it («وشارك عديد من الجاليات التي تزور ساحات قصر الحكم»): visitors unnamed."""
    k = t.index - 1
    return k >= 1 and sense_word(ws[k], "relative_pronoun") and sense_word(ws[k - 1], "crowd") \
        and ctx.mention_at(ws[k - 1]) is None


def _unnamed_plural(ctx: ArticleContext, w: Word) -> bool:
    """An indefinite masculine plural in the nominative, no name on it (محققون, مسؤولون): right after
    a verb of visiting, its subject, who visit unnamed (an object would be in the accusative)."""
    return len(w.norm) >= _PLURAL_LETTERS and w.norm.endswith(_NOMINATIVE_PLURAL) \
        and not w.norm.lstrip("و").startswith(ARTICLE) and ctx.mention_at(w) is None


def _a_people(ctx: ArticleContext, w: Word) -> bool:
    """A definite nisba plural in the nominative, no name on it (السعوديون, الأردنيون): right after a
    verb of visiting, its subject is a people, visitors unnamed («المواقع السياحية التي يزورها
    السعوديون في الأردن»), no one who acts for a state."""
    bare = w.norm.lstrip("و")
    return bare.startswith(ARTICLE) and bare.endswith(_NISBA_PLURAL) \
        and len(bare) >= len(ARTICLE) + _PLURAL_LETTERS and ctx.mention_at(w) is None


def _counted_before(ctx: ArticleContext, ws: list[Word], t: Trigger) -> bool:
    """A plural verb of visiting (زاروا) whose subject, told before it, is counted: a number a few
    words before it, no name between («فإن 82843 سائحاً خليجياً زاروا سويسرا»)."""
    if not ws[t.index].norm.endswith(_PLURAL_VERB):
        return False
    for k in range(t.index - 1, max(-1, t.index - 1 - _COUNTED_BEFORE), -1):
        if ctx.mention_at(ws[k]) is not None or ctx.in_timex(ws[k]):
            return False
        if _count(ws[k]):
            return True
    return False


def _thing_subject(ctx: ArticleContext, ws: list[Word], t: Trigger) -> bool:
    """Whether a verb of arriving has a thing for its subject (`thing_subject` rows): right after
    it, past time words (ووصل سعر التذاكر إلى فرنسا), or right before it, past the name it is in
    construct with or its adjective and with no mark between (سمعة وارسو وصلت إلى اليابان, حدود إيران
    تصل إلى, أكبر سفينة إغاثية تصل إلى اليمن)."""
    j = _past_time(ctx, ws, t.index + t.size)
    if j < len(ws) and sense_word(ws[j], "thing_subject"):
        return True
    k = t.index - 1
    held = ctx.mention_at(ws[k]) if k >= 0 else None
    while held is not None and k >= 0 and held.start <= ws[k].start < held.end:
        k -= 1  # the name the thing is in construct with (حدود [إيران])
    if held is None and k > 0 and ws[k].norm.endswith(_NISBA) and not sense_word(ws[k], "thing_subject"):
        k -= 1  # its adjective (أكبر سفينة إغاثية تصل إلى اليمن)
    if k < 0 or k < t.index - 1 - _CONSTRUCT_NAME or not sense_word(ws[k], "thing_subject"):
        return False
    return not any(ch in ctx.text[ws[k].end:ws[t.index].start] for ch in "،,.:;()«»\"\n")


def kin_goal(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A visit whose goal is a family or a relative (إلى عائلة X, لوالد X, أسر الشهداء, لدى
    أهاليهم, زيارة أرحامه, بزيارة مماثلة لأسرة الفقيد) or their home (`kin_home`: لمنزل أسرة
    الشهيدين, round 53's outside audit): a group named only by its relation to a
    person, a private visit; so is a reception of such a family or a meeting verb's (حيث التقى
    زوجته الثانية: his own kin met, a private life told)."""
    if t.row.type == "MEET" and (t.row.subject_role == "host" or t.row.pos == "verb"):
        return _kin_received(ctx, sent, t)  # استقبل ... أسرة الشيخ X; حيث التقى زوجته الثانية
    if t.row.type != "VISIT":
        return False
    ws = sent.words
    end = t.index + t.size
    for j in range(end, min(len(ws), end + GOAL_WINDOW)):
        if ws[j].norm in _KIN_PREPS:
            return any(sense_word(w, "kin_goal") for w in ws[j + 1:j + 1 + _KIN_AFTER])
        lam = j < end + _KIN_AFTER and ws[j].norm.startswith("ل")
        if sense_word(ws[j], "kin_goal") and (j == end or lam):
            return True  # زار أسر الشهداء, بزيارة لوالد القيادي, بزيارة مماثلة لأسرة الفقيد
        if sense_word(ws[j], "kin_home") and (j == end or lam) and j + 1 < len(ws) \
                and sense_word(ws[j + 1], "kin_goal"):
            return True  # «خلال زيارته لمنزل أسرة الشهيدين»: the family's home (round 52)
    return False


def _kin_received(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A reception whose guests are a family (استقبل أمير المنطقة في مكتبه بالإمارة، أسرة الشيخ X;
    استقبل ... أمس أسرة شيخ القبائل): a family named by its relation to a person, received as the
    object (right after the verb, a comma, a time word or the host's name), is a private visit,
    as `kin_goal` reads a visit to one."""
    ws = sent.words
    end = t.index + t.size
    for j in range(end, min(len(ws), end + _RECEIVED_REACH)):
        if not sense_word(ws[j], "kin_goal") or ctx.mention_at(ws[j]) is not None:
            continue
        prev = ws[j - 1]
        held = ctx.mention_at(prev)
        if j == end or "،" in ctx.text[prev.end:ws[j].start] or prev.norm.endswith("،") \
                or any(x.start <= prev.start < x.end for x in ctx.timexes) \
                or (held is not None and held.label == "PER" and held.end <= ws[j].start):
            return True
    return False


def narrators_visit(sent: Sentence, t: Trigger) -> bool:
    """A visit noun whose visitor is the writer (`narrator_after`, `narrator_before` rows of
    event_senses): «لي» right after the bare noun («كانت آخر زيارة لي لمدينة شيفيلد»), «كنا في» or
    «كنت في» right before it («يوم كنا في زيارة لمشروع مطار الملك عبدالعزيز»): no named actor, and
    the names around it are not the visitor's."""
    if t.row.type != "VISIT" or t.row.pos != "noun" or t.possessed:
        return False
    ws, j = sent.words, t.index + t.size
    if j < len(ws) and ws[j].norm in sense_forms("narrator_after"):
        return True  # the word as it is: «ولي العهد» after «زيارة» is the crown prince's
    return t.index >= 2 and (cue := event_senses().at(ws, t.index - 2, _NARRATOR_BEFORE)) is not None \
        and cue.size == 2


def plural_visit(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A visit noun in the plural (زيارات, بزيارات, زياراته) that names no place it goes to:
    visits in general, no one event; «بزيارات إلى الإمارات وقطر» is a tour by its stops."""
    return t.row.type == "VISIT" and t.row.pos == "noun" \
        and t.reading.stem.startswith(t.row.forms[0][:-1] + _PLURAL) and not goal_is_place(ctx, sent, t)
