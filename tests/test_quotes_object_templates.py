"""Verbal nouns of the derived verb forms head what was announced after «أعلن عن» (issue 15,
round 12): «أعلنت القيادة العامة عن [استشهاد ...]», «أعلن نادي الهلال عن [التعاقد مع ...]». The
templates are `lang/ar/quote_object_templates.tsv`, checked row by row; a name, a date, a title,
a noun of attitude, a frequent plural or a word that is also a verb's shape without the article or
a possessive pronoun heads no quotation; a long subject does not hide the «عن»."""

from __future__ import annotations

import re

import pytest

from marsad.events.quote_object_heads import templated_head
from marsad.events.words import words_of
from marsad.lang import load_table
from marsad.lang.normalize import normalize
from tests.test_quotes_units import run

_ALL = load_table("quote_object_templates")
_ROWS = [r for r in _ALL if r["use"] != "never"]
_NEVER = [r for r in _ALL if r["use"] == "never"]


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: r["form"])
def test_every_template_row_matches_its_example(row: dict[str, str]) -> None:
    word = normalize(row["example"])
    bare = word[2:] if word.startswith("ال") else word
    assert templated_head(words_of(row["example"])[0])
    assert re.fullmatch(row["pattern"], bare) or row["use"] == "marked"


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: r["form"])
def test_every_template_heads_what_was_announced(row: dict[str, str]) -> None:
    got = run(f"وأعلن الوزير [سعود](PER:saud) عن {row['example']} حماية المدنيين في المنطقة.")
    assert got == [("indirect", f"{row['example']} حماية المدنيين في المنطقة", "saud")]


@pytest.mark.parametrize("row", [r for r in _ROWS if r["use"] == "marked"], ids=lambda r: r["form"])
def test_a_template_that_is_also_a_verb_needs_the_article_or_a_pronoun(row: dict[str, str]) -> None:
    bare = normalize(row["example"]).removeprefix("ال")
    bare = bare[:-1] if bare.endswith("ه") and not re.fullmatch(row["pattern"], bare) else bare
    assert re.fullmatch(row["pattern"], bare)
    assert not templated_head(words_of(bare)[0])


@pytest.mark.parametrize("row", _NEVER, ids=lambda r: r["pattern"])
def test_a_never_row_fits_a_template_and_heads_no_quotation(row: dict[str, str]) -> None:
    assert any(re.fullmatch(r["pattern"], row["pattern"]) for r in _ROWS)  # it fits a template
    assert not templated_head(words_of(row["example"])[0])
    assert run(f"وأعلن [سعود](PER:saud) عن {row['example']} المشاركين في المنطقة.") == []


def test_the_verbal_noun_of_a_derived_verb_is_what_was_announced() -> None:
    got = run("أعلنت القيادة العامة للقوات المسلحة اليوم عن استشهاد أحد أبنائها أثناء تأديته واجبه.")
    assert [g[1] for g in got] == ["استشهاد أحد أبنائها أثناء تأديته واجبه"]
    got = run("وأعلن [نادي الهلال](ORG:hilal) عن التعاقد مع اللاعب لمدة موسمين.")
    assert got == [("indirect", "التعاقد مع اللاعب لمدة موسمين", "hilal")]


def test_a_noun_that_is_no_verbal_noun_a_name_or_a_date_is_no_object() -> None:
    assert run("وأعلن [نادي الهلال](ORG:hilal) عن برنامجه الصيفي للموسم.") == []
    assert run("وأعلن [نادي الهلال](ORG:hilal) عن تعاون اللاعبين في التدريب.") == []
    assert run("وأعلن [نادي الهلال](ORG:hilal) عن [الاتحاد السعودي](ORG:saff) للعبة في المنطقة.") == []
    assert run("وأعلن [نادي الهلال](ORG:hilal) عن الأستاذ منصور بن محمد مديرا للمكتبة.") == []
    assert run("وأعلن النادي عن المكانية الخاصة بالمشروع في المنطقة.") == []


def test_a_direct_object_right_after_a_name_may_be_any_verbal_noun() -> None:
    # round 34: right after the named subject a verbal noun heads the object too (quote_nominal)
    got = run("أعلن محافظ الأقصر [محمد بدر](PER:badr) تقديم هدايا تذكارية لزوار المحافظة.")
    assert [g[1] for g in got] == ["تقديم هدايا تذكارية لزوار المحافظة"]
    got = run("أعلن محافظ الأقصر [محمد بدر](PER:badr) تنفيذ هدايا تذكارية لزوار المحافظة.")
    assert [g[1] for g in got] == ["تنفيذ هدايا تذكارية لزوار المحافظة"]


def test_a_long_subject_does_not_hide_the_announcements_about() -> None:
    got = run("وأعلن رئيس مجلس إدارة [نادي الهلال](ORG:h) الأمير [عبدالرحمن بن مساعد](PER:a) عبر حسابه "
              "الرسمي في موقع التواصل الاجتماعي (تويتر) عن وصوله إلى الرياض مساء أمس.")
    assert got == [("indirect", "وصوله إلى الرياض مساء أمس", "a")]
    # a short subject: the «عن» stays as near the verb as before
    assert run("وأعلن [سعود](PER:s) في حفل أقيم مساء أمس بحضور عدد كبير من المسؤولين ورجال الأعمال "
               "والإعلاميين والضيوف من داخل المملكة وخارجها عن وصول الطائرة.") == []
    # past the verb's near words only the «عن» of an announcement counts, no other object
    assert run("وأعلن رئيس مجلس إدارة [نادي الهلال](ORG:h) الأمير [عبدالرحمن بن مساعد](PER:a) عبر حسابه "
               "الرسمي في موقع التواصل الاجتماعي (تويتر) أهمية الحضور.") == []
