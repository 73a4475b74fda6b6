"""The patterns of feasts (`marsad.dates.patterns` tries them in its list, after the years): a feast
named on its day («يوم عيد الفطر»), its nth day («ثاني أيام العيد», «اليوم الأول للعيد»), a feast with a
last or next word, celebrated or named as an event's occasion («احتفى بعيد الأضحى», «حفل عيد الفطر»),
greeted («بمناسبة عيد الفطر», «هنأوا بالعيد السعيد») or pointed at («هذا العيد»), and its eve
(«ليلة العيد»)."""

from __future__ import annotations

from marsad.dates.holidays import ordinal_days
from marsad.dates.lexicon import Lexicon, alternation, cue_alternation
from marsad.lang.words import LETTER, LETTER_OR_DIGIT

_L = LETTER_OR_DIGIT


def feast_patterns(lx: Lexicon, mods: str) -> list[tuple[str, str, str]]:
    """The feasts' (kind, heads, pattern) rows, in the order they are tried; `mods` is the optional
    last/next word after a name that every pattern shares (`(?P<fill>)`, `(?P<mod>)` groups)."""
    mod1 = alternation(w for w in lx.modifiers if " " not in w)  # الماضية, not «قبل الماضي»
    holiday = alternation(lx.holidays)
    feast = alternation(w for w in lx.holidays if w.startswith("عيد "))
    # «احتفى ... بعيد الفطر», «احتفالية ... بعيد الأضحى»: a feast celebrated is the day it falls on
    celebrate = cue_alternation(lx.cues, "feast_day")
    named = cue_alternation(lx.cues, "feast_named")  # حفل عيد الفطر
    occasion = cue_alternation(lx.cues, "feast_occasion")  # بمناسبة عيد الفطر
    greeting = cue_alternation(lx.cues, "feast_greeting")  # تبادلوا التهاني بعيد الفطر
    # a feast by name, or «العيد» with a word of blessing (بالعيد السعيد): not «العيد الوطني»
    greeted = rf"(?:(?P<holiday>{feast})|العيد(?=\s+{cue_alternation(lx.cues, 'feast_blessing')}(?!{_L})))"
    # «العيد» alone, not before a nisba adjective naming another feast («العيد الوطني», «العيد العالمي»)
    blessing = cue_alternation(lx.cues, "feast_blessing")
    bare_feast = rf"العيد(?=\s+{blessing}(?!{_L})|(?!\s+ال{LETTER}{{2,}}ي(?!{_L})))"
    clause_word = r"[^\s.،,؛;:!?؟]+"
    # «هذا العيد»: the feast at hand, not right after a verb of its return (the prayer «أن يعود هذا العيد»)
    returning = cue_alternation(lx.cues, "feast_return")
    this_feast = rf"(?<!(?<!{LETTER}){returning}(?:\s+الله)?\s+)هذا\s+{bare_feast}"
    return [
        ("holiday", "يوم " + " ".join(sorted(ordinal_days())),  # يوم عيد الفطر, رابع أيام عيد الأضحى
         # «ثاني أيام العيد»: «العيد» alone after an ordinal of its days is the nearest feast's nth day, as
         # «اليوم الثاني للعيد» (not after «يوم»: «يوم العيد» of a custom is any year's)
         rf"(?:يوم\s+|(?P<nth>{alternation(ordinal_days())})\s+ايام\s+)"
         rf"(?:(?P<holiday>{holiday}){mods}|(?<=ايام\s+){bare_feast})"
         # «اليوم الثاني من أيام عيد الفطر», «اليوم الأول للعيد», «اليوم الثالث لعيد الأضحى»: the nth
         # day counted inside a feast, as «ثاني أيام عيد الفطر» (docs/realtext-annotation.md, timex-dev-5)
         rf"|(?:ال|ل)?يوم\s+ال(?P<nth>{alternation(ordinal_days())})\s+(?:من\s+(?:ايام\s+)?"
         rf"(?:(?P<holiday>{feast}){mods}|{bare_feast})|ل(?:(?P<holiday>{feast}){mods}|{bare_feast[1:]}))"),
        ("holiday", "عيد",
         # «عيد الأضحى المقبل», «عيد الفطر الماضي»: a last or next word makes any feast named a date; tried
         # first, so a frame before it reads the word too («خلال عطلة عيد الفطر المبارك الماضي»)
         rf"(?P<holiday>{feast})(?:\s+{blessing})?\s+(?P<mod>{mod1})(?!{_L})"
         rf"|(?<=(?<!{LETTER})[وف]?{celebrate}(?:ه|ها|هم|هن)?(?:\s+{clause_word}){{0,4}}\s+ب)(?P<holiday>{feast}){mods}"
         # حفل عيد الفطر, بحفل عيد الأضحى; «إجازة العيد»: «العيد» alone, not another feast's name («حفل
         # العيد الوطني»)
         rf"|(?<=(?<!{LETTER})[وف]?[بل]?{named}\s+)(?:(?P<holiday>{feast}){mods}|{bare_feast})"
         # «طيلة أيام عيد الفطر»: the feast's days named by its name, its first day (timex-dev-10); not
         # «أيام العيد» alone («قضى أيام العيد»: the days of the feast, no date)
         rf"|(?<=(?<!{LETTER})[وف]?[بل]?ايام\s+)(?P<holiday>{feast}){mods}"),
        # a feast named as the occasion of a greeting (بمناسبة عيد الفطر, بحلول عيد الأضحى) or greeted
        # («تبادلوا التهاني والتبريكات بعيد الفطر», «هنأوا فيها بالعيد السعيد»): its day, the last or
        # one coming within a month (`holidays.occasion_date`)
        ("feast_occasion", "عيد هذا",
         rf"(?<=(?<!{LETTER})[وف]?ب?{occasion}\s+){greeted}"
         rf"|(?<=(?<!{LETTER})[وف]?{greeting}(?:ه|ها|هم|هن)?(?:\s+{clause_word}){{0,4}}\s+ب){greeted}"
         # «هذا العيد نعمة», «خلال هذا العيد المبارك», «أهنئكم بهذا العيد السعيد»: the feast at hand, its
         # day dated as an occasion (`holidays.occasion_date`)
         rf"|{this_feast}"),
        # ليلة العيد, ليلة عيد الفطر: the night before the feast; «العيد» alone is the feast nearest
        # (not «ليلة العيد الوطني»: another feast's name)
        ("holiday", "ليله", rf"(?P<eve>ليله)\s+(?:(?P<holiday>{feast})|العيد(?!\s+ال))"
         # «ليلة ويوم عيد الفطر»: the night joined to the feast's day is its eve
         rf"|(?P<eve>ليله)(?=\s+و\s*يوم\s+(?:(?P<holiday>{feast})|العيد(?!\s+ال)))"),
    ]
