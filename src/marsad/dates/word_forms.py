"""The shape of a normalised word around a date expression: the clitics written onto it
(`clitic_forms`, `without_clitics`), its spelling less short vowels, whether it is definite, an
imperfective verb, or a date cue of a kind (`date_cues.tsv`). Shared by `dates.context` and the
modules that read the words around an expression.
"""

from __future__ import annotations

import regex

from marsad.dates.lexicon import lexicon
from marsad.dates.tense import unjoined
from marsad.lang.clitics import ARTICLE, proclitics, pronoun_suffixes

CLITICS = "وفبلك"  # conjunctions and prepositions written onto the next word
CONJUNCTIONS = "وف"  # the clitics that leave the word before a month free to frame it
_MARKS = regex.compile(r"[\u064B-\u065F\u0670\u0640]")


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
