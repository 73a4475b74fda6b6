"""Tense: whether the clause around an expression speaks of the future, which sets a bare
weekday, month or feast after the publication date rather than before it.

The cues are `date_cues.tsv` rows: `future` words and phrases anywhere in the clause (سوف, من
المقرر, المقبل), and `future_prefix` letters starting one of the four words before the
expression (سي, ست, سن: سيزور), unless that word starts like a noun (`not_future`: سياسة,
سيارات, سنوات), or starting the verb of a relative clause right after the expression
(`future_relative`: «مباراة الأربعاء التي ستجمع الفريقين», the match that will bring them
together is ahead), or, after a month, starting the word right after it, the month fronted before
its verb («الانتخابات في ديسمبر ستتعارض مع», «في شهر ديسمبر سينطلق السباق»). A conjunction written
onto a word before the expression is read past (وسيزور, ومن المقرر); after it, «و» opens another
clause (بدأ في أبريل وسوف يستمر، «في ديسمبر وسيعقد»).
"""

from __future__ import annotations

from functools import cache

from marsad.dates.lexicon import lexicon
from marsad.lang.words import LETTER_RUN

_CLAUSE_LEFT = ".؟!؛\n"  # a clause starts after the last of these before an expression
_CLAUSE_RIGHT = ".؟!؛،,\n"  # and ends at the first of these after it
_WORD = LETTER_RUN
_CONJUNCTIONS = "وف"  # written onto the next word


@cache
def _future_cues() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The future cues of one word, those of several, the future prefixes, and the starts of
    nouns that look like a prefixed verb (سياسة, سيارات, سنوات)."""
    cues = lexicon().cues
    future = cues.get("future", frozenset())
    return (frozenset(c for c in future if " " not in c), tuple(c for c in future if " " in c),
            tuple(cues.get("future_prefix", ())), tuple(cues.get("not_future", ())))


def _future_verb(word: str, prefixes: tuple[str, ...], nouns: tuple[str, ...]) -> bool:
    """A verb of the future tense (سيزور, وستجمع), not a noun that starts like one (سيارات)."""
    return len(word) >= 5 and (u := unjoined(word)).startswith(prefixes) and not u.startswith(nouns)


def _relative_future(right_words: list[str], prefixes: tuple[str, ...], nouns: tuple[str, ...]) -> bool:
    """Whether the expression is followed by a relative pronoun whose verb is future («الأربعاء التي
    ستجمع»): the clause describes the day itself as ahead."""
    relatives = lexicon().cues.get("future_relative", frozenset())
    return len(right_words) >= 2 and right_words[0] in relatives \
        and _future_verb(right_words[1], prefixes, nouns)


def unjoined(word: str) -> str:
    """A word less the conjunction written onto it («وسيزور» → «سيزور», «ومن» → «من»): a cue
    or a future prefix is looked for after it."""
    return word[1:] if len(word) > 2 and word[0] in _CONJUNCTIONS else word


# words after a month where a future verb opening the rest of its clause sets it ahead, the month fronted
# before its verb («وفي حالة تحديد الموعد في شهر ديسمبر سينطلق السباق», «الانتخابات في ديسمبر ستتعارض
# مع»). Only the first: «الصفقة التي أبرمها ... صباح يوم الإثنين ربما ستنتهي بالفشل» is a relative clause's
# day before the main verb; and not after a weekday, which that reading moved wrongly on the first 3,000
# SaudiNewsNet records («اجتماع يوم الاثنين ستناقش» of a page written before it).
RIGHT_VERB = 1
SENTENCE_REACH = 300  # characters back where the opening verb of a weekday's sentence is looked for
_SENTENCE_LEFT = ".؟!"  # line breaks: `_paragraph_ends`
_WRAP_AFTER = frozenset("_،,")  # besides letters and digits: a line break right after one is a hard wrap


def _paragraph_ends(left: str) -> list[int]:
    """Where each run of white space holding a line break starts, when the character before the
    run is not a letter, a digit, «_» or a comma (those make the break a hard wrap inside a
    sentence); a run is read from its first character on, as a regular expression would."""
    out: list[int] = []
    i = 0
    while i < len(left):
        if i == 0 or not (left[i - 1].isalnum() or left[i - 1] in _WRAP_AFTER):
            j, last_break = i, -1
            while j < len(left) and left[j].isspace():
                if left[j] == "\n":
                    last_break = j
                j += 1
            if last_break >= 0:
                out.append(i)
                i = last_break + 1
                continue
        i += 1
    return out


def _sentence_opening(text_norm: str, start: int) -> list[str]:
    """The first word of the sentence holding `start` (a conjunction written onto it read past),
    when the sentence starts within SENTENCE_REACH characters: a verb opening a long sentence
    («يختتم المنتخب ... مبارياته ... بمواجهة تونس ظهر يوم الاثنين») sets the tense of all of it."""
    left = text_norm[max(0, start - SENTENCE_REACH):start]
    # a line break right after a letter is a hard wrap inside the sentence, not its end
    cut = max([left.rfind(ch) for ch in _SENTENCE_LEFT]
              + _paragraph_ends(left)[-1:] + [-1])
    if cut < 0 and start > SENTENCE_REACH:
        return []
    first = _WORD.findall(left[cut + 1:])[:1]
    return [unjoined(w) for w in first]


def future_context(text_norm: str, start: int, end: int, weekday: bool = False,
                   verb_after: bool = False) -> bool:
    """Whether the clause around [start, end) of normalised text speaks of the future; for a bare
    weekday (`weekday`), an imperfective verb of a scheduled event (`scheduled` cues) says so too;
    with `verb_after` (a month or date), a future verb right after it."""
    left = text_norm[max(0, start - 80):start]
    left = left[max(left.rfind(ch) for ch in _CLAUSE_LEFT) + 1:]
    right = text_norm[end:end + 40]
    right = right[:min((i for i in map(right.find, _CLAUSE_RIGHT) if i >= 0), default=len(right))]
    left_words = _WORD.findall(left)
    words = [unjoined(w) for w in left_words] + _WORD.findall(right)  # «وسوف» after it: another clause
    single, multi, prefixes, nouns = _future_cues()
    if not single.isdisjoint(words):
        return True
    if weekday and not lexicon().cues.get("scheduled", frozenset()).isdisjoint(
            words + _sentence_opening(text_norm, start)):
        return True
    if multi:
        window = " " + " ".join(words) + " "
        if any(f" {c} " in window for c in multi):
            return True
    right_words = _WORD.findall(right)
    # after it, a verb with «و/ف» written onto it opens another clause («في ديسمبر وسيعقد»)
    near = left_words[-4:] + [w for w in right_words[:RIGHT_VERB] if verb_after and w[0] not in _CONJUNCTIONS]
    # a shorter future verb counts right before «في» and the date only («سيكون في 26 أكتوبر», «التي ستجرى
    # في نوفمبر»): further back a five-letter word of those letters is as often a name («وول ستريت»)
    framed = len(left_words) >= 2 and left_words[-1] == "في" and _future_verb(left_words[-2], prefixes, nouns)
    return framed or any(len(w) >= 6 and _future_verb(w, prefixes, nouns) for w in near) \
        or _relative_future(right_words, prefixes, nouns)
