"""Where a reported clause cut before a later verb of saying ends: before the words that lead that
verb's clause (lang/ar/quote_leads.tsv), a link to the words before («وأفادت أن [توقف التنفس حدث
في منزلها]، كما أبان الكشف …», «…، فيما أكد», «…، إلا أنه أضاف») or a particle of the verb itself
(«لكنه لم يستبعد», «وقد أبلغ»). What the speaker said never ends with them (issue 15, round 36).
"""

from __future__ import annotations

from functools import cache

from marsad.events.lexicon import CueLexicon
from marsad.events.words import Word
from marsad.lang import load_table

_LEAD = frozenset({"lead"})
_ATTITUDE = frozenset({"attitude"})
_COMMAS = "،,؛;"
_RESUMING = ("نه", "نها", "نهم")  # «لكنه», «إلا أنها», «غير أنهم»: the speaker resumes, no comma needed
_MAX_LEADS = 3  # lead words in a row before the verb («، لكنه لم»; «، إلا أنه»: one lead of two words)


@cache
def quote_leads() -> CueLexicon:
    return CueLexicon([(r["form"], r["kind"], "") for r in load_table("quote_leads")])


def before_leads(words: list[Word], first: int, verb: int) -> int:
    """The word the reported clause running from word `first` to a later verb of saying at word
    `verb` ends before: `verb`, or the first of the lead words right before it (never `first` or
    before it, so that the clause keeps a word)."""
    end = verb
    for _ in range(_MAX_LEADS):
        lead = next((i for i in range(max(first + 1, end - 3), end)
                     if (cue := quote_leads().at(words, i, _LEAD)) is not None and i + cue.size == end), None)
        if lead is None:
            break
        end = lead
    return end


def linked_clause(text: str, words: list[Word], first: int, verb: int) -> bool:
    """The verb of saying at word `verb` opens a clause of its own, linked by a comma and lead words
    to the reported clause from word `first` («إن الفريق جاهز، [في حين] قال المدرب …»), however
    few the words between: no subject of a verb inside that clause («إن الوزير قد أكد» has no comma).
    A contrast with the speaker's pronoun links it with no comma too («أن [الفريق جاهز] لكنه نفى
    ...», «إلا أنها أكدت»): a verb inside the clause takes a noun subject after it."""
    lead = before_leads(words, first, verb)
    return lead < verb and (any(ch in _COMMAS for ch in text[words[lead - 1].end:words[lead].start])
                            or any(w.norm.endswith(_RESUMING) for w in words[lead:verb]))


def other_parted(text: str, words: list[Word], j: int, complementizers: set[int]) -> bool:
    """A verb that takes أن itself (quote_cues other_verb) at word `j` does not own the next
    complementizer when a comma parts them: it stands in an aside between a verb of saying and its
    clause («وقالت الوكالة في معلومات لا يمكن التأكد منها، إن [أربعة من القادة قتلوا]»)."""
    comp = min((i for i in complementizers if i > j), default=None)
    return comp is not None and any(ch in _COMMAS for ch in text[words[j].end:words[comp].start])


def before_attitude(text: str, words: list[Word], first: int, end: int) -> int:
    """`end`, or the first participle of an attitude or a deed (quote_leads kind attitude) after a
    comma between word `first` (kept) and `end`: what the speaker said ends before it («أن
    [الموسم كان ناجحا]، مشيدا بجهود العاملين»; praising is no quotation)."""
    for i in range(first + 2, end):
        if quote_leads().at(words, i, _ATTITUDE) is not None \
                and any(ch in _COMMAS for ch in text[words[i - 1].end:words[i].start]):
            return i
    return end
