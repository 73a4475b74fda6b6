"""Orders with their content (quote_objects «ب*», quote_sent_objects.tsv, issue 15 round 45), on
invented sentences: «أمر/وجّه X (Y) بـ» + a verbal noun is an `indirect` quotation of X from the
verbal noun (the guide's round-44 ruling); a thing sent («وجه اتهامات بـ…», «وجه رسالة»), the noun
«أمر» («أمر ملكي بتعيين», «وجود أمر سامي بالبدء») and the noun «وجه» give none."""

from __future__ import annotations

import pytest

from marsad.events.quote_object_heads import sent_object
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quotes_units import run


@pytest.mark.parametrize(("sentence", "said", "speaker"), [
    ("وأمرت القاضية [دوللي جي](PER:g) المسؤولين في الإدارة بتقديم الحجج عن سبب رفض الطلب.",
     "بتقديم الحجج عن سبب رفض الطلب", "g"),
    ("ووجه وزير الصحة [خالد الفالح](PER:k)، 12 مستشفى حكوميا بإيقاف جميع العمليات غير العاجلة.",
     "بإيقاف جميع العمليات غير العاجلة", "k"),
    ("وكان الحاكم [جيري براون](PER:j) أمر في وقت سابق بتنكيس الأعلام على المباني الحكومية.",
     "بتنكيس الأعلام على المباني الحكومية", "j"),
    ("وأمر العميد [سامي نصر](PER:s)، مدير أمن المدينة، بإخطار النيابة العامة بالواقعة.",
     "بإخطار النيابة العامة بالواقعة", "s"),
    # «أوعز X بـ» (round 47's ruling; quotes-dev-fresh27 29715)
    ("وأوعز رئيس الوزراء [حيدر العبادي](PER:h) بإغلاق المطارات أمام جميع المسؤولين المتهمين.",
     "بإغلاق المطارات أمام جميع المسؤولين المتهمين", "h"),
])
def test_an_order_with_a_verbal_noun_is_a_quotation_of_who_gave_it(sentence: str, said: str,
                                                                    speaker: str) -> None:
    assert run(sentence) == [("indirect", said, speaker)]


def test_an_order_past_a_long_subject_is_found() -> None:
    got = run("ووجّه صاحب السمو الملكي الأمير [محمد بن نايف بن عبدالعزيز](PER:m) ولي العهد نائب رئيس "
              "مجلس الوزراء وزير الداخلية بتأمين حافلات لنقل الحجاج المتأخرين إلى مكة المكرمة.")
    assert got == [("indirect", "بتأمين حافلات لنقل الحجاج المتأخرين إلى مكة المكرمة", "m")]


@pytest.mark.parametrize("sentence", [
    "ووجهت السلطات الكويتية اتهامات بالإرهاب لعشرين شخصا في القضية.",
    "وصدر أمر ملكي بتعيين الأمير سلطان رئيسا للهيئة العامة للسياحة.",
    "وقد أحاط المجلس علما بما ورد في التقرير ووجه حياله بما رآه.",
    "وأنجز الفريق العمل على أكمل وجه بتنظيم الحفل في موعده.",
    "ويتطلب ذلك أغلبية الثلثين في المجلس، وهو أمر يعتبر بالتأكيد غير مرجح.",
])
def test_no_order_is_given(sentence: str) -> None:
    assert run(sentence) == []


@pytest.mark.parametrize("row", load_table("quote_sent_objects"), ids=lambda r: r["form"])
def test_each_sent_object_is_read_with_its_conjunction_and_article(row: dict[str, str]) -> None:
    for text in ("و" + row["form"], "ال" + row["form"]):
        assert sent_object(next(iter(words_of(text, 0, len(text))))), text
    got = run(f"ووجه الوزير [خالد](PER:k) {row['form']} بإيقاف المشروع في المدينة.")
    assert got == [], row["form"]
