"""A trigger read in another sense, told by the word right beside it (issue 15).

Some trigger words have a second, common reading that no word of status or structure shows,
only the word next to them: «قمة» is the peak in «في قمة عطائه», «على قمة الترتيب» and a top
match in «مباراة القمة», no summit; «حوار» is a film's lines in «حوار الفيلم» or an idea in «حوار
الحضارات», no talks; «تلتقي مصالح إسرائيل وأميركا مع إيران» is interests coinciding, no
meeting; «مليون زيارة» counts a site's page views; «وصل جثمان الشهيد» is a body brought home, no
visitor arriving. The pairs are data (`event_readings.tsv`: the trigger form, the side the
word stands on and the word), the word matched on its stem: past a conjunction or a
preposition, the article, a plural or dual ending and a possessive pronoun («عطائه», «المهارة»,
«الحضارات»).
"""

from __future__ import annotations

from functools import cache

from marsad.events.triggers import Trigger
from marsad.events.words import Word, form_matches, possessed, stems
from marsad.lang import load_table
from marsad.lang.normalize import normalize

_ARTICLE = "ال"


@cache
def _readings() -> dict[tuple[str, str], frozenset[str]]:
    """(trigger form, side) -> the words that on that side give the trigger another reading."""
    out: dict[tuple[str, str], set[str]] = {}
    for row in load_table("event_readings"):
        for form in row["trigger"].split("|"):
            out.setdefault((normalize(form.strip()), row["side"]), set()).add(normalize(row["word"]))
    return {key: frozenset(words) for key, words in out.items()}


def other_reading(words: list[Word], t: Trigger) -> bool:
    """Whether the word right after the trigger, or right before it, reads the trigger in a
    sense that tells no event («قمة المهارة», «حوار العرض», «ألف زيارة»)."""
    table = _readings()
    for form in t.row.forms:
        after = table.get((form, "after"))
        j = t.index + t.size
        if after and j < len(words) and _is_one_of(words[j].norm, after):
            return True
        before = table.get((form, "before"))
        if before and t.index > 0 and _is_one_of(words[t.index - 1].norm, before):
            return True
    return False


def _is_one_of(word: str, forms: frozenset[str]) -> bool:
    """Whether `word`, past its prefixes and the article, is one of `forms` or one of them with
    a noun's ending or a possessive pronoun."""
    for st in stems(word):
        bare = st.stem[len(_ARTICLE):] if st.stem.startswith(_ARTICLE) else st.stem
        for stem in {st.stem, bare}:
            if len(stem) < 2:
                continue
            if any(form_matches(stem, f, "noun") or possessed(stem, f) for f in forms):
                return True
    return False
