"""An agreement noun whose parties follow a clause that tells it was made: «الاتفاق الذي تم التوصل
إليه بين إيران ومجموعة 5+1», «الاتفاق الذي تم إبرامه أخيراً بين X و Y», «اتفاق فيينا المبرم في 14
تموز بين X و Y». The noun needs its parties after بين (`needs` بين in event_triggers.tsv) within a
few words; a clause of making (`signing_clause` in event_senses.tsv: a passive participle, or a
relative clause whose verb or verbal noun is one of signing or reaching) stands between them and
pushes بين past that reach. Such a clause reports the agreement's making with its parties, so the
noun is an event told anew (`told_anew`), even after a preposition that would make a bare «اتفاقية
بين» the text referred to (document_prep: «بموجب اتفاق فيينا المبرم ... بين»). A meeting or call
noun likewise takes its parties after a clause telling it took place (`held_between`: «الاتصال
الهاتفي الذي جرى الاثنين الماضي بين X و Y», event_senses kind held_clause). A noun whose clause tells it
was held or made «بينهما», «بينهم» (event_senses kind pair_pronoun) is the event of the two or more its
sentence named before it (`held_by_pair`: «عقب المباحثات التي جرت بينهما»).
"""

from __future__ import annotations

from marsad.events.lexicon import event_senses, sense_forms
from marsad.events.words import BETWEEN, Word
from marsad.lang.normalize import normalize

_SIGNING = frozenset({"signing_clause"})
_HELD = frozenset({"held_clause"})
_HELD_TYPES = frozenset({"MEET", "CALL"})
_RELATIVE = frozenset({"relative_pronoun"})
_BEFORE_CLAUSE = 4  # words between the noun and its clause (النووي, حول البرنامج النووي الإيراني)
_QAD = normalize("قد")  # the particle of the perfect before a clause verb (قد جرت)
_BEFORE_HELD = 2  # words from a meeting noun to its clause's relative pronoun (الاتصال الهاتفي الذي)


def signed_between(words: list[Word], j: int, needs: tuple[str, ...]) -> int | None:
    """For an agreement noun that needs بين, ending before word `j`: the index of the بين that
    follows a clause of making opened within `_BEFORE_CLAUSE` words (the clause's own words and
    then at most its `window` words more before بين); None when there is none."""
    if needs != (BETWEEN,):
        return None
    return _between_after_clause(words, j, _BEFORE_CLAUSE + 1, _SIGNING)


def held_between(words: list[Word], j: int, kind: str) -> int | None:
    """For a meeting or call noun ending before word `j`: the index of the بين that follows a
    clause telling it took place, opened right after the noun or its adjective (a relative
    pronoun first or not: «الاتصال الهاتفي الذي جرى الاثنين الماضي بين X و Y», «اجتماع جرى في
    القاهرة بين X و Y»), within the clause verb's `window` words; None when there is none."""
    if kind not in _HELD_TYPES:
        return None
    return _between_after_clause(words, j, _BEFORE_HELD, _HELD)


def held_by_pair(words: list[Word], j: int, kind: str) -> bool:
    """Whether a meeting or call noun ending before word `j` is followed by a clause telling it took
    place between the two or more the sentence has named before it, «بينهما», «بينهم» (or «فيما
    بينهما») for the names after «بين»: «عقد وزير الخارجية X، ووزير الخارجية الإيطالي Y مؤتمرًا
    صحافيًا مشتركًا عقب المباحثات التي جرت بينهما»: the talks of X and Y, told anew. So is an
    agreement noun followed within `_BEFORE_CLAUSE` words by a clause of making with «بينهما»
    («تفعيلاً لاتفاقية التعاون المشترك والتي تم توقيعها فيما بينهما بمدينة مراكش»)."""
    if kind == "AGREE":
        reach, clause = _BEFORE_CLAUSE + 1, _SIGNING
    elif kind in _HELD_TYPES:
        reach, clause = _BEFORE_HELD, _HELD
    else:
        return False
    among = sense_forms("pair_pronoun")  # بينهما, بينهم: the pair named before
    for k in range(j, min(len(words), j + reach)):
        window = _clause_window(words, k, clause)
        if window is not None:
            return any(words[b].norm in among for b in window)
    return False


def _between_after_clause(words: list[Word], j: int, reach: int, clause: frozenset[str]) -> int | None:
    """The index of the بين after a clause of kind `clause` (a relative pronoun before it or not)
    opened within `reach` words from word `j`, within the clause cue's `window` words; None when
    a بين stands nearer than any clause (the noun's own reach) or the clause has none."""
    for k in range(j, min(len(words), j + reach)):
        if words[k].norm == BETWEEN:
            return None
        window = _clause_window(words, k, clause)
        if window is not None:
            return next((b for b in window if words[b].norm == BETWEEN), None)
    return None


def _clause_window(words: list[Word], k: int, clause: frozenset[str]) -> range | None:
    """The words within the `window` after a clause cue of kind `clause` opening at word k (a relative
    pronoun at k first or not); None where no such clause opens there."""
    start = k + 1 if event_senses().at(words, k, _RELATIVE) is not None else k
    if start + 1 < len(words) and words[start].norm == _QAD:
        start += 1  # «مفاوضات تمهيدية قد جرت بين»: the particle before the clause's verb
    if start >= len(words) or (cue := event_senses().at(words, start, clause)) is None:
        return None
    after = start + cue.size
    return range(after, min(len(words), after + int(cue.value) + 1))
