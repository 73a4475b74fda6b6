"""An untagged body opening its clause right before a verb of asking («أن [إدارة الشقق] طالبت المتهم
ب…») describes who asked, not the one asked after the verb (events.speaker_asking.asking_description;
quotes-dev-fresh27 23454, quotes-dev-fresh17 28188); on invented sentences."""

from __future__ import annotations

from marsad.steps.quotes import quotes
from tests.test_quotes_units import marked


def described(src: str) -> list[tuple[str | None, str | None]]:
    art = marked(src)
    quotes.func(art)
    return [(q.attrs.speaker, q.attrs.speaker_text) for q in art.layer("quotes")]


def test_a_body_after_a_complementizer_before_the_verb_of_asking_asked() -> None:
    assert described("ووفقاً للتفاصيل، أن إدارة الشقق طالبت المتهم بمغادرة الشقة التي يقيم فيها.") \
        == [(None, "إدارة الشقق")]
    assert described("إلا أن مديرية الأحوال طالبت المواطن بإحضار حفيظة والده المتوفى.") \
        == [(None, "مديرية الأحوال")]


def test_with_the_verb_first_its_subject_follows_it() -> None:
    assert described("وطالبت إدارة الشقق المتهم بمغادرة الشقة التي يقيم فيها.")[0][1] != "المتهم"


def test_a_body_not_opening_its_clause_describes_no_one() -> None:
    got = described("وقالت الصحيفة إن زيارة إدارة الشقق طالبت المتهم بمغادرة الشقة التي يقيم فيها.")
    assert all(text != "إدارة الشقق" for _, text in got)
