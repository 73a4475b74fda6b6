"""The script a text is written in: `ar`, `en` or `other`, counted fast.

Script-based and fast (three C-level byte passes a segment): Arabic letters make `ar`,
Latin letters make `en` (embedded English, tweets), anything else (Cyrillic, Chinese,
digits and punctuation only) is `other`. The segment stage already sets `lang` on the
segments it makes; this stage fills in any segment that lacks it.
"""

from __future__ import annotations


def _keep(lo_hi: list[tuple[int, int]]) -> bytes:
    """The bytes to delete so that only bytes in the given ranges remain."""
    return bytes(b for b in range(256) if not any(lo <= b <= hi for lo, hi in lo_hi))


# Counted on the UTF-8 bytes (a C-speed pass each): ASCII letters and the lead bytes of
# 2-byte Latin letters; lead bytes of the Arabic blocks (U+0600-06FF, U+0750-077F, and
# U+F000-FFFF for the presentation forms, which also holds a few non-letters); lead
# bytes of other alphabets (Greek, Cyrillic, Hebrew: U+0370-05FF; U+0800-1FFF and
# U+3000-DFFF: Indic, CJK, Hangul ...). Punctuation blocks (U+2000-2FFF) count as nothing.
_DEL_NOT_LATIN = _keep([(0x41, 0x5A), (0x61, 0x7A), (0xC3, 0xC9)])
_DEL_NOT_ARABIC = _keep([(0xD8, 0xDB), (0xDD, 0xDD), (0xEF, 0xEF)])
_DEL_NOT_OTHER = _keep([(0xCD, 0xD7), (0xE0, 0xE1), (0xE3, 0xED)])


def letter_counts(text: str) -> tuple[int, int, int]:
    """(Arabic, Latin, other-script) letters in `text`, approximately (by UTF-8 lead bytes)."""
    b = text.encode("utf-8", "surrogatepass")
    return (len(b.translate(None, _DEL_NOT_ARABIC)), len(b.translate(None, _DEL_NOT_LATIN)),
            len(b.translate(None, _DEL_NOT_OTHER)))


def script_language(text: str) -> str:
    """`ar`, `en` or `other`: the script most of the letters of `text` are written in."""
    arabic, latin, other = letter_counts(text)
    if arabic == 0 and latin == 0:
        return "other"
    if arabic >= latin and arabic >= other:
        return "ar"
    if latin > arabic and latin >= other:
        return "en"
    return "other"


CODE_MARKS = "{};="  # braces, semicolons and assignments: prose has next to none
BRACKETS = "()"
CODE_MARK_SHARE = 1 / 25  # of a stretch's characters, brackets counted too: prose never has this many
MIN_CODE_MARKS = 3


def code_like(text: str) -> bool:
    """A page widget's style sheet or script (`.box_vote { padding: 0; }`, `jQuery(…);`):
    more Latin letters than Arabic ones, some braces, semicolons or equals signs, and those
    and brackets far denser than in any prose (a list of film titles with their countries in
    brackets is not code)."""
    marks = sum(text.count(c) for c in CODE_MARKS)
    if marks < MIN_CODE_MARKS:
        return False
    if marks + sum(text.count(c) for c in BRACKETS) < CODE_MARK_SHARE * len(text):
        return False
    arabic, latin, _ = letter_counts(text)
    return latin > arabic
