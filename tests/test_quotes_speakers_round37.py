"""Speakers of round 37 (fresh-text audit, sp37), on invented sentences.

- A clause about a text right after a statement noun («بيانا صحفيا جاء فيه:», «رسالة جاء فيها»)
  gives the words of the statement's issuer when the article names him («حيث نشر [X] بيانا صحفيا
  جاء فيه: …»: X), not those of whoever spoke before it in the sentence; with no issuer known the
  subject of the clause goes on as before. Sending a statement («أرسل», «بعثت»: speaker_clauses
  issue_verb rows) is issuing it.
- A bulletin («نشرة», speaker_references kind statement) speaks for the body that issues it.
- A speaker described again by the head word of the words that described the last quotation's
  speaker («وقال المواطن [مانع ملفي] …» then «وأضاف [المواطن] أن»: a name the tagger missed) is
  given by those fuller words and their place, passing over a quotation given to nobody.
- A person named right after «حسب» that follows quoted words («…»، حسب السيدة [X]») is whose the
  words are: a verb that goes on without a subject after it («وتضيف:») is that person's, not the
  last one a verb of saying named; a body there («”وفقا لرويترز») only carried the words.
"""

from __future__ import annotations

from marsad.steps.quotes import quotes
from tests.test_quotes_units import marked, run


def test_a_text_clause_gives_the_words_of_the_statement_issuer_not_the_last_speaker() -> None:
    got = run("قال [فهد السالم](PER:fahd) إن الإمكانات كبيرة، حيث نشر [خالد العمري](PER:khalid) "
              "بيانا صحفيا جاء فيه: المتابع للمسلسل يلاحظ الجهود الكبيرة.")
    assert got[-1] == ("direct", "المتابع للمسلسل يلاحظ الجهود الكبيرة", "khalid")
    got = run("أكد [فهد السالم](PER:fahd) أن الموسم ناجح، فيما وزعت [الهيئة العامة للرياضة](ORG:gsa) "
              "بيانا جاء فيه أن الملاعب جاهزة.")
    assert got[-1] == ("indirect", "الملاعب جاهزة", "gsa")


def test_a_text_clause_with_no_issuer_known_goes_on_with_the_speaker() -> None:
    got = run("قال [فهد السالم](PER:fahd) إن الإمكانات كبيرة، حيث نشر بيانا صحفيا جاء فيه: "
              "المتابع للمسلسل يلاحظ الجهود الكبيرة.")
    assert got[-1][2] == "fahd"
    got = run("وختم [فهد السالم](PER:fahd) حديثه بقوله: \"الجهود كبيرة\".")
    assert got[-1][2] == "fahd"


def test_sending_a_statement_is_issuing_it() -> None:
    got = run("قال [فهد السالم](PER:fahd) إن الإمكانات كبيرة، حيث أرسل [خالد العمري](PER:khalid) "
              "بيانا صحفيا جاء فيه: المتابع للمسلسل يلاحظ الجهود الكبيرة.")
    assert got[-1] == ("direct", "المتابع للمسلسل يلاحظ الجهود الكبيرة", "khalid")
    got = run("وقال [فهد السالم](PER:fahd) إن الموسم ناجح. وبعثت [الهيئة العامة للرياضة](ORG:gsa) رسالة "
              "إلى الأندية أكدت فيها أن الملاعب جاهزة. وأضافت الرسالة أن الجماهير مرحب بها.")
    assert [q[2] for q in got] == ["fahd", "gsa", "gsa"]


def test_a_bulletin_speaks_for_the_body_that_issues_it() -> None:
    got = run("وكشفت النشرة الإحصائية التي تصدرها دوريا [مؤسسة النقد العربي السعودي](ORG:sama) عن "
              "ارتفاع عدد أجهزة الصرف الآلي. وفي السياق ذاته أشارت النشرة إلى أن قيمة السحب ارتفعت.")
    assert got[-1] == ("indirect", "قيمة السحب ارتفعت", "sama")


def _described(src: str) -> list[tuple[str | None, str | None, tuple[int, int] | None]]:
    art = marked(src)
    quotes.func(art)
    return [(q.attrs.speaker, q.attrs.speaker_text, q.attrs.speaker_at) for q in art.layer("quotes")]


def test_a_head_word_again_is_given_by_the_fuller_words_that_described_him() -> None:
    text = ("وقال المواطن مانع ملفي لـ\"سبق\" إنه اشترى وجبة فاسدة، مضيفا أنه قدم بلاغا. "
            "وأضاف المواطن أن الأمانة أبلغته بتغريم المركز.")
    first = (text.index("المواطن"), text.index("ملفي") + 4)
    got = _described(text)
    assert got[0] == (None, "المواطن مانع ملفي", first)
    assert got[-1] == (None, "المواطن مانع ملفي", first)


def test_a_head_word_after_a_named_speaker_or_another_description_stays_itself() -> None:
    text = ("وقال المواطن مانع ملفي إن الوجبة فاسدة. وقال [فهد السالم](PER:fahd) إن التحقيق جار. "
            "وأضاف المواطن أن الأمانة أبلغته.")
    assert _described(text)[-1][1] == "المواطن"
    assert _described("وقال المسؤول الحكومي إن الخطة جاهزة. وأضاف المتحدث أن التنفيذ يبدأ غدا.")[-1][1] \
        == "المتحدث"
    assert [d[1] for d in _described("وقالت مصادر أمنية إن الهجوم فشل. وأضافت المصادر أن التحقيق جار.")] \
        == ["مصادر أمنية", "المصادر"]


def test_a_person_named_after_hasab_is_the_one_a_verb_goes_on_with() -> None:
    got = run("وقالت [سارة دويل](PER:doyle) إن الدين يتراكم بسرعة. والحل بسيط «فجهاز الحاسب يخبرك بمقدار "
              "الدين»، حسب السيدة [كيم ليو](PER:liu) التي سددت ديونها. وتضيف: «كان لذلك صدى كبير».")
    assert got[-1] == ("direct", "كان لذلك صدى كبير", "liu")


def test_a_body_after_hasab_does_not_take_the_words_on() -> None:
    got = run("وقالت [سارة دويل](PER:doyle) إن الدين يتراكم بسرعة. والحل بسيط «فجهاز الحاسب يخبرك بمقدار "
              "الدين»، حسب [رويترز](ORG:reuters). وتضيف: «كان لذلك صدى كبير».")
    assert got[-1] == ("direct", "كان لذلك صدى كبير", "doyle")
