"""Junk glued to the article's own text, in the original layout and flattened onto one line or
hard-wrapped (as ../shared/eval/perturb.py writes them): bylines glued to the first sentence,
the writer's title or signature after the last one, a wire service's «خاص بـ…» line, a writer's
SMS contact. All texts are invented, after the shapes the SaudiNewsNet sites use; each record
opens with its headline, as a record's text does when its title field repeats it."""

from __future__ import annotations

import pytest

from marsad.clean.segment import label_segments
from marsad.model import Article
from tests.conftest import perturbed

TITLE = "الهيئة تطلق برنامجا جديدا لدعم المشاريع الصغيرة"
FIRST = ("أطلقت الهيئة العامة للمنشآت الصغيرة اليوم برنامجا جديدا لدعم رواد الأعمال في المناطق، "
         "بميزانية تتجاوز مئتي مليون ريال خلال العامين المقبلين.")
SECOND = ("وقال محافظ الهيئة في مؤتمر صحافي إن البرنامج يشمل قروضا ميسرة ودورات تدريبية "
          "واستشارات مجانية للمنشآت الناشئة في مختلف القطاعات.")
LAST = ("وأضاف أن التسجيل يبدأ مطلع الشهر المقبل عبر الموقع الإلكتروني للهيئة، وأن الطلبات "
        "ستدرس خلال ثلاثين يوما من تقديمها.")




def roles(text: str) -> list[tuple[str, str, str]]:
    """The segments of a record whose headline is known (as a SaudiNewsNet record's is)."""
    art = Article(path="t.txt", text=text, title=TITLE)
    return [(s.label, s.attrs.cue, " ".join(s.slice(text).split())) for s in label_segments(art)]


def body(rs: list[tuple[str, str, str]]) -> str:
    return " ".join(t for r, _, t in rs if r in ("body", "heading"))


LAYOUTS = ["orig", "flat", "wrap"]
BYLINES = [
    "سبق- الزلفي- (تصوير: خالد الحربي):",  # a photo credit inside the byline
    "سامي العتيبي- (تصوير: فهد الغامدي)- سبق- جدة:",
    "منى الشريف، (تصوير: علي القرني)- سبق- عدن:",  # the credit glued to the name
    "ريم سليمان- هدى العلي- سبق- جدة:",  # two writers
    "يوسف سفر، خالد الشاماني- سبق- المدينة المنورة:",  # two writers, a comma between them
    "بدر الشمري-ماجد الرفاعي-سبق-تبوك-القريات:",  # two writers, two places
    "محمد زامل ــ سبق ــ الرياض:",  # tatweels as dashes
    "سبق ـ \u00a0الرياض:",  # a no-break space after the dash
    "سعد القحطاني-\u00a0بروفايل \"سبق\":",  # the site's name quoted
    "حوار: عبدالعزيز السالم، تصوير: نايف الزهراني- سبق- الرياض:",
    "أجرى الحوار/ شقران الرشيدي- سبق- الرياض (تصوير: عبدالله النحيط):",
    "حاوره : عبدالعزيز السالم - سبق :",
    "سبق - عدن - تصوير : عبد الملك سرور:",  # the photographer's credit as the last part
]


@pytest.mark.parametrize("kind", LAYOUTS)
def test_a_labelled_byline_after_an_interviews_opening_lines_is_cut_off(kind: str) -> None:
    opening = "- البرنامج يحتاج إلى سنوات ليؤتي ثماره.\u00a0 - الدعم وحده لا يكفي."
    byline = "أجرى الحوار: شقران الرشيدي- تصوير: فايز الزيادي- سبق- الرياض:"
    rs = roles(perturbed(f"{TITLE}\n{opening} \u00a0 \u00a0{byline} {FIRST} {SECOND}\n", kind))
    assert ("dateline", "labelled_byline", byline) in rs, rs
    assert body(rs) == " ".join(f"{opening} {FIRST} {SECOND}".split())


@pytest.mark.parametrize("kind", LAYOUTS)
def test_a_photographers_credit_after_the_byline_is_cut_off_too(kind: str) -> None:
    text = f"{TITLE}\nعبدالله الراجحي- سبق- جدة: تصوير مشعل الزهراني: {FIRST}\n{SECOND}\n"
    rs = roles(perturbed(text, kind))
    assert ("dateline", "byline_dash_colon", "عبدالله الراجحي- سبق- جدة:") in rs, rs
    assert ("caption", "photo_credit_colon", "تصوير مشعل الزهراني:") in rs, rs
    assert body(rs) == f"{FIRST} {SECOND}"


@pytest.mark.parametrize("kind", LAYOUTS)
@pytest.mark.parametrize("byline", BYLINES)
def test_a_byline_ending_in_a_colon_is_cut_off_the_first_sentence(byline: str, kind: str) -> None:
    rs = roles(perturbed(f"{TITLE}\n{byline} {FIRST}\n{SECOND}\n{LAST}\n", kind))
    colon_cues = ("byline_dash_colon", "byline_names_dash_colon")
    assert any(r == "dateline" and c.endswith("byline") or c in colon_cues
               for r, c, t in rs if t == " ".join(byline.split())), rs
    assert body(rs) == f"{FIRST} {SECOND} {LAST}"


@pytest.mark.parametrize("kind", LAYOUTS)
def test_a_tag_string_after_a_short_article_opened_by_a_byline_is_dropped(kind: str) -> None:
    # the byline is cut off the text's only line (flattened, or the wrap too short to be seen as one),
    # the rest is judged like any line: the «سمات …» string glued after its last sentence is junk,
    # and so is the rest of it when a hard wrap put that on the next line
    tags = "سمات البيت الابيض باراك اوباما عيد ميلاد"
    last = "وعلقت الصفحة “عيد ميلاد سعيد سيدي الرئيس”."
    rs = roles(perturbed(f"{TITLE}\nداليا أبوالعيش – عين اليوم\n{FIRST}\n{last}\n  {tags} \n", kind))
    assert body(rs) == f"{FIRST} {last}", rs
    assert " ".join(t for r, _, t in rs if r == "boilerplate") == tags, rs


@pytest.mark.parametrize("kind", ["flat", "wrap"])
@pytest.mark.parametrize("dash", ["ـ", "ــ", "–", "_"])
def test_a_name_dash_place_byline_flattened_onto_the_first_sentence_is_cut_off(dash: str, kind: str) -> None:
    byline = f"طلال عبدالله {dash} جدة"
    rs = roles(perturbed(f"{TITLE}\n{byline}\n{FIRST}\n{SECOND}\n{LAST}\n", kind))
    assert ("dateline", "byline_place_glued", byline) in rs, rs
    assert body(rs) == f"{FIRST} {SECOND} {LAST}"


@pytest.mark.parametrize("kind", LAYOUTS)
@pytest.mark.parametrize("first", [
    "شهدت منطقة النكاسة ـ أكبر منطقة عشوائية بالعاصمة المقدسة ـ خلال الشهرين الماضيين حملة واسعة "
    "لإزالة المباني المخالفة.",
    "نجحت المملكة ــ من خلال برنامج عمل مكثف وخطة طويلة الأمد ــ في أن تضع قدما راسخة في سوق "
    "البتروكيماويات العالمية.",
])
def test_an_aside_between_tatweel_dashes_in_the_first_sentence_is_body(first: str, kind: str) -> None:
    rs = roles(perturbed(f"{TITLE}\n{first}\n{SECOND}\n{LAST}\n", kind))
    assert body(rs) == f"{first} {SECOND} {LAST}", rs


SIGNATURES = [
    ("* أستاذ العلوم السياسية في جامعة الملك سعود", "end_signature"),
    ("*شاعر سعودي", "end_signature"),
    ("- عضو الجمعية العلمية السعودية للغة العربية", "end_signature"),
    ("- خالد الدوسري", "end_signature"),
    ("خاص بـ«المجلة الأسبوعية»", "exclusive_to"),
    ("خاص بـ {المجلة الأسبوعية}", "exclusive_to"),
    ("* وحدة التقارير الاقتصادية", "end_signature"),  # the desk that wrote it
    ("* قسم التثقيف الصحي", "end_signature"),
]


@pytest.mark.parametrize("kind", LAYOUTS)
def test_the_last_item_of_a_dashed_list_is_body(kind: str) -> None:
    items = "- قسم الأشعة.\n- قسم المختبرات المركزية"
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{SECOND}\n{items}\n", kind))
    assert body(rs) == " ".join(f"{FIRST} {SECOND} {items}".split()), rs


@pytest.mark.parametrize("kind", LAYOUTS)
@pytest.mark.parametrize(("line", "role", "cue"), [
    ("* بالاتفاق مع «بلومبيرغ»", "meta", "wire_service"),
    ("* خدمة: «واشنطن بوست»", "meta", "wire_service"),
    ("لقراءة الحوار كاملا أنقر هنــا", "boilerplate", "click_here"),
])
def test_a_service_credit_or_link_line_closing_the_text_is_dropped(
        line: str, role: str, cue: str, kind: str) -> None:
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{SECOND}\n{line}\n", kind))
    assert rs[-1] == (role, cue, line), rs
    assert body(rs) == f"{FIRST} {SECOND}"


@pytest.mark.parametrize("kind", LAYOUTS)
@pytest.mark.parametrize("credit", ['"الفرنسية"', "«رويترز»", "“أ ب”", "«إ ب أ»"])
def test_a_quoted_agency_credit_after_the_last_sentence_is_dropped(credit: str, kind: str) -> None:
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{SECOND} {credit}\n", kind))
    assert rs[-1][0] == "meta" and rs[-1][2] == credit, rs  # flattened: a closing signature
    assert body(rs) == f"{FIRST} {SECOND}", rs


def test_a_quoted_agency_name_inside_a_sentence_is_body() -> None:
    last = "ونقلت وكالة «رويترز» عن مصادر أن الاجتماع انتهى دون اتفاق وكالة «الفرنسية»"
    rs = roles(f"{TITLE}\n{FIRST}\n{last}\n")
    assert body(rs) == f"{FIRST} {last}", rs


@pytest.mark.parametrize("credit", ["(أ. ف. ب)", "(رويترز)"])
def test_an_agency_credit_under_a_photo_caption_is_caption(credit: str) -> None:
    rs = roles(f"{TITLE}\nأطفال يلعبون في حديقة عامة أمس\n{credit}\n{FIRST}\n{SECOND}\n")
    assert ("caption", "agency_credit_line", credit) in rs, rs


@pytest.mark.parametrize("kind", LAYOUTS)
@pytest.mark.parametrize(("closing", "cue"), SIGNATURES)
def test_the_writers_title_or_signature_after_the_last_sentence_is_dropped(
        closing: str, cue: str, kind: str) -> None:
    # its own line, after a blank line, glued to the last sentence of a long paragraph
    for sep in ("\n", "\n\n", " "):
        rs = roles(perturbed(f"{TITLE}\n{FIRST} {SECOND} {LAST}{sep}{closing}\n", kind))
        assert rs[-1][:2] == ("meta", cue) and rs[-1][2] == " ".join(closing.split()), (sep, rs)
        assert body(rs) == f"{FIRST} {SECOND} {LAST}", (sep, rs)


@pytest.mark.parametrize("kind", LAYOUTS)
def test_a_starred_title_line_inside_the_text_is_body(kind: str) -> None:
    item = "* عضو مجلس الإدارة يرأس اللجنة الجديدة"
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{item}\n{SECOND}\n{LAST}\n", kind))
    assert body(rs) == f"{FIRST} {item} {SECOND} {LAST}", rs


@pytest.mark.parametrize("kind", LAYOUTS)
@pytest.mark.parametrize("end", ["-انتهى-", "(يتبع)", "// انتهى //"])
def test_a_wire_end_mark_on_its_own_line_is_dropped(end: str, kind: str) -> None:
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{SECOND}\n{LAST}\n{end}\n", kind))
    assert rs[-1] == ("boilerplate", "wire_end", end), rs
    assert body(rs) == f"{FIRST} {SECOND} {LAST}"


@pytest.mark.parametrize("kind", LAYOUTS)
def test_the_writers_sms_contact_is_one_piece_of_chrome(kind: str) -> None:
    """A word of a form field inside it («أرسل») does not cut the contact line in two."""
    contact = "للتواصل أرسل sms إلى 88548 الاتصالات، 636250 موبايلي تبدأ بالرمز 132 مسافة ثم الرسالة"
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{SECOND}\n{LAST}\n{contact}\n", kind))
    assert rs[-1] == ("boilerplate", "writer_contact", contact), rs
    assert body(rs) == f"{FIRST} {SECOND} {LAST}"


@pytest.mark.parametrize("kind", LAYOUTS)
def test_a_label_ending_a_body_line_introduces_the_quotation_after_it(kind: str) -> None:
    """«كتب:» with nothing after it is the text's own words (a reader's message follows), not a
    byline: the quoted line after it stays body too."""
    quoted = "«ثلاث سنوات انقطعت فيها عن متابعة أي دراما تلفزيونية عربية، واليوم اخترت أن أتابع المسلسل»."
    lead = f"{FIRST} {SECOND} وكنت نسيت أمره إلى أن وصلتني رسالة من قارئ يعيش في ألمانيا. كتب:"
    rs = roles(perturbed(f"{TITLE}\n{lead}\n\n {quoted}\n{LAST}\n", kind))
    assert body(rs) == f"{lead} {quoted} {LAST}", rs


@pytest.mark.parametrize("kind", ["orig", "wrap"])
def test_a_link_the_text_introduces_is_body(kind: str) -> None:
    intro = "ويمكن التسجيل عبر حساب اللجنة في تويتر على الرابط:"
    link = "https://twitter.com/multaqa_2015"
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{intro}\n{link}\n{LAST}\n", kind))
    assert body(rs) == f"{FIRST} {intro} {link} {LAST}", rs


def test_a_link_line_no_sentence_introduces_is_still_dropped() -> None:
    rs = roles(f"{TITLE}\n{FIRST}\n{SECOND}\nhttps://www.example-news.com/world/2015/story-1234.html\n{LAST}\n")
    assert body(rs) == f"{FIRST} {SECOND} {LAST}", rs


def test_a_tag_string_with_a_stop_inside_it_is_dropped() -> None:
    # a tag of two words written with a stop after it («التحالف الدولي.») inside the «سمات …» string;
    # (flattened or wrapped, the text is cut at that stop first and the part before it stays body)
    tags = "سمات أمريكا التحالف الدولي. العراق داعش سوريا"
    rs = roles(f"{TITLE}\n{FIRST}\n{SECOND} {tags} \n")
    assert body(rs) == f"{FIRST} {SECOND}", rs
    assert " ".join(t for r, _, t in rs if r == "boilerplate") == tags, rs


def test_a_sentence_naming_traits_at_a_lines_end_is_body() -> None:
    last = "ويرى الباحثون أن الصبر والكرم سمات أصيلة في المجتمع. وتابع أن ذلك يتطلب جهدا"
    rs = roles(f"{TITLE}\n{FIRST}\n{last}.\n")
    assert body(rs) == f"{FIRST} {last}.", rs


@pytest.mark.parametrize("kind", ["orig", "wrap"])
def test_a_columns_handle_and_fax_lines_and_a_click_here_line_are_dropped(kind: str) -> None:
    tail = ["تويتر: Arfaj1", "فاكس: 6923348", "ولمشاهدة النتيجة اضغط هنا", "ص.ب 354 الرمز البريدي 11411"]
    for line in tail:
        rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{SECOND}\n{LAST}\n{line}\n", kind))
        assert body(rs) == f"{FIRST} {SECOND} {LAST}", (line, rs)


def test_a_byline_of_two_writers_and_a_place_on_its_own_line_is_dropped() -> None:
    for byline in ("حامد القرشي – قاسم الزرعي – عين اليوم", "فايز الحسيكي – مسلّم الهواملة – الخرج"):
        rs = roles(f"{TITLE}\n {byline}\n{FIRST}\n{SECOND}\n")
        assert ("dateline", "byline_names_place", byline) in rs, rs
        assert body(rs) == f"{FIRST} {SECOND}", rs


@pytest.mark.parametrize("kind", LAYOUTS)
@pytest.mark.parametrize("dateline", [
    "الدمام25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس",  # the city glued to the day
    "نجران 26 شوال 1436 هـالموافق 11 اغسطس 2015 م واس",  # the era glued to «الموافق»
    "طرابلس 26 شوال 1436ه لموافق 11 اغسطس 2015م .واس",  # «لموافق», a stop before the agency
    "نجران 26 شوال 1436 هـ الموافق 11 أغسطس 2015 مواس",  # the era glued to the agency
    "ينبع 26 شوال 1436هـ الموافق 011 أغسطس 2015 م واس",  # a three-digit day
    "تبليسي (جورجيا) 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس",  # the country after the city
])
def test_a_wire_dateline_with_a_typo_is_cut_off(dateline: str, kind: str) -> None:
    rs = roles(perturbed(f"{TITLE}\n {dateline}\n{FIRST}\n{SECOND}\n", kind))
    assert body(rs) == f"{FIRST} {SECOND}", rs


def test_a_byline_of_writers_between_commas_and_an_outlet_line_are_dropped() -> None:
    for byline in ("داليا أبوالعيش، عمر إبراهيم – عين اليوم", "«الاقتصادية» من الرياض"):
        rs = roles(f"{TITLE}\n{byline}\n{FIRST}\n{SECOND}\n")
        assert body(rs) == f"{FIRST} {SECOND}", rs


@pytest.mark.parametrize("kind", LAYOUTS)
@pytest.mark.parametrize("signature", ["نجوى الأحمد - جامعة الأميرة نورة", "منصور بن محمد الحمود - الرس"])
def test_a_readers_name_dash_town_closing_the_text_is_dropped(signature: str, kind: str) -> None:
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{SECOND}\n{signature}\n", kind))
    assert body(rs) == f"{FIRST} {SECOND}", rs


def test_a_dashed_list_ending_the_text_keeps_its_last_item() -> None:
    items = "- الهلال بطل الدوري هذا الموسم.\n- النصر وصيف البطل - الاتحاد"
    rs = roles(f"{TITLE}\n{FIRST}\n{items}\n")
    assert "النصر وصيف البطل - الاتحاد" in body(rs), rs


@pytest.mark.parametrize("kind", LAYOUTS)
def test_phone_and_fax_numbers_inside_a_sentence_are_body(kind: str) -> None:
    told = ("ودعت الهيئة المواطنين إلى الإبلاغ عن أي مخالفات عبر الهاتف:0112038222 تحويلة: 2354، "
            "أو على الفاكس 0112057662، أو عبر البريد الإلكتروني للهيئة في أي وقت.")
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{told}\n{LAST}\n", kind))
    assert body(rs) == f"{FIRST} {told} {LAST}", rs


@pytest.mark.parametrize("label", ["المصدر:", "اقرأ أيضا:", "الوسوم:"])
def test_a_link_under_a_source_or_related_label_is_still_dropped(label: str) -> None:
    link = "https://www.example-news.com/world/2015/story-1234.html"
    rs = roles(f"{TITLE}\n{FIRST}\n{SECOND}\n{label}\n{link}\n")
    assert body(rs) == f"{FIRST} {SECOND}", rs


@pytest.mark.parametrize("kind", LAYOUTS)
def test_a_star_led_name_over_the_writers_title_closing_the_text_is_dropped(kind: str) -> None:
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{SECOND}\n\n* أحمد جميل عاشور\nباحث سعودي\n", kind))
    assert body(rs) == f"{FIRST} {SECOND}", rs
    assert [r for r, _, _ in rs[-2:]] == ["meta", "meta"] or rs[-1][2] == "* أحمد جميل عاشور باحث سعودي", rs


def test_a_writers_title_under_a_list_of_another_bullet_is_dropped() -> None:
    items = "- إجراء منظار للقولون خلال الأربع والعشرين ساعة الماضية.\n- حالة فشل الكبد غير المستقرة."
    rs = roles(f"{TITLE}\n{FIRST}\n{items}\n* استشارية في الباطنية\n")
    assert rs[-1] == ("meta", "end_signature", "* استشارية في الباطنية"), rs
    assert body(rs) == " ".join(f"{FIRST} {items}".split()), rs


def test_the_last_item_of_a_list_of_the_same_bullet_stays_body_even_with_a_title_word() -> None:
    items = "* إجراء منظار للقولون خلال الأربع والعشرين ساعة الماضية.\n* عضو في فريق الرعاية"
    rs = roles(f"{TITLE}\n{FIRST}\n{items}\n")
    assert body(rs) == " ".join(f"{FIRST} {items}".split()), rs


@pytest.mark.parametrize("kind", ["orig", "wrap"])
def test_a_wire_continuation_mark_with_its_clock_time_is_dropped(kind: str) -> None:
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{SECOND}\n// يتبع // 11:02 ت م\n", kind))
    assert body(rs) == f"{FIRST} {SECOND}", rs
