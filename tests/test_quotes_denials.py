"""Denials (issue 15, round 39 ruling): «نفى» with a noun saying what is denied is the denier's
indirect quotation, as «أكد» + a noun; the participle «نافيا»/«نافية» opens one too, with a clause
(«نافيا أن [...]») or a noun phrase («نافية [وجود ...]»); a denial of «ما تردد عن ...» only points
back at others' words, and no head noun inside them opens a quotation."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_denying_participle_with_a_clause_ends_the_quotation_before_it() -> None:
    got = run("وأوضح [سالم العلي](PER:salem) أن الشركة لم تغير خطتها، "
              "نافيا أن تكون قد رفعت الأسعار هذا العام.")
    assert got == [("indirect", "الشركة لم تغير خطتها", "salem"),
                   ("indirect", "تكون قد رفعت الأسعار هذا العام", "salem")]


def test_a_denying_participle_with_a_noun_of_what_is_denied() -> None:
    got = run("وأكدت [الوزارة](ORG:mx) استمرار العمل بالمشروع، نافية وجود أي خلاف مع المقاول حول كلفته.")
    assert got == [("indirect", "استمرار العمل بالمشروع", "mx"),
                   ("indirect", "وجود أي خلاف مع المقاول حول كلفته", "mx")]


def test_a_denial_of_what_was_rumoured_is_none() -> None:
    got = run("وأوضح [سالم العلي](PER:salem) أن الوضع مستقر، نافيا ما تردد عن وقوع اشتباكات في المدينة.")
    assert got == [("indirect", "الوضع مستقر", "salem")]
    assert run("ونفى [سالم العلي](PER:salem) ما تردد عن وقوع اشتباكات في المدينة.") == []


def test_the_adjective_and_the_name_are_no_denial() -> None:
    assert run("وهي شهادة نافية للجهالة في نظر القانون.") == []
    got = run("وقال [نافين جين](PER:naveen) إن الشركة ستطلق مركبتها العام المقبل.")
    assert got == [("indirect", "الشركة ستطلق مركبتها العام المقبل", "naveen")]


def test_a_denial_of_any_link_is_what_is_denied_with_ay() -> None:
    got = run("ونفت [الوزارة](ORG:mx) أي علاقة لها بالحادث الذي وقع في المدينة.")
    assert got == [("indirect", "أي علاقة لها بالحادث الذي وقع في المدينة", "mx")]
    got = run("ونفى [سالم العلي](PER:salem) أية نية للترشح في الانتخابات المقبلة.")
    assert got == [("indirect", "أية نية للترشح في الانتخابات المقبلة", "salem")]


def test_ay_after_a_preposition_is_a_time_of_the_denial() -> None:
    got = run("ونفى [سالم العلي](PER:salem) في أي وقت أن يكون قد التقى بهم.")
    assert got == [("indirect", "يكون قد التقى بهم", "salem")]


def test_ay_after_a_verb_that_is_no_denial_opens_nothing() -> None:
    assert run("وأوضح [سالم العلي](PER:salem) أي الطرق أقصر إلى المدينة.") == []


def test_the_news_denied_bare_is_what_was_denied_with_the_article_none() -> None:
    assert run("ونفى [سالم العلي](PER:salem) نبأ استقالته من منصبه.") == [
        ("indirect", "نبأ استقالته من منصبه", "salem")]
    assert run("ونفى [سالم العلي](PER:salem) النبأ جملة وتفصيلا.") == []
