"""Near-duplicates: wire copy, lightly edited and cut-short versions share a group."""

from __future__ import annotations

import numpy as np
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.model import Article, Corpus, Published
from marsad.steps.dedup import dedup
from marsad.stories.neardup import _identity, containment, sketch
from marsad.stories.text import shingles, words

# Invented sentences (not from any corpus).
WIRE = (
    "أعلنت وزارة الصحة في المدينة الساحلية اليوم افتتاح مستشفى جديد للأطفال يضم مئتي سرير "
    "ومركزا متخصصا لعلاج الأمراض النادرة وقال المدير العام للمستشفى إن المرحلة الأولى من "
    "التشغيل ستبدأ مطلع الشهر المقبل بطاقم طبي من الكوادر الوطنية وأضاف أن المشروع استغرق "
    "ثلاث سنوات من العمل المتواصل بتكلفة بلغت نحو أربعمئة مليون ريال وأن الوزارة تخطط لافتتاح "
    "مستشفيين آخرين في المنطقة الشمالية والجنوبية خلال العامين المقبلين لتلبية الطلب المتزايد "
    "على الخدمات الصحية المتخصصة للأطفال في المحافظات البعيدة عن المدن الكبرى"
)
OTHER = (
    "فاز الفريق الأول لكرة القدم على ضيفه بثلاثة أهداف مقابل هدف في المباراة التي جرت مساء "
    "أمس على الملعب الرئيسي أمام جمهور غفير وسجل المهاجم الشاب هدفين في الشوط الثاني بعد "
    "تمريرات متقنة من خط الوسط بينما قلص الضيوف الفارق من ركلة جزاء قبل النهاية بدقائق وبهذا "
    "الفوز يتصدر الفريق جدول الترتيب برصيد ثمانية عشر نقطة متقدما بفارق نقطتين عن أقرب منافسيه"
)


def art(text: str, url: str, date: str | None = None) -> Article:
    a = Article(path=url, text=text, url=url)
    a.published = Published(date=date, source="test")
    return a


def run(arts: list[Article]) -> dict[str, str]:
    dedup.func(Corpus(articles=arts))
    return {a.url or "": a.duplicate_group or "" for a in arts}


def test_wire_copy_from_two_outlets_is_one_group() -> None:
    g = run([art(WIRE, "a"), art(WIRE + " والله الموفق", "b"), art(OTHER, "c")])
    assert g["a"] == g["b"]
    assert g["c"] != g["a"]


def test_light_edits_and_cut_short_copies_stay_duplicates() -> None:
    edited = WIRE.replace("اليوم", "أمس").replace("نحو", "قرابة")
    cut = " ".join(WIRE.split()[:45])
    g = run([art(WIRE, "a"), art(edited, "b"), art(cut, "c"), art(OTHER, "d")])
    assert g["a"] == g["b"] == g["c"]
    assert g["d"] not in {g["a"]}


def test_a_different_article_on_the_same_subject_is_not_a_duplicate() -> None:
    rewritten = (
        "افتتحت السلطات الصحية مستشفى للأطفال في المدينة الساحلية بسعة مئتي سرير وقالت مصادر "
        "إن المستشفى سيعالج الأمراض النادرة وإن العمل فيه يبدأ الشهر المقبل"
    )
    g = run([art(WIRE, "a"), art(rewritten, "b")])
    assert g["a"] != g["b"]


def test_the_sketch_is_datasketchs_own() -> None:
    hs = shingles(words(WIRE))
    ref = MinHash(num_perm=128, seed=1, hashfunc=_identity)
    ref.update_batch(hs.tolist())
    assert np.array_equal(sketch(hs).hashvalues, ref.hashvalues)


def test_containment_of_a_copy_cut_to_a_third_is_full() -> None:
    # |A| = 30 inside |B| = 90: Jaccard 1/3
    assert abs(containment(1 / 3, 30, 90) - 1.0) < 1e-9
    assert containment(0.0, 30, 90) == 0.0


@settings(max_examples=20, deadline=None)
@given(st.permutations(list(range(4))))
def test_groups_do_not_depend_on_input_order(order: list[int]) -> None:
    texts = [(WIRE, "a", "2024-01-02"), (WIRE + " انتهى", "b", "2024-01-03"),
             (OTHER, "c", "2024-01-02"), (OTHER + " انتهى", "d", None)]
    arts = [art(*texts[i]) for i in order]
    g = run(arts)
    assert g["a"] == g["b"] and g["c"] == g["d"] and g["a"] != g["c"]
    baseline = run([art(*t) for t in texts])
    assert g == baseline


def test_a_short_line_quoted_inside_a_long_article_is_not_its_duplicate() -> None:
    line = " ".join(WIRE.split()[:8])
    g = run([art(WIRE, "a"), art(line, "b"), art(line, "c")])
    assert g["b"] != g["a"]
    assert g["b"] == g["c"]  # two copies of the same short line are


def test_two_parts_of_a_series_are_never_near_duplicates() -> None:
    """«(3)» and «(4)» of one memoir share their introduction: a series, not one text."""
    from marsad.stories.neardup import NearDuplicates, make_doc
    from marsad.stories.series import series_part
    from marsad.stories.text import words

    intro = ("تنشر الصحيفة على حلقات مذكرات الفنانة الراحلة التي روت فيها سيرتها منذ طفولتها في "
             "القاهرة حتى سنواتها الأخيرة، كما كتبتها بخط يدها وسلمتها للناشر قبل رحيلها بعام. ")
    part3 = intro + "وفي هذه الحلقة تروي قصة أول دور لها في السينما وهي في التاسعة من عمرها."
    part4 = intro + "وتحكي في هذه الحلقة عن زواجها الأول وانتقالها إلى الإسكندرية وعملها في المسرح."
    assert series_part("مذكرات الفنانة (3)") == 3 and series_part("الحلقة الرابعة: الزواج") == 4
    for parts, expected in (((3, 4), []), ((None, None), ["a"])):
        nd = NearDuplicates()
        nd.add(make_doc("a", words(part3), "2015-07-20", parts[0]))
        assert nd.add(make_doc("b", words(part4), "2015-07-21", parts[1])) == expected
