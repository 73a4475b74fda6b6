"""A writer's name alone on a page's opening line (`clean.byline_name`): a column's or a reader's
letter's byline with no «بقلم» or «كتب» («ياسر القرني ⏎ مع بداية العام …»), in every layout,
while a headline made of a name and a verb stays a title and a text that opens with the name of
the person it is about keeps it."""

from __future__ import annotations

import pytest

from marsad.clean.byline_name import glued_name_end, name_alone
from marsad.clean.cues import load_cues, match_form
from marsad.clean.segment import label_segments
from marsad.lang import load_table
from marsad.model import Article
from tests.conftest import perturbed

TITLE = "مدارسنا.. التربية قبل التعليم"
FIRST = ("مع بداية العام الجديد للدراسة يحرص كثير من أولياء الأمور والطلاب على الاستعداد للمدرسة، "
         "خاصة الأمور المادية التي تشمل الكتب والأقلام والحقائب والملابس.")
SECOND = ("ويعتقد الكثيرون أن الأمر يتوقف عند هذا الحد، فيما يغفلون عن الاستعداد النفسي والمعنوي "
          "للدراسة، وهو بكل تأكيد ذو أهمية كبيرة لنجاح العام.")
LAYOUTS = ["orig", "flat", "wrap"]


def _alone(form: str) -> bool:
    cues = load_cues()
    return name_alone(match_form(form), cues.given_names, cues.name_words)


def roles(text: str, title: str | None = TITLE, author: str | None = None) -> list[tuple[str, str, str]]:
    art = Article(path="t.txt", text=text, title=title, meta={"author": author} if author else {})
    return [(s.label, s.attrs.cue, " ".join(s.slice(text).split())) for s in label_segments(art)]


def body(rs: list[tuple[str, str, str]]) -> str:
    return " ".join(t for r, _, t in rs if r in ("body", "heading"))


@pytest.mark.parametrize("row", load_table("segment_given_names"), ids=lambda r: r["name"])
def test_each_given_name_opens_a_name_line_as_its_kind_says(row: dict[str, str]) -> None:
    name = row["name"]
    assert _alone(f"{name} آل فرحان") and _alone(f"{name} محمد الغامدي")  # a particle, a father's name
    assert _alone(f"محمد {name} الغامدي")  # inside a name, whatever its kind
    # alone before a family name only a word that is hardly anything but a name («سعيد»: happy)
    assert _alone(f"{name} الغامدي") is (row["kind"] == "name")


@pytest.mark.parametrize("line", [
    "ياسر القرني", "أنس محمود الشيخ", "خامسة آل فرحان", "عبد الله فلاتة", "عبدالله عبود آل سرحان",
    "فايع آل مشيرة عسيري", "سلوى سلمان البلوي", "ســيد حــكم محمد",
])
def test_a_persons_name_is_a_name_alone(line: str) -> None:
    assert _alone(line)


@pytest.mark.parametrize("line", [
    "محمد نور يعتزل",  # a verb ends it
    "محمد بن سلمان يستقبل",
    "سعيد الحظ",  # «سعيد» here is "happy": a word-kind name opens no name before a family name alone
    "الأمير محمد بن سلمان",  # a title before the name: no byline
    "محمد",  # one word
    "محمد بن سلمان بن عبدالعزيز آل سعود",  # five words and more
    "ياسر القرني:",  # punctuation
    "كتب ياسر القرني",  # a verb opens it
    "محمد بن",  # a particle with nothing after it
])
def test_other_lines_are_no_name_alone(line: str) -> None:
    assert not _alone(line)


@pytest.mark.parametrize("kind", LAYOUTS)
def test_a_writers_name_alone_over_the_text_is_a_byline(kind: str) -> None:
    rs = roles(perturbed(f"ياسر القرني\n{FIRST}\n{SECOND}\n", kind))
    assert rs[0][:2] == ("meta", "name_byline") and rs[0][2] == "ياسر القرني", rs
    assert body(rs) == f"{FIRST} {SECOND}"


@pytest.mark.parametrize("kind", LAYOUTS)
def test_a_name_ending_in_its_family_after_al_is_cut_off_a_flattened_page(kind: str) -> None:
    rs = roles(perturbed(f"خامسة آل فرحان\n{FIRST}\n{SECOND}\n", kind))
    assert rs[0][2] == "خامسة آل فرحان" and rs[0][0] == "meta", rs
    assert body(rs) == f"{FIRST} {SECOND}"


@pytest.mark.parametrize("kind", LAYOUTS)
def test_the_input_author_field_opening_the_text_is_a_byline(kind: str) -> None:
    rs = roles(perturbed(f"ســيد حــكم\n{FIRST}\n{SECOND}\n", kind), author="سيد حكم")
    assert rs[0][:2] == ("meta", "name_byline"), rs
    assert body(rs) == f"{FIRST} {SECOND}"


def test_a_whole_name_line_with_a_nisba_after_the_family_is_one_byline() -> None:
    rs = roles(f"فايع آل مشيرة عسيري\n{FIRST}\n{SECOND}\n")
    assert rs[0] == ("meta", "name_byline", "فايع آل مشيرة عسيري"), rs
    assert body(rs) == f"{FIRST} {SECOND}"


def test_a_name_over_a_text_about_that_person_is_a_photo_caption() -> None:
    text = f"وائل جمعة\nقرر مجلس إدارة النادي إقالة وائل جمعة من منصب مدير الكرة.\n{SECOND}\n"
    rs = roles(text, title="النادي يقرر إقالة مدير الكرة")
    assert rs[0] == ("caption", "name_caption", "وائل جمعة"), rs


def test_a_name_over_the_text_when_the_input_names_another_author_is_a_caption() -> None:
    rs = roles(f"رجا العتيبي\n{FIRST}\n{SECOND}\n", author="الجزيرة - فن:")
    assert rs[0] == ("caption", "name_caption", "رجا العتيبي"), rs


@pytest.mark.parametrize("kind", LAYOUTS)
def test_a_headline_that_is_a_name_and_a_verb_stays_the_title(kind: str) -> None:
    headline = "محمد بن سلمان يستقبل وزير الخارجية الأمريكي"
    rs = roles(perturbed(f"{headline}\n{FIRST}\n{SECOND}\n", kind), title=headline)
    assert rs[0] == ("title", "meta_title", headline), rs
    assert body(rs) == f"{FIRST} {SECOND}"


@pytest.mark.parametrize("headline", ["محمد بن سلمان يستقبل وزير الخارجية الأمريكي", "سلوى سلمان البلوي"])
def test_a_pages_own_headline_stays_the_title_even_when_a_name(headline: str) -> None:
    rs = roles(f"{headline}\n{FIRST}\n{SECOND}\n", title=None)  # nothing over it: the page's headline
    assert rs[0] == ("title", "first_line_headline", headline), rs


@pytest.mark.parametrize("kind", LAYOUTS)
def test_a_text_opening_with_the_name_of_the_person_it_is_about_keeps_it(kind: str) -> None:
    text = ("نوري المالكي أحد الشخصيات التي اشتهرت في العراق، وقد تولى المالكي رئاسة الوزراء "
            f"دورتين متتاليتين.\n{SECOND}\n")
    rs = roles(perturbed(text, kind), title="رجل الأزمات")
    assert body(rs) == " ".join(text.split()), rs


def test_a_name_run_into_the_text_ends_at_its_family_name() -> None:
    cues = load_cues()
    assert glued_name_end(match_form("أنس محمود الشيخ كنا قد تعودنا"), cues) == len("انس محمود الشيخ")
    assert glued_name_end(match_form("محمود وهبي ـ جدة"), cues) is None  # a dateline's byline
    assert glued_name_end(match_form("حسن معاذ أنهى فريق الشباب"), cues) is None  # no closed family name
    assert glued_name_end(match_form("عبد الله فلاتة تعاني أنديتنا"), cues) is None  # «الله» is no family
    # a list of people opens the text: «و» + a given name follows
    assert glued_name_end(match_form("عبدالإله منصور الحمزي وخالد البقمي طلاب سعوديون"), cues) is None
