"""A quoted name right after an organisation classifier (شركة "بيدو") is a name of the head's
type where the tagger found none (issue 15: a delegation's sender the events lost); not after a
place classifier, not a long quotation, not words a name already holds; the classifier rows
one by one. A quoted name right after a title word (مسرحية «الأشقياء والتحدي») is a work's own
name, a MISC (issue 16), the title rows one by one; a bracketed phrase there is not. A quoted
name right after an event's head (مهرجان «ليالي الشرقية») is the event's own, the rows one by one."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.heads import MAX_QUOTED, head_names, quoted_after_classifiers


def norms_of(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


def spans(chunks: list[Chunk]) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.type) for c in chunks]


def test_a_quoted_company_name_is_an_organisation() -> None:
    norms = norms_of('استقبل المدير وفدا من شركة " بيدو " الصينية')
    assert spans(quoted_after_classifiers(norms, [], {0})) == [(6, 7, "ORG")]


def test_a_name_already_found_is_left_as_it_is() -> None:
    norms = norms_of("وقعت شركة « قطر غاز » العقد")
    got = quoted_after_classifiers(norms, [Chunk(3, 5, "ORG", 0.9)], {0})
    assert spans(got) == [(3, 5, "ORG")]


def test_a_long_quotation_after_a_company_word_is_no_name() -> None:
    words = " ".join(["كلمة"] * (MAX_QUOTED + 1))
    norms = norms_of(f'قال مدير الشركة " {words} " امس')
    assert quoted_after_classifiers(norms, [], {0}) == []


def test_a_quotation_across_a_sentence_break_is_no_name() -> None:
    norms = norms_of('وقال مدير شركة " الحمد لله . " ثم')
    assert quoted_after_classifiers(norms, [], {0, 6}) == []


@pytest.mark.parametrize("row", [r for r in load_table("ner_name_heads") if r["kind"] == "classifier"],
                         ids=lambda r: r["word"])
def test_each_classifier_makes_a_quoted_name_of_an_organisation_only(row: dict[str, str]) -> None:
    got, at = _quoted_after_head("قال", row["word"])
    assert got == ([(at, at + 1, "ORG")] if row["type"] == "ORG" else [])
    assert all(normalize(w) for w in row["word"].split())


def test_a_quoted_play_after_its_title_word_is_a_work() -> None:
    norms = norms_of("إن مسرحية « الأشقياء والتحدي » تعرض نماذج")
    assert spans(quoted_after_classifiers(norms, [], {0})) == [(3, 5, "MISC")]
    norms = norms_of('عرضت المسرحية " هيا قوام " بقالب كوميدي')  # the title word with its article
    assert spans(quoted_after_classifiers(norms, [], {0})) == [(3, 5, "MISC")]


def test_a_bracketed_phrase_after_a_title_word_is_no_name() -> None:
    norms = norms_of("صدر كتاب ( الجزء الثاني ) امس")
    assert quoted_after_classifiers(norms, [], {0}) == []


@pytest.mark.parametrize("row", [r for r in load_table("ner_name_heads") if r["kind"] == "title"],
                         ids=lambda r: r["word"])
def test_each_title_word_makes_a_quoted_name_a_work(row: dict[str, str]) -> None:
    got, at = _quoted_after_head("وشاهد", row["word"])
    assert got == [(at, at + 1, row["type"])]


def _quoted_after_head(verb: str, head: str) -> tuple[list, int]:
    """The spans found in «VERB HEAD " فلان " امس», and the word index of the quoted name."""
    words = head.split()
    norms = norms_of(f"{verb} {' '.join(words)}" + ' " فلان " امس')
    return spans(quoted_after_classifiers(norms, [], {0})), 1 + len(words) + 1


EVENT_HEADS = [r for r in load_table("ner_name_heads") if r["kind"] == "part" and r["type"] == "MISC"]


@pytest.mark.parametrize("row", EVENT_HEADS, ids=lambda r: r["word"])
def test_each_event_head_makes_a_quoted_name_the_events_own(row: dict[str, str]) -> None:
    head = row["word"].split()
    norms = norms_of("وزار " + " ".join(head) + ' « فلان » امس')
    at = 1 + len(head) + 1
    assert spans(quoted_after_classifiers(norms, [], {0})) == [(at, at + 1, "MISC")]
    norms = norms_of("وزار " + " ".join(head) + " ( فلان ) امس")  # brackets are no name's marks
    assert quoted_after_classifiers(norms, [], {0}) == []


def test_a_festival_word_the_tagger_took_alone_gives_way_to_the_quoted_name() -> None:
    norms = norms_of("زوار مهرجان « ليالي الشرقية » في الدمام")
    got = quoted_after_classifiers(norms, [Chunk(1, 2, "MISC", 0.6), Chunk(7, 8, "LOC", 0.9)], {0})
    assert spans(got) == [(3, 5, "MISC"), (7, 8, "LOC")]
    norms = norms_of("وقال نادي « الشباب » امس")  # a name the tagger took with an organisation's word stays
    got = quoted_after_classifiers(norms, [Chunk(1, 2, "ORG", 0.6)], {0})
    assert spans(got) == [(1, 2, "ORG")]


def test_a_quoted_outlet_after_a_website_channel_or_magazine_word_is_an_organisation() -> None:
    norms = norms_of("وذكر موقع « الدرر الشامية » المعارض")  # found by no tagger
    assert spans(quoted_after_classifiers(norms, [], {0})) == [(3, 5, "ORG")]
    norms = norms_of("على صفحات مجلة « ذي أتلانتيك » امس")  # the tagger's MISC retyped
    got = quoted_after_classifiers(norms, [Chunk(4, 6, "MISC", 0.7)], {0})
    assert spans(got) == [(4, 6, "ORG")]
    norms = norms_of("مقر سري لقناة « المسيرة » بعدن")  # behind a proclitic
    assert spans(quoted_after_classifiers(norms, [], {0})) == [(4, 5, "ORG")]


def test_an_outlet_word_leaves_an_unquoted_name_after_it_alone() -> None:
    norms = norms_of("لعبور السفن بقناة السويس الجديدة")
    got = head_names(norms, [Chunk(3, 4, "LOC", 0.9)], {0})
    assert spans(got) == [(3, 4, "LOC")]


def test_a_quoted_listed_place_after_an_outlet_word_stays_a_place() -> None:
    norms = norms_of('تواجه خطرا من توسعة لقناة " بنما " الجديدة')
    got = quoted_after_classifiers(norms, [Chunk(5, 6, "LOC", 0.9)], {0})
    assert spans(got) == [(5, 6, "LOC")]
    assert quoted_after_classifiers(norms, [], {0}) == []



def test_a_quoted_name_after_a_part_head_of_an_organisation_is_its_name() -> None:
    norms = norms_of('وقعت صحيفة سبق ومركز " صناعة خبر " للتدريب الإعلامي اتفاقية')
    assert spans(quoted_after_classifiers(norms, [], {0})) == [(5, 7, "ORG")]
    norms = norms_of("رصدت لجنة « تحسين خدمة المريض » المشكلة")
    assert spans(quoted_after_classifiers(norms, [], {0})) == [(3, 6, "ORG")]


def test_a_bracket_after_a_part_head_or_a_quote_after_a_district_head_is_no_name() -> None:
    assert quoted_after_classifiers(norms_of("أعلن مركز ( الملك ) أمس"), [], {0}) == []
    assert quoted_after_classifiers(norms_of("بمحافظة عمران ومديرية « حيس » بمحافظة الحديدة"), [], {0}) == []


@pytest.mark.parametrize("row", load_table("ner_quoting_heads"), ids=lambda r: r["word"])
def test_each_quoting_head_is_an_organisation_part_head_naming_the_quoted_phrase(
        row: dict[str, str]) -> None:
    assert any(r["word"] == row["word"] and r["type"] == "ORG" and r["kind"] == "part"
               for r in load_table("ner_name_heads"))
    norms = norms_of(f"وقال {row['word']} « نور الهدى » أمس")
    assert spans(quoted_after_classifiers(norms, [], {0})) == [(3, 5, "ORG")]
