"""Quotation spans of round 25 (issue 15), on invented sentences.

- A verb of quote_objects right after الذي / التي on a person or body named right before the
  pronoun takes its object as a participle does («ميركل التي أكدت [ضرورة ...]»); not a
  relative conjoined to an earlier one («والذي»), nor one whose clause has a complementizer.
- Marked words before whom they were told to («كشف قائد القوة "اللواء X"، لـ"سبق"») are the
  subject's name, no quotation; the speech after them is found.
- A verse or a hadith in doubled parentheses «(( … ))» or ornate ones «﴿ … ﴾» is a quotation.
- The إفعال of a hollow verb («إقامة», «إعادة») is a verbal noun (quote_object_templates «إفالة»),
  not the nouns of that shape that are no verbal noun («إدارة», «إمارة»: bodies; «إجازة»).
"""

from __future__ import annotations

from marsad.lang.marks import verse_pairs
from tests.test_quotes_units import run


def test_a_named_relative_verb_takes_its_object() -> None:
    got = run("والتقى الوزير المستشارة [أنجيلا ميركل](PER:merkel) التي أكدت ضرورة عدم التخلي عن عملية "
              "السلام مع الأكراد.")
    assert [t for _, t, _ in got] == ["ضرورة عدم التخلي عن عملية السلام مع الأكراد"]


def test_a_conjoined_relative_on_the_medium_is_the_name_s_before_it() -> None:
    # round 25 read it as the resolution's, no speaker; round 48's ruling reads the demand «فيه» (in
    # the resolution) as the one who gave it, the name before «والذي» (quotes-dev-fresh4 28290)
    got = run("ووافق المجلس على القرار الذي قدمه رئيس الحكومة [حيدر العبادي](PER:abadi) والذي "
              "طالب فيه بعدد من الأمور في مقدمتها إلغاء مناصب نواب الرئيس.")
    assert [s for _, _, s in got] == ["abadi"]


def test_a_relative_after_a_noun_that_is_no_name_takes_no_object() -> None:
    assert run("وجاء ذلك في الوقت الذي أكد فيه المجلس ضرورة الالتزام بالمواعيد المحددة.") == []


def test_marked_name_before_the_hearer_is_no_quotation() -> None:
    got = run('كشف قائد القوة "اللواء الركن فهد بن سعد العلي"، لـ"سبق"؛ ما جرى له في الحادث أمس.')
    assert "اللواء الركن فهد بن سعد العلي" not in [t for _, t, _ in got]


def test_marked_office_and_name_before_the_hearer() -> None:
    got = run("وقال المتحدث الرسمي لشركة المطارات “المشغل التجاري لمطار المدينة الدولي”، "
              "“خالد الحربي” لـ “عين اليوم” إن المطار بدأ يستقبل رحلات جديدة.")
    assert [t for _, t, _ in got] == ["المطار بدأ يستقبل رحلات جديدة"]


def test_doubled_parentheses_quote_a_verse() -> None:
    got = run("وقال تعالى (( يا أيها الذين آمنوا أوفوا بالعقود )) في محكم التنزيل.")
    assert [(k, t) for k, t, _ in got] == [("direct", "يا أيها الذين آمنوا أوفوا بالعقود")]


def test_verse_pairs_read_doubled_and_ornate_parentheses() -> None:
    text = "قال تعالى (( وأوفوا بالعهد )) وقال ﴿ولا تقربوا مال اليتيم﴾ والمعنى (واحد)."
    assert [text[s:e].strip() for s, e in verse_pairs(text)] == ["وأوفوا بالعهد", "ولا تقربوا مال اليتيم"]


def test_a_hollow_verbs_verbal_noun_is_announced() -> None:
    got = run("وأعلنت [الوزارة](ORG:moi) عن إعادة فتح المنفذ الحدودي أمام المسافرين.")
    assert [t for _, t, _ in got] == ["إعادة فتح المنفذ الحدودي أمام المسافرين"]


def test_a_body_of_that_shape_is_not_what_was_announced() -> None:
    assert run("وأعلنت [الوزارة](ORG:moi) عن إدارة الجامعة في المدينة أمس.") == []
