"""A speaker's name the writer sets alone between quotation marks right after a verb of saying
(«وقال "القاضي" …») ends the subject: the words after the closing mark are the speaker's direct
speech, with no colon or «إن» (quote_bare). A one-word name that is also an office word («القاضي», the
judge) stays a name there when it is the last name of someone the article names in full
(events.context: the marks make it a name, not the office)."""

from __future__ import annotations

from tests.test_quotes_units import run

_NAMED = "قال رئيس المؤسسة [حمد بن عبدالله القاضي](PER:q) إن الحفل نجح. "


def test_speech_after_a_marked_last_name_that_is_an_office_word() -> None:
    src = _NAMED + 'وقال "[القاضي](PER:q)" خادم الحرمين -حفظه الله- لا يفتأ يذكر المؤرخ ويثني على جهوده.'
    assert run(src)[1:] == [("direct", "خادم الحرمين -حفظه الله- لا يفتأ يذكر المؤرخ ويثني على جهوده", "q")]


def test_speech_runs_to_the_next_verb_of_saying() -> None:
    src = ('وعن ظاهرة التطرف قال "[الحمراني](PER:h)" القضاء على «التطرف» يكون بالمزيد من الوعي، '
           'ووصف "[الحمراني](PER:h)" تجربته في المجلس بأنها من أجمل المحطات.')
    assert run(src) == [("direct", "القضاء على «التطرف» يكون بالمزيد من الوعي", "h"),
                        ("indirect", "من أجمل المحطات", "h")]


def test_no_speech_without_the_marks_or_before_a_time() -> None:
    assert run('وقال [الحمراني](PER:h) خادم الحرمين لا يفتأ يذكر المؤرخ.') == []
    src = 'وقال "[الحمراني](PER:h)" الليلة في حديث تلفزيوني إن الحملة مستمرة.'
    assert run(src) == [("indirect", "الحملة مستمرة", "h")]


def test_an_office_word_in_marks_with_no_one_named_in_full_is_no_name() -> None:
    assert run('وقال "[القاضي](PER:q)" الحكم سيصدر قريبا في القضية.') == []
