"""Names that are also a common noun are names only in an article about their setting."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.topic_names import drop_unanchored


def names(text: str) -> list[tuple[str, str]]:
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    return [(text[s.start : s.end], s.label) for s in spans]


@pytest.mark.parametrize(
    "text",
    [
        "واستقبل الشباب في الرياض المبادرة بحماس واندفاع كبيرين.",
        "وسط تشجيع وحماس من الحضور أعلن المدرب تشكيلة الفريق.",
        "وردّ المدرب بحماس: لن نستسلم في المباراة القادمة.",
        "وانتابني حماس مفاجئ فرحت أكتب كل يوم.",
    ],
)
def test_enthusiasm_is_no_movement_in_an_article_without_its_setting(text: str) -> None:
    assert all("حماس" not in name for name, _ in names(text))


@pytest.mark.parametrize(
    "text",
    [
        "وقالت حماس إنها لن تقبل بأي اتفاق مع إسرائيل.",
        "وأكدت حماس أمس، على لسان متحدث باسمها في قطاع غزة، أن الحركة لم تتلق أي دعوة.",
        "وأعادت طهران علاقاتها مع حماس وحزب الله بعد سنوات من القطيعة.",
        "وتوسطت القاهرة بين حماس والسلطة الفلسطينية.",
        "وقال الوزير إن وفدا من حماس زار المملكة لأداء العمرة.",
    ],
)
def test_the_movement_is_kept_where_the_article_names_its_setting(text: str) -> None:
    assert ("حماس", "ORG") in names(text)


ROWS = load_table("ner_topic_homographs")


@pytest.mark.parametrize("row", [r for r in ROWS if r["scope"] == "article"], ids=lambda r: r["anchor"])
def test_each_anchor_keeps_the_name_and_its_absence_drops_it(row: dict[str, str]) -> None:
    name = normalize(row["name"])
    anchor = [normalize(w) for w in row["anchor"].split()]
    chunk = [Chunk(1, 2, "ORG", 0.9)]
    assert drop_unanchored(["قالت", name, "في", "بيان", *anchor], chunk) == chunk
    assert drop_unanchored(["قالت", "و" + name, "في", "بيان"], chunk) == []


@pytest.mark.parametrize("row", [r for r in ROWS if r["scope"] == "before"], ids=lambda r: r["anchor"])
def test_a_member_right_before_keeps_the_name_and_elsewhere_does_not(row: dict[str, str]) -> None:
    name, member = normalize(row["name"]), normalize(row["anchor"])
    assert " " not in row["anchor"]
    assert drop_unanchored(["وصل", member, name, "أمس"], [Chunk(2, 3, "ORG", 0.9)]) != []
    assert drop_unanchored(["وصل", "و" + member, "من", name], [Chunk(3, 4, "ORG", 0.9)]) != []
    assert drop_unanchored([member, "وصل", "أمس", name], [Chunk(3, 4, "ORG", 0.9)]) == []


def test_an_anchor_holds_its_nisba_behind_a_proclitic_and_a_longer_name_is_left_alone() -> None:
    chunk = [Chunk(1, 2, "ORG", 0.9)]
    assert drop_unanchored(["رحبت", "حماس", "بالمبادرة", normalize("للفلسطينيين")], chunk) == chunk
    assert drop_unanchored(["رحبت", "حماس", "بالمبادرة", normalize("الضفة")], chunk) == []  # half a phrase
    longer = [Chunk(0, 2, "ORG", 0.9)]
    assert drop_unanchored(["حركة", "حماس", "ترحب"], longer) == longer
