"""Round 42 (issue 15), on invented sentences: a participle of saying after another one goes on the
clause's subject; the words the first participle governs («مطالبا [الجميع] أن …»: whom it asks)
are no subject of the verb of saying before them («ووصفه»), so the second participle («مبينا») does
not take them for someone unnamed speaking."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import run


@pytest.mark.parametrize("first", ["مطالبا الجميع أن يجرم هذا العمل",
                                   "داعيا الشباب إلى الابتعاد عن هذه الأفكار"])
def test_a_second_participle_goes_on_the_clause_subject(first: str) -> None:
    got = run(f"وتطرق [سعود](PER:saud) للعمل الإرهابي ووصفه بالإجرامي {first}، مبينا أن ما قام به هؤلاء "
              "قادهم للإثم.")
    assert ("indirect", "ما قام به هؤلاء قادهم للإثم", "saud") in got


def test_a_subject_named_after_the_verb_before_the_participles_still_speaks() -> None:
    got = run("ووصف [سعود](PER:saud) العمل بالإجرامي، مطالبا الجميع أن يجرم هذا العمل، مبينا أن ما قام به "
              "هؤلاء قادهم للإثم.")
    assert ("indirect", "ما قام به هؤلاء قادهم للإثم", "saud") in got
