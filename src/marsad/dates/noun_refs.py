"""A reference word that is a noun of time on its own (`noun_ref` cues of `lang/ar/date_cues.tsv`):
«الماضي», "the past" (PAST_REF), after a verb («ليعيشوا الماضي»), a preposition («أمرا من الماضي», «الحنين
للماضي») or a noun in construct («أخطاء الماضي», «صفحة الماضي»), as the dev dates golds read it (6 of 6
rows, timex-dev-11, 16 and 22). The same letters are the adjective "last" after a definite noun («الركود
الماضي») or a date word («مايو (أيار) الماضي», «ما قبل الماضي»), and a family name after a given name
(«مساعد بن عبدالله الماضي»): none of those is the noun.
"""

from __future__ import annotations

from functools import cache

from marsad.dates.lexicon import given_names, lexicon
from marsad.dates.tense import unjoined
from marsad.lang.clitics import pronoun_suffixes


def noun_ref(prev: str, definite: bool) -> bool:
    """Whether a `noun_ref` word is the noun of time after the normalised word `prev` (`definite`:
    that word has the article, after the clitics written onto it)."""
    word = unjoined(prev)
    if not word:
        return False  # after a number or a mark: «أكتوبر (تشرين الأول) 2014 الماضي», a headline's end
    # definite: «الركود الماضي», «اجتماعها الماضي»; a bare «ه» is the ta marbuta of «صفحة الماضي»
    suffixed = word.endswith(tuple(s for s in pronoun_suffixes() if len(s) > 1))
    if definite or suffixed or word.endswith("لله"):
        return False
    return word not in _date_words() and word not in given_names("name", "word")


@cache
def _date_words() -> frozenset[str]:
    """Words a last/next modifier follows as part of a date: months, weekdays, units, Hijri months,
    feasts, seasons, and the words inside a modifier («قبل» of «ما قبل الماضي»)."""
    lx = lexicon()
    inner = {w for m in lx.modifiers for w in m.split(" ")[:-1]}
    return frozenset({*lx.months, *lx.weekdays, *lx.units, *lx.hijri_months, *lx.holidays, *lx.seasons,
                      *inner})
