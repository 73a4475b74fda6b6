"""Round 47 (issue 15), quotation span recall on invented sentences: shapes of reported speech
met missed on the quotes-dev lists (quotes-dev-fresh26, fresh25, fresh21, fresh16)."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_the_participle_of_nawwaha_with_ila_opens_what_was_said() -> None:
    got = run("وصرح المتحدث [سعود](PER:saud) بأن اللجنة أنهت أعمالها، منوها إلى نجاح التجربة الأولى "
              "للمشروع الجديد.")
    assert got == [("indirect", "اللجنة أنهت أعمالها", "saud"),
                   ("indirect", "نجاح التجربة الأولى للمشروع الجديد", "saud")]


def test_the_participle_of_nawwaha_with_ila_before_a_name_is_no_quotation() -> None:
    assert run("وصرح المتحدث [سعود](PER:saud) بأن اللجنة أنهت أعمالها، منوها إلى [خالد](PER:k).") \
        == [("indirect", "اللجنة أنهت أعمالها", "saud")]
