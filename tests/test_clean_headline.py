"""Cleaning on the shapes the dev-only junk gold (tests/data/realtext/junk_dev.jsonl) showed:
a wire service's section label before the headline, a one-word outlet's byline glued to the
text of a flattened page, and a byline naming two places."""

from __future__ import annotations

import pytest

from marsad.clean.cues import load_cues
from marsad.clean.headline import without_section_label
from marsad.clean.segment import label_segments
from marsad.model import Article

BODY = ("أعلنت وزارة الصحة اليوم تسجيل ثلاث حالات جديدة في المنطقة الشرقية، مؤكدة أن الحالات "
        "مستقرة وأن الفرق الطبية تتابعها على مدار الساعة.")
BODY2 = "وأضافت الوزارة أن الفحوص شملت جميع المخالطين في الأحياء المجاورة خلال الأيام الماضية."


@pytest.mark.parametrize(("title", "headline"), [
    ("عام / مسلحون يحرقون مدرسة حكومية", "مسلحون يحرقون مدرسة حكومية"),
    ("اجتماعي  / جمعية تختتم دورتها", "جمعية تختتم دورتها"),
    ("اقتصادي | ارتفاع المؤشر العام", "ارتفاع المؤشر العام"),
    # not a desk's name: the slash is the headline's own
    ("بالصور / افتتاح المعرض", "بالصور / افتتاح المعرض"),
    ("الرياض / جدة: رحلات إضافية", "الرياض / جدة: رحلات إضافية"),
    ("عام", "عام"),
])
def test_a_section_label_is_cut_off_the_headline(title: str, headline: str) -> None:
    assert without_section_label(title, load_cues()) == headline


def test_the_article_title_loses_its_section_label() -> None:
    art = Article(path="t.jsonl#0", text=f"{BODY}\n{BODY2}\n", title="رياضي / المنتخب يختتم معسكره")
    label_segments(art)
    assert art.title == "المنتخب يختتم معسكره"


def _roles(text: str) -> list[tuple[str, str]]:
    art = Article(path="t.txt", text=text, title="عنوان الخبر")
    return [(s.label, s.slice(text)) for s in label_segments(art)]


def test_a_one_word_outlet_byline_glued_to_the_text_is_cut_off() -> None:
    roles = _roles(f"الرياضي ـ الرياض {BODY} {BODY2}")
    assert roles[0] == ("dateline", "الرياضي ـ الرياض"), roles
    assert roles[1][0] == "body" and roles[1][1].startswith("أعلنت"), roles


def test_a_one_word_opening_then_a_dash_aside_stays_body() -> None:
    text = f"الحكومة – ممثلة في وزارة المالية – أعلنت اليوم خطة جديدة للدعم. {BODY2}"
    assert all(r == "body" for r, _ in _roles(text))


def test_a_byline_naming_two_places_is_a_dateline() -> None:
    roles = _roles(f"عين اليوم – مكة المكرمة / المدينة المنورة\n{BODY}\n{BODY2}\n")
    assert roles[0] == ("dateline", "عين اليوم – مكة المكرمة / المدينة المنورة"), roles


@pytest.mark.parametrize("credit", [
    "ـ خاص بـ«الشرق الأوسط»",  # a lone tatweel as the dash before it
    "* خدمة: {نيويورك تايمز}",
    "* مجلة «فورين بوليسي»",
])
def test_a_syndication_credit_closing_the_text_is_not_body(credit: str) -> None:
    roles = _roles(f"{BODY}\n{BODY2}\n{credit}\n")
    assert ("body", credit) not in roles and roles[-1][1] == credit, roles
    assert roles[-1][0] == "meta", roles


def test_a_line_opening_with_the_wire_end_mark_and_all_after_it_are_chrome() -> None:
    roles = _roles(f"{BODY}\n{BODY2}\n-انتهى- رابط الخبر بصحيفة الوئام: عنوان الخبر\nعنوان خبر آخر\n")
    assert [r for r, _ in roles] == ["body", "body", "boilerplate", "boilerplate"], roles


def test_a_caption_label_line_is_a_caption() -> None:
    roles = _roles(f"{BODY}\n{BODY2}\nشرح الصور:\nصورة جماعية لبعثة المنتخب في تركيا\n")
    assert ("caption", "شرح الصور:") in roles, roles


def test_an_opening_line_naming_whom_the_title_quotes_is_not_body() -> None:
    text = f"فيصل الغامدي\n{BODY}\n{BODY2}\n"
    art = Article(path="t.jsonl#0", text=text, title="فيصل الغامدي: كيف جلب الأهلي كأس العالم؟")
    roles = [(s.label, s.attrs.cue, s.slice(text)) for s in label_segments(art)]
    assert roles[0] == ("meta", "title_attribution", "فيصل الغامدي"), roles
    # the same line under a title of another shape, or inside the text, is left alone
    art = Article(path="t.jsonl#0", text=text, title="كيف جلب الأهلي كأس العالم؟")
    assert label_segments(art)[0].attrs.cue != "title_attribution"
    text = f"{BODY}\nفيصل الغامدي\n{BODY2}\n"
    art = Article(path="t.jsonl#0", text=text, title="فيصل الغامدي: كيف جلب الأهلي كأس العالم؟")
    assert all(s.attrs.cue != "title_attribution" for s in label_segments(art))


def test_a_name_and_town_in_brackets_closing_the_text_is_a_signature() -> None:
    roles = _roles(f"{BODY}\n{BODY2}\nفيصل مجرشي (جدة)\n")
    assert roles[-1] == ("meta", "فيصل مجرشي (جدة)"), roles
    # a list's last item in brackets after another one is body
    items = "اللاعب أحمد الفادن (ذهبية).\nمنتخب كرة السلة (برونزية)"
    roles = _roles(f"{BODY}\n{items}\n")
    assert roles[-1] == ("body", "منتخب كرة السلة (برونزية)"), roles


def test_a_byline_with_a_bracketed_place_is_a_dateline() -> None:
    roles = _roles(f"عين اليوم – فيرجسون (ميزوري)\n{BODY}\n{BODY2}\n")
    assert roles[0] == ("dateline", "عين اليوم – فيرجسون (ميزوري)"), roles



@pytest.mark.parametrize("sep", [" ", "\n"])
def test_whom_the_title_quotes_glued_to_the_first_sentence_is_cut_off(sep: str) -> None:
    # a flattened page (sep " ") or a column whose byline lost its break: the name is meta,
    # the sentence after it stays body
    text = f"فيصل الغامدي {BODY}{sep}{BODY2}\n"
    art = Article(path="t.jsonl#0", text=text, title="فيصل الغامدي: كيف جلب الأهلي كأس العالم؟")
    roles = [(s.label, s.attrs.cue, s.slice(text)) for s in label_segments(art)]
    assert roles[0] == ("meta", "title_attribution", "فيصل الغامدي"), roles
    assert roles[1][0] == "body" and roles[1][2].startswith("أعلنت وزارة الصحة"), roles
    # the name further on in the text, or a title of another shape, leaves it alone
    art = Article(path="t.jsonl#0", text=text, title="كيف جلب الأهلي كأس العالم؟")
    assert all(s.attrs.cue != "title_attribution" for s in label_segments(art))
    text = f"{BODY}\nفيصل الغامدي {BODY2}\n"
    art = Article(path="t.jsonl#0", text=text, title="فيصل الغامدي: كيف جلب الأهلي كأس العالم؟")
    assert all(s.attrs.cue != "title_attribution" for s in label_segments(art))


def test_a_one_line_article_hard_wrapped_before_its_last_marks_keeps_its_body() -> None:
    # a hard wrap leaves «؟!» alone on the second line: the first is the text, not a headline
    text = 'ليش ما نحترم اجتماعاتنا العائلية ونكون "غير متصل" بأجهزتنا\nالالكترونية ؟!\n'
    text = text.replace("\nالالكترونية", " الالكترونية\n")
    art = Article(path="t.txt", text=text)
    roles = [(s.label, s.slice(text)) for s in label_segments(art)]
    assert roles[0][0] == "body" and art.title is None, roles
    # a headline over text is still one
    text = f"افتتاح أول شاطئ خاص بالسيدات\n{BODY}\n"
    art = Article(path="t.txt", text=text)
    assert label_segments(art)[0].label == "title" and art.title == "افتتاح أول شاطئ خاص بالسيدات"
