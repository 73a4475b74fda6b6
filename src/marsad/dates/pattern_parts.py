"""Parts the date patterns (`marsad.dates.patterns`) are built of: a day of the month and a month
name, and a count (in digits, in words, or in brackets) and a Hijri date in digits."""

from __future__ import annotations

from marsad.dates.lexicon import Lexicon, alternation
from marsad.lang.words import LETTER_OR_DIGIT

_L = LETTER_OR_DIGIT


def _words(lx: Lexicon) -> tuple[str, str, str, str, str]:
    """The ordinals, the units and tens in words, «عشرين/ثلاثين», and every number word."""
    units_w = alternation(w for w, v in lx.numbers.items() if 1 <= v <= 9)
    tens = alternation(w for w, v in lx.numbers.items() if 20 <= v <= 90 and v % 10 == 0)
    tens_w = alternation(w for w, v in lx.numbers.items() if v in (20, 30))
    return alternation(lx.ordinals), units_w, tens, tens_w, alternation(lx.numbers)


def day_and_month(lx: Lexicon) -> tuple[str, str]:
    """A day of the month (digits, an ordinal, or a unit and a tens word: never past 39) and a month
    name (of any series, or two of one month: «أغسطس آب», «أغسطس (آب)»)."""
    ordw, units_w, _, tens_w, _ = _words(lx)  # a day in cardinal words: سبعة وعشرين من رمضان
    mon = alternation(lx.months)
    # «للخامس من أغسطس», «الموافق للحادي والعشرين من يوليو»: «ل» on an ordinal drops its article's alif
    ordw_l = alternation(w[1:] for w in lx.ordinals if w.startswith("ال"))
    # «الـ(13) من شهر أغسطس», «يوم (19) شوال»: a day in brackets after the article or «يوم» (the
    # expression opens at the bracket: `grammar._opening`)
    day = (rf"(?:(?<=(?:(?<!{_L})ال|يوم\s+)\(\s*)(?P<day>[0-3]?\d)\s*(?P<paren>\))"
           rf"|(?:ال)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)|(?P<dayw>{ordw}(?:\s+و{ordw})?"
           rf"|{units_w}\s+و{tens_w})|(?<=ل)(?P<ldayw>{ordw_l}(?:\s+و{ordw})?))")
    by_month: dict[int, list[str]] = {}
    for w, k in lx.months.items():
        by_month.setdefault(k, []).append(w)
    paired = "|".join(rf"(?P<mon>{alternation(ws)})\s+(?P<mon2>{alternation(ws)})"  # أغسطس آب
                      for _, ws in sorted(by_month.items()))
    monx = (rf"(?:{paired}|(?P<mon>{mon})(?:\s*[/(\-–]\s*(?P<mon2>{mon})\)?)?)"
            rf"(?:\s*[/(]\s*{mon}\)?)?")
    return day, monx


def counts(lx: Lexicon) -> tuple[str, str, str]:
    """A count with its groups, the same without groups (inside a look-ahead), and a Hijri date in
    digits (day first or year first)."""
    _, units_w, tens, _, numw = _words(lx)
    # ثلاثة وعشرين; الـ15 عاما, «الساعات الـ 24 الماضية» (the article apart: tatweel gone, a space
    # left); a number in brackets, (20) يوما (the span takes the opening one)
    num = (rf"(?:(?:\(\s*|(?<=\(\s*))(?P<num>\d+)\s*(?P<paren>\))|(?:ال[ \t]?)?(?P<num>\d+)"
           rf"|(?P<num>(?:ال)?{units_w}\s+وال{tens}|(?:ال)?{numw}(?:\s+و{numw})?))")  # الأربع والعشرين
    # a count, no groups: inside a look-ahead
    num_bare = rf"(?:\d+|(?:ال)?{units_w}\s+وال{tens}|(?:ال)?{numw}(?:\s+و{numw})?)"
    hnum = (r"(?:(?P<day>[0-3]?\d)\s*(?P<hsep>[/\-])\s*(?P<hmnum>[01]?\d)\s*(?P=hsep)\s*"
            r"(?P<hyear>1[34]\d\d)(?!\d)"  # 15/10/1436, and year first: 1436/10/15
            r"|(?<!\d)(?P<hyear>1[34]\d\d)\s*(?P<hsep>[/\-])\s*(?P<hmnum>[01]?\d)\s*(?P=hsep)\s*"
            r"(?P<day>[0-3]?\d)(?![\d/\-]))")
    return num, num_bare, hnum
