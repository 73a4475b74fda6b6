"""Quotation spans of round 27 (issue 15), on invented sentences.

- وصف with its object pronoun «ه» (وصفه, وصفته, وصفوه) is a verb of saying: its بأن clause is
  its own quotation, not the clause of an earlier verb of saying in the sentence, whose noun
  object is then found too («أكد X [ضرورة ...] ووصفه بأنه [...]»).
- طالب with the one asked as its object pronoun (طالبه, طالبته, طالبوه) takes the demand after ب
  right after it («وطالبته [بالكف عن ...]»).
- أوصى takes its advice after ب past the one advised, هدد its threat after ب, تساءل its question
  after عن.
- A name noun before marks names what they hold only with nothing but a space between: after a
  comma («على لسان اللاعب، "..."») the marked words are speech.
- A warning with a noun object («حذر X من [التجمهر ...]») is an attitude, no quotation; with a
  complementizer («حذر من أن ...») it is reported speech.
- An object headed by a noun of quote_object_heads may be two words, the noun and its complement
  («أعلن الحزب [وفاة دربالة]»); other noun objects still need three.
"""

from __future__ import annotations

from tests.test_quotes_units import run


def test_described_with_an_object_pronoun_has_its_own_clause() -> None:
    got = run("وأكد النائب [سعيد الخطيب](PER:khatib) ضرورة التمسك باتفاق السلام ووصفه بأنه خط أحمر "
              "لا يجوز المس به.")
    assert [t for _, t, _ in got] == ["ضرورة التمسك باتفاق السلام", "خط أحمر لا يجوز المس به"]


def test_feminine_describer_with_an_object_pronoun() -> None:
    got = run("وانتقدت السناتور [دايان فاينستاين](PER:feinstein) البرنامج ووصفته بأنه عرضة للاستغلال "
              "من الجماعات المتطرفة.")
    assert [t for _, t, _ in got] == ["عرضة للاستغلال من الجماعات المتطرفة"]


def test_a_demand_after_the_asked_as_a_pronoun() -> None:
    got = run("واستنكرت [البحرين](LOC:bahrain) التصريحات وطالبته بالكف عن مثل هذه التصريحات "
              "والالتزام بمبادئ حسن الجوار.")
    assert [t for _, t, _ in got] == ["بالكف عن مثل هذه التصريحات والالتزام بمبادئ حسن الجوار"]


def test_advice_after_the_one_advised() -> None:
    got = run("وأوصى [الشيخ علي الحذيفي](PER:hudhaifi) كل امرئ مسلم بإصلاح دنياه بكسب الحلال "
              "وإنفاقه في الخير.")
    assert [t for _, t, _ in got] == ["بإصلاح دنياه بكسب الحلال وإنفاقه في الخير"]


def test_a_threat_after_its_subject() -> None:
    got = run("وهدد [مجلس الأمن](ORG:unsc) بعواقب لمثل هذه الهجمات قد تشمل عقوبات.")
    assert [t for _, t, _ in got] == ["بعواقب لمثل هذه الهجمات قد تشمل عقوبات"]


def test_a_question_about() -> None:
    got = run("وكان [فريمبونغ](PER:frimpong) تساءل عقب طرده عن كيفية تنظيم روسيا لحدث كبير مثل كأس العالم.")
    assert [t for _, t, _ in got] == ["كيفية تنظيم روسيا لحدث كبير مثل كأس العالم"]


def test_marks_after_a_name_noun_and_a_comma_are_speech() -> None:
    got = run('وقالت [الصحيفة](ORG:paper) على لسان اللاعب، "بالفعل اتفقت مع النصر على الانضمام لهم".')
    assert [t for _, t, _ in got] == ["بالفعل اتفقت مع النصر على الانضمام لهم"]
    assert run('وقال المدرب إن اللاعب "محمد الأحمد سالم" سيغيب عن المباراة.') == [
        ("indirect", 'اللاعب "محمد الأحمد سالم" سيغيب عن المباراة', None)]


def test_a_warning_with_a_noun_object_is_no_quotation() -> None:
    assert run("وحذر [آل جرمان](PER:jarman) الأهالي من التجمهر أو الاقتراب من مواقع سقوط المقذوفات.") == []
    got = run("وحذر [آل جرمان](PER:jarman) من أن التجمهر قرب مواقع سقوط المقذوفات خطر على الأهالي.")
    assert [t for _, t, _ in got] == ["التجمهر قرب مواقع سقوط المقذوفات خطر على الأهالي"]


def test_a_headed_object_of_two_words() -> None:
    got = run("وأعلن [حزب البناء والتنمية](ORG:party) وفاة دربالة.")
    assert [t for _, t, _ in got] == ["وفاة دربالة"]
    assert run("وأكد [الحزب](ORG:party) صدق الخبر.") == []
