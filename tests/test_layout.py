"""Layout (stages/layout.py): hard wraps rejoined, long lines judged piece by piece and
merged back, on invented articles in their original, one-line and hard-wrapped forms."""

from __future__ import annotations

import textwrap

from marsad.clean.layout import line_spans, logical_lines, wrap_width
from marsad.clean.segment import label_segments
from marsad.model import Article

TITLE = "الحكومة تقر خطة جديدة لدعم المزارعين في المناطق الشمالية"
S1 = ("أقر مجلس الوزراء في جلسته الأسبوعية أمس خطة جديدة لدعم المزارعين في المناطق الشمالية، "
      "تشمل قروضاً ميسرة وتوزيع بذور محسنة على صغار المنتجين.")
S2 = ("وقال وزير الزراعة في مؤتمر صحافي عقب الجلسة إن الخطة تستهدف رفع الإنتاج المحلي من القمح "
      "بنسبة عشرين في المئة خلال ثلاث سنوات.")
S3 = ("وأضاف الوزير أن الوزارة ستفتح باب التسجيل للمستفيدين مطلع الشهر المقبل عبر مكاتبها في "
      "المحافظات وعبر موقعها الإلكتروني.")
S4 = ("وأشار إلى أن الحكومة رصدت لهذا البرنامج مبلغاً إضافياً في موازنة العام المقبل، على أن "
      "تراجع نتائجه في نهاية كل موسم زراعي.")
BODY = [S1, S2, S3, S4]


def _roles(text: str, title: str | None = None) -> list[tuple[str, str]]:
    art = Article(path="t.txt", text=text, title=title)
    return [(s.label, s.slice(text)) for s in label_segments(art)]


def _wrapped(text: str, width: int = 70) -> str:
    return "\n".join(textwrap.wrap(text.replace("\n", " "), width))


def test_a_hard_wrapped_article_is_one_logical_line_again() -> None:
    flat = " ".join([TITLE, *BODY])
    wrapped = _wrapped(flat)
    assert wrap_width(wrapped, line_spans(wrapped)) is not None
    assert logical_lines(wrapped) == [(0, len(wrapped))]


def test_ordinary_paragraphs_and_short_lists_are_not_taken_for_a_wrap() -> None:
    text = "\n".join([TITLE, *BODY])
    assert wrap_width(text, line_spans(text)) is None
    items = "\n".join(f"- {w} المطالب الأساسية" for w in (
        "تخفيض أسعار الأسمدة", "زيادة", "تعويض المتضررين من موجة الجفاف في الموسم الماضي",
        "حفر آبار جديدة", "إنشاء مخازن للحبوب في كل محافظة", "تدريب"))
    assert wrap_width(items, line_spans(items)) is None  # narrower than a wrap, ends a line each


def test_body_sentences_of_one_line_stay_one_body_segment() -> None:
    line = " ".join(BODY)
    roles = _roles(f"{TITLE}\n{line}\n")
    assert roles == [("title", TITLE), ("body", line)]


def test_a_flattened_page_finds_its_headline_and_keeps_its_body_whole() -> None:
    text = f"{TITLE}  {' '.join(BODY)}"
    roles = _roles(text)
    assert roles[0] == ("title", TITLE)
    assert [r for r, _ in roles] == ["title", "body"]


def test_a_known_title_glued_to_the_body_is_cut_off() -> None:
    text = f"{TITLE} {' '.join(BODY)}"
    roles = _roles(text, title=TITLE)
    assert roles == [("title", TITLE), ("body", " ".join(BODY))]


def test_an_opening_repeated_right_after_itself_is_the_headline_and_its_copy() -> None:
    text = f"{TITLE} {TITLE} {' '.join(BODY)}"
    roles = _roles(text)
    assert roles[0] == ("title", TITLE)
    assert roles[1] == ("boilerplate", TITLE)
    assert roles[2] == ("body", " ".join(BODY))


def test_an_english_post_inside_a_flattened_arabic_page_is_an_embed() -> None:
    post = "Minister visits the northern farms today and meets local growers pic.twitter.com/Ab12Cd"
    text = f"{TITLE}  {S1} {S2} {post} {S3} {S4}"
    roles = _roles(text)
    assert ("embed", post) in roles, roles
    assert ("body", f"{S3} {S4}") in roles and ("body", f"{S1} {S2}") in roles


def test_chrome_after_the_last_sentence_of_a_flattened_page_is_dropped() -> None:
    tail = "تابع القراءة المصادر: وكالة الأنباء Close"
    text = f"{TITLE}  {' '.join(BODY)} {tail}"
    roles = _roles(text)
    assert roles[-1][0] != "body" and all(t not in tail for r, t in roles if r == "body")
    assert ("body", " ".join(BODY)) in roles


def test_the_wrapped_and_flat_forms_label_the_same_text() -> None:
    text = "\n\n".join([TITLE, *BODY])  # a blank line after the headline, as pages have
    flat = text.replace("\n", " ")
    wrapped = _wrapped(flat)
    for variant in (flat, wrapped):
        roles = _roles(variant)
        assert roles[0] == ("title", TITLE)
        body = " ".join(t for r, t in roles if r == "body")
        assert " ".join(body.split()) == " ".join(BODY)


ITEMS = [("* أثينا - «الوكالة»:", S1), ("* القاهرة - «الوكالة»:", S2)]


def test_a_roundup_s_bulleted_datelines_are_cut_off_in_every_layout() -> None:
    """A roundup of short news items, each opening «* CITY - «OUTLET»:»: each item's dateline
    is a dateline and its text stays body, also once flattened (the bullet marks where the
    line break was) or hard-wrapped."""
    text = "\n".join([TITLE, *(f"{d} {s}" for d, s in ITEMS), S3])
    for variant in (text, text.replace("\n", " "), _wrapped(text.replace("\n", " "))):
        roles = _roles(variant)
        assert [" ".join(t.split()) for r, t in roles if r == "dateline"] == [d for d, _ in ITEMS], variant
        body = " ".join(" ".join(t.split()) for r, t in roles if r == "body")
        assert all(" ".join(s.split()) in body for s in (S1, S2, S3))


def test_a_star_that_is_no_bullet_cuts_nothing() -> None:
    line = f"{S1} وبلغ الناتج 5 * 3 ملايين {S2}"
    assert _roles(line) == [("body", line)]


def test_a_bullet_left_at_a_wrapped_line_s_end_still_opens_its_item() -> None:
    """A hard wrap can leave an item's bullet at the end of the line before it
    («… الشمالية *⏎أثينا - «الوكالة»: …»): the item's dateline is still cut off."""
    head = "وأشار إلى أن الحكومة رصدت لهذا البرنامج مبلغاً إضافياً *"
    flat = " ".join([head[:-2], *(f"{d} {s}" for d, s in ITEMS), S3, S4])
    text = _wrapped(flat, len(head))  # the first line ends on the bullet
    assert "*\nأثينا" in text and logical_lines(text) == [(0, len(text))]
    datelines = [" ".join(t.split()) for r, t in _roles(text) if r == "dateline"]
    assert datelines == [d for d, _ in ITEMS]
