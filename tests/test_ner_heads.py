"""Names made with (or typed by) a head noun, names cut at punctuation, quotation marks and function words,
places split off the end of a name, and one type per name in an article: each mechanism on
chunk lists of our own sentences (no model involved), and the head table row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk, vote_types
from marsad.ner.crf import NerModel
from marsad.ner.heads import head_names, titled_names
from marsad.ner.not_names import drop_not_names
from marsad.ner.places import split_trailing_places
from marsad.ner.rules import trim_edges

HEADS = load_table("ner_name_heads")


def norms_of(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


def spans(chunks: list[Chunk]) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.type) for c in chunks]


@pytest.mark.parametrize("row", HEADS, ids=lambda r: r["word"])
def test_each_head_joins_a_place_or_types_it(row: dict[str, str]) -> None:
    # «و<head> [LOC فلانستان]»: a part head always joins; a classifier joins another type only.
    head = row["word"].split()
    norms = norms_of("قال " + "و" + " ".join(head) + " فلانستان امس")
    at = 1 + len(head)
    got = head_names(norms, [Chunk(at, at + 1, "LOC", 0.9)], {0})
    if row["kind"] == "title":  # never part of the name; it types the name after it
        assert spans(got) == [(at, at + 1, "LOC")]
        quoted = norms_of("قال " + "و" + " ".join(head) + " « فلانستان » امس")
        got = titled_names(quoted, [Chunk(at + 1, at + 2, "LOC", 0.9)])
        assert spans(got) == [(at + 1, at + 2, row["type"])]
    elif row["kind"] == "named" or (row["type"] == "LOC" and row["kind"] == "classifier"):
        assert spans(got) == [(at, at + 1, "LOC")]
    else:
        assert spans(got)[0][:3] == (1, at + 1, row["type"])


def test_a_head_takes_a_title_and_a_person_and_the_complement_after_them() -> None:
    norms = norms_of("افتتح مركز الملك سلمان للإغاثة فرعا")
    assert spans(head_names(norms, [Chunk(3, 4, "PER", 0.9)], {0})) == [(1, 5, "ORG")]
    norms = norms_of("في جامعة الملك سعود بالرياض")
    assert spans(head_names(norms, [Chunk(3, 4, "PER", 0.9)], {0})) == [(1, 4, "ORG")]


def test_a_classifier_stays_out_of_a_name_of_its_own_type() -> None:
    norms = norms_of("أعلنت شركة أرامكو أن شركة آسيا للاستثمار ستطرح")
    got = head_names(norms, [Chunk(2, 3, "ORG", 0.9), Chunk(5, 6, "LOC", 0.9)], {0})
    assert spans(got) == [(2, 3, "ORG"), (4, 7, "ORG")]


def test_a_classifier_joins_a_place_and_its_complement_taken_for_the_company() -> None:
    norms = norms_of("يرى تقرير شركة آسيا للاستثمار أن الأسواق")
    assert spans(head_names(norms, [Chunk(3, 5, "ORG", 0.9)], {0})) == [(2, 5, "ORG")]
    norms = norms_of("يرى تقرير شركة سامر للاستثمار أن الأسواق")  # no place inside: the name stands alone
    assert spans(head_names(norms, [Chunk(3, 5, "ORG", 0.9)], {0})) == [(3, 5, "ORG")]
    norms = norms_of("يرى تقرير شركة آسيا الوسطى أن الأسواق")  # no complement
    assert spans(head_names(norms, [Chunk(3, 5, "ORG", 0.9)], {0})) == [(3, 5, "ORG")]


def test_a_head_in_the_definite_state_is_no_head() -> None:
    norms = norms_of("وقالت الهيئة السعودية إن")
    assert spans(head_names(norms, [Chunk(2, 3, "LOC", 0.9)], {0})) == [(2, 3, "LOC")]


def test_a_head_marked_alone_makes_a_name_of_the_definite_words_after_it() -> None:
    norms = norms_of("دشن الوكيل مهرجان العسل الدولي في غابة")
    assert spans(head_names(norms, [], {0})) == [(2, 5, "MISC")]
    norms = norms_of("حملة التطعيم بدأت")  # حملة is not in the table; nothing is made
    assert spans(head_names(norms, [], {0})) == []


def test_a_head_alone_takes_one_definite_word_then_only_nisba_adjectives() -> None:
    # «المقبلة», «المشتمل» are participles, not part of the name: «كأس العالم المقبلة».
    norms = norms_of("المؤهلة لكأس العالم المقبلة .")
    assert spans(head_names(norms, [], {0})) == [(1, 3, "MISC")]
    norms = norms_of("جناح جمعية النحالين التعاونية المشتمل على مختبر")
    assert spans(head_names(norms, [], {0})) == [(1, 4, "ORG")]


def test_a_two_word_court_head_joins_the_place_after_it() -> None:
    norms = norms_of("قضت محكمة استئناف ديالى بالسجن")
    assert spans(head_names(norms, [Chunk(3, 4, "LOC", 0.9)], {0})) == [(1, 4, "ORG")]
    norms = norms_of("أصدرت محكمة جنايات القاهرة حكما")
    assert spans(head_names(norms, [Chunk(3, 4, "LOC", 0.9)], {0})) == [(1, 4, "ORG")]


def test_a_name_never_spans_a_sentence_break() -> None:
    norms = norms_of("وزارة . الصحة أعلنت")
    assert spans(head_names(norms, [Chunk(2, 3, "ORG", 0.9)], {0, 2})) == [(2, 3, "ORG")]


def test_punctuation_quotation_marks_and_lone_construct_heads_are_cut() -> None:
    norms = norms_of("نقلت وكالة “ رويترز ” و “ جالاكسي نوت ” Pro عن شركة")
    chunks = [Chunk(1, 3, "ORG"), Chunk(3, 5, "ORG"), Chunk(7, 11, "MISC"), Chunk(12, 13, "ORG")]
    words = ["نقلت", "وكالة", "“", "رويترز", "”", "و", "“", "جالاكسي", "نوت", "”", "Pro", "عن", "شركة"]
    assert spans(trim_edges(norms, words, chunks)) == [(3, 4, "ORG"), (7, 9, "MISC")]
    words = ["تعد", "“", "مصدراً", "للاستفزازات", "”", "وقال", "بوتين"]
    got = trim_edges(norms_of(" ".join(words)), words, [Chunk(2, 4, "MISC"), Chunk(6, 7, "PER")])
    assert spans(got) == [(6, 7, "PER")]


def test_a_name_loses_a_function_word_at_its_end() -> None:
    words = ["لأنه", "الاتحاد", "الذي", "يعرف", "بطولة", "المملكة", "المتحدة", "التي", "تنطلق"]
    got = drop_not_names(words, [Chunk(1, 3, "ORG"), Chunk(4, 8, "MISC")])
    assert spans(got) == [(1, 2, "ORG"), (4, 7, "MISC")]


def test_a_place_behind_ba_at_the_end_of_a_name_is_its_own_name() -> None:
    norms = norms_of("تنظمه جمعية النحالين التعاونية بالرياض امس")
    got = split_trailing_places(norms, [Chunk(1, 5, "ORG", 0.9)])
    assert spans(got) == [(1, 4, "ORG"), (4, 5, "LOC")]


def test_one_name_takes_one_type_in_an_article() -> None:
    norms = norms_of("أعلنت سامسونج اليوم وذكرت سامسونج أن بسامسونج")
    chunks = [Chunk(1, 2, "ORG", 0.9), Chunk(4, 5, "LOC", 0.6), Chunk(6, 7, "ORG", 0.7)]
    assert [c.type for c in vote_types(norms, chunks)] == ["ORG", "ORG", "ORG"]
    kept = [Chunk(1, 2, "ORG", 0.9), Chunk(4, 5, "LOC", 1.0, "gazetteer")]
    assert [c.type for c in vote_types(norms, kept)] == ["ORG", "LOC"]


def test_a_quoted_name_after_a_title_word_is_a_work() -> None:
    norms = norms_of("قدمت مسرحية « الأشقياء والتحدي » ثم فيلم مدغشقر")
    chunks = [Chunk(3, 5, "LOC", 0.9), Chunk(8, 9, "LOC", 0.9)]
    assert spans(titled_names(norms, chunks)) == [(3, 5, "MISC"), (8, 9, "LOC")]


def test_a_person_loses_a_title_at_either_end() -> None:
    from marsad.ner.rules import drop_titles

    norms = norms_of("دعا السيد بوتين السيد ترامب أيضا")
    got = drop_titles(norms, [Chunk(1, 4, "PER", 0.9), Chunk(5, 6, "PER", 0.9)])
    assert spans(got) == [(2, 3, "PER"), (5, 6, "PER")]


def test_the_catalogue_lends_its_names_but_not_those_behind_a_classifier() -> None:
    from marsad.ner.lexicon import catalogue_index, place_names

    index = catalogue_index()
    assert index.matches(norms_of("قال الاتحاد الأوروبي أمس")) == [(1, 3, "ORG")]
    # «صحيفة الرياض» is not lent (a classifier opens it): the tagger finds the name after it
    assert index.matches(norms_of("ونشرت صحيفة الرياض")) == [(2, 3, "LOC")]
    assert normalize("الباحة") in place_names()


def test_a_classifier_the_tagger_took_goes_when_the_name_stands_alone() -> None:
    from marsad.ner.heads import drop_classifiers

    norms = norms_of("تداولات سهم شركة موبايلي وفي دولة الإمارات العربية المتحدة ومدينة نجران")
    chunks = [Chunk(2, 4, "ORG"), Chunk(5, 9, "LOC"), Chunk(9, 11, "LOC")]
    assert spans(drop_classifiers(norms, chunks)) == [(3, 4, "ORG"), (6, 9, "LOC"), (10, 11, "LOC")]
    # kept: before a title, before a complement in ل, a definite common noun, a listed whole name
    norms = norms_of("في مدينة الملك فهد الطبية شركة آسيا للاستثمار وكالة القراءة والمدينة المنورة")
    kept = [(1, 5, "LOC"), (5, 8, "ORG"), (8, 10, "ORG"), (10, 12, "LOC")]
    assert spans(drop_classifiers(norms, [Chunk(*k) for k in kept])) == kept
    # with the article, only before one word (no nisba); a name with its own head after the classifier
    norms = norms_of("جماهير النادي الكرواتي على ملعب مدينة الملك عبدالله الرياضية")
    chunks = [Chunk(1, 3, "ORG"), Chunk(4, 9, "LOC")]
    assert spans(drop_classifiers(norms, chunks)) == [(1, 3, "ORG"), (5, 9, "LOC")]  # الكرواتي is a nisba
    norms = norms_of("جماهير النادي هجر في مدينة لندن")
    got = drop_classifiers(norms, [Chunk(1, 3, "ORG"), Chunk(4, 6, "LOC")])
    assert spans(got) == [(2, 3, "ORG"), (5, 6, "LOC")]


def test_the_club_classifier_goes_before_a_listed_club() -> None:
    # the guide: «نادي الهلال» → «الهلال»; a listed club's bare name is a definite common word
    # («الشباب», «التعاون») or a nisba («الأهلي»), yet the club after «نادي» / «النادي»
    from marsad.ner.heads import drop_classifiers

    norms = norms_of("جماهير النادي الأهلي ولاعبو نادي الشباب وإدارة لنادي التعاون")
    chunks = [Chunk(1, 3, "ORG"), Chunk(4, 6, "ORG"), Chunk(7, 9, "ORG")]
    assert spans(drop_classifiers(norms, chunks)) == [(2, 3, "ORG"), (5, 6, "ORG"), (8, 9, "ORG")]
    # not after another classifier («جمعية التعاون» is the society), nor a club with more words
    norms = norms_of("أعضاء جمعية التعاون وجماهير النادي الأهلي المصري")
    kept = [(1, 3, "ORG"), (4, 7, "ORG")]
    assert spans(drop_classifiers(norms, [Chunk(*k) for k in kept])) == kept


def test_a_place_classifier_never_joins_an_organisation() -> None:
    norms = norms_of("اقتصادات دول مجموعة العشرين وجزيرة سعود")
    got = head_names(norms, [Chunk(2, 4, "ORG"), Chunk(5, 6, "PER")], {0})
    assert spans(got) == [(2, 4, "ORG"), (4, 6, "LOC")]


def test_a_quoted_name_after_a_unit_word_is_a_place() -> None:
    from marsad.ner.places import quoted_places

    norms = norms_of("غارات في محافظة « عمران » ومديرية « حيس » وبمحافظة « آل الصيفي » ومسرحية « الأشقياء »")
    chunks = [Chunk(4, 5, "MISC"), Chunk(12, 14, "ORG"), Chunk(17, 18, "MISC")]
    got = quoted_places(norms, chunks, {0})
    # مديرية is a unit too (a district): «حيس» is a place, as «عمران» after محافظة
    assert spans(got) == [(4, 5, "LOC"), (8, 9, "LOC"), (12, 14, "LOC"), (17, 18, "MISC")]
    norms = norms_of("في منطقة « أكثر من أربع كلمات هنا » وفي مدينة « نيوم »")
    assert spans(quoted_places(norms, [], {0})) == [(12, 13, "LOC")]


def test_a_proclitic_comes_off_a_name_that_starts_with_a_head() -> None:
    from marsad.ner.proclitics import proclitic_lexicon_words
    from marsad.ner.tokens import bare_prefix

    known = proclitic_lexicon_words()
    assert bare_prefix("لكأس", known) == 1
    assert bare_prefix("بأمانة", known) == 1
    assert bare_prefix("لشبه", known) == 1
    assert bare_prefix("لندن", known) == 0


def test_a_nisba_or_a_cue_word_after_a_classifier_is_no_name_alone() -> None:
    from marsad.ner.heads import drop_classifiers

    norms = norms_of("مسؤولي النادي الكرواتي ونقلت وكالة أنباء الصين")
    kept = [(1, 3, "ORG"), (4, 6, "ORG")]
    assert spans(drop_classifiers(norms, [Chunk(*k) for k in kept])) == kept


def test_a_quoted_organisation_after_a_place_classifier_stays_one() -> None:
    from marsad.ner.places import quoted_places

    norms = norms_of("بعض دول « أوبك » وفي محافظة « الحديدة »")
    got = quoted_places(norms, [Chunk(3, 4, "ORG"), Chunk(8, 9, "ORG")], {0})
    assert spans(got) == [(3, 4, "ORG"), (8, 9, "LOC")]


def test_sites_and_sectors_take_their_name_and_lose_the_proclitic() -> None:
    from marsad.ner.places import complete_places
    from marsad.ner.proclitics import proclitic_lexicon_words
    from marsad.ner.tokens import bare_prefix

    known = proclitic_lexicon_words()
    for word in ("بقطاع", "بحديقة", "بكورنيش", "لمنتزه", "بجريدة"):
        assert bare_prefix(word, known) == 1, word
    # «بقطاع [الطوال]»: a sector is a unit whose word is part of the place's name
    norms = norms_of("تعرضت دورية بقطاع الطوال لمقذوف")
    assert spans(complete_places(norms, [Chunk(3, 4, "LOC", 0.9)], {0}, [])) == [(2, 4, "LOC")]
    # «بحديقة الملك [فهد]»: a park named after a person is a place
    norms = norms_of("أقيم الحفل بحديقة الملك فهد المركزية")
    assert spans(head_names(norms, [Chunk(4, 5, "PER", 0.9)], {0})) == [(2, 6, "LOC")]
    # «جريدة [الرياض]»: a paper's classifier stays out of its name
    norms = norms_of("يكتب في جريدة الرياض منذ")
    assert spans(head_names(norms, [Chunk(3, 4, "ORG", 0.9)], {0})) == [(3, 4, "ORG")]


def test_a_quoted_list_after_a_units_dual_or_plural_is_a_place_each() -> None:
    from marsad.ner.places import quoted_places

    norms = norms_of("معارك في محافظتي « الضالع وأبين » ومناطق « سعوان ونقم والصافية » أمس")
    got = quoted_places(norms, [Chunk(4, 5, "LOC"), Chunk(10, 11, "MISC")], {0})
    assert spans(got) == [(4, 5, "LOC"), (5, 6, "LOC"), (9, 10, "LOC"), (10, 11, "LOC"), (11, 12, "LOC")]
    norms = norms_of("في محافظات « كلمات كثيرة جدا لا تسمي مكانا واحدا بعينها »")  # a long quotation
    assert quoted_places(norms, [], {0}) == []
    norms = norms_of("في محافظات « صعدة وجبال مران الشاهقة العالية »")  # a long item ends the list
    assert spans(quoted_places(norms, [], {0})) == [(3, 4, "LOC")]


def test_a_quoted_name_after_a_district_is_a_place() -> None:
    # «مديرية» (a Yemeni or Iraqi district) is a unit like «محافظة»: the tagger reads the quoted
    # name after it as a work or a body
    from marsad.ner.places import quoted_places

    norms = norms_of("اشتباكات في مديرية « فلان » وبمديرية « علان الكبرى »")
    got = quoted_places(norms, [Chunk(4, 5, "MISC", 0.7)], {0})
    assert spans(got) == [(4, 5, "LOC"), (8, 10, "LOC")]


@pytest.mark.parametrize("row", load_table("ner_place_units"), ids=lambda r: r["word"])
def test_each_units_plural_opens_a_quoted_list_of_places(row: dict[str, str]) -> None:
    from marsad.ner.places import quoted_places

    for plural in row["plurals"].split():
        norms = norms_of(f"في {plural} « فلان وعلان » أمس")
        assert spans(quoted_places(norms, [], {0})) == [(3, 4, "LOC"), (4, 5, "LOC")]


def test_an_office_head_joins_a_body_but_never_the_person_who_holds_it() -> None:
    # «رئاسة»: «رئاسة الجمهورية» is a body; «وفد برئاسة الجنرال X» is a delegation headed by X.
    assert [r["kind"] for r in HEADS if r["word"] == "رئاسة"] == ["office"]
    norms = norms_of("وصل وفد برئاسة الجنرال فلان الفلاني أمس")
    assert spans(head_names(norms, [Chunk(4, 6, "PER", 0.9)], {0})) == [(4, 6, "PER")]
    norms = norms_of("وأعلنت رئاسة فلانستان أمس")
    assert spans(head_names(norms, [Chunk(2, 3, "LOC", 0.9)], {0})) == [(1, 3, "ORG")]


def test_a_national_team_is_the_organisation_with_its_country() -> None:
    # «ومنتخب [بلجيكا] لكرة القدم», «[المنتخب السعودي]»: the team, an ORG, not the country
    norms = norms_of("لضم مهاجم الأخير ومنتخب بلجيكا لكرة القدم")
    assert spans(head_names(norms, [Chunk(4, 5, "LOC", 0.9)], {0})) == [(3, 5, "ORG")]
    norms = norms_of("وقال مدرب المنتخب إن اللاعبين جاهزون")  # the definite head alone names no team here
    assert head_names(norms, [], {0}) == []


def test_a_facility_named_after_a_person_takes_the_person_and_nothing_else() -> None:
    # «قاعدة»: «قائد قاعدة الملك عبدالعزيز البحرية» is the base (no person speaks), «قاعدة
    # الأمم المتحدة» a base of the body, which stays a name of its own.
    assert [r["kind"] for r in HEADS if r["word"] == "قاعدة"] == ["named"]
    norms = norms_of("وقال قائد قاعدة الملك عبدالعزيز البحرية إن")
    assert spans(head_names(norms, [Chunk(4, 6, "PER", 0.9)], {0})) == [(2, 6, "LOC")]
    norms = norms_of("وزار المبعوث قاعدة الأمم المتحدة في بنتيو")
    assert spans(head_names(norms, [Chunk(3, 5, "ORG", 0.9)], {0})) == [(3, 5, "ORG")]
    norms = norms_of("وهبطت الطائرة في قاعدة فلانستان")
    assert spans(head_names(norms, [], {0})) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وقال قائد قاعدة الملك عبدالعزيز البحرية إن التمرين حقق أهدافه.",
         [("قاعدة الملك عبدالعزيز البحرية", "LOC")]),
        ("وأنشأت الوزارة قاعدة بيانات موحدة للمواطنين.", []),
    ],
)
def test_a_base_named_after_a_king_is_no_person_in_a_sentence(text: str, want: list[tuple[str, str]]) -> None:
    spans_ = tag_article(text, NerModel.default(), [(0, len(text))], [])
    assert [(text[s.start : s.end], s.label) for s in spans_] == want
