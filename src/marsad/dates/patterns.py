"""The patterns of temporal expressions, one regular expression per kind, in the order
they are tried.

They are built from the lexicon (month names of every series, weekdays, units, deictic
words, parts of periods, ...) and matched on the normalised, lower-cased text
(`marsad.dates.grammar`). Each declares its heads: the word classes its first word can
belong to (a lexicon table, a frame word of the pattern, or `digit`).
"""

from __future__ import annotations

from functools import cache

import regex

from marsad.dates.daytime_patterns import daytime_patterns
from marsad.dates.feast_patterns import feast_patterns
from marsad.dates.lexicon import alternation, cue_alternation, lexicon, norm
from marsad.dates.pattern_gates import Pattern, digit_gates, head_gates
from marsad.dates.pattern_parts import counts, day_and_month
from marsad.dates.programme_patterns import programme_patterns
from marsad.dates.school_years import school_year_pattern
from marsad.dates.word_forms import CLITICS
from marsad.lang.clitics import pronoun_suffixes
from marsad.lang.words import LETTER, LETTER_OR_DIGIT, LETTERS

_L = LETTER_OR_DIGIT
# never inside a decimal number: «3.5 ساعات» is not «5 ساعات»
_START = rf"(?<!{_L})(?<!\d[.,٫])(?:[{CLITICS}]{{1,2}})?"
_END = rf"(?!{_L})"


@cache
def patterns() -> list[Pattern]:
    lx = lexicon()
    mon = alternation(lx.months)
    hmon = alternation(lx.hijri_months)
    wd_all = alternation(lx.weekdays)
    wd_def = alternation(w for w in lx.weekdays if w.startswith("ال") or w.isascii())
    unit = alternation(lx.units)
    mod = alternation(lx.modifiers)
    mod1 = alternation(w for w in lx.modifiers if " " not in w)  # الماضية, not «قبل الماضي»
    back_clause = alternation(w for w in lx.cues.get("preceding", ()) if " " in w)  # الربع الذي سبقه
    # the masculine words of the present month («25 الجاري», «12 الحالي»: the month unsaid)
    current_words = tuple(sorted(w for w, v in lx.modifiers.items() if v == 0 and w.endswith("ي")))
    current_month = alternation(current_words)
    dem = alternation(lx.demonstratives)
    ago = alternation(lx.ago)
    ago_back = alternation(w for w, sign in lx.ago.items() if sign < 0)  # قبل, منذ
    approx = alternation(lx.approx)
    quant = alternation(lx.quantifiers)
    part = alternation(lx.parts)
    sets = alternation(lx.sets)
    season = alternation(lx.seasons)
    season_head = cue_alternation(lx.cues, "season_head")  # فصل الصيف, موسم الصيف, فترة الصيف
    year_event = cue_alternation(lx.cues, "year_event")  # حرب 1973
    vague = cue_alternation(lx.cues, "vague_count")  # لعدد من السنوات الماضية
    many = cue_alternation(lx.cues, "vague_many")  # آلاف السنين, عشرات السنوات
    dpart = alternation(lx.dayparts)
    # كل صباح: every morning; not «كل عصر» (every era)
    every_dpart = alternation(w for w in lx.dayparts if w not in lx.cues.get("not_every_daypart", ()))
    ordw = alternation(lx.ordinals)
    age_ordw = alternation(w for w, v in lx.ordinals.items() if v > 1)  # «سن الأولى»: no age of one
    age_head = cue_alternation(lx.cues, "age_head")  # سن الثالثة, عمر العاشرة
    dayw = alternation(lx.day_words)
    # ل + ال written «لل»: «لليوم» is ل + اليوم (the span starts at the article's lam)
    dayw_l = alternation(w[1:] for w in lx.day_words if w.startswith("ال"))
    ana = alternation(lx.anaphoric)
    yearcue = alternation(lx.cues.get("year", ()))
    ad = alternation(lx.cues.get("ad_suffix", ()))
    hsuf = alternation(lx.cues.get("hijri_suffix", ()))
    # «السنة الهجرية», «العام الهجري»: the Hijri adjective after a year word, with the article
    hadj = alternation("ال" + w for w in lx.cues.get("hijri_suffix", ()) if len(w) > 2)
    quantity = alternation(lx.cues.get("quantity", ()))
    not_decade = alternation(lx.cues.get("not_decade", ()))
    fiscal = alternation(lx.cues.get("fiscal", ()))
    own = pronoun_suffixes()  # ربعها: a pronoun on the noun
    school = cue_alternation(lx.cues, "school_year")  # العام الدراسي 2015
    throughout = cue_alternation(lx.cues, "throughout")
    plurals = [w for w, (u, c) in lx.units.items() if c is None and u not in ("X", "S") and " " not in w]
    plural_unit = alternation(plurals)
    # «أيامه»: a plural unit with a pronoun, where the duration pattern starts too
    length_heads = "approx digit numbers quantifiers halves unit_parts units عدد الاف ميات عشرات ملايين " \
        + " ".join(sorted(w + s for w in plurals for s in own))
    whole = alternation(lx.cues.get("whole", ()))  # لمدة عام, طيلة العام, على مدار العام
    # the singular units a rate is counted by: «ثلاث مرات في اليوم», «14 دولارا في الساعة»
    per_words = tuple(w for w, (u, c) in lx.units.items() if c == 1 and u in ("H", "D", "W", "M", "Y"))
    per = alternation(per_words)

    yunit = alternation(w for w, (u, c) in lx.units.items() if u == "Y" and c == 1)
    dual = alternation(w for w, (_, c) in lx.units.items() if c == 2)
    # one unit after a word that makes it a length (نحو أسبوع, سوى شهر, خلال ساعة): not a year after it
    one = alternation(w for w, (u, c) in lx.units.items() if c == 1 and u not in ("X", "S"))
    one_frame = alternation({*lx.approx, *lx.cues.get("one_frame", ())})
    fill = alternation(lx.fillers)
    half = alternation(lx.halves)
    upart = alternation(lx.unit_parts)
    decade = alternation(lx.decades)
    decade_bare = sorted(w[2:] for w in lx.decades if w.startswith("ال"))  # ثمانينات (القرن الماضي)
    bare_decade = alternation(decade_bare)
    # «العقد الثالث»: an ordinal of the ten decades of a century
    decade_ord = alternation(w for w, v in lx.ordinals.items() if " " not in w and w[:2] == "ال"
                             and v <= 10)
    of_century = (rf"\s+(?:(?:من|في)\s+)?القرن\s+(?:(?P<cord>{ordw}(?:\s+و{ordw})?)"
                  rf"|(?:ال)?(?P<cnum>[12]?\d)(?!\d)|(?P<cmod>{mod1}))(?!{_L})")
    joined_decade = rf"\s+و\s*(?:{bare_decade}|{decade}){of_century}"  # سبعينات وثمانينات القرن الماضي
    refs = alternation(lx.refs)
    noun_refs = lx.cues.get("framed_ref", frozenset()) | lx.cues.get("noun_ref", frozenset())
    framed_l = alternation(w[1:] for w in noun_refs)  # «للماضي»: the article's alif dropped
    frac = alternation(lx.fractions)
    present_half = alternation(lx.cues.get("present_half", ()))
    cperiods = sorted(lx.cues.get("comparable_period", ()))
    # a thousand, a million after a count («قبل 125 مليون سنة»): the count multiplied
    scale = alternation(w for w, v in lx.numbers.items() if v >= 1000)
    comparable = alternation(lx.cues.get("comparable", ()))
    # the ordinal of a quarter, from the fractions' «الربع الأول» rows; «الأخير» alone is a last word
    # (الربع الأخير: the last quarter before now), «الربع الأخير من 2014» a fraction
    quarters = (w.split(" ", 1)[1] for w, c in lx.fractions.items()
                if c.startswith("Q") and w.startswith("الربع "))
    qord = alternation(w for w in quarters if w not in lx.modifiers)
    mods = rf"(?:\s+(?:(?P<fill>{fill})\s+)?(?P<mod>{mod}))?"
    tens = alternation(w for w, v in lx.numbers.items() if 20 <= v <= 90 and v % 10 == 0)
    day, monx = day_and_month(lx)
    year = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
    bracket_years = r"(?:1[5-9]|20)\d\d(?!\d)"
    bracket_year = rf"(?P<year>{bracket_years})"
    not_amount = rf"(?!\s*(?:{quantity})(?!{_L}))"
    # غرفة رقم ( 2022): a label, no year; none: nothing is a label (an empty alternation would match anywhere)
    label = cue_alternation(lx.cues, "number_label")
    # a pause after a bare year, or a preposition, or a singular relative pronoun of the event or
    # name it dates («مونديال البرازيل 2014 الذي ينطلق», «كأس شرق آسيا 2015 بين منتخبي»); a closing
    # quotation mark, single ones too («’إكسبو 2020‘،», written either way round); the Arabic semicolon
    pause = (rf"(?=[ \t]*(?:[\n،,.:;؛!?؟)»\"”“″‘’\]]|$|\s+و|\s+(?:في|الي|علي|حتي|دون|بعد|قبل|عن|ضمن|من|بين"
             rf"|الذي|التي)(?!{LETTER})))")
    yearx = (rf"(?:\s*[,،/\-]?\s*(?:من\s+)?(?:{yearcue}\s+)?{year}(?:\s*{ad}{_END})?"
             # «من العام الماضي», or the year right after the month: «في أغسطس (آب) العام الماضي»
             rf"|\s+(?:من\s+(?:ال)?|ال){yunit}\s+(?P<ymod>{mod}))")
    every = r"(?:(?=(?P<every>\s+من\s+كل\s))|)"
    wdx = rf"(?:(?:يوم\s+)?(?P<wd>{wd_def})\s*[,،]?\s*)"
    partx = rf"(?:(?P<part>{part})\s+(?:من\s+)?)"
    first_day = cue_alternation(lx.cues, "first_day")  # غرة الشهر المقبل
    hijri_new = cue_alternation(lx.cues, "hijri_new")  # السنة الهجرية الجديدة
    # «منتصف ليل الأحد», «منتصف ليل أمس»: the midnight closing that day (`calendar_dates.with_daypart`)
    mid_of = cue_alternation(lx.cues, "midnight_of")
    midnight = rf"(?:(?P<midnight>{mid_of})\s+(?=ليل\s))?"
    wd_any = (rf"(?:(?:{midnight}(?P<dp>{dpart})\s+)?(?:يوم\s+(?:(?P<wd>{wd_all})|\(\s*(?P<wd>{wd_all})\s*\))"
              rf"|(?P<wd>{wd_def})))")  # يوم (الاثنين)
    num, num_bare, hnum = counts(lx)
    wd_pre = rf"(?:(?:(?P<dp>{dpart})\s+)?(?:يوم\s+)?(?:{wd_def})\s*)"
    ps: list[tuple[str, str, str]] = [  # kind, heads, pattern
        ("iso", "digit",
         r"(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
        ("ymd", "digit",
         r"(?P<year>(?:19|20)\d\d)\s*/\s*(?P<mnum>[01]?\d)\s*/\s*(?P<day>[0-3]?\d)(?!\d)"),
        ("dmy_num", "digit",
         r"(?<!\d)(?P<day>[0-3]?\d)\s*(?P<sep>[/\-.])\s*(?P<mnum>[01]?\d)\s*(?P=sep)\s*"
         rf"(?P<year>(?:19|20)\d\d)(?!\d)(?:\s*{ad})?"),  # 15/8/2015م
        ("hijri_num", "dayparts يوم weekdays digit",
         rf"{wd_pre}?(?<!\d){hnum}(?:\s*{hsuf}{_END})?"),
        ("range_dm", "يوم weekdays من digit",
         rf"(?:{wdx})?(?:من\s+)?(?<!\d)(?P<day>[0-3]?\d)\s*(?:-|–|الي|حتي|و)\s*(?P<day2>[0-3]?\d)"
         rf"\s+(?:من\s+)?{monx}{yearx}?{mods}"),
        ("range_md", "months",
         rf"{monx}\s+(?P<day>[0-3]?\d)\s*[-–]\s*(?P<day2>[0-3]?\d)(?!\d)(?:\s*,?\s*{year})?"),
        ("dmy", "يوم weekdays digit ordinals numbers",
         rf"(?:{wdx})?(?<!\d){day}\s*[,،/\-]?\s*(?:من\s+)?(?:شهر\s+)?{monx}{yearx}?{mods}{every}"),
        # a day of the month the text is in, or the next/last: «الثلاثين من الشهر الحالي», «15 من هذا الشهر»
        ("month_day", "digit ordinals numbers يوم weekdays",
         # «اليوم الثالث من الشهر الجاري»: the day; an ordinal of another unit is not («نهاية الاسبوع
         # الاول من الشهر الجاري» is the month's first week)
         rf"(?:(?:ال)?يوم\s+(?=[^\s]*(?:\d|{ordw}))|(?<!{_L})(?<!(?:ال)?{unit}\s+))"
         # «الثامن من الشهر نفسه», «24 من نفس الشهر»: a day of the month another date of its sentence names
         rf"{day}\s+من\s+(?:(?P<dem>{dem})\s+الشهر|(?P<ana>{ana})\s+الشهر|الشهر\s+(?:(?P<mod>{mod1})|(?P<ana>{ana})(?!{_L})))"
         # «في 25 الجاري», «يوم 12 الحالي»: a day in digits and the word of the present, «الشهر» unsaid
         rf"|(?:{wdx}|(?:ال)?يوم\s+|(?<!(?:ال)?{unit}\s+))(?:ال)?(?P<day>[0-3]?\d)(?!\d)\s+(?:من\s+)?(?P<mod>{current_month})(?!{_L})"
         # «من الـ13 من أغسطس وحتى الـ18 منه»: a range's second day, of the month named just before
         # in its sentence (the article makes the number an ordinal day, not «20 منه», twenty of it;
         # without a month it is an article of a law, «المادة الـ18 منه»); a Gregorian month only: the
         # day is counted in the month of the date before it (`sentence_reference`), not a Hijri one
         rf"|(?<={mon}(?!{_L})[^.!?؟\n]{{0,80}})"
         rf"(?:(?<=(?<!{_L})ال\(\s*)(?P<day>[0-3]?\d)\s*(?P<paren>\))|(?<!{_L})ال(?P<day>[0-3]?\d))(?!\d)"
         rf"\s+(?P<ana>منه)(?!{_L})"),
        ("mdy", "يوم weekdays months",
         rf"(?:{wdx})?{monx}\s+{day}(?![.,]\d)(?!\s*(?:{quantity})(?!\w))(?:\s*,?\s*{year})?"),
        ("hijri", "digit ordinals numbers شهر hijri_months",
         rf"(?:{day}\s+(?:من\s+)?)?(?:(?P<shahr>شهر)\s+)?(?P<hmon>{hmon})"
         rf"(?:\s+(?:من\s+)?(?:{yearcue}\s+)?(?P<hyear>1[34]\d\d)(?!\d))?(?:\s*{hsuf}{_END})?{mods}{every}"),
        ("hyear", "parts year_cue digit",
         rf"(?:{partx})?(?:{yearcue}\s+)?(?:(?P<hyear0>1[34]\d\d)\s*[/\-–]\s*)?(?P<hyear>1[34]\d\d)\s*(?P<hs>{hsuf})"
         # without هـ: a 14xx year after «عام» (and a nisba: العام الدراسي 1435/1436), or a pair of them
         rf"|(?:ال|ل|لل)?(?:عام|سنه)(?:\s+ال{LETTER}+يه?)?\s+(?:(?P<hyear0>14\d\d)\s*[/\-–]\s*)?"
         rf"(?P<hyear>14[0-4]\d)(?!\d)(?![.,٫]\d)(?!\s*[/\-–]\s*\d)(?:\s*(?P<hs>{hsuf}))?"
         rf"|(?<!\d)(?P<hyear0>14[0-4]\d)\s*[/\-–]\s*(?P<hyear>14[0-4]\d)(?![\d/\-])(?:\s*(?P<hs>{hsuf}))?"),
        ("month", "parts شهر months",
         rf"(?:{partx})?(?:(?P<shahr>شهر)\s+)?{monx}{mods}{yearx}?"),
        ("month_week", "month_weeks",  # الأسبوع الأول من أغسطس (آب): a week counted in a month
         rf"(?P<mweek>{alternation(lx.month_weeks)})\s+من\s+(?:(?P<shahr>شهر)\s+)?{monx}{mods}{yearx}?"),
        ("hijri_week", "month_weeks",  # الأسبوع الأخير من (شهر) رمضان: a week counted in a Hijri month
         rf"(?P<mweek>{alternation(lx.month_weeks)})\s+من\s+(?:(?P<shahr>شهر)\s+)?(?P<hmon>{hmon})"
         rf"(?:\s+(?:من\s+)?(?:{yearcue}\s+)?(?P<hyear>1[34]\d\d)(?!\d))?(?:\s*{hsuf}{_END})?{mods}"),
        ("year", "parts year_cue digit",
         # العام المالي 2013: a fiscal year named as its calendar year
         rf"(?:{partx})?(?:(?:{yearcue})(?:\s+(?:{fiscal}|{school}))?\s+{year}(?:\s*{ad})?|{year}\s*{ad})"
         # «في عام (2010) أعلن», «منذ عام (1891)»: the year in brackets right after its cue
         rf"|(?:{partx})?(?:ال|ل|لل)?(?:عام|سنه)\s*\(\s*{year}(?:\s*{ad})?\s*\)"
         rf"|(?P<part>{part})\s+{year}(?:\s*{ad})?"  # نهاية 2014
         # رقم 45/2015: the year of a case or file number after its serial (timex-dev-9); not a date's
         # «18/5/2014» (read whole), a pair of years («2015 /2016», «1293 / 1876»), an amount or a decimal
         rf"|(?<=(?<![\d/.,٫])\d{{1,3}}\s*/\s*){year}(?![\d.,٫/])"
         rf"(?!\s*(?:{quantity})(?!{_L}))"
         # عام 1558: a year of an earlier century after «عام/سنة» only; 10xx-14xx there can be Hijri
         # (عام 1139, the first Saudi state), Gregorian only with «م» or «ميلادي» (عام 1074م)
         rf"|(?:ال|ل|لل)?(?:عام|سنه)\s+(?:(?P<year>1[5-7]\d\d)(?!\d)(?![.,٫]\d)(?:\s*{ad})?"
         rf"|(?P<year>1[0-2]\d\d)\s*{ad}{_END})"
         # عامي 2000 و2010: the second year of a pair; «عام 2006 ـ 2007», a tatweel for the dash (gone
         # in the normalised text, two spaces left)
         rf"|(?<=(?:{yearcue})\s+(?:1[89]|20)\d\d(?:\s*(?:و|[-–]|الي|حتي)\s*|\s\s+)){year}(?:\s*{ad})?"
         # بين 2012 و2014: the second of two bare years joined by و (written onto it), before a pause
         rf"|(?<=(?P<yprev>{LETTERS})\s+(?:1[89]|20)\d\d\s+و){year}(?![.,٫]\d)"
         rf"(?=[ \t]*(?:[\n،,.:;؛!?؟)»\"”‘’\]]|$|\s+(?:في|الي|علي|حتي|دون|بعد|قبل|عن|ضمن|من)(?!{LETTER})))"
         # «من 1897 إلى 1905»: the first year of a range opened by «من», of any century a bare year may
         # have (a later year second: context.is_time), before the bare year's reading, which ends at 1900
         rf"|(?<=(?<!{LETTER})من\s+){year}(?=\s+(?:الي|حتي)\s+(?P<yhi>(?:1[89]|20)\d\d)(?!\d)(?![.,٫/]\d){not_amount})"
         # كأس العالم 2018،; not «من 2000 إلى 3000 شخص» (a range of amounts: no year after «إلى»)
         rf"|(?<=(?P<yprev>{LETTERS})\s+){year}(?![.,٫]\d)(?!\s+(?:الي|حتي)\s+(?!(?:1[89]|20)\d\d(?!\d))\d){pause}"
         # «من 2004 إلى 2008»: the second year of a range opened by «من» (a later year: context.is_time)
         rf"|(?<=(?<!{LETTER})من\s+(?P<ylo>(?:1[89]|20)\d\d)\s+(?:الي|حتي)\s+){year}(?![.,٫/]\d){not_amount}"
         # «اعتبارا من 1974», «بدءا من 2016»: a year a change dates from
         rf"|(?<=(?<!{LETTER})[و]?(?:اعتبارا|بدءا|ابتداء)\s+من\s+){year}(?![.,٫/]\d){not_amount}"
         rf"|(?<=(?<!{LETTER})[وبلف]{{0,2}}{year_event}\s+(?:{LETTERS}\s+)?){year}(?![.,٫]\d)(?!\s*(?:{quantity})(?!{_L}))"
         # (1982 - 1990), (1832 – 1898م): a reign, a life or a club's years in brackets, each year a
         # date of its own (10xx-14xx can be Hijri: not without «م»); not an amount («(1200 - 1900) ريال»)
         rf"|(?<=(?<!{label}\s*)\(\s*){bracket_year}"
         rf"(?=\s*[-–]\s*(?P<yhi>{bracket_years})\s*(?:{ad})?\s*\){not_amount})"
         rf"|(?<=(?<!{label}\s*)\(\s*(?P<ylo>{bracket_years})\s*[-–]\s*){bracket_year}(?:\s*{ad})?"
         rf"(?=\s*\){not_amount})"
         # «خلال الفترة 2011 - 2014», «فترة حكمه 1982 - 1990»: two years joined by a dash after a word, each
         # a date (a later year second: `context`); not a season's, «موسم/نسخة» a word or none before («موسم
         # 2013 - 2014», «الموسم الجديد 2015-2016», a league's «النسخة الجديدة 2015-2016»: none), nor a
         # label's
         rf"|(?<=(?<!{LETTER})(?!(?:{label})\s){LETTERS}\s+)(?<!(?:موسم|نسخه)(?:\s+{LETTERS})?\s+){year}"
         rf"(?=\s*[-–]\s*(?P<yhi>(?:1[89]|20)\d\d)(?!\d)(?![.,٫/]\d){not_amount})"
         rf"|(?<=(?<!{LETTER})(?!(?:{label})\s){LETTERS}\s+(?<!(?:موسم|نسخه)(?:\s+{LETTERS})?\s+)"
         rf"(?P<ylo>(?:1[89]|20)\d\d)\s*[-–]\s*)"
         rf"{year}(?![.,٫/]\d){not_amount}"
         # «. 1951 - اغتيال العاهل الأردني»: a year opening a line or sentence before a dash and words,
         # an entry of a «this day in history» list
         rf"|(?<=(?:^|[\n.!؟])[ \t\xa0]{{0,3}}){bracket_year}"
         rf"(?=[ \t]*[-–][ \t]*(?!(?:{quantity})(?!{_L})){LETTER})"
         # «نادي القطن» (1985) عن: one year alone in brackets, the bracket closing before a pause
         rf"|(?<=(?<!{label}\s*)\(\s*)(?P<ybracket>{bracket_years})(?:\s*{ad})?(?=\s*\){pause})"
         # «أصل الأنواع» (1859) الذي, «سحرة» (2000) نزلت: a work's year in brackets right after its quoted
         # title, whatever follows (the title names what it is the year of)
         rf"|(?<=[»”\"]\s*\(\s*){bracket_year}(?:\s*{ad})?(?=\s*\))"),
        ("short_year", "عام سنه عامي",  # عام 98, سنة 15: a year without its century, after عام/سنة only
         rf"(?:عام|سنه|عامي)\s+(?P<yy>\d\d)(?!\d)(?![.,٫/\-:]\d)(?!\s*{ad}{_END})"  # عام 70م: the year 70
         rf"(?=[ \t]*(?:[\n،,.:;!?؟)»\"”\]]|$|\s+و|\s+(?:في|الي|علي|حتي|بعد|قبل|عن)(?!{LETTER})))"),
        *feast_patterns(lx, mods),
        # صيف 2013, الشتاء الماضي, هذا الصيف; a season's head before the definite season: فصل/موسم الصيف
        ("season", "seasons season_heads demonstratives parts",
         rf"(?:(?P<dem>{dem})\s+|{partx})?(?:(?P<fasl>{season_head})\s+(?=ال))?(?P<season>{season})"
         rf"(?:\s+(?:من\s+)?(?:(?:{yearcue})\s+)?{year}(?:\s*{ad})?"
         # صيف هذا العام, صيف العام الماضي
         rf"|\s+(?:(?P<ydem>{dem})\s+)?(?:ال)?{yunit}(?:\s+(?P<ymod>{mod}))?(?!{_L})"
         rf"|{mods})"),
        # الفترة المماثلة من العام السابق, بالربع المماثل من العام الماضي: the period the sentence named
        # before, a year back (`sentence_reference.compared_in_sentence`)
        ("comparable", " ".join(sorted(cperiods)),
         rf"(?:ال|(?<=ل)ل)(?P<cper>{alternation(cperiods)})\s+(?P<cmp>{comparable})"
         rf"\s+من\s+(?:ال)?{yunit}\s+(?P<ymod>{mod1})"),
        ("fraction", "fractions نصف",
         rf"(?P<frac>{frac})\s+من\s+(?:(?:{yearcue}\s+)?{year}(?:\s*{ad})?"
         rf"|(?:ال)?{yunit}\s+(?P<ymod>{mod}))"
         rf"|(?P<hfrac>{present_half})\s+ال{yunit}\s+(?P<ymod>{mod1})"),  # نصف السنة الحالية
        # «ربعها المالي الماضي»: the quarter of the company the pronoun stands for, a quarter all the same
        ("quarter", " ".join(("ربع", *("ربع" + s for s in own))),  # الربع الثاني, الربع المالي الثاني
         rf"(?:(?:ال|(?<=ل)ل)ربع|ربع(?:{alternation(own)}))\s+(?:{fiscal}\s+)?(?:(?P<qord>{qord})(?:\s+من\s+(?:(?:{yearcue}\s+)?{year}"
         rf"(?:\s*{ad})?"  # من العام 2016م
         # من العام: this year's; «الربع الماضي», «الربع الذي سبقه»
         rf"|(?:ال)?{yunit}(?:\s+(?P<ymod>{mod}))?))?|(?P<qmod>{mod1}|{back_clause}))"),
        # a numbered century: (بداية) القرن الرابع عشر, القرن الحادي والعشرين, القرن الـ19
        ("century", "parts قرن",
         rf"(?:{partx})?(?:ال|(?<=ل)ل)قرن\s+(?:(?P<cord>{ordw}(?:\s+و{ordw})?)|(?:ال)?(?P<cnum>[12]?\d)(?!\d))"),
        # 420 يورو في الأسبوع, مرتين باليوم, 100 ريال للساعة: per unit (a SET); before relday, which
        # would read «باليوم» as today
        ("rate", "في units",
         rf"(?:في\s+ال|(?<=ب)ال|(?<=ل)ل)(?P<unit>{per})(?!{_L})(?!\s*\d)(?:\s+(?P<single>ال(?:واحد|واحده))(?!{_L}))?"),
        *programme_patterns(lx),
        ("relday", "dayparts parts يوم day_words weekdays",
         rf"(?:{midnight}(?P<dp>{dpart})\s+)?(?:يوم\s+)?(?:(?P<rel>{dayw})|(?<=ل)(?P<lrel>{dayw_l}))(?:\s*\(?\s*(?P<wd>{wd_def})\)?)?"
         rf"(?:\s+(?P<ana>{ana}))?"
         rf"|(?P<wd>{wd_def})\s+(?P<rel>{dayw})"),  # خطبة الجمعة غداً: the weekday first
        ("weekday", "dayparts parts يوم weekdays",
         rf"{wd_any}{mods}"),
        ("deictic", "parts demonstratives units first_day",
         # a part word may come before a demonstrative too: «نهاية هذا الأسبوع»; «غرة الشهر المقبل»: its
         # first day (`first_day` cues)
         rf"(?:{partx}(?:(?P<dem>{dem})\s+)?|(?P<dem>{dem})\s+|(?P<first>{first_day})\s+(?=ال))?"
         rf"(?P<art>ال|ل)?(?P<unit>{unit})"
         # «السنة الهجرية», «العام الهجري الماضي»: a Hijri year pointed at (`deictic.deictic`); «السنة
         # الهجرية الجديدة»: the one whose first day is nearest (`hijri_new` cues), not before its number
         # («العام الهجري الجديد 1437هـ»: the number's)
         rf"(?:(?<=(?:عام|سنه))\s+(?P<hadj>{hadj})(?!{_L})(?:\s+(?P<hnew>{hijri_new})(?!{_L})(?!\s*\d))?)?"
         # العام المالي الماضي: last fiscal year, named as the calendar year (as «العام المالي 2013»)
         rf"(?:(?<=(?:عام|سنه))\s+{fiscal}(?=\s+(?:{fill}\s+)?(?:{mod})(?!{_L})))?{mods}"),
        school_year_pattern(lx, partx),  # العام الدراسي الجديد: the year it opens in
        ("ago", "ago",
         # not «منذ عام 98»: a year after عام
         # «قبل ثلاث أو أربع سنوات»: two counts offered, the second one read
         # «قبل عدة أشهر», «منذ بضعة أيام»: a vague count back, read as the bare plural («قبل أشهر»); not
         # forward («إلا بعد عدة أسابيع» of a past story is a length from its point, as before)
         rf"(?P<ago>{ago})\s+(?:{approx}\s+)?(?:(?:{num_bare}\s+او\s+)?{num}\s+(?:(?P<scale>{scale})\s+)?"
         rf"|(?<=(?:{ago_back})\s+)(?P<quant>{quant})\s+)?"
         rf"(?P<uart>ال)?(?P<unit>{unit})"
         rf"(?!(?<=(?:عام|سنه))\s*\(?\s*\d)"  # nor «منذ عام (1891)»
         rf"(?!(?<=ال{unit})\s*\d)"  # not «منذ الدقيقة 28»: a numbered unit (a match's minute) is no length
         rf"(?:\s+(?P<plushalf>{half})(?:\s+(?:ال)?{unit})?|\s+(?P<quant>{quant})(?!{_L})"  # منذ عام ونصف
         rf"|\s+و(?P<plusupart>{upart})(?:\s+(?:ال)?{unit}(?!{_L})|(?![ \t]*{LETTER})))?"),  # بعد ساعة وربع
        ("duration", length_heads,
         # «100 ألف ساعة»: a count in digits times a thousand or a million (the count multiplied)
         rf"(?:(?:{approx}\s+)?{num}\s+(?:(?<=\d\s+)(?P<scale>{scale})\s+)?"
         rf"(?:(?P<and2>و)(?P<unit>{dual}){_END}|(?P<unit>{unit}))"  # مائة وعامين
         # not «إلى 21700 عام 2014»: a count of something else before a year named with «عام»
         rf"(?!(?<=(?:عام|سنه))\s+(?:1[89]|20)\d\d(?!\d))"
         rf"|(?P<quant>{quant})\s+(?P<unit>{unit})|(?P<quant>{many})\s+ال(?P<unit>{unit})(?!{_L})"
         # لعدد من السنوات الماضية: a vague count of a definite plural with a last/next word (PXY)
         rf"|(?P<quant>{vague})\s+ال(?P<unit>{unit})(?=\s+(?:{fill}\s+)?(?:{mod1})(?!{_L}))"
         rf"|{approx}\s+ال(?P<unit>{dual})(?!{_L})"  # نحو الساعتين (ونصف الساعة): a dual with the article
         # العام والشهرين: a dual with the article joined to a unit before it (kept only when that unit is
         # a length it adds to: `extract._joined_lengths`)
         rf"|(?<=(?:ال)?{one}\s+و)(?P<jdual>ال)(?P<unit>{dual})(?!{_L})(?!\s+(?:{mod})(?!{_L}))"
         rf"|(?:ال)?(?P<unit>{unit})\s+{num}(?=\s+(?:{fill}\s+)?(?:{mod1})(?!{_L}))"  # السنوات العشر الماضية
         rf"|(?P<half>{half})\s+(?P<unit>{unit})|(?P<upart>{upart})\s+(?P<unit>{one})(?!{_L})"  # ربع ساعة
         # «طوال أيامه»: a plural unit with a pronoun after a `throughout` word, a length (round-41 ruling)
         rf"|(?<=(?P<span>{throughout})\s+)(?P<unit>{plural_unit})(?P<own>{alternation(own)})(?!{_L})"
         rf"|(?<=(?P<span>{whole})\s+)"
         rf"(?:ال(?={one}))?(?P<unit>{unit})"  # لمدة عام, طيلة العام
         rf"|(?<=(?P<one>{one_frame})\s+)(?P<unit>{one})(?!{_L})(?!\s*\d)"  # نحو أسبوع, خلال شهر
         rf"|(?P<unit>{unit})(?:\s+(?P<quant>{quant})"  # ساعة و20 دقيقة: a unit joined to a length
         rf"|(?=\s+(?P<joined>و)\s*(?:{num_bare}\s+(?:ال)?{unit}|{dual})(?!{_L})))?)"
         # «ساعة وربع الساعة», «ثلاث ساعات وربع»: a quarter or a third of the unit added, the unit or a
         # pause after it (not «وربع النهائي», a quarter-final)
         rf"(?:\s+(?P<plushalf>{half})(?:\s+(?:ال)?{unit})?"
         rf"|\s+و(?P<plusupart>{upart})(?:\s+(?:ال)?{unit}(?!{_L})|(?![ \t]*{LETTER})))?{mods}"),
        # في السابعة والعشرين من العمر, في الأربعين من عمره: an age
        ("age", "ordinals numbers age_heads digit",
         # «في سن الثالثة والعشرين», «منذ عمر العاشرة»: a word of age (`age_head` cues) before the ordinal
         # says so without «من العمر»
         rf"(?:(?P<age>{ordw})(?:\s+و(?:ال)?(?P<agetens>{tens}))?|ال(?P<agetens>{tens}))"
         rf"\s+من\s+(?:ال)?عمر(?:ه|ها|هم|هما|ي|ك)?(?!{_L})"
         rf"|(?:{age_head})\s+(?:(?P<age>{age_ordw})(?:\s+و(?:ال)?(?P<agetens>{tens}))?|ال(?P<agetens>{tens}))(?!{_L})"
         # with «من العمر» after it the first branch reads it, «سن» left out; «سن الثامنة عشر» (for
         # «عشرة»): no age of eight
         rf"(?!\s+(?:من\s+(?:ال)?عمر|عشر))"
         # «البالغ من العمر: 36»: the years of an age with no unit after them (an age: the guide's
         # timex-dev-5); with one («36 عاما») the length is read as such
         rf"|(?<=(?<!{_L})(?:ال)?بالغ[هة]?\s+من\s+العمر\s*:?\s*)(?P<agenum>\d{{1,3}})(?!\d)(?![.,٫]\d)"
         rf"(?!\s*(?:{unit}|{quantity})(?!{_L}))"
         # «قبل بلوغ سن 75», «في سن الـ18»: an age in digits after «سن», no unit after them (with one,
         # «سن 18 عاما», the length is read as such); a pause after the number, as after a bare year: «سن 3
         # قوانين» is the verb «سنّ» (enacted) and a count
         rf"|سن\s+(?:ال\s*)?(?P<agenum>\d{{1,3}})(?!\d)(?![.,٫]\d){pause}"),
        # a decade of a century: «الخمسينات من القرن الماضي», «ثمانينات القرن العشرين» (in construct,
        # without the article, only so, or joined to one so: «سبعينات وثمانينات القرن الماضي»);
        # alone «الثمانينات» is the decade of the 1900s
        ("decade", "decades عقد parts " + " ".join(decade_bare),  # «عقد السبعينات»: the decade, no length
         # «العقد الثالث من القرن العشرين», «نهاية العقد الأول من القرن الحالي»: a decade counted in its
         # century (the 1920s, the 2000s)
         rf"(?:{partx})?(?:ال)?عقد\s+(?P<dord>{decade_ord}){of_century}|"
         rf"(?:عقد\s+(?={decade}))?(?:(?P<decade>{decade})|(?P<bdecade>{bare_decade})(?={of_century}|{joined_decade}))"
         rf"(?:{of_century}|(?={joined_decade}))?(?!\s+{not_decade}(?!\w))"),
        # «للماضي», «للمستقبل»: ل + a reference noun with the article's alif dropped (`framed_ref`)
        ("ref", "refs",
         rf"(?P<ref>{refs})|(?<=ل)(?P<lref>{framed_l})(?!{_L})"),
        ("set", "sets",  # not «يومي 27 و31», «يومي (الأحد والإثنين)»: the dual before days
         rf"(?P<set>{sets})(?!(?<=(?<!{_L}){alternation(lx.cues.get('construct_dual', ()))})\s*[\d(])"),
        ("every_weekday", "كل ايام",  # كل يوم جمعة, كل خميس, أيام الجمعة: every such day (SET)
         rf"(?:كل\s+(?:يوم\s+)?(?P<wd>{wd_all})|ايام\s+(?P<wd>{wd_def})(?!\s+(?:{mod})(?!{_L})))"),
        ("every", "كل",  # كل 3 أيام, كل شهر; كل صباح, كل مساء: every such part of the day
         # كل عيد, كل رمضان: every feast, every Ramadan (a SET of no value)
         rf"كل\s+(?:(?:{num}\s+)?(?P<unit>{unit})|(?P<dp>{every_dpart})|(?P<yearly>عيد|{hmon}))"),
        *daytime_patterns(lx),
    ]
    # «في اليوم» needs «ال» and a unit of `per` after في (the rate pattern's first branch)
    after = {"rate": tuple(sorted({"ال" + norm(w) for w in per_words}))}
    # a day of «الشهر» or of a month named before it («منه»): about 3 matches in 10,000 tries on
    # news text, its look-behinds about 20 µs a try
    # a Hijri year is 13xx or 14xx in every branch: 11 matches in 27,000 tries, 6 µs a try
    needs = {"month_day": ("الشهر", "منه", *current_words), "hyear": ("13", "14")}
    digits, heads_after = digit_gates(), head_gates(lx)
    return [Pattern(k, tuple(h.split()), regex.compile(_START + "(?P<x>" + p + ")" + _END, regex.IGNORECASE),
                    after.get(k, ()), needs.get(k, ()),
                    regex.compile(digits[k]) if k in digits else None, heads_after.get(k, ()))
            for k, h, p in ps]
