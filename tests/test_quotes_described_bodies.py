"""Bodies that speak without a name (issue 15, quotes, round 12): «وقالت الشرطة», «أكد المركز
الإعلامي للمقاومة أن» when no organisation of the article opens with that noun. The quotation's
speaker is None with the words describing the body (`speaker_text`) and where they stand
(`speaker_at`); a verb without a subject and the body's own statement carry it on; the noun alone
again is that body; the scorer counts those words when the gold marks them as the speaker."""

from __future__ import annotations

import pytest
from benchmarks.realtext.gold import Mention
from benchmarks.realtext.measure import speaker_right

from marsad.lang import load_table
from marsad.model import QuoteAttrs
from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def spoken(src: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(quoted words, speaker, speaker_text, the words at speaker_at) of each quotation."""
    art = marked(src)
    quotes.func(art)
    return [(art.text[q.start:q.end], q.attrs.speaker, q.attrs.speaker_text,
             art.text[q.attrs.speaker_at[0]:q.attrs.speaker_at[1]] if q.attrs.speaker_at else None)
            for q in art.layer("quotes")]


_BODY_ROWS = [r for r in load_table("speaker_references") if r["kind"] == "body"]


@pytest.mark.parametrize("row", _BODY_ROWS, ids=lambda r: r["form"])
def test_every_body_kind_speaks_as_the_body_it_describes(row: dict[str, str]) -> None:
    got = spoken(f"وقالت ال{row['form']} الوطنية في بيان إن الهجوم فشل.")
    assert got == [("الهجوم فشل", None, f"ال{row['form']} الوطنية", f"ال{row['form']} الوطنية")]
    # inside a longer subject it is no speaker of its own: the office in construct with it speaks
    # (round 22: definite by the body it is annexed to, its words have their place)
    got = spoken(f"وقال [سعد](PER:saad) إن الهجوم فشل. وأكد قائد ال{row['form']} الخاصة أن الوضع هادئ.")
    assert got[-1][1:] == (None, f"قائد ال{row['form']} الخاصة", f"قائد ال{row['form']} الخاصة")


@pytest.mark.parametrize("form", ["الشرطة", "الحكومة", "الائتلاف الدولي", "القوات الجوية النيجيرية",
                                  "قيادة العمليات المشتركة"])
def test_a_body_the_text_never_names_is_its_description(form: str) -> None:
    got = spoken(f"وقال [سعد](PER:saad) إن الهجوم فشل. وأعلنت {form} في بيان أن الطريق مغلق.")
    assert got[-1] == ("الطريق مغلق", None, form, form)


def test_a_body_named_before_is_that_organisation() -> None:
    got = spoken("زار وفد من [الائتلاف الوطني السوري](ORG:snc) المدينة. وقال الائتلاف إن الزيارة ناجحة.")
    assert got == [("الزيارة ناجحة", "snc", None, None)]


def test_the_body_goes_on_through_a_continuation_and_its_statement() -> None:
    got = spoken("وقال [سعد](PER:saad) إن الهجوم فشل. وقالت الحكومة المالية في بيان إن جنديين قتلا. "
                 "وأضاف البيان أن القوات تلاحق المهاجمين، مشددا على أن العمل جبان. "
                 "وأضافت أن التحقيق مستمر.")
    assert [(words, who, at) for words, who, _text, at in got[1:]] == [
        ("جنديين قتلا", None, "الحكومة المالية"),
        ("القوات تلاحق المهاجمين", None, "الحكومة المالية"),
        ("العمل جبان", None, "الحكومة المالية"),
        ("التحقيق مستمر", None, "الحكومة المالية"),
    ]


def test_the_noun_alone_again_is_the_body_described_before() -> None:
    got = spoken("أكد المركز الإعلامي للمقاومة أن القاعدة سقطت. وقال [سعد](PER:saad) إن الهجوم فشل. "
                 "وأضاف المركز، أن الرصاص ما زال يسمع.")
    assert got[0][3] == got[-1][3] == "المركز الإعلامي للمقاومة"
    assert got[-1][1] is None


def test_an_unnamed_source_stays_nobody_without_a_place() -> None:
    got = spoken("وقالت مصادر أمنية إن الطريق مغلق.")
    assert got == [("الطريق مغلق", None, "مصادر أمنية", None)]


def test_the_described_place_survives_json() -> None:
    attrs = QuoteAttrs(speaker=None, cue="قالت", speaker_text="الشرطة", speaker_at=(10, 16))
    assert QuoteAttrs.from_json(attrs.to_json()) == attrs
    assert "speaker_at" not in QuoteAttrs(speaker="x").to_json()


class _Gold:
    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions


class _Pair:
    def __init__(self, mentions: list[Mention]) -> None:
        self.gold = _Gold(mentions)


class _Quote:
    def __init__(self, speaker: str | None) -> None:
        self.speaker = speaker


def test_the_scorer_counts_the_described_words_the_gold_marks_as_the_speaker() -> None:
    pr = _Pair([Mention(10, 16, "ORG", "police")])
    keys: dict[str, set[str]] = {"e1": {"other"}}
    assert speaker_right(pr, _Quote("police"), {"speaker": None, "speaker_at": [10, 16]}, keys)  # type: ignore[arg-type]
    assert not speaker_right(pr, _Quote("police"), {"speaker": None, "speaker_at": [20, 26]}, keys)  # type: ignore[arg-type]
    assert not speaker_right(pr, _Quote("police"), {"speaker": None}, keys)  # type: ignore[arg-type]
    assert not speaker_right(pr, _Quote("police"), {"speaker": "e1", "speaker_at": [10, 16]}, keys)  # type: ignore[arg-type]
    assert speaker_right(pr, _Quote(None), {"speaker": None, "speaker_at": [10, 16]}, keys)  # type: ignore[arg-type]
    assert not speaker_right(pr, _Quote("other"), {"speaker": None, "speaker_at": [10, 16]}, keys)  # type: ignore[arg-type]


_ADDRESSING = ["مخاطبا", "مخاطبة", "مخاطبين"]


@pytest.mark.parametrize("form", _ADDRESSING)
def test_the_name_after_addressing_is_the_hearer(form: str) -> None:
    assert any(r["form"] == form and r["kind"] == "addressee" for r in load_table("quote_cues"))
    got = spoken(f"وقال [سعد](PER:saad) إن الهجوم فشل. وأضاف {form} رئيس الوزراء [أحمد](PER:ahmet) "
                 "«قد يتشكل ائتلاف وقد لا يتشكل لكن السلام مهم».")
    assert [who for *_, who, _text, _at in got] == ["saad", "saad"]


def test_a_subject_put_before_the_copula_speaks() -> None:
    got = spoken("وقال [سعد](PER:saad) إن اللاعب باق. يذكر أن إدارة نادي [النصر](ORG:nassr) كانت قد أعلنت "
                 "عن أنها أنهت إجراءات التعاقد.")
    assert got[-1][:2] == ("أنهت إجراءات التعاقد", "nassr")
    got = spoken("وقال [سعد](PER:saad) إن الموقع مستقل. وتجدر الإشارة إلى أن الادعاء العام الألماني كان قد "
                 "أعلن أنه فتح باب التحقيقات.")
    assert got[-1] == ("فتح باب التحقيقات", None, "الادعاء العام الألماني", "الادعاء العام الألماني")
    # no complementizer before it: the words before كان are no subject taken for one
    got = spoken("وقال [سعد](PER:saad) إن الموقع مستقل. وفي الأسبوع الماضي كان قد أعلن أنه فتح "
                 "باب التحقيقات.")
    assert got[-1][1] == "saad"
