"""The shape of a normalised word around a date expression: the clitics written onto it
(`clitic_forms`, `without_clitics`), its spelling less short vowels, whether it is definite, an
imperfective verb, or a date cue of a kind (`date_cues.tsv`); whether the text between two dates
joins them into a range or a pair (`range_joint`). Shared by `dates.context` and the modules that
read the words around an expression.
"""

from __future__ import annotations

import regex

from marsad.dates.lexicon import lexicon, norm
from marsad.dates.tense import unjoined
from marsad.lang.clitics import ARTICLE, proclitics, pronoun_suffixes
from marsad.lang.words import WORD

CLITICS = "وفبلك"  # conjunctions and prepositions written onto the next word
CONJUNCTIONS = "وف"  # the clitics that leave the word before a month free to frame it
_MARKS = regex.compile(r"[\u064B-\u065F\u0670\u0640]")
_JOINT_MARKS = regex.compile(r"[\s\-–]*")  # what may stand between a range's ends besides its words


def clitic_forms(word: str) -> tuple[str, ...]:
    """`word` and the word less one or two leading clitics."""
    forms = [word]
    for k in (1, 2):
        if len(word) > k + 1 and all(c in CLITICS for c in word[:k]):
            forms.append(word[k:])
    return tuple(forms)


def spelling(written: str) -> str:
    """A word as written, less short vowels, dagger alif and tatweel (hamza and madda kept)."""
    return _MARKS.sub("", written)


def without_clitics(word: str) -> str:
    """A definite word less the clitics written onto it (the conjunction, then a preposition
    that carries the article, `lang.clitics`): والأمين, بالأمين, للأمين → الأمين; وفي → في."""
    word = unjoined(word)
    for clitic, definite in proclitics():
        if definite and clitic != ARTICLE and clitic[0] not in CONJUNCTIONS \
                and word.startswith(clitic) and len(word) > len(clitic):
            return ARTICLE + word[len(clitic):]
    return word


def definite(word: str) -> bool:
    """Whether a normalised word is definite, so an adjective can follow it: it has the article
    (after clitics) or a pronoun suffix (اجتماعها); not a name ending in «الله» (عبدالله)."""
    word = without_clitics(word)
    if word.startswith(ARTICLE) and len(word) > 3:
        return True
    return word.endswith(pronoun_suffixes()) and not word.endswith("لله")


def is_cue(word: str, kind: str) -> bool:
    """Whether a normalised word (bare or after و/ف) is a date cue of `kind` (a `persist` one:
    «ومازالت لليوم» is "still, to this day")."""
    cues = lexicon().cues.get(kind, frozenset())
    return word in cues or (word[:1] in "وف" and word[1:] in cues)


def imperfective(word: str) -> bool:
    """A normalised word that reads as an imperfective verb (يفرض, تمنحه): a prefix ي/ت on at
    least three more letters, no noun ending (تجربه, تغطيات, تنمويه)."""
    return len(word) >= 4 and word[0] in "يت" and not word.endswith(("ه", "ات", "يه"))


def range_joint(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] joins two dates into a range or a pair («من الأحد إلى الخميس», «من 5
    مايو إلى 3 سبتمبر», «الاثنين والثلاثاء», «19 - 21»): a dash, or one word of the joint, an `until`
    cue (إلى, حتى) or a `pair` cue («و»), with an `until_word` after «إلى/حتى» («إلى غاية»); spaces and
    dashes around them (`date_cues.tsv`). The one reader of a joint: weekday pairs, a range's year
    written once, a range's end of every year."""
    gap = text[start:end]
    if _JOINT_MARKS.fullmatch(WORD.sub(" ", gap)) is None:
        return False
    words = [norm(w) for w in WORD.findall(gap)]
    if not words:
        return "-" in gap or "–" in gap
    if len(words) == 1:
        return is_cue(words[0], "until") or is_cue(words[0], "pair")
    return len(words) == 2 and is_cue(words[0], "until") and is_cue(words[1], "until_word")
