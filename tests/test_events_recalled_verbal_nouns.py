"""A verb row whose verbal noun is spelt as the verb (`verbal_noun` in event_senses.tsv: توصل) is
read with the article as that noun («منذ التوصل لاتفاق نووي معها»), which round 42's «a verb row never
reads a word with the article» had lost with «للبحث» (research); and a deal recalled as a time mark
whose phrase names its side (`time_marks.recalled_deal`, round 49's third reader) passes the gate of
definite and verbal nouns with nothing attached: «منذ التوقيع على الاتفاق النووي مع إيران» is an AGREE
of Iran as «منذ توقيع الاتفاق النووي مع إيران» is (events-dev-fresh2 21688)."""

from __future__ import annotations

from marsad.events.triggers import find_triggers
from marsad.events.words import words_of
from tests.test_events_units import labelled_parties, run

_DAY = "2015-08-03T08:00:00"


def test_the_verbal_noun_of_reaching_is_read_with_the_article() -> None:
    for text in ("منذ التوصل لاتفاق نووي", "وانتهت بالتوصل إلى اتفاق في فيينا", "للتوصل إلى اتفاق"):
        assert [t.row.forms for t in find_triggers(words_of(text))] == [("توصل",)]
    assert find_triggers(words_of("وتحدث عن البحث مع الوفد")) == []  # research, no talks


def test_a_deal_reached_recalled_with_its_side_is_an_agreement() -> None:
    evs = run("وزار عدد من الوزراء الأوروبيين [إيران](LOC:iran) منذ التوصل لاتفاق نووي معها الشهر "
              "الماضي.", _DAY)
    agrees = [e for e in evs if e.label == "AGREE"]
    assert [e.attrs.participants for e in agrees] == [["iran"]]
    assert agrees[0].attrs.status == "happened"


def test_a_definite_signing_recalled_with_its_side_is_an_agreement() -> None:
    evs = run("وتحسنت العلاقات منذ التوقيع على الاتفاق النووي مع [إيران](LOC:iran) في خطاب له.", _DAY)
    assert labelled_parties(evs) == [("AGREE", ["iran"])]


def test_a_deal_reached_recalled_with_no_side_stays_a_mark_of_time() -> None:
    evs = run("وزار الوزير [إسرائيل](LOC:il) بعد التوصل إلى اتفاق نووي في [فيينا](LOC:vienna).", _DAY)
    assert [e for e in evs if e.label == "AGREE"] == []
