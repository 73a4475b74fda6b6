"""The patterns of a time of day (`marsad.dates.patterns` tries them last in its list): a clock time
in digits («الساعة 10:30 صباحا», «الساعة 32ر06») and an hour in words or digits after «الساعة» or a
preposition («الساعة الثامنة والنصف مساء», «في الثامنة مساء»); a stretch of the night and midnight
(«طوال الليل», «منتصف الليل»), of the day the text is on."""

from __future__ import annotations

from marsad.dates.lexicon import Lexicon, alternation, cue_alternation
from marsad.lang.words import LETTER_OR_DIGIT

_L = LETTER_OR_DIGIT


def daytime_patterns(lx: Lexicon) -> list[tuple[str, str, str]]:
    """The times of day's (kind, heads, pattern) rows, in the order they are tried."""
    quantity = alternation(lx.cues.get("quantity", ()))
    ratio = alternation(lx.cues.get("ratio", ()))
    dpart = alternation(lx.dayparts)
    ampm = alternation({*lx.cues.get("clock_pm", ()), *lx.cues.get("clock_am", ())})
    part_after = cue_alternation(lx.cues, "clock_part_after")  # الثالثة بعد الظهر, الواحدة بعد منتصف الليل
    dayw = alternation(lx.day_words)
    wd_def = alternation(w for w in lx.weekdays if w.startswith("ال") or w.isascii())
    hourw = alternation(lx.hours)  # an hour in words: the ordinals and «الواحدة»
    minw = alternation(lx.clock_minutes)
    numw = alternation(lx.numbers)
    night = cue_alternation(lx.cues, "night_stretch")  # طوال الليل, ساعات متأخرة من الليل
    midnight = cue_alternation(lx.cues, "midnight")  # منتصف الليل
    night_heads = " ".join(sorted({w.split(" ")[0] for k in ("night_stretch", "midnight")
                                   for w in lx.cues.get(k, ())}))
    return [
    ("clock", "ساعه digit",  # 10:30, 10.30 only after الساعة or before a daypart; never an amount
     rf"(?:(?:(?:ال)?ساعه\s+)(?:ال)?(?P<hour>[0-2]?\d)[:.,](?P<min>[0-5]\d)"  # الساعة الـ12:40
     # «الساعة 32ر06»: wire copy writes a decimal with «ر», fraction first («5ر3» 3.5): 06:32
     rf"|(?:ال)?ساعه\s+(?P<min>[0-5]\d)ر(?P<hour>[0-2]?\d)"
     rf"|(?<!(?:{ratio})\s+)(?P<hour>[0-2]?\d):(?P<min>[0-5]\d)"
     rf"|(?P<hour>[0-2]?\d)\.(?P<min>[0-5]\d)(?=\s+{dpart}))"
     rf"(?!\d)(?![.,]\d)(?!\s*(?:{quantity})(?!\w))"
     # «الساعة 8:20 دقيقة مساء»: the minutes' unit written out before the part of the day
     rf"(?:\s+(?:دقيقه|دقايق)(?=\s+(?:من\s+)?{dpart}(?!{_L})))?"
     rf"(?:\s*(?P<ampm>{ampm})(?!{_L})|\s+(?:من\s+)?(?P<dp>{dpart})|\s+(?P<after>{part_after})(?!{_L}))?"
     rf"(?:\s+(?:من\s+)?(?P<rel>{dayw})(?:\s*\(?\s*(?P<wd>{wd_def})\)?)?)?"),
    ("hour", "ساعه hours",  # الساعة الثامنة والنصف مساء; في الثامنة مساء (a part of the day needed)
     # after a preposition («من العاشرة صباحاً وحتى»), or «تمام» ("sharp": «في تمام الثامنة صباحًا»)
     # الساعة الـ 12 مساء, الساعة الـ3: the article written on the hour's digits (tatweel gone)
     # «ساعة 1700»: hour and minutes written together, not before an amount («24 ساعة 1700 ريال»)
     rf"(?:(?:ال)?ساعه\s+(?:(?P<hour>[0-2]\d)(?P<min>[0-5]\d)(?!\d)(?!\s*(?:{quantity})(?!\w))"
     rf"|(?:ال\s*(?=\d))?(?P<hour>[0-2]?\d)|(?P<hour>{hourw}))"
     rf"(?!\d)(?![.,٫:]\d)"
     # «الساعة الواحدة و24 دقيقة», «الساعة التاسعة وأربعين دقيقة»: the minutes counted after «و»
     rf"(?:\s+(?P<minw>{minw})|\s+و\s*(?:(?P<mdig>[0-5]?\d)|(?P<mword>{numw}))\s+(?:دقيقه|دقايق)(?!{_L}))?"
     rf"|(?<=(?:في|عند|حتي|الي|منذ|بعد|قبل|من|تمام)\s+)(?P<hour>{hourw})(?:\s+(?P<minw>{minw}))?"
     rf"(?=\s+(?:(?:من\s+)?(?:{dpart})|{part_after})(?!{_L}))"
     # «الرابعة عصر بتوقيت السعودية»: a part of the day and a time zone after it, whatever before
     rf"|(?P<hour>{hourw})(?:\s+(?P<minw>{minw}))?(?=\s+(?:من\s+)?(?:{dpart})\s+بتوقيت(?!{_L})))"
     rf"(?:\s+(?:من\s+)?(?P<dp>{dpart})|\s+(?P<after>{part_after})(?!{_L}))?(?:\s+(?:من\s+)?(?P<rel>{dayw})"
     rf"(?:\s*\(?\s*(?P<wd>{wd_def})\)?)?)?"),
    # «طوال الليل», «منتصف الليل»: the night, the midnight of the day the text is on (`narrative.py`)
    ("day_period", night_heads, rf"(?P<night>{night})(?!{_L})|(?P<midnight>{midnight})(?!{_L})"),
]
