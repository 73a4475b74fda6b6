"""«نقل» read as transport is no verb of saying (issue 15 round 33, quote_clause_cues._transport).

نقل relays words only with its source on عن («ونقلت الوكالة عن مصادر ...», after a comma too),
a complementizer, a colon or marks in its clause, or after an attribution («حسبما نقلت الوكالة»).
Elsewhere it moves people or things («وتم نقله للمستشفى», «قد تضاعف نقل الغاز»), and read as a
verb of saying it ended the quotation it stood in.
"""

from __future__ import annotations

from tests.test_quotes_units import run


def test_transport_does_not_end_the_quotation() -> None:
    got = run("وقال [سالم العبدالله](PER:s) إن المقاومة قدمت ضمانات للمسلحين حتى يغادروا المدينة، "
              "وتوفر وسيلة نقل لهم.")
    assert [t for _, t, _ in got] == ["المقاومة قدمت ضمانات للمسلحين حتى يغادروا المدينة، "
                                      "وتوفر وسيلة نقل لهم"]
    got = run("وقال [سالم العبدالله](PER:s) إن الحالات الخطرة نقلت جوا إلى المستشفى، فيما نقلت الحالة "
              "المتوسطة عن طريق الفرق الأرضية.")
    assert [t for _, t, _ in got] == ["الحالات الخطرة نقلت جوا إلى المستشفى، فيما نقلت الحالة المتوسطة "
                                      "عن طريق الفرق الأرضية"]


def test_relayed_words_are_still_relayed() -> None:
    got = run("ونقلت الصحف الأوروبية في بروكسل، عن [المفوضية](ORG:ec) قولها إن المفاوضات انتهت باتفاق.")
    assert [t for _, t, _ in got] == ["المفاوضات انتهت باتفاق"]
    got = run("ويحتاج الأطفال إلى مساعدات غذائية عاجلة في الإقليم، حسبما نقلت [الوكالة](ORG:a).")
    assert [t for _, t, _ in got] == ["ويحتاج الأطفال إلى مساعدات غذائية عاجلة في الإقليم"]
