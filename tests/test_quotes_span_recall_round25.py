"""Quotation spans of round 25 (issue 15), on invented sentences.

- A call is what was said: «دعا X (Y) إلى [...]» (the perfect and present of دعا with إلى, before
  a verbal noun: not «مبعوث الأمم المتحدة إلى اليمن», nor «إلى زيارة عدن», an invitation), and
  «دعا X Y [للتنسيق ...]» with a proclitic ل on a verbal noun past the one called (quote_objects
  «ل+»); not ل on a name or a people («دعا X لحماس»), nor the present with ل («أمر يدعو للغبطة»).
- A verb of quote_objects right after الذي / التي on a person or body named right before the
  pronoun takes its object as a participle does («ميركل التي دعت الحكومة إلى [...]»); not a
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


def test_a_call_with_ila_past_the_one_called() -> None:
    got = run("ودعا الرئيس [هادي](PER:hadi) الصين إلى دعم جهود إعادة البناء وتقديم المساعدات لليمن.")
    assert [(k, t) for k, t, _ in got] == [("indirect", "دعم جهود إعادة البناء وتقديم المساعدات لليمن")]


def test_a_present_call_with_ila() -> None:
    got = run("وتدعو [تركيا](LOC:turkey) منذ فترة طويلة الى تشديد الرقابة على الحدود مع سوريا.")
    assert [t for _, t, _ in got] == ["تشديد الرقابة على الحدود مع سوريا"]


def test_ila_before_no_verbal_noun_opens_no_call() -> None:
    got = run("ودعا الرئيس [هادي](PER:hadi) خلال لقائه مبعوث الأمم المتحدة إلى [اليمن](LOC:yemen) "
              "[ولد الشيخ](PER:ould) الى زيارة محافظة [عدن](LOC:aden) قريبا.")
    assert got == []


def test_a_call_with_lam_on_a_verbal_noun() -> None:
    got = run("ودعا [القحطاني](PER:qahtani) الجمعيات والمؤسسات الوطنية للتنسيق فيما بينها "
              "لمراقبة الانتخابات في كل منطقة.")
    assert [t for _, t, _ in got] == ["للتنسيق فيما بينها لمراقبة الانتخابات في كل منطقة"]


def test_lam_on_a_name_opens_no_call() -> None:
    assert run("ودعا [أبو مرزوق](PER:marzouk) نائب رئيس المكتب السياسي لحماس الفصائل كلها.") == []


def test_the_present_with_lam_opens_nothing() -> None:
    assert run("وهذا أمر يدعو للغبطة والسرور في نفوس الجميع هذا العام.") == []


def test_a_named_relative_verb_takes_its_object() -> None:
    got = run("والتقى الوزير المستشارة [أنجيلا ميركل](PER:merkel) التي دعت الحكومة التركية إلى "
              "عدم التخلي عن عملية السلام مع الأكراد.")
    assert [t for _, t, _ in got] == ["عدم التخلي عن عملية السلام مع الأكراد"]


def test_a_conjoined_relative_is_the_earlier_antecedents() -> None:
    got = run("ووافق المجلس على القرار الذي قدمه رئيس الحكومة [حيدر العبادي](PER:abadi) والذي "
              "طالب فيه بعدد من الأمور في مقدمتها إلغاء مناصب نواب الرئيس.")
    assert got == []


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


def test_a_hollow_verbs_verbal_noun_is_called_for() -> None:
    got = run("وتدعو [تركيا](LOC:turkey) منذ فترة طويلة الى إقامة منطقة حظر طيران في شمال سوريا.")
    assert [t for _, t, _ in got] == ["إقامة منطقة حظر طيران في شمال سوريا"]


def test_a_body_of_that_shape_is_no_call() -> None:
    assert run("ودعا [هادي](PER:hadi) المبعوث الأممي إلى إدارة الجامعة في المدينة أمس.") == []
