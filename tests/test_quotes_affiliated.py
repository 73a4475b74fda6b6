"""«تابع لـ» (affiliated with) is no continuation verb (issue 15 round 33, quote_words.affiliated).

The continuation verb «وتابع» (he went on) carries the last speaker on; written without و or ف with
a لـ word right after it («موقع تابع له», «مستودعا تابعا للمتمردين») it is the adjective, and reading
it as a verb of saying cut the quotation it stood in, or made a quotation of its own. A verb that
goes on with a لـ word and a complementizer or colon close after it («تابع لـ"عكاظ" أن ...») and
any other continuation verb («اضافت لقد ...») stay verbs.
"""

from __future__ import annotations

from tests.test_quotes_units import run


def test_the_adjective_does_not_cut_the_quotation_it_stands_in() -> None:
    got = run("وقال [سالم العبدالله](PER:s) إن الطائرات أصابت مستودعا للذخائر تابعا للمتمردين مما أدى "
              "إلى انفجارات استمرت ساعات.")
    assert got == [("indirect", "الطائرات أصابت مستودعا للذخائر تابعا للمتمردين مما أدى إلى انفجارات "
                    "استمرت ساعات", "s")]


def test_a_verb_going_on_with_lam_is_still_a_verb() -> None:
    got = run("وقال [سالم العبدالله](PER:s) إن الفريق جاهز. وتابع لـ\"عكاظ\" أن اللاعبين في حالة جيدة.")
    assert [t for _, t, _ in got] == ["الفريق جاهز", "اللاعبين في حالة جيدة"]
    got = run("وقال [سالم العبدالله](PER:s) إن الفريق جاهز. اضافت لقد حاول الخصم أن يشعل الفتنة.")
    assert [t for _, t, _ in got] == ["الفريق جاهز", "يشعل الفتنة"]
