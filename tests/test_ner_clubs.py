"""A club a sports article names recurs under its bare name (ner/clubs.py)."""

from __future__ import annotations

from marsad.lang.normalize import normalize
from marsad.ner.clubs import (
    club_names,
    dual_clubs,
    listed_clubs,
    sport_words,
)
from marsad.ner.consistency import Chunk
from marsad.ner.tokens import tokenize

SPORT = " وقال المدرب إن المباراة المقبلة في الدوري مهمة للاعبين والنادي والملعب."


def norms_of(text: str) -> list[str]:
    return [normalize(w) for w, _, _ in tokenize(text, 0, len(text))]


def found(norms: list[str], chunks: list[Chunk]) -> list[tuple[str, str]]:
    return [(" ".join(norms[c.start : c.end]), c.type) for c in club_names(norms, chunks, set())]


def test_tables() -> None:
    assert {"الاتحاد", "الشباب", "التعاون"} <= listed_clubs()
    assert "الرياض" in listed_clubs()  # «نادي الرياض»: the club, listed apart from the city
    assert {"المباراه", "المدرب"} <= sport_words()


def test_a_club_named_after_its_classifier_recurs_bare() -> None:
    norms = norms_of("وصلت بعثة نادي الشعلة إلى جدة، وأنهت إدارة الشعلة التعاقد مع لاعبين." + SPORT)
    assert found(norms, []) == [("الشعله", "ORG"), ("الشعله", "ORG")]


def test_a_listed_club_the_tagger_found_once_recurs_behind_clitics() -> None:
    norms = norms_of("لأنه الاتحاد الذي يعرف آسيا، ولو تعرض أي ناد لظروف الاتحاد وللاتحاد." + SPORT)
    first = norms.index("الاتحاد")
    got = found(norms, [Chunk(first, first + 1, "ORG", 0.6)])
    assert got == [("الاتحاد", "ORG"), ("الاتحاد", "ORG"), ("وللاتحاد", "ORG")]


def test_an_unlisted_word_the_tagger_found_is_not_spread() -> None:
    norms = norms_of("قال الوطن إن الوطن يحتاج الجميع." + SPORT)
    first = norms.index("الوطن")
    assert found(norms, [Chunk(first, first + 1, "ORG", 0.6)]) == [("الوطن", "ORG")]


def test_not_before_an_adjective_of_nationality() -> None:
    norms = norms_of("نادي الاتحاد يلعب، ورد الاتحاد السعودي على الطلب." + SPORT)
    assert found(norms, []) == [("الاتحاد", "ORG")]
    students = norms_of("نادي الطلبة السعوديين احتفل، وقال الطلبة إن العيد جميل." + SPORT)
    assert found(students, []) == []


def test_only_in_a_sports_article() -> None:
    norms = norms_of("زار وفد نادي الشباب المعرض، واهتمامات الشباب كثيرة والمدرب حاضر.")
    assert found(norms, []) == []
    festival = norms_of("نادي الشباب " + "احتفل الناس بالعيد في الحدائق والشوارع " * 150 + SPORT)
    assert found(festival, []) == []  # a few words of sport in a long article make it no sports one


def test_words_another_name_holds_are_left_alone() -> None:
    norms = norms_of("نادي الشباب فاز على الشباب الأهلي." + SPORT)
    held = norms.index("الشباب", 3)
    got = found(norms, [Chunk(held, held + 2, "ORG", 0.9)])
    assert got == [("الشباب", "ORG"), ("الشباب الاهلي", "ORG")]


def test_a_listed_club_joined_to_a_named_club_is_a_club() -> None:
    norms = norms_of("تقام مباراة كأس السوبر بين الهلال والنصر في لندن، والنصر يستعد جيدا." + SPORT)
    first = norms.index("الهلال")
    got = found(norms, [Chunk(first, first + 1, "ORG", 0.6)])
    assert got == [("الهلال", "ORG"), ("والنصر", "ORG"), ("والنصر", "ORG")]


def test_a_chain_of_listed_clubs_is_followed_both_ways() -> None:
    norms = norms_of("الأندية المتأهلة هي التعاون والشباب والخلود، وأنهى نادي الخلود استعداده." + SPORT)
    got = found(norms, [])
    assert got == [("التعاون", "ORG"), ("والشباب", "ORG"), ("والخلود", "ORG"), ("الخلود", "ORG")]


def test_no_join_to_an_unlisted_word_nor_before_a_nationality() -> None:
    unlisted = norms_of("حقق الهلال والانتصار الكبير ما أراد." + SPORT)
    first = unlisted.index("الهلال")
    assert found(unlisted, [Chunk(first, first + 1, "ORG", 0.6)]) == [("الهلال", "ORG")]
    people = norms_of("لعب الهلال والشباب السعودي ينتظر." + SPORT)
    first = people.index("الهلال")
    assert found(people, [Chunk(first, first + 1, "ORG", 0.6)]) == [("الهلال", "ORG")]
    alone = norms_of("دعم التعاون والشباب في المدينة." + SPORT)
    assert found(alone, []) == []  # no club named: two listed words joined are no club yet


def tagged(text: str, spans: list[tuple[str, str]]) -> tuple[list[str], list[Chunk], set[int]]:
    """`text`'s words, the tagger's chunks given as (words, type), and where its sentences break."""
    norms = norms_of(text)
    chunks = []
    for words, typ in spans:
        w = [normalize(x) for x in words.split()]
        at = next(i for i in range(len(norms)) if norms[i : i + len(w)] == w)
        chunks.append(Chunk(at, at + len(w), typ, 0.8))
    return norms, chunks, {i for i, n in enumerate(norms) if n in {".", "،"}}


def duals(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """dual_clubs over `text`, with the tagger's chunks given as (words, type)."""
    norms, chunks, breaks = tagged(text, spans)
    return [(" ".join(norms[c.start : c.end]), c.type) for c in dual_clubs(norms, chunks, breaks)]


def test_the_two_names_after_a_dual_club_word_are_clubs() -> None:
    got = duals("وأوضح أن ناديي الوحدة ونجران لم يسددا الرسوم.", [("الوحدة", "ORG"), ("ونجران", "LOC")])
    assert got == [("الوحده", "ORG"), ("ونجران", "ORG")]
    got = duals("ودعا ناديي الأهلي والزمالك إلى الهدوء.", [("الأهلي والزمالك", "ORG")])
    assert got == [("الاهلي", "ORG"), ("والزمالك", "ORG")]
    got = duals("غرامة على لناديي ريال مدريد وفالنسيا أمس.", [("ريال مدريد", "ORG")])
    assert got == [("ريال مدريد", "ORG"), ("وفالنسيا", "ORG")]


def test_no_pair_without_a_joined_second_name() -> None:
    assert duals("قرار ناديي نجران، الوحدة بالانسحاب.", [("نجران", "LOC")]) == [("نجران", "LOC")]
    assert duals("أسس ناديا صغيرا للقراءة والشعر.", []) == []  # «ناديا»: one club, not the dual
    assert duals("رئيس ناديي المدينة الكبيرة والقرية.", []) == []  # an untagged first name of two words


def test_not_the_youth_after_a_named_competition() -> None:
    norms = norms_of("لعب نادي الشباب أمس، وشارك لاعبوه في كأس العالم للشباب." + SPORT)
    cup = norms.index("كاس")
    got = found(norms, [Chunk(cup, cup + 2, "MISC", 0.9)])
    assert got == [("الشباب", "ORG"), ("كاس العالم", "MISC")]
    club = norms_of("لعب نادي الشباب أمس، وانتقل اللاعب للشباب." + SPORT)
    assert found(club, []) == [("الشباب", "ORG"), ("للشباب", "ORG")]
