"""Gender and number agreement between a verb of saying and the speaker it carries on.

A verb without its own subject (وأضافت, مشيرة, وقالوا) continues the last speaker only when
that speaker agrees with it: «وقال الوزير ... وأضافت» is not the minister again. What a verb
shows is read from its affixes (`lang/ar/speaker_agreement.tsv`); what a speaker is, from the
verbs a person was the subject of earlier in the article (persons only: a body takes either
gender, «قالت الوزارة ... وأضاف»; and a plural verb tells nothing of one of its subjects).
"""

from __future__ import annotations

from functools import cache

from marsad.events.lexicon import quote_cues
from marsad.events.words import Word, stems
from marsad.lang import load_table
from marsad.lang.normalize import normalize

_VERBS = frozenset({"verb", "continuation"})
_PARTICIPLES = frozenset({"participle"})


@cache
def _affixes() -> tuple[tuple[str, str, str, str], ...]:
    rows = [(normalize(r["affix"]), r["position"], r["pos"], r["agreement"])
            for r in load_table("speaker_agreement")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _is_cue(form: str, kinds: frozenset[str]) -> bool:
    return len(form) >= 2 and quote_cues().at([Word(0, 0, form)], 0, kinds) is not None


def cue_agreement(word: Word) -> str | None:
    """m, f or p for a verb or participle of saying; None when its form does not tell. Every
    reading of the word (with and without its conjunction) is tried for an affix before any
    is taken as the bare masculine past: «وتضيف» is تضيف (she adds), not a bare «وتضيف»."""
    forms = [st.stem for st in stems(word.norm) if not st.clitic]
    for s in forms:
        if _is_cue(s, _PARTICIPLES):
            for affix, position, pos, agreement in _affixes():
                if pos == "participle" and position == "suffix" and s.endswith(affix):
                    return agreement
            return None
    for s in forms:
        for affix, position, pos, agreement in _affixes():
            at_edge = s.startswith(affix) if position == "prefix" else s.endswith(affix)
            if pos != "verb" or not at_edge:
                continue
            bare = s[:-len(affix)] if position == "suffix" else "ي" + s[len(affix):]
            if _is_cue(bare, _VERBS):
                return agreement
    for s in forms:
        if _is_cue(s, _VERBS) and not s.endswith("ت"):
            return "m"  # قال, أضاف: the bare past (a form ending in ت may be لفت or بينت)
    return None


def agrees(agreement: str | None, known: str | None) -> bool:
    return agreement is None or known is None or agreement == known
