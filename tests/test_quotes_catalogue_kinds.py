"""A generic noun that speaks («وقال النادي», «وأرجعت الشركة») when no body of the article is named
with that noun (round 41, catalogue_kinds): it is the one organisation named before it that the
shipped catalogue names with that noun («شركة سابك», «نادي برشلونة»), by its entity or by its
words; with two such bodies, or with the noun inside a longer subject, it stays a described body
or nobody. Invented sentences."""

from __future__ import annotations

from tests.test_quotes_described_bodies import spoken

_RESULTS = "أعلنت [سابك](ORG:e_sabic) أمس نتائجها للربع الثاني من العام. "


def test_the_company_is_the_one_company_of_the_catalogue_named_before() -> None:
    got = spoken(_RESULTS + "وأرجعت الشركة نتائجها إلى انخفاض الأسعار، مشيرة إلى أن المبيعات تراجعت.")
    assert ("المبيعات تراجعت", "e_sabic", None, None) in got


def test_the_club_by_its_catalogue_entry() -> None:
    got = spoken("اختار لاعبو [برشلونة](ORG:fc_barcelona) قائدا جديدا للفريق. "
                 "وقال النادي الكاتالوني أمس إن اللاعبين صوتوا سرا لاختيار القائد.")
    assert got == [("اللاعبين صوتوا سرا لاختيار القائد", "fc_barcelona", None, None)]


def test_two_companies_of_the_kind_leave_the_noun_described() -> None:
    got = spoken("وقعت [سابك](ORG:e_sabic) و[أرامكو](ORG:saudi_aramco) اتفاقية أمس. "
                 "وقالت الشركة إن الاتفاقية تشمل مشاريع جديدة.")
    assert got == [("الاتفاقية تشمل مشاريع جديدة", None, "الشركة", "الشركة")]


def test_the_noun_inside_a_longer_subject_is_not_the_body() -> None:
    got = spoken("فاز [برشلونة](ORG:fc_barcelona) بالمباراة أمس. "
                 "ورأت فئة من مشجعي النادي أن المدرب يستحق فرصة أخرى.")
    assert all(speaker is None for _, speaker, _, _ in got)


def test_a_noun_the_catalogue_names_no_body_with_stays_described() -> None:
    got = spoken(_RESULTS + "وقالت الدراسة إن الأسعار ستنخفض.")
    assert got[-1] == ("الأسعار ستنخفض", None, "الدراسة", "الدراسة")
