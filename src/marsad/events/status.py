"""Whether an event happened, is planned, expected, hypothetical or denied, from tense and
modality cues.

A future prefix on the trigger (سيجتمع), or on a light verb that carries a noun trigger
(ستجري محادثات, سيقوم بزيارة: `event_senses.tsv` support_verb; the words of its subject's
names do not count against its reach: ويجري حزب X وحزب Y محادثات), means planned; a noun trigger
that is the aim of an invitation, a step or a journey (دعوة لزيارة موسكو, دعا X إلى زيارة عدن,
وصل X إلى الرياض للاجتماع بالملك: `journey_aim`) is planned too, as is an imperfect one arranged
(على أن يلتقي X: `proviso`), one sought or hoped for (تتطلع لاستضافة المحادثات) expected, and a
journey told on its day by an imperfect verb of setting out (يتوجه X اليوم إلى مصر في زيارة
يلتقي خلالها Y: `setting_out`), with the programme its clause gives it, planned. Cue words
before the trigger in its clause
(`event_cues.tsv`: من المقرر, من المتوقع, نفى, لم, إذا, هل ...) set the status, within the
row's window of words (0: anywhere before); a relative pronoun opens a clause of its own, so
«تعتزم إسرائيل ... الاتفاق الذي أبرم» is a concluded agreement. قد makes an imperfect verb of the
event itself one that may come, expected (قد يعود إلى عدن, round 48 ruling), but a perfect one a
fact (كان قد التقى). With no cue, an imperfect verb
trigger (الذي يزور العراق حاليا), or a noun one carried by an imperfect light verb (تجري
محادثات), tells an event under way: ongoing, unless a past auxiliary (كان يستقبله: he used
to) or a subjunctive particle (تمنت أن يزور, قبل أن يقوم بزيارة) comes before it. Otherwise
the event happened. (A headline's imperfect and one dated before the report are read as past
by the caller, `extract.py`.)
"""

from __future__ import annotations

from collections.abc import Iterator

from marsad.events.frequency_habits import habit_after
from marsad.events.lexicon import Cue, CueLexicon, event_cues, event_senses, support_verbs
from marsad.events.relative_carriers import carried_under_way
from marsad.events.triggers import Trigger
from marsad.events.verb_tense import imperfect
from marsad.events.words import Word, stems, word_matches
from marsad.lang.normalize import normalize

_STATUS = frozenset({"planned", "expected", "denied", "hypothetical"})
_PRIORITY = ("denied", "hypothetical", "expected", "planned")
_BREAK = frozenset({"clause_break"})
_MODAL = frozenset({"modal_imperfect"})
_NOT_UNDER_WAY = frozenset({"past_auxiliary", "subjunctive"})
_PURPOSE = frozenset({"purpose"})
_WISH = frozenset({"wish"})
_PROVISO = frozenset({"proviso"})
_SETTING_OUT = frozenset({"setting_out"})
_JOURNEY_AIM = frozenset({"journey_aim"})
_BACKGROUND = frozenset({"background"})
_PAST_AUXILIARY = frozenset({"past_auxiliary"})
_HABITUAL = frozenset({"habitual"})
_CARRIERS = frozenset({"support_verb", "setting_out"})  # imperfect verbs that carry a noun trigger
PURPOSE_LAM = ("ل", "لل")  # the lam of purpose, alone or before the article (لزيارة)
INVITATION_AIM = normalize("إلى")  # «الى» too, normalised alike; دعا X إلى زيارة عدن: the invitation's aim
INVITING = frozenset({"inviting_verb", "invitation"})  # دعت X Y إلى زيارة, قبل دعوة X لزيارة
_AIM_REACH = 4
_FUTURE_TIME = frozenset({"future_time"})
_FUTURE_REACH = 12  # words after the trigger where a time to come may stand
_FUTURE_BEFORE = 2  # words before it (غد الأحد بزيارة)
_PRESENT_TIME = frozenset({"present_time"})
_RELATIVE = frozenset({"relative_pronoun"})
_PRESENT_REACH = 4  # words after the trigger read for a word of the present (the rows' windows are less)
_RESUMPTIVE = frozenset({"resumptive"})
_TO_COME = frozenset({"planned", "expected"})
_GOING_ON = frozenset({"talks_going_on"})
_MADE_CLAUSE = frozenset({"made_clause"})
_RESUMED = frozenset({"talks_resumed"})
_QUALIFIED = 2  # qualifiers between a noun trigger and its relative pronoun (الزيارة الرسمية التي)
_CUE_REACH = 3  # words into the relative clause where its status cue stands (التي من المزمع أن)
_CLAUSE_REACH = 12  # words of the relative clause read for its light verb and pronoun (القيام بها)


def clause_start(words: list[Word], trig: Trigger) -> int:
    """The first word of the trigger's clause: after the last clause opener before it."""
    start = 0
    for j in range(trig.index):
        if event_senses().at(words, j, _BREAK) is not None:
            start = j + 1
    return start


def status_of(words: list[Word], trig: Trigger, named: frozenset[int] = frozenset()) -> str:
    """`named`: indices of the words inside names (a light verb reaches its noun past them)."""
    start = clause_start(words, trig)
    # a cue word inside a name is none («جاك لو», the US Treasury secretary: not «لو» "if")
    found = {c.kind for j, c in _cues_before(event_cues(), words, trig, start, _STATUS) if j not in named}
    if trig.row.pos == "verb" and imperfect(trig.row.forms[0]) and _cue_before(words, trig, start, _MODAL):
        found.add("expected")  # قد يعود إلى عدن في أي وقت: may come; not «كان قد التقى»
    if trig.reading.future or (trig.row.pos == "noun" and _support(words, trig, start, True, named)):
        found.add("planned")
    if trig.row.pos == "noun" and _an_aim(words, trig, start):
        if _cue_before(words, trig, start, _PURPOSE | _JOURNEY_AIM):
            found.add("planned")  # دعوة لزيارة موسكو; وصل X إلى الرياض للاجتماع بالملك
        if _cue_before(words, trig, start, _WISH):
            found.add("expected")  # تتطلع لاستضافة جولة من المحادثات
    if _invited_to(words, trig, start):
        found.add("planned")  # دعا الرئيس X (long titles) في الرياض إلى زيارة عدن
    if _arranged(words, trig, start, named):
        found.add("planned")  # على أن يلتقي X غدا, على أن يجري X محادثات: arranged, still to come
    if _setting_out(words, trig, start):
        found.add("planned")  # يتوجه X اليوم إلى مصر في زيارة عمل يلتقي خلالها Y: the day's journey
    if _talks_kept_up(words, trig, start, _RESUMED):
        found.add("planned")  # لاستئناف محادثات السلام: talks taken up again, still to come
    if not found and _talks_kept_up(words, trig, start, _GOING_ON | _RESUMED):
        return "ongoing"  # لدعم المحادثات بين X و Y, تواصل الحوار بين X و Y: the talks go on
    if not found:
        found |= _relative_to_come(words, trig)  # الزيارة التي يعتزم نتنياهو القيام بها
    if not found and _future_after(words, trig):
        found.add("planned")  # يلتقي مع نظيره الروسي في قطر في الأسابيع المقبلة
    if found <= _TO_COME and _told_made(words, trig):
        return "happened"  # من المتوقع أن تقوم تركيا بفتح القاعدة، وذلك بعد اتصال هاتفي جرى بين الرئيسين
    for s in _PRIORITY:
        if s in found:
            return s
    if _under_way(words, trig, start, named) or carried_under_way(words, trig):
        return "ongoing"  # ويجري X محادثات; جولة تقوم بها الشركة في المملكة
    return "happened"


def told_as_habit(words: list[Word], trig: Trigger) -> bool:
    """A trigger that tells a habit, no one happening (issue 15, round 35 fresh-text audit): an
    imperfect verb with no future prefix right after a past auxiliary in its clause («وكان يزوره في
    بيته»: he used to visit him; «كانوا يلتقون»), a noun one whose light verb or verb of setting out
    is such a verb («كان يتوجه X إلى مصر في زيارة كل عام»), or any trigger after a word of frequency
    (`habitual` rows of event_senses, each within its window: «فغالبا ما تستشير الصحافيين وتدعوهم
    لزيارة الولايات المتحدة», «عادة ما يلتقي»), or an imperfect verb with one after it
    (`frequency_habits.habit_after`: «يزوره مرة أو مرتين في الشهر»). «كان من المقرر أن يلتقي» (a plan)
    and «كان قد التقى» (a perfect) are no habits."""
    start = clause_start(words, trig)
    if trig.row.pos == "verb" and not trig.reading.future and imperfect(trig.row.forms[0]) \
            and any(_bare_auxiliary(words, trig.index, k) for k in range(start, trig.index)):
        return True
    if trig.row.pos == "noun" and any(  # كان يتوجه X إلى مصر في زيارة: its light verb's habit
            event_senses().at(words, j, _CARRIERS) is not None
            and any(_bare_auxiliary(words, j, k) for k in range(start, j)) for j in range(start, trig.index)):
        return True
    return _cue_before(words, trig, start, _HABITUAL) or habit_after(words, trig)


def _bare_auxiliary(words: list[Word], verb: int, k: int) -> bool:
    """A past auxiliary at word `k` within its window before the imperfect verb at word `verb`,
    with nothing but a space after it (not «مهرجان «كان» الأخير تتوجه»: the festival's name)."""
    cue = event_senses().at(words, k, _PAST_AUXILIARY)
    return cue is not None and _within_window(cue, k, verb) \
        and words[k + cue.size].start - words[k + cue.size - 1].end == 1


def _told_made(words: list[Word], trig: Trigger) -> bool:
    """An indefinite noun trigger whose describing clause opens, past its qualifiers, with a
    perfect verb of taking place (`made_clause` rows of event_senses: اتصال هاتفي جرى بين, لقاء
    عقد بين): told as made."""
    if trig.row.pos != "noun" or trig.definite or trig.possessed:
        return False
    end = trig.index + trig.size
    for k in range(end, min(len(words), end + _QUALIFIED + 1)):
        cue = event_senses().at(words, k, _MADE_CLAUSE)
        if cue is not None:
            return k - end <= int(cue.value or 0)
    return False


def talks_kept_up(words: list[Word], trig: Trigger) -> bool:
    """Whether a noun of talks is kept up or taken up again (`_talks_kept_up`): the sentence's day
    is that of the effort or the call that tells it («الجهود التي تبذلها باكستان لاستئناف محادثات
    السلام», «ناقش الاتصال الذي جرى الليلة الماضية الجهود لدعم المحادثات»), not the talks'."""
    return _talks_kept_up(words, trig, clause_start(words, trig), _GOING_ON | _RESUMED)


def _talks_kept_up(words: list[Word], trig: Trigger, start: int, kinds: frozenset[str]) -> bool:
    """A MEET noun of talks with a verbal noun of keeping talks up or taking them up again right
    before it (`talks_going_on`, `talks_resumed` rows of event_senses: لدعم المحادثات, تواصل
    الحوار, لاستئناف محادثات), within the row's window."""
    return trig.row.type == "MEET" and trig.row.pos == "noun" and _cue_before(words, trig, start, kinds)


def _future_after(words: list[Word], trig: Trigger) -> bool:
    """A time to come (المقبل, القادمة, غدا: `event_cues.tsv` future_time) after an imperfect
    verb trigger or a noun one, in its clause: «عندما يلتقي مع نظيره ... في الأسابيع المقبلة»,
    «زيارة إلى موسكو الشهر المقبل». Not after a perfect verb («اتفقا على اللقاء الشهر المقبل»:
    the agreement is made)."""
    if trig.row.pos == "verb" and not imperfect(trig.row.forms[0]):
        return False
    return _future_from(words, trig, trig.index + trig.size)


def future_told(words: list[Word], trig: Trigger) -> bool:
    """A word of a time to come in the trigger's clause, right before it or after it (سيقوم يوم غد
    الأحد بزيارة, يصل ... غداً الثلاثاء): the text itself dates the event to come, so a page
    published after that day still tells it as planned. Not one further before, another event's
    («زيارة هادي ... خلال الأيام المقبلة، على غرار زيارة بحاح إلى عدن أمس الأول»). So does the
    form of one arranged («بدأ X السبت زيارة ... على أن يجري محادثات»): the sentence's past day is
    that of the step before it. So does one after the verb of setting out that carries the event
    (`_setting_out_at`: «يغادر - بمشيئة الله - يوم غد ... إلى مصر في زيارة عمل»)."""
    start = clause_start(words, trig)
    if (j := _setting_out_at(words, trig, start)) is not None and _future_from(words, trig, j):
        return True  # يغادر - بمشيئة الله - يوم غد ... إلى مصر في زيارة: the journey's own day to come
    return _future_from(words, trig, max(start, trig.index - _FUTURE_BEFORE)) or _arranged(words, trig, start)


def _future_from(words: list[Word], trig: Trigger, start: int) -> bool:
    """A future_time cue from word `start` to `_FUTURE_REACH` words after the trigger, before a
    clause break after it."""
    end = trig.index + trig.size
    for j in range(start, min(len(words), end + _FUTURE_REACH)):
        if j >= end and event_senses().at(words, j, _BREAK) is not None:
            return False
        if event_cues().at(words, j, _FUTURE_TIME) is not None:
            return True
    return False


def present_after(words: list[Word], trig: Trigger) -> bool:
    """An imperfect verb trigger with a word of the present right after it (`event_cues.tsv`
    present_time, within its row's window of words): «الذي يزور المنطقة حاليا» is under way when
    the report is written, whatever day the sentence tells of its other events."""
    if trig.row.pos != "verb" or trig.reading.future or not imperfect(trig.row.forms[0]):
        return False
    return _present_from(words, trig.index + trig.size)


def _present_from(words: list[Word], end: int) -> bool:
    """A word of the present (`present_time`) from word `end` on, within its row's window and
    before a clause break."""
    for j in range(end, len(words)):
        cue = event_cues().at(words, j, _PRESENT_TIME)
        if cue is not None and j - end <= int(cue.value or 0):
            return True
        if event_senses().at(words, j, _BREAK) is not None or j - end > _PRESENT_REACH:
            return False
    return False


def _setting_out(words: list[Word], trig: Trigger, start: int) -> bool:
    return _setting_out_at(words, trig, start) is not None


def _setting_out_at(words: list[Word], trig: Trigger, start: int) -> int | None:
    """An imperfect verb of setting out or arriving (`event_senses.tsv` setting_out: يتوجه, يصل)
    that is the trigger, or stands before it in its clause within the row's window, with no word
    of the present after it (not «الذي يصل حاليا») and no past auxiliary or subjunctive particle
    before it (not «كان يتوجه», «قبل أن يصل»): news tells the day's journey before it is made
    («يتوجه X اليوم إلى مصر في زيارة عمل يلتقي خلالها Y»), so the journey and the programme the
    clause gives it are still to come (leaving too: «يغادر X غدا إلى مصر في زيارة»). A perfect
    verb after it tells what was done, as does a noun after a time word (`event_cues.tsv`
    background: بعد أقل من أسبوع من التوصل إلى اتفاق, an event recalled; one of window 0, «يوم»,
    only right before it, not «يوم غد»)."""
    if trig.row.pos == "verb" and not imperfect(trig.row.forms[0]):
        return None
    for j in range(start, trig.index + 1):
        cue = event_senses().at(words, j, _SETTING_OUT)
        if cue is None or trig.index - j > int(cue.value or 0) or _present_from(words, j + cue.size):
            continue
        if any((c := event_senses().at(words, k, _NOT_UNDER_WAY)) is not None
               and j - (k + c.size) < int(c.value or 0) for k in range(start, j)):
            continue
        if any((c := event_cues().at(words, k, _BACKGROUND)) is not None
               and (int(c.value or 0) > 0 or k == trig.index - 1) for k in range(j + 1, trig.index)):
            continue  # يتوجه X إلى طهران بعد أسبوع من التوصل إلى اتفاق: an event recalled, made
        return j
    return None


def _relative_to_come(words: list[Word], trig: Trigger) -> set[str]:
    """The status a noun trigger's own relative clause gives it when that clause takes the event
    as the object of its light verb (`resumptive`: القيام بها, تقوم بها) and tells it is still to
    come: a status cue at its start (الزيارة التي يعتزم نتنياهو القيام بها, التي من المزمع أن تقوم
    بها) or a future light verb (التي سيقوم بها); an indefinite noun's clause opens with no relative
    pronoun (خلال زيارة من المقرر أن يقوم بها X). Not a clause about something else («الاتفاق الذي
    من المتوقع أن يرفع العقوبات»: no pronoun takes the agreement as a light verb's object)."""
    if trig.row.pos != "noun":
        return set()
    end = trig.index + trig.size
    rel = next((j for j in range(end, min(len(words), end + _QUALIFIED + 1))
                if event_senses().at(words, j, _RELATIVE) is not None), None)
    if rel is None and not (trig.definite or trig.possessed):
        rel = end - 1  # an indefinite noun's clause needs no pronoun: زيارة من المقرر أن يقوم بها
    if rel is None:
        return set()
    kinds: set[str] = set()
    resumed = False
    for k in range(rel + 1, min(len(words), rel + 1 + _CLAUSE_REACH)):
        if event_senses().at(words, k, _BREAK) is not None:
            break
        cue = event_cues().at(words, k, _TO_COME)
        if cue is not None and k - rel <= _CUE_REACH:
            kinds.add(cue.kind)
        if any((r := word_matches(words[k].norm, form, "verb")) is not None and r.future
               for form, _ in support_verbs()):
            kinds.add("planned")  # التي سيقوم بها
        resumed = resumed or event_senses().at(words, k, _RESUMPTIVE) is not None
    return kinds if resumed else set()


def _under_way(words: list[Word], trig: Trigger, start: int, named: frozenset[int]) -> bool:
    """An imperfect verb trigger, or a noun trigger carried by an imperfect light verb, with no
    past auxiliary (not «كان يستقبله»), subjunctive particle (not «قبل أن يقوم بزيارة»; «أن» with a
    name after it is «أنّ»: «وذكرت أن لافروف يزور قطر» is under way) nor lam of purpose before it."""
    if trig.reading.future or trig.reading.clitic.endswith("ل") or any(
            not (c.kind == "subjunctive" and named.intersection(range(j + c.size, trig.index)))
            for j, c in _cues_before(event_senses(), words, trig, start, _NOT_UNDER_WAY)):
        return False  # ليستقبلوا: the lam of purpose
    if trig.row.pos == "verb":
        return imperfect(trig.row.forms[0])
    return _support(words, trig, start, False, named)


def _cues_before(table: CueLexicon, words: list[Word], trig: Trigger, start: int,
                 kinds: frozenset[str]) -> Iterator[tuple[int, Cue]]:
    """(word, cue) for each of `table`'s cues between `start` and the trigger, each within its
    row's window of words (0: anywhere before)."""
    for j in range(start, trig.index):
        cue = table.at(words, j, kinds)
        if cue is not None and _within_window(cue, j, trig.index):
            yield j, cue


def _within_window(cue: Cue, j: int, target: int) -> bool:
    """Whether `cue`, found at word `j`, ends within its row's window of words before word
    `target` (a window of 0: anywhere before)."""
    window = int(cue.value or 0)
    return window == 0 or target - (j + cue.size) < window


def _cue_before(words: list[Word], trig: Trigger, start: int, kinds: frozenset[str]) -> bool:
    return next(_cues_before(event_senses(), words, trig, start, kinds), None) is not None


def told_as_aim(words: list[Word], trig: Trigger) -> bool:
    """A noun trigger that is the aim of an invitation or a step (قبل دعوة لزيارة روما, دعا X إلى
    زيارة عدن, تمهيدا لزيارة): the sentence's day is the invitation's, not the visit's, which is
    still to come whatever day the invitation was made."""
    start = clause_start(words, trig)
    return trig.row.pos == "noun" and (_invited_to(words, trig, start) or (
        _an_aim(words, trig, start) and _cue_before(words, trig, start, _PURPOSE)))


def _arranged(words: list[Word], trig: Trigger, start: int, named: frozenset[int] = frozenset()) -> bool:
    """An imperfect verb trigger, or a noun one its imperfect light verb carries, after a particle
    of arrangement (`proviso`: على أن يلتقي X, على أن يجري X محادثات); not a noun right after it
    («شدد على أن مباحثات القاهرة»: the subject of what is said)."""
    if not _cue_before(words, trig, start, _PROVISO):
        return False
    if trig.row.pos == "verb":
        return imperfect(trig.row.forms[0]) and not trig.reading.future
    return _support(words, trig, start, False, named)


def _invited_to(words: list[Word], trig: Trigger, start: int) -> bool:
    """A noun trigger after «إلى» with an invitation word (`purpose`; `inviting_verb`, `invitation`
    of event_cues) anywhere before it in its clause, or with the lam after a word of inviting: «دعا X
    إلى زيارة», «دعا الوزير X، مفوض ...، لزيارة عدن» name the invitee between, past the windows."""
    if trig.row.pos != "noun" or trig.index < 1:
        return False
    if words[trig.index - 1].norm == INVITATION_AIM:
        return any(event_senses().at(words, j, _PURPOSE) is not None
                   or event_cues().at(words, j, INVITING) is not None for j in range(start, trig.index - 1))
    return trig.reading.clitic in PURPOSE_LAM \
        and any(event_cues().at(words, j, INVITING) is not None for j in range(start, trig.index))


def _an_aim(words: list[Word], trig: Trigger, start: int) -> bool:
    """Whether the noun trigger, or a word just before it, has the lam of purpose (لزيارة,
    لإجراء زيارة, لاستضافة جولة من المحادثات)."""
    if trig.reading.clitic in PURPOSE_LAM:
        return True
    return any(st.clitic in PURPOSE_LAM for j in range(max(start, trig.index - _AIM_REACH), trig.index)
               for st in stems(words[j].norm))


def _support(words: list[Word], trig: Trigger, start: int, future: bool,
             named: frozenset[int] = frozenset()) -> bool:
    """A light verb before a noun trigger, with the future prefix (ستجري محادثات) or without
    it (تجري محادثات), as `future` asks; the words of a name between them (`named`: indices
    of words inside names) do not count against the verb's window (ويجري حزب العدالة والتنمية
    وحزب الشعب الجمهوري محادثات)."""
    gap, reach = 0, max(window for _, window in support_verbs())  # the widest row's window
    for j in range(trig.index - 1, start - 1, -1):
        gap += j not in named
        if gap > reach:
            return False
        for form, window in support_verbs():
            reading = word_matches(words[j].norm, form, "verb")
            if reading is not None and reading.future == future and gap <= window:
                return True
    return False
