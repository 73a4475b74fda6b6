"""Junk shapes the third dev junk sample (junk-dev-wide) showed, in the original layout and
flattened or hard-wrapped: a roundup's «CITY - AGENCY:» datelines, an agency credit after
the last sentence, a pen name in quotation marks, the writer's title lines above an e-mail
address, a compound name as a signature, a poll widget's style sheet and script, a social
handle. All texts are invented, after the shapes the SaudiNewsNet sites use."""

from __future__ import annotations

import pytest

from marsad.clean.script import code_like
from marsad.clean.segment import label_segments
from marsad.model import Article
from tests.conftest import perturbed

TITLE = "الهيئة تطلق برنامجا جديدا لدعم المشاريع الصغيرة"
FIRST = ("أطلقت الهيئة العامة للمنشآت الصغيرة اليوم برنامجا جديدا لدعم رواد الأعمال في المناطق، "
         "بميزانية تتجاوز مئتي مليون ريال خلال العامين المقبلين.")
SECOND = ("وقال محافظ الهيئة في مؤتمر صحافي إن البرنامج يشمل قروضا ميسرة ودورات تدريبية "
          "واستشارات مجانية للمنشآت الناشئة في مختلف القطاعات.")
LAYOUTS = ["orig", "flat", "wrap"]
CSS = ("#poll_area ul { padding: 0; margin: 0; } .box_poll { background: #FFFFFF; border: solid 1px #ccc; "
       "padding: 18px; margin-bottom: 10px; overflow: hidden; } .box_poll h4 { font: bold 12px Tahoma; "
       "color: #7b7a7a; margin: 0; padding-right: 30px; }")


def roles(text: str) -> list[tuple[str, str, str]]:
    art = Article(path="t.txt", text=text, title=TITLE)
    return [(s.label, s.attrs.cue, " ".join(s.slice(text).split())) for s in label_segments(art)]


def body(rs: list[tuple[str, str, str]]) -> str:
    return " ".join(t for r, _, t in rs if r in ("body", "heading"))


@pytest.mark.parametrize("kind", LAYOUTS)
def test_a_roundups_city_agency_datelines_are_cut_off_each_item(kind: str) -> None:
    text = (f"{TITLE}\nمقتل عشرة في هجوم على سوق\nنيروبي - أ.ف.ب: {FIRST}\n\n"
            f"انتخابات مبكرة في البلاد\nأبوجا - رويترز: {SECOND}\n")
    rs = roles(perturbed(text, kind))
    assert ("dateline", "agency_city_inline", "نيروبي - أ.ف.ب:") in rs, rs
    assert ("dateline", "agency_city_inline", "أبوجا - رويترز:") in rs, rs
    assert FIRST in body(rs) and SECOND in body(rs)


@pytest.mark.parametrize("kind", LAYOUTS)
@pytest.mark.parametrize("credit", ["(واس)", "(أ ف ب)", "(د.ب.أ)"])
def test_an_agency_credit_after_the_last_sentence_is_cut_off(credit: str, kind: str) -> None:
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{SECOND} {credit}\n", kind))
    # after the last sentence (`tail` piece of a flattened text it is the credit line of a caption)
    assert rs[-1] in (("meta", "agency_credit_tail", credit), ("caption", "agency_credit_line", credit)), rs
    assert body(rs) == f"{FIRST} {SECOND}"


def test_an_agency_named_inside_a_sentence_stays_body() -> None:
    line = "وقال مصدر مسؤول لوكالة الأنباء السعودية (واس) إن البرنامج يبدأ الشهر المقبل."
    rs = roles(f"{TITLE}\n{FIRST}\n{line}\n")
    assert body(rs) == f"{FIRST} {line}", rs


@pytest.mark.parametrize("kind", LAYOUTS)
@pytest.mark.parametrize("pen_name", ['"صياد"', "«أبو فهد»"])
def test_a_pen_name_in_quotation_marks_closing_a_column_is_its_signature(pen_name: str, kind: str) -> None:
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{SECOND}\n{pen_name}\n", kind))
    assert rs[-1] == ("meta", "end_signature", pen_name), rs
    assert body(rs) == f"{FIRST} {SECOND}"


def test_a_quoted_word_after_an_unfinished_line_is_not_a_signature() -> None:
    rs = roles(f"{TITLE}\n{FIRST}\nوأطلقت الهيئة على البرنامج اسم\n\"رواد\"\n")
    assert rs[-1][0] == "body", rs


@pytest.mark.parametrize("kind", ["orig", "wrap"])
def test_the_writers_title_lines_above_an_email_address_are_the_signature(kind: str) -> None:
    text = (f"{TITLE}\n{FIRST}\n{SECOND}\n\nاستشاري في طب المجتمع\n\n"
            "مدير مركز الرعاية الصحية الأولية بجدة\n\na.salem@example-news.com\n")
    rs = roles(perturbed(text, kind))
    assert body(rs) == f"{FIRST} {SECOND}", rs
    assert any(c == "end_signature" and t.startswith("استشاري في طب المجتمع") for _, c, t in rs), rs


def test_title_lines_without_a_contact_line_after_them_stay_as_they_were() -> None:
    text = f"{TITLE}\n{FIRST}\n{SECOND}\nاستشاري في طب المجتمع\nمدير مركز الرعاية الصحية الأولية بجدة\n"
    rs = roles(text)
    assert "استشاري في طب المجتمع" in body(rs), rs


@pytest.mark.parametrize("kind", LAYOUTS)
def test_a_compound_name_alone_after_the_text_is_the_signature(kind: str) -> None:
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{SECOND}\nعبد المطلوب مبارك البدراني\n", kind))
    assert rs[-1] == ("meta", "end_signature", "عبد المطلوب مبارك البدراني"), rs


@pytest.mark.parametrize("kind", ["orig", "flat"])
def test_a_poll_widgets_style_sheet_glued_to_the_text_is_dropped(kind: str) -> None:
    text = f"{TITLE}\n{FIRST}\nبرأيك ما هي أفضل طريقة لدعم المشاريع الصغيرة؟ {CSS}\n{SECOND}\n"
    rs = roles(perturbed(text, kind))
    assert any(c == "code" for _, c, _ in rs), rs
    assert "padding" not in body(rs) and SECOND in body(rs)


def test_code_is_told_from_prose_and_from_lists_with_brackets() -> None:
    assert code_like(CSS)
    assert code_like("url = jQuery(this).attr('action'); jQuery.post(url, {site: site}); return false;")
    assert not code_like("1. The Conformist | Bernardo Bertolucci (Italy / France) 2. Five Easy Pieces "
                         "| Bob Rafelson (USA) 3. Blue Collar | Paul Schrader (USA)")
    assert not code_like(FIRST)
    assert not code_like("He said: we will go; they stayed (for a while) and left.")


@pytest.mark.parametrize("line", ["تويتر: @k_omar", "@k_omar", "تويتر: k_omar@"])
def test_a_social_handle_on_its_own_line_is_dropped(line: str) -> None:
    rs = roles(f"{TITLE}\n{FIRST}\n{SECOND}\n{line}\n")
    assert rs[-1][0] in ("meta", "embed") and rs[-1][2] == line, rs
    assert body(rs) == f"{FIRST} {SECOND}"


@pytest.mark.parametrize("kind", LAYOUTS)
def test_a_wire_service_and_its_exclusivity_on_one_line_are_dropped(kind: str) -> None:
    line = "* خدمة «واشنطن بوست» خاص بـ«الشرق الأوسط»"
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{SECOND}\n{line}\n", kind))
    assert body(rs) == f"{FIRST} {SECOND}", rs


@pytest.mark.parametrize("kind", ["orig"])
def test_a_name_with_an_honorific_and_title_lines_closing_the_text_are_the_signature(kind: str) -> None:
    block = ("الدكتور/ عبد العزيز بن عبد الله الأحمد\nأستاذ التوجيه والإرشاد النفسي\n"
             "المشرف العام على مركز حلول للاستشارات")
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{SECOND}\n{block}\n", kind))
    assert body(rs) == f"{FIRST} {SECOND}", rs


def test_title_like_lines_after_an_unfinished_line_are_body() -> None:
    text = (f"{TITLE}\n{FIRST}\nومن أبرز المشاركين\nالدكتور/ خالد بن علي العلي\n"
            "أستاذ العلوم السياسية في جامعة الملك سعود\n")
    rs = roles(text)
    assert "الدكتور/ خالد بن علي العلي أستاذ العلوم السياسية في جامعة الملك سعود" in body(rs), rs


def test_a_handle_after_the_networks_name_without_a_colon_is_dropped() -> None:
    rs = roles(f"{TITLE}\n{FIRST}\n{SECOND}\nتويتر @k_omar\n")
    assert rs[-1] == ("meta", "social_handle", "تويتر @k_omar"), rs


@pytest.mark.parametrize("line", ["جمع / سلمان الحربي", "إعداد/ منى الشريف"])
def test_a_byline_after_its_label_and_a_slash_closing_the_text_is_dropped(line: str) -> None:
    rs = roles(f"{TITLE}\n{FIRST}\n{SECOND}\n{line}\n")
    assert rs[-1][:2] == ("meta", "byline_slash") and body(rs) == f"{FIRST} {SECOND}", rs


def test_a_trailing_at_sign_needs_the_networks_name() -> None:
    rs = roles(f"{TITLE}\n{FIRST}\n{SECOND}\nk_omar@\n")
    assert rs[-1][1] != "social_handle", rs


@pytest.mark.parametrize("kind", ["orig", "flat"])
def test_a_writers_title_behind_a_lost_bullet_glyph_closing_the_text_is_the_signature(kind: str) -> None:
    # a legacy conversion left SUB (\x1a) for the bullet before the writer's title
    rs = roles(perturbed(f"{TITLE}\n{FIRST}\n{SECOND}\n\x1a استشاري إدارة تشغيل المستشفيات\n", kind))
    assert body(rs) == f"{FIRST} {SECOND}", rs
    # a bulleted line of the text that is no title stays body
    rs = roles(f"{TITLE}\n{FIRST}\n\x1a ما المنتجات التي يتم تصنيعها من الفخار؟\n{SECOND}\n")
    assert "ما المنتجات التي يتم تصنيعها من الفخار؟" in body(rs), rs
