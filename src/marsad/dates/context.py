"""What a candidate expression needs around it to be a date.

`is_time`: whether a candidate is a time at all, not words (a bare unit, «أول أيام», the
elative «أمسّ الحاجة», a named day such as «اليوم الوطني»).

It works on the normalised, lower-cased text the patterns matched. A month word's context is
`dates.month_context`; names that hold date words (مدينة 6 أكتوبر, عين اليوم) are told apart in
`dates.date_names`. Whether a duration is a length is `dates.lengths`; the shape of the words
around (clitics, definiteness, cues) is `dates.word_forms`.

Words around a recognised expression that change its value (read by `dates.resolve`):
`counts_from_other_event` (التالي), `told_before` (في ذلك اليوم), `after_cue` (a cue word
right before it: لا يزال اليوم, على مدى العقد الماضي).
"""

from __future__ import annotations

from marsad.dates.lengths import is_length
from marsad.dates.lexicon import lexicon
from marsad.dates.noun_refs import noun_ref
from marsad.dates.word_forms import clitic_forms, definite, is_cue, without_clitics
from marsad.lang.clitics import ARTICLE
from marsad.lang.nisba import ENDINGS as NISBA_ENDINGS

BARE_YEARS = (1900, 2050)  # a four-digit number alone is read as a year only in this span
BRACKET_YEARS_APART = 150  # two years in brackets at most this far apart are a period («(1832 - 1898)»)


def is_time(kind: str, parts: dict[str, str]) -> bool:
    """Whether a candidate of pattern `kind` is a time, not words (a bare unit, an unanchored
    deictic, a named day, the elative «أمسّ»)."""
    lx = lexicon()
    if kind != "duration" and parts.get("unit", "") in lx.cues.get("construct_dual", ()):
        return False  # «بعد يومي الراحة», «الحد اليومي السابق»: only the duration reads «يومي»
    if kind == "set" and parts.get("set", "") in lx.cues.get("construct_dual", ()):
        return _daily(parts)
    if lx.units.get(parts.get("unit", ""), ("", None))[0] == "S":  # كل موسم, بداية الموسم, هذا الموسم,
        # الموسم الحالي/الماضي: no length, no date (docs/realtext-annotation.md, timex-dev-3 and the round-43
        # ruling: a season named by a demonstrative or an adjective has no calendar value)
        return False
    if kind == "ago" and lx.units.get(parts.get("unit", ""), ("", None))[0] == "X" \
            and lx.ago.get(parts.get("ago", ""), 0) > 0:
        return False  # «وبعد فترة يعود», «بعد فترة قصيرة»: a while later, no timex (as «بعض الوقت»)
    if kind == "ago" and parts.get("uart") and parts.get("_next", "") in lx.ordinals:
        return False  # «منذ اليوم الأول لتشكيلها», «بعد السنة الخامسة»: the nth unit of something, no offset
    if kind == "ago" and not parts.get("num") and lx.units.get(parts.get("unit", ""), ("", None))[1] == 1 \
            and _indefinite_nisba(parts.get("_next", "")):
        return False  # «بعد يوم صيفي حار», «قبل عام دراسي»: a day or year described, no offset from now
    if kind == "deictic":
        if lx.units.get(parts.get("unit", ""), ("", None))[0] == "X" and not parts.get("mod"):
            return False
        if lx.units.get(parts.get("unit", ""), ("", None)) in (("MI", 1), ("SE", 1)) and not parts.get("dem"):
            return False  # «لحق به في الدقيقة الأخيرة»: a match's or a deadline's last minute, no time
        prev = without_clitics(parts.get("_prev", ""))
        if parts.get("unit") == "عام" and not parts.get("dem") and prev in lx.cues.get("general", ()):
            return False  # الأمين العام السابق: the former secretary-general, not last year
        if parts.get("part") and not (parts.get("dem") or parts.get("mod")):
            # «أول أيام العيد»: no unit; «أول يوم له», «آخر يوم في»: a day of something else (indefinite)
            return lx.units.get(parts.get("unit", ""), ("", None))[1] is not None and bool(parts.get("art"))
        if parts.get("hnew") or (parts.get("first") and parts.get("hadj")):
            return True  # «العام الهجري الجديد», «غرة السنة الهجرية»: a Hijri year or its first day
        return bool(parts.get("dem") or parts.get("mod")) or period_of_verb(parts) or throughout_those(parts)
    if kind == "set" and parts.get("set") in lx.cues.get("surname", ()):
        return definite(parts.get("_prev", ""))  # عبدالمجيد الشهري: a family name, not "monthly"
    if kind == "ref" and parts.get("ref") in lx.cues.get("framed_ref", ()):
        # في المستقبل; «للمستقبل»: the lam written onto it is a frame of its own
        framed = without_clitics(parts.get("_prev", "")) in lx.cues.get("ref_frame", ())
        return framed or "ل" in parts.get("_clitic", "")
    if kind == "ref" and parts.get("ref") in lx.cues.get("noun_ref", ()):
        prev = parts.get("_prev", "")
        return "ل" in parts.get("_clitic", "") or noun_ref(prev, without_clitics(prev).startswith(ARTICLE))
    if kind == "ref" and parts.get("ref") in lx.cues.get("pause_ref", ()):
        # «كما قيل من قبل.», «لم يزرها أحد من قبل في حياته»; «من قبل الشرطة» is the agent "by"
        return parts.get("_pause") == "1" or parts.get("_next", "") in lx.cues.get("pause_next", ())
    if kind == "ref" and parts.get("ref") in lx.cues.get("adverb_ref", ()):
        return _adverb_ref(parts)
    if kind == "ref" and parts.get("ref") in lx.cues.get("lately", ()):
        return _lately(parts)
    if kind == "duration":
        return is_length(parts)
    if kind == "relday" and parts.get("_next", "") in lx.cues.get("elative", ()) and not parts.get("wd") \
            and lx.day_words.get(parts.get("rel", ""), 0) != 0:
        return False  # أمسّ الحاجة: the elative "most", not "yesterday"
    if kind == "relday" and parts.get("_next", "") in lx.cues.get("named_day", ()) and not parts.get("wd") \
            and lx.day_words.get(parts.get("rel", ""), 1) == 0 and not parts.get("dp"):
        return False  # اليوم الوطني, اليوم الذي: a named or described day, not today
    if kind == "age":  # «العقد الثالث من العمر»: the third decade of life, no age in years
        prev = parts.get("_prev", "")
        return prev not in lx.units and prev[2:] not in lx.units
    if kind == "relday" and "_before" in parts and not is_cue(parts["_before"], "persist"):
        return False  # «لليوم» is "to this day" only after «ما زال»: «100 دولار لليوم الواحد», «بداية لليوم»
    if kind == "year" and (parts.get("yhi") or parts.get("ylo")):  # (1982 - 1990): a later year second
        lo, hi = int(parts.get("ylo") or parts["year"]), int(parts.get("yhi") or parts["year"])
        return lo < hi <= lo + BRACKET_YEARS_APART
    if kind == "year" and parts.get("ybracket"):
        return BARE_YEARS[0] <= int(parts["ybracket"]) <= BARE_YEARS[1]
    if kind == "year" and parts.get("yprev"):  # a bare year: after a word, before a pause
        if any(f in lx.cues.get("season_noun", ()) for f in clitic_forms(parts["yprev"])):
            return False  # «في موسم ١٩٩٥ بين»: a season's name (the guide's season rule), no timex
        if any(is_cue(f, "number_name") or is_cue(f, "number_label") for f in clitic_forms(parts["yprev"])):
            return False  # «الرقم الموحد 1909», «على الرقم 1999»: a code or phone number, no year
        return parts["yprev"] not in lx.approx and BARE_YEARS[0] <= int(parts["year"]) <= BARE_YEARS[1]
    if kind == "hyear" and parts.get("hyear0") and not parts.get("hs"):
        return int(parts["hyear"]) - int(parts["hyear0"]) == 1  # 1435/1436: a year pair, not a ratio
    if kind == "season":  # نهاية الصيف: a part word before the definite season
        if _nisba(parts.get("_next", "")):
            return False  # الربيع العربي: a name (the Arab Spring), no season
        framed = bool(parts.get("part")) and (
            bool(parts.get("fasl")) or parts["season"].startswith(ARTICLE))
        return bool(parts.get("year") or parts.get("mod") or parts.get("fasl") or parts.get("dem") or framed
                    or parts.get("ydem") or parts.get("ymod")) or season_in_frame(parts)
    if kind == "rate":
        return _rate(parts)
    if kind == "fraction" and parts.get("hfrac"):
        return lx.modifiers.get(parts.get("ymod", ""), 1) == 0  # نصف السنة الحالية, not «الماضية»
    if kind == "weekday" and parts.get("_next", "") in lx.cues.get("number_of_weekday", ()):
        return False  # الأبيات الأحد عشر: the number eleven, not Sunday
    if kind == "weekday" and parts.get("wd") in lx.cues.get("two_word", ()) and _the_two(parts):
        return False  # «فرق كبير بين الاثنين», «أم الاثنين معا»: the two, not Monday
    if kind == "weekday" and parts.get("_next", "") in lx.cues.get("day_epithet", ()):
        return False  # «الأحد الدموي», «اتفاق الجمعة العظيمة»: a day's name, no date (timex-dev-9)
    if kind == "hijri":
        bare = parts.get("hmon", "") in lx.hijri_bare  # «بيع العينة محرم»: forbidden, no month
        if parts.get("hmon") in lx.cues.get("zero_month", ()) and not parts.get("dayw"):
            return bool(parts.get("hyear") or parts.get("shahr") or parts.get("mod"))  # «1 صفر»: a score
        return bool(bare or parts.get("day") or parts.get("dayw") or parts.get("hyear") or parts.get("shahr")
                    or parts.get("mod"))  # «محرم الماضي», «رجب المقبل»
    return True


def period_of_verb(parts: dict[str, str]) -> bool:
    """«وينهي الأسبوع», «استهل الشهر»: a bare definite week or month right after a verb of opening or
    closing it (a `period_verb` cue) is the present one; so after a noun of a market's trading in
    construct with it («في ختام تداولات الأسبوع», «خلال تعاملات الشهر»: a `trading` cue)."""
    lx = lexicon()
    unit, count = lx.units.get(parts.get("unit", ""), ("", None))
    return unit in ("W", "M") and count == 1 and parts.get("art") == "ال" and not parts.get("part") \
        and (after_cue(parts, "period_verb") or after_cue(parts, "trading"))


def _nisba(word: str) -> bool:
    """A definite adjective of relation (العربي, التونسية) that is no last/next word: after a
    season it makes a name («الربيع العربي», «ثورات الربيع التونسي»)."""
    return len(word) > 4 and word.startswith(ARTICLE) and word.endswith(NISBA_ENDINGS) \
        and word not in lexicon().modifiers  # not «إلى» (normalised الي), «الذي»


def _indefinite_nisba(word: str) -> bool:
    """An indefinite adjective of relation (صيفي, دراسية) right after a bare singular unit: the unit is
    a noun it describes («بعد يوم صيفي حار»: after a hot summer day), not a count of one from now."""
    return len(word) > 3 and not word.startswith(ARTICLE) and word.endswith(NISBA_ENDINGS) \
        and word not in lexicon().modifiers and word not in lexicon().numbers


def _the_two(parts: dict[str, str]) -> bool:
    """Whether «الاثنين» reads as «the two»: before a `two_next` word («معا», «كليهما»), or after a
    `two_prev` word («بين», «كلا») with no second day joined by «و» after it."""
    lx = lexicon()
    nxt = parts.get("_next", "")
    return nxt in lx.cues.get("two_next", ()) or (
        parts.get("_prev", "").removeprefix("و") in lx.cues.get("two_prev", ()) and not nxt.startswith("و"))


def season_in_frame(parts: dict[str, str]) -> bool:
    """«على مدى الصيف», «طوال الصيف»: a definite season after a frame of its whole length (`span`,
    `whole` cues) is this year's; not after «خلال» («خلال الصيف ترتفع الحرارة»: any summer)."""
    lx = lexicon()
    frames = (*lx.cues.get("span", ()), *lx.cues.get("whole", ()))
    return parts.get("season", "").startswith(ARTICLE) and not parts.get("part") \
        and without_clitics(parts.get("_prev", "")) in frames


def _rate(parts: dict[str, str]) -> bool:
    """«في اليوم», «بالساعة» is "per day", "per hour" (a SET) after an amount it counts: a `rate`
    cue of date_cues.tsv right before it (مرات, دولارا, للأجور), a number among the three words
    before it («400 ألف سيارة في السنة», «سيجارة واحدة في اليوم») or a word of an approximate amount
    right after it («يدخنها في اليوم حوالي خمس سجائر»); not after a measure of distance (a speed: «75 ميلا في
    الساعة», `not_rate`) nor a time unit (the length before holds it: «ستة أشهر في السنة»); and
    only when no word follows that makes it a day of the story («في اليوم التالي», «في اليوم
    نفسه», `not_rate` too). «الواحد» after the unit makes it one alone («في اليوم الواحد»)."""
    lx = lexicon()
    if parts.get("single"):  # «في اليوم الواحد», «في الساعة الواحدة»: "in a single day", per day
        return True
    nxt = parts.get("_next", "")
    if (nxt.startswith(ARTICLE) and len(nxt) > 3) or nxt in lx.cues.get("not_rate", ()):
        return False
    prev = clitic_forms(parts.get("_prev", ""))
    if any(w in lx.cues.get("not_rate", ()) or w in lx.units for w in prev):
        return False  # a speed; «ستة أشهر في السنة», «24 ساعة في اليوم»: part of the length before it
    if any(w in lx.cues.get("rate", ()) for w in prev) or nxt in lx.approx:
        return True  # «ثلاث مرات في اليوم»; «يدخنها في اليوم حوالي خمس سجائر»: the amount after it
    words = parts.get("_back", "").split()[-3:]
    # «سيجارة واحدة في اليوم»: «واحدة» as written, not read as «و» + «احدة»
    return any(any(ch.isdecimal() for ch in w) or w in lx.numbers or without_clitics(w) in lx.numbers
               for w in words)


_NOT_ACCUSATIVE = ("وا", "ها", "نا")  # verb and pronoun endings in alif: «عادوا حديثا», «أعلنها أخيرا»


def _indefinite_accusative(word: str) -> bool:
    """A normalised word ending in the alif of the indefinite accusative (رئيسا, فوزا, مثالا):
    an adjective after it agrees with it."""
    word = without_clitics(word)
    return len(word) >= 3 and word.endswith("ا") and not word.endswith(_NOT_ACCUSATIVE) \
        and not word.startswith(ARTICLE)


def _adverb_ref(p: dict[str, str]) -> bool:
    """Whether a reference adverb that is also an adjective or a noun (`adverb_ref` cues: سابقا,
    حديثا, قريبا) is the adverb here: not after an indefinite accusative it agrees with («رئيسا
    سابقا» a former president), not «near» before «من» («قريبا من الجميع»), not one half of «قديما
    وحديثا» (all times), not a noun before its
    adjective («حديثا صحفيا»), not "former" after a definite word («المالكي سابقا»), and for the
    `not_joined` words neither with a conjunction written onto it nor opening a sentence
    («قديما وحديثا»: old and modern)."""
    cues = lexicon().cues
    ref, nxt = p.get("ref"), p.get("_next", "")
    if _indefinite_accusative(p.get("_prev", "")):
        return False
    if ref in cues.get("near_word", ()) and nxt in cues.get("near_next", ()):
        return False
    if ref in cues.get("pair_word", ()) and nxt in cues.get("pair_next", ()):
        return False  # «قديما وحديثا»: old and new, all times
    if ref in cues.get("noun_word", ()) and _indefinite_accusative(nxt):
        return False
    if ref in cues.get("former", ()) and without_clitics(p.get("_prev", "")).startswith(ARTICLE):
        return False  # «المالكي سابقا», «رئيس الهيئة سابقا»: the former one
    if ref in cues.get("not_joined", ()):
        return not p.get("_clitic", "").strip() and bool(p.get("_prev"))
    return True


def _lately(p: dict[str, str]) -> bool:
    """Whether «أخيرا» (`lately` cues) is "recently", not "finally": right before its verb's object
    when that is a count or an indefinite accusative («أبرمت الأمانة أخيرا ثلاثة مشاريع», «أغلقت
    البلدية أخيرا مطعما»), or before a `lately_next` word («الصادرة أخيرا عن دار»); never with a
    conjunction written onto it («وأخيرا»: lastly)."""
    lx = lexicon()
    nxt = p.get("_next", "")
    if p.get("_clitic", "").strip() or not nxt:
        return False
    if nxt in lx.cues.get("lately_next", ()) or nxt in lx.numbers:
        return True
    if nxt.startswith(tuple(lx.cues.get("lately_not_object", ()))):
        return False  # «توصل أخيرا لهذا الحل»: a preposition written onto it, no object
    return without_clitics(nxt) == nxt and _indefinite_accusative(nxt)


def counts_from_other_event(p: dict[str, str], key: str = "mod") -> bool:
    """A last/next word that counts from another event (التالي; `key` "ymod": the year's word
    after a month, «في مارس العام التالي»)."""
    return p.get(key, "") in lexicon().cues.get("following", ())


def throughout_those(p: dict[str, str]) -> bool:
    """A definite plural unit after a distal demonstrative after a `throughout` word: «طوال تلك
    السنوات» (all those years, PXY), a length under the guide's round-41 ruling."""
    lx = lexicon()
    return lx.units.get(p.get("unit", ""), ("", 1))[1] is None and p.get("art") == "ال" \
        and not (p.get("dem") or p.get("mod") or p.get("part")) \
        and p.get("_prev", "") in lx.cues.get("distal", ()) and is_cue(p.get("_prev2", ""), "throughout")


def told_before(p: dict[str, str]) -> bool:
    """A day pointed at by a distal demonstrative after a frame word: في ذلك اليوم, منذ تلك الليلة."""
    cues = lexicon().cues
    return p.get("_prev", "") in cues.get("distal", ()) and \
        without_clitics(p.get("_prev2", "")) in cues.get("distal_frame", ())


def after_cue(p: dict[str, str], cue: str, prev: str | None = None) -> bool:
    """Whether a cue word of kind `cue` (after و or ف) stands right before the expression
    (or is `prev`, when given)."""
    return is_cue(prev or p.get("_prev", ""), cue)


def _daily(parts: dict[str, str]) -> bool:
    """«يومي» as the adjective "daily" (a SET, as «يومية»): after an indefinite noun («حسب جدول يومي
    على فترتين», «متوسط يومي يبلغ», «بشكل يومي», «تراجع يومي للدولار»), not after a preposition or a
    definite word, nor before a definite word, a weekday, a day word or a number (the dual in construct:
    «بعد يومي الراحة», «يومي الثلاثاء والأربعاء», «يومي أمس وأمس الأول»; "my day": «في يومي الأول»)."""
    lx = lexicon()
    prev, nxt = parts.get("_prev", ""), parts.get("_next", "")
    # the article before it (not `definite`: a feminine noun's «ة», normalised «ه», reads as a pronoun)
    if not prev or without_clitics(prev).startswith(ARTICLE) or is_cue(prev, "preposition") \
            or is_cue(prev, "not_daily"):
        return False
    # a definite word with a preposition on it is no construct: «تراجع يومي للدولار» is daily
    construct = without_clitics(nxt).startswith(ARTICLE) and len(nxt) > 3 and nxt[:1] not in "بلك"
    return not (construct or any(nxt in t for t in (lx.weekdays, lx.ordinals, lx.numbers, lx.day_words)))
