"""The patterns of a programme's days and weeks and of a part of the day named as a period
(`marsad.dates.patterns` tries them in its list, after the rates and before the relative days): the
n-th day or week of a programme («في يومه الثاني», «اليوم الأول للمعسكر», «الأسبوع التدريبي الثاني»), the
n-th month since a start («الشهر الأول منذ بداية ...») and «الفترة المسائية», «تدريبا صباحيا»."""

from __future__ import annotations

from marsad.dates.lexicon import Lexicon, alternation, cue_alternation
from marsad.lang.words import LETTER_OR_DIGIT

_L = LETTER_OR_DIGIT


def programme_patterns(lx: Lexicon) -> list[tuple[str, str, str]]:
    """The (kind, heads, pattern) rows of a programme's days and weeks and of a day period, in the
    order they are tried."""
    ordw = alternation(lx.ordinals)
    periods, session = alternation(lx.day_periods), cue_alternation(lx.cues, "session")  # حصة مسائية
    # a programme's week (`programme_week`): a masculine ordinal of one word up to the tenth
    pword = alternation(w for w, v in lx.ordinals.items() if v <= 10 and " " not in w and w.startswith("ال")
                        and not w.endswith(("ه", "اولي")))
    prog, padj = cue_alternation(lx.cues, "programme"), cue_alternation(lx.cues, "programme_adjective")
    prog_l = alternation(w[1:] for w in lx.cues.get("programme", ()))  # «للمعسكر»: ل + المعسكر
    return [
        # في يومه الثاني: the second day of a programme the text told the opening day of (`narrative.py`)
        # «اليوم الأول للمعسكر», «اليوم الثاني من البرنامج»: the n-th day of a named stretch (the guide's
        # round-36 rule), an ordinal of one word and a programme noun after «من»/«لـ», as `programme_week`
        ("programme_day", "يومه يومها يوم",
         rf"يوم(?:ه|ها)\s+(?P<pday>{ordw})(?!{_L})"
         rf"|اليوم\s+(?P<pday>{pword})\s+(?:من\s+{prog}|ل{prog_l})(?!{_L})"),
        # «الأسبوع الأول من البرنامج», «الأسبوع التدريبي الثاني»: a programme's n-th week, the ISO week of
        # the day the text told last (`narrative.py`); an ordinal of one word (not «الثاني عشر», «الثاني
        # والثلاثين»: a league's rounds), a programme noun after «من»/«لـ», a pause or «من أصل» after it
        ("programme_week", "اسبوع",
         rf"الاسبوع\s+(?:(?P<padj>{padj})\s+(?P<pweek>{pword})(?!{_L})(?!\s+و)"
         rf"|(?P<pweek>{pword})(?!{_L})(?:\s+(?:من\s+{prog}|ل{prog_l})(?!{_L})"
         rf"|(?=[ \t]*(?:[\n،,.:;؛!?؟)»\"”]|$)|\s+من\s+اصل(?!{_L}))))"),
        # «الشهر الأول منذ بداية عاصفة الحزم»: the nth month counted from a start (`story_start` cues), a
        # date only where the text dated that start (`story_days.py`), an ordinal of one word as above;
        # without «منذ» («وفي الشهر الثاني») only after such a month of its text
        ("story_month", "شهر",
         rf"الشهر\s+(?P<smonth>{pword})(?!{_L})"
         rf"(?:(?=\s+(?P<since>منذ)\s+{cue_alternation(lx.cues, 'story_start')}(?!{_L})))?"),
        # في الفترة المسائية: the evening of the day the text is on (`narrative.py`); after a session
        # noun (up to two definite words between) the adjective alone: تدريبا صباحيا, مران الفريق المسائي
        ("day_period", "فتره day_periods", rf"(?:ال|(?<=ل)ل)فتره\s+(?P<period>{periods})(?!{_L})"
         rf"|(?<=(?<!{_L})[وفبل]?{session}(?:\s+ال{_L}+){{0,2}}\s+)(?P<period>{periods})(?!{_L})"),
    ]
