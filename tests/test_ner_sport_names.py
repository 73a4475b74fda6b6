"""The sport and the class of players that close a team's, a federation's or a contest's name
(`ner/sport_names.py`, `lang/ar/ner_sport_complements.tsv`): on chunk lists of our own sentences,
each table row, and through the whole tagger."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.sport_names import _behind_lam, sport_names


def closed(text: str, start: int, end: int, typ: str = "ORG", others: list[Chunk] | None = None,
           breaks: set[int] | None = None) -> str:
    """The words of the chunk [start, end) of `typ` over `text` once `sport_names` has run."""
    words = text.split()
    chunk = Chunk(start, end, typ, 0.9)
    sport_names([normalize(w) for w in words], [chunk, *(others or [])], breaks or set())
    return " ".join(words[chunk.start : chunk.end])


@pytest.mark.parametrize(
    ("text", "start", "end", "typ", "name"),
    [
        ("اختتم لاعبو المنتخب السعودي لألعاب القوى لذوي الاحتياجات الخاصة مشاركتهم", 2, 4, "ORG",
         "المنتخب السعودي لألعاب القوى لذوي الاحتياجات الخاصة"),
        ("شارك في ملتقى الشارقة الدولي لألعاب القوى للمعاقين 2015", 2, 5, "MISC",
         "ملتقى الشارقة الدولي لألعاب القوى للمعاقين"),
        ("أعلن الاتحاد الآسيوي للكرة الطائرة موعد البطولة", 1, 3, "ORG", "الاتحاد الآسيوي للكرة الطائرة"),
        ("فاز المنتخب الوطني للسباحة بثلاث ميداليات", 1, 3, "ORG", "المنتخب الوطني للسباحة"),
    ],
)
def test_a_sport_and_a_class_of_players_close_the_name(text: str, start: int, end: int, typ: str,
                                                       name: str) -> None:
    assert closed(text, start, end, typ) == name


@pytest.mark.parametrize(
    ("text", "start", "end", "typ", "why"),
    [
        ("التقى اللاعب محمد العويس لكرة القدم", 2, 4, "PER", "a person takes no sport"),
        ("زار الوفد الرياض لكرة القدم", 2, 3, "LOC", "a place takes no sport"),
        ("دعم الاتحاد السعودي للشباب والرياضة", 1, 3, "ORG", "a class of players only after a sport"),
        ("دعم الاتحاد السعودي لتطوير كرة القدم", 1, 3, "ORG", "no sport right after the name"),
    ],
)
def test_no_sport_closes_a_name_it_does_not_follow(
    text: str, start: int, end: int, typ: str, why: str,
) -> None:
    assert closed(text, start, end, typ) == " ".join(text.split()[start:end]), why


def test_words_another_name_holds_or_a_sentence_break_stop_it() -> None:
    text = "أعلن الاتحاد السعودي لكرة القدم برنامجه"
    assert closed(text, 1, 3, others=[Chunk(4, 5, "LOC", 0.9)]) == "الاتحاد السعودي"
    assert closed(text, 1, 3, breaks={3}) == "الاتحاد السعودي"


@pytest.mark.parametrize("row", load_table("ner_sport_complements"), ids=lambda r: r["phrase"])
def test_each_row_closes_a_name_behind_its_lam(row: dict[str, str]) -> None:
    phrase = row["phrase"]
    lam = "لل" + phrase[2:] if phrase.startswith("ال") else "ل" + phrase
    if row["kind"] == "sport":
        text = f"فاز المنتخب الوطني {lam} أمس"
    else:
        text = f"فاز المنتخب الوطني لكرة القدم {lam} أمس"
    assert closed(text, 1, 3) == " ".join(text.split()[1:-1])


def test_through_the_tagger_the_team_and_the_meet_keep_their_sport() -> None:
    text = ("اختتم لاعبو المنتخب السعودي لألعاب القوى لذوي الاحتياجات الخاصة مشاركتهم في ملتقى الشارقة "
            "الدولي الخامس لألعاب القوى للمعاقين 2015.")
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    assert [(text[s.start : s.end], s.label) for s in spans] == [
        ("المنتخب السعودي لألعاب القوى لذوي الاحتياجات الخاصة", "ORG"),
        ("ملتقى الشارقة الدولي الخامس لألعاب القوى للمعاقين", "MISC"),
    ]


def test_a_sport_behind_lam_and_the_article_merges_the_lam_of_a_word_opening_with_one() -> None:
    assert _behind_lam("اللياقة البدنية") == (normalize("للياقة"), normalize("البدنية"))
    assert _behind_lam("السباحة") == (normalize("للسباحة"),)
    assert _behind_lam("ألعاب القوى") == (normalize("لألعاب"), normalize("القوى"))
