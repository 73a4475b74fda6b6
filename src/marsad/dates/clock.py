"""Clock times: the TIMEX3 value of a time of day (7:30م, الثامنة والنصف مساء, الثانية عشرة ليلا).

The hour in digits or an ordinal word, made afternoon by a day part (مساء, بعد الظهر) or a letter after the
digits (م); minutes in digits or words (والنصف, إلا ربعا); midnight as hour 24; the day the
anchor's, or the one a day word (غدا) or weekday names.
"""

from __future__ import annotations

from datetime import date, timedelta

from marsad.dates.lexicon import lexicon

# A letter written after a clock time: «م» (مساءً) after noon, «ص» (صباحاً) before (7:30م).
CLOCK_SUFFIX = {"clock_pm": ("EV", 12), "clock_am": ("MO", 0)}
NIGHT_FROM = 6  # an hour of the night («ليلا») from it to 11 is after noon; before it, after midnight


def clock_time(parts: dict[str, str], anchor: date | None) -> str | None:
    """The TIMEX3 value of a clock time or an hour word (7:30م, الثامنة والنصف مساء, صباح غد
    الأحد الساعة العاشرة) on the anchor's day (or the day its day word or weekday names);
    None for no hour of the day. Its type is TIME."""
    lx = lexicon()
    h_s = parts.get("hour", "")
    hour = int(h_s) if h_s.isdigit() else lx.hours.get(h_s)
    if hour is None or hour > 24:
        return None
    dp = lx.dayparts.get(parts.get("dp", "")) or _part_after(parts.get("after", "")) or CLOCK_SUFFIX.get(
        next((k for k in CLOCK_SUFFIX if parts.get("ampm", "") in lx.cues.get(k, ())), ""))
    if dp and hour < 12 and dp[1] == 12 and (dp[0] != "NI" or hour >= NIGHT_FROM):
        hour += 12  # «العاشرة ليلا» 22:00; «الثانية ليلا» 02:00, after midnight
    minute = int(parts.get("min") or parts.get("mdig") or 0)
    if parts.get("mword"):  # الساعة التاسعة وأربعين دقيقة: 9:40
        minute = lx.numbers.get(parts["mword"], 0)
    if minute > 59:
        return None
    if parts.get("minw"):  # الثامنة والنصف 8:30; الثامنة إلا ربعا 7:45
        minute = lx.clock_minutes[parts["minw"]]
        if minute < 0:
            hour, minute = (hour - 1) % 24, 60 + minute
    if dp and dp[0] == "NI" and hour == 12 and minute == 0:
        hour = 24  # الثانية عشرة ليلا: midnight, the end of the day
    rel = parts.get("rel")
    if anchor and rel:
        anchor = anchor + timedelta(days=lx.day_words[rel])
        if parts.get("wd"):  # صباح غد الأحد: the weekday named wins, as for «غدا الأحد»
            delta = (lx.weekdays[parts["wd"]] - anchor.isoweekday()) % 7
            anchor += timedelta(days=delta if delta <= 3 else delta - 7)
    day = anchor.isoformat() if anchor else "XXXX-XX-XX"
    return f"{day}T{hour:02d}:{minute:02d}"


def _part_after(phrase: str) -> tuple[str, int] | None:
    """The part of the day a `clock_part_after` phrase names by its last word («بعد الظهر»: «ظهر»
    AF +12; «بعد منتصف الليل»: «ليل» NI, an hour before NIGHT_FROM stays after midnight)."""
    last = phrase.split(" ")[-1] if phrase else ""
    return lexicon().dayparts.get(last[2:] if last.startswith("ال") else last)
