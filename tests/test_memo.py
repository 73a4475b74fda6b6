"""`memo.word_cache`: a bounded memo with dict-speed hits (issue 20), and the per-word tables
that use it answer as the function does."""

from __future__ import annotations

from marsad.lang.normalize import normalize
from marsad.memo import word_cache
from marsad.ner.lexicon import candidates, cue_of, definite, office_word


def test_a_word_cache_answers_as_its_function_and_stays_bounded() -> None:
    calls: list[str] = []

    @word_cache(3)
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    assert [shout(w) for w in ("a", "b", "a", "c")] == ["A", "B", "A", "C"]
    assert calls == ["a", "b", "c"]  # a hit is not computed again
    assert shout.cache_info().currsize == 3
    assert shout("d") == "D"  # the fourth entry empties the memo first
    assert shout.cache_info().currsize == 1
    assert shout("a") == "A" and calls == ["a", "b", "c", "d", "a"]
    for k in range(20):
        assert shout(str(k)) == str(k).upper()
        assert shout.cache_info().currsize <= 3


def test_the_ner_word_tables_answer_as_their_functions() -> None:
    for raw in ("والمملكة", "للرياض", "الوزير", "ومحافظ", "وزير", "محمد", "بالسعودية", "فلان"):
        norm = normalize(raw)
        for table in (candidates, definite, cue_of, office_word):
            assert table(norm) == table.__wrapped__(norm)  # type: ignore[attr-defined]
