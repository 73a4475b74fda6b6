"""Kinds of junk seen in real news sites' pages (read on SaudiNewsNet records outside the gold),
written here as invented articles: each is dropped in the original layout and flattened onto
one line, and the body around it is kept."""

from __future__ import annotations

import pytest

from marsad.clean.segment import label_segments
from marsad.model import Article

TITLE = "وزارة الصحة تفتتح مستشفى جديدا في الشرقية"
BODY1 = ("أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المنطقة الشرقية بسعة ثلاثمئة سرير، "
         "وقال الوزير في مؤتمر صحافي إن المستشفى سيخدم أكثر من نصف مليون نسمة.")
BODY2 = ("وأضاف أن المستشفى يضم أقساما للطوارئ والعناية المركزة وجراحة القلب، وأن العمل "
         "فيه يبدأ مطلع الشهر المقبل بكامل طاقته.")


def _label(text: str, title: str | None = TITLE) -> list[tuple[str, str, str]]:
    art = Article(path="t.txt", text=text, title=title)
    return [(s.label, s.attrs.cue, s.slice(text)) for s in label_segments(art)]


def _body(roles: list[tuple[str, str, str]]) -> str:
    return " ".join(t for r, _, t in roles if r == "body")


def _flat(text: str) -> str:
    return text.replace("\n", " ")


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize(("before", "after", "junk"), [
    # a share strip opening the text, glued to its first sentence
    ("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك ", "", "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك"),
    # a tag list glued after the last sentence
    ("", " سمات الصحة المستشفيات الشرقية", "سمات الصحة المستشفيات الشرقية"),
    # the writer's contact lines: the label and every line after it
    ("", "\nkhalid@example.com\nللتواصل مع الكاتب ارسل رسالة SMS\n"
         "تبدأ بالرمز (26) ثم مسافة ثم نص الرسالة إلى", "تبدأ بالرمز (26) ثم مسافة ثم نص الرسالة إلى"),
    # a site's link footer whose headline has an ellipsis in it
    ("", " رابط الخبر بصحيفة المرصد: بالصور.. مستشفى جديد في الشرقية", "مستشفى جديد في الشرقية"),
])
def test_site_junk_is_dropped_and_the_body_kept(before: str, after: str, junk: str, flat: bool) -> None:
    text = f"{TITLE}\n{before}{BODY1}\n{BODY2}{after}\n"
    roles = _label(_flat(text) if flat else text)
    body = _body(roles)
    assert junk not in body, roles
    assert BODY1 in body and BODY2 in body, roles


@pytest.mark.parametrize("flat", [False, True])
def test_a_byline_glued_to_the_first_sentence_is_a_dateline(flat: bool) -> None:
    text = f"{TITLE}\nNext Previous\nعين الخبر – جدة {BODY1}\n{BODY2}\n"
    roles = _label(_flat(text) if flat else text)
    assert ("dateline", "byline_place_glued", "عين الخبر – جدة") in roles, roles
    assert BODY1 in _body(roles)


def test_a_credit_label_ends_after_the_byline_glued_to_it() -> None:
    text = _flat(f"{TITLE}\nNext Previous\nرصد وتصوير: أحمد الخالد – عين الخبر يمثل المستشفى "
                 f"إضافة مهمة للخدمات الصحية في المنطقة. {BODY2}\n")
    roles = _label(text)
    assert ("caption", "photo_credit_line", "رصد وتصوير: أحمد الخالد – عين الخبر") in roles, roles
    assert "يمثل المستشفى إضافة مهمة" in _body(roles)


@pytest.mark.parametrize(("closing", "dropped"), [
    ("- خالد الدوس", True),  # a dash and a name after the last sentence
    ("سامي الحربي\nعضو مجلس إدارة الجمعية السعودية للإعلام", True),  # a name and the writer's title
    ("- عضو الجمعية العلمية السعودية للغة العربية", True),
])
def test_a_signature_block_closing_the_text_is_dropped(closing: str, dropped: bool) -> None:
    roles = _label(f"{TITLE}\n{BODY1}\n{BODY2}\n{closing}\n")
    for line in closing.splitlines():
        assert (line in _body(roles)) is not dropped, roles
    assert BODY2 in _body(roles)


def test_the_last_item_of_a_dashed_list_is_not_a_signature() -> None:
    items = "أبرز الخدمات\n- الطوارئ والإسعاف\n- العناية المركزة\n- جراحة القلب"
    roles = _label(f"{TITLE}\n{BODY1}\n{items}\n")
    assert "- جراحة القلب" in _body(roles), roles
    roles = _label(f"{TITLE}\n{BODY1}\nالخدمات الجديدة\n- للحفاظ على الصحة\n")
    assert "- للحفاظ على الصحة" in _body(roles), roles  # after a heading, not a finished sentence


@pytest.mark.parametrize("flat", [False, True])
def test_a_photo_credit_after_a_glued_byline_is_cut_too(flat: bool) -> None:
    text = f"{TITLE}\nنايف الخالد – عين الخبر (تصوير: علي الزهراني) {BODY1}\n{BODY2}\n"
    roles = _label(_flat(text) if flat else text)
    assert ("dateline", "byline_place_glued", "نايف الخالد – عين الخبر") in roles, roles
    assert ("caption", "photo_credit_opening", "(تصوير: علي الزهراني)") in roles, roles
    assert BODY1 in _body(roles)


def test_an_agency_dateline_may_name_the_country_in_brackets() -> None:
    roles = _label(f"{TITLE}\nرويترز- لونبورج (ألمانيا): {BODY1}\n{BODY2}\n")
    assert ("dateline", "byline_dash_colon", "رويترز- لونبورج (ألمانيا):") in roles, roles
