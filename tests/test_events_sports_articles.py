"""False events of round 33 (the first 3,000 records, events-dev): in a sports article (five words
of sport or more, one in a hundred of its words, as the tagger counts them to find clubs) a meeting
or a visit is sport even where its own sentence names no word of sport («وبعد ذلك سيلتقي برشلونة
مع مانشستر يونايتد», «ومن ناحية أخرى، وصلت بعثة الأهلي إلى ميلانو»); a state's envoy still makes
it diplomacy, and an article with a word of sport or two is no sports article."""

from __future__ import annotations

from tests.test_events_units import run

_SPORT = ("وخسر الفريق المباراة أمام منافسه، وقال المدرب إن اللاعبين لم يقدموا مستواهم في الملعب، "
          "وإن المنتخب سيعود إلى المعسكر قبل البطولة. ")


def test_a_visit_in_a_sports_article_is_sport() -> None:
    assert run(_SPORT + "ومن ناحية أخرى، وصلت بعثة [الأهلي](ORG:ahly) إلى [ميلانو](LOC:milan) أمس.",
               published="2015-07-20") == []
    assert run(_SPORT + "وبعد ذلك سيلتقي [برشلونة](ORG:barca) مع [مانشستر يونايتد](ORG:manu) في "
               "[سانتا كلارا](LOC:sc) السبت المقبل.", published="2015-07-20") == []


def test_the_same_visit_in_a_news_article_stays_one() -> None:
    evs = run("وقال المسؤول إن المباحثات كانت مثمرة. ومن ناحية أخرى، وصل [عادل الجبير](PER:jubeir) إلى "
              "[ميلانو](LOC:milan) أمس.", published="2015-07-20")
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["jubeir"])]


def test_an_envoy_in_a_sports_article_is_diplomacy() -> None:
    evs = run(_SPORT + "واستقبل السفير [خالد الجندان](PER:jandan) في [لندن](LOC:london) أمس الكابتن "
              "[ماجد عبدالله](PER:majed).", published="2015-07-20")
    assert [e.label for e in evs] == ["MEET"]
