"""The holder's name after «office [body or place]» (`ner/office_holders.py`), the office words
row by row (`lang/ar/ner_office_words.tsv`), a place run into a name after an office
(`persons.split_place_persons`), and the article tagger on invented sentences (issue 15)."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.lexicon import office_word
from marsad.ner.office_holders import office_holders
from marsad.ner.persons import NameSigns, split_place_persons

OFFICE_WORDS = load_table("ner_office_words")


@cache
def signs() -> NameSigns:
    model = NerModel.default()
    return NameSigns(model.features.translit, model.common_words)


def words_of(text: str) -> tuple[list[str], list[str]]:
    words = text.split()
    return words, [normalize(w) for w in words]


def spans(chunks: list[Chunk]) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.type) for c in chunks]


def holder_spans(text: str, chunks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans `office_holders` reads in `text` with the tagger's `chunks`, no sentence break."""
    words, norms = words_of(text)
    return spans(office_holders(norms, words, [Chunk(*c) for c in chunks], set(), signs()))


@pytest.mark.parametrize("row", OFFICE_WORDS, ids=lambda r: r["word"])
def test_each_office_word_announces_its_holder_after_the_body(row: dict[str, str]) -> None:
    words, norms = words_of(f"وقال {row['word']} النادي خالد الشمري إن")
    got = office_holders(norms, words, [Chunk(2, 3, "ORG")], set(), signs())
    assert spans(got) == [(2, 3, "ORG"), (3, 5, "PER")]


def test_office_words_are_indefinite_and_read_behind_a_clitic() -> None:
    assert office_word(normalize("ومحافظ")) and office_word(normalize("لمدرب"))
    assert not office_word(normalize("المحافظ"))  # definite: no construct state
    assert not office_word(normalize("محافظة"))  # the province as often as the governor


@pytest.mark.parametrize(
    ("text", "chunks", "want"),
    [
        # A known given name and a family name after the place.
        ("زار محافظ الرس سعيد الحربي المعرض", [(2, 3, "LOC")], [(2, 3, "LOC"), (3, 5, "PER")]),
        # After a body of several words; a title of ner_cues too.
        ("وقال عضو مجلس بلدية تبوك خالد العنزي", [(2, 5, "ORG")], [(2, 5, "ORG"), (5, 7, "PER")]),
        ("وقال سفير اليمن خالد العنزي إن", [(2, 3, "LOC")], [(2, 3, "LOC"), (3, 5, "PER")]),
        # An unknown given name, vouched for by a definite nisba after it.
        ("زار محافظ الرس فضيان الحربي المعرض", [(2, 3, "LOC")], [(2, 3, "LOC"), (3, 5, "PER")]),
    ],
)
def test_the_holder_after_the_body(text: str, chunks: list[tuple[int, int, str]],
                                   want: list[tuple[int, int, str]]) -> None:
    assert holder_spans(text, chunks) == want


@pytest.mark.parametrize(
    ("text", "chunks"),
    [
        ("وقال محافظ جدة خلال الحفل إن", [(2, 3, "LOC")]),  # no name after the place
        ("وكان محافظ الرس افتتح المعرض", [(2, 3, "LOC")]),  # a verb and a definite noun, no nisba
        ("وقال المحافظ الرس خالد الشمري", [(2, 3, "LOC")]),  # a definite office is no construct
        ("وقال الشاعر الرس خالد الشمري", [(2, 3, "LOC")]),  # no office before the place
        ("زار محافظ الرس خالد", [(2, 3, "LOC")]),  # one word: no name of two
        ("زار محافظ الرس خالد الشمري", [(2, 3, "LOC"), (3, 5, "PER")]),  # the tagger found it already
    ],
)
def test_no_holder_read(text: str, chunks: list[tuple[int, int, str]]) -> None:
    words, norms = words_of(text)
    got = office_holders(norms, words, [Chunk(*c) for c in chunks], set(), signs())
    assert spans(got) == chunks


@pytest.mark.parametrize(
    ("text", "chunks", "want"),
    [
        # A definite title held over the body through «باسم», one definite word between or not.
        ("وقال المتحدث باسم الحكومة سعيد الحربي إن", [(3, 4, "ORG")], [(3, 4, "ORG"), (4, 6, "PER")]),
        ("وقال المتحدث الرسمي باسم البلدية سعيد الحربي إن", [(4, 5, "ORG")],
         [(4, 5, "ORG"), (5, 7, "PER")]),
        # ... or through the preposition on the body's first word.
        ("وأوضح المتحدث الرسمي لأمانة الباحة صديق الغامدي أن", [(3, 5, "ORG")],
         [(3, 5, "ORG"), (5, 7, "PER")]),
        ("وأكد الرئيس التنفيذي لشركة المراعي سعد الغامدي أن", [(3, 5, "ORG")],
         [(3, 5, "ORG"), (5, 7, "PER")]),
        # No link, no title, two words between, or a sentence break: no holder.
        ("وقال الرئيس الشركة سعد الغامدي إن", [(2, 3, "ORG")], [(2, 3, "ORG")]),
        ("وقال الشاعر لأمانة الباحة سعد الغامدي إن", [(2, 4, "ORG")], [(2, 4, "ORG")]),
        ("وقال المتحدث الرسمي الأول لأمانة الباحة سعد الغامدي إن", [(4, 6, "ORG")], [(4, 6, "ORG")]),
    ],
)
def test_a_definite_title_linked_to_the_body_announces_its_holder(
    text: str, chunks: list[tuple[int, int, str]], want: list[tuple[int, int, str]]
) -> None:
    assert holder_spans(text, chunks) == want


def test_no_linked_holder_across_a_sentence_break() -> None:
    words, norms = words_of("وقال المتحدث باسم الحكومة سعيد الحربي إن")
    assert spans(office_holders(norms, words, [Chunk(3, 4, "ORG")], {3}, signs())) == [(3, 4, "ORG")]


def test_no_holder_across_a_sentence_break() -> None:
    words, norms = words_of("زار محافظ الرس خالد الشمري")
    assert spans(office_holders(norms, words, [Chunk(2, 3, "LOC")], {3}, signs())) == [(2, 3, "LOC")]


def test_a_place_run_into_a_name_after_an_office_is_split() -> None:
    # «مدرب» is no title of ner_cues: the office word makes the name after the place a person's.
    words, norms = words_of("أما مدرب كوبا ماريو لوبيز فقال")
    got = split_place_persons(norms, words, [Chunk(2, 4, "LOC")], set(), signs())
    assert spans(got) == [(2, 3, "LOC"), (3, 5, "PER")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وقال عضو مجلس بلدية تبوك خالد العبيدي لوكالة الأنباء إن المشروع تأخر.",
         ("PER", "خالد العبيدي")),
        ("وقال محامي الشركة جون سميث للصحيفة إن العقد سليم.", ("PER", "جون سميث")),
    ],
)
def test_article_tagger_finds_the_holder(text: str, want: tuple[str, str]) -> None:
    got = tag_article(text, NerModel.default(), [(0, len(text))], [])
    assert want in [(s.label, text[s.start : s.end]) for s in got]


@pytest.mark.parametrize(
    ("text", "chunks", "want"),
    [
        # A portfolio in construct state, no name: an unknown given name vouched for by a nisba.
        ("دعا وزير حقوق الإنسان عزالدين الأصبحي المفوض", [], [(4, 6, "PER")]),
        # A common noun with the article; a known given name.
        ("وكان في استقبالهم مدير النادي خالد الشمري", [], [(5, 7, "PER")]),
        # A chain with the tagger's place inside it.
        ("واستقبلهما مدير عام جمرك الخفجي عيد الأسود", [(4, 5, "LOC")], [(4, 5, "LOC"), (5, 7, "PER")]),
    ],
)
def test_the_holder_after_a_complement_that_names_nothing(
    text: str, chunks: list[tuple[int, int, str]], want: list[tuple[int, int, str]],
) -> None:
    assert holder_spans(text, chunks) == want


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس العلاقات العامة ومشرف المنتدى الثقافي",  # a proclitic and a noun, no given name
        "وقال مدير الإدارة العامة لصحة البيئة إن",
        "وقال وزير الخارجية إن الاجتماع",  # no name after the complement
        "وقال وزير الدفاع في المؤتمر الصحفي خالد الشمري",  # past MAX_COMPLEMENT words and a particle
        "واستهل وزير الشؤون البلدية والقروية جولته التفقدية",  # a feminine adjective is no family name
        "وعبر رئيس الوفد مشرف النشاط",  # a definite noun, no nisba or known spelling, ends no name
        "ورفع نائب خادم الحرمين الشريفين خالص التعازي",  # «خالص» opens no name read here
    ],
)
def test_no_holder_after_a_complement(text: str) -> None:
    words, norms = words_of(text)
    assert office_holders(norms, words, [], set(), signs()) == []


def test_no_holder_after_a_complement_across_a_sentence_break() -> None:
    words, norms = words_of("وقال مدير النادي خالد الشمري")
    assert office_holders(norms, words, [], {3}, signs()) == []


@pytest.mark.parametrize(
    ("text", "chunks", "want"),
    [
        # The place the office is held in after its complement, «في» before it or «بـ» on it.
        ("والتقى وزير حقوق الإنسان في اليمن محمد الأصبحي أمس", [(5, 6, "LOC")],
         [(5, 6, "LOC"), (6, 8, "PER")]),
        ("وحضر مدير فرع الوزارة بمنطقة مكة المكرمة وليد با فقيه اللقاء", [(4, 7, "LOC")],
         [(4, 7, "LOC"), (7, 10, "PER")]),
    ],
)
def test_the_holder_after_a_complement_and_the_place_held_in(
    text: str, chunks: list[tuple[int, int, str]], want: list[tuple[int, int, str]],
) -> None:
    assert holder_spans(text, chunks) == want


@pytest.mark.parametrize(
    ("text", "chunks", "breaks"),
    [
        ("والتقى وزير حقوق الإنسان في اليمن يوم الخميس", [(5, 6, "LOC")], set()),  # no name after it
        ("والتقى وزير حقوق الإنسان عن اليمن محمد الأصبحي أمس", [(5, 6, "LOC")], set()),  # «عن» is no «في»
        ("والتقى وزير حقوق الإنسان في اليمن . محمد الأصبحي أمس", [(5, 6, "LOC")], {7}),  # a break
        ("والتقى وزير حقوق الإنسان في مكتبه محمد الأصبحي", [], set()),  # no place the tagger found
    ],
)
def test_no_holder_after_a_place_without_a_name_or_its_preposition(
    text: str, chunks: list[tuple[int, int, str]], breaks: set[int],
) -> None:
    words, norms = words_of(text)
    assert spans(office_holders(norms, words, [Chunk(*c) for c in chunks], breaks, signs())) == [
        (c[0], c[1], c[2]) for c in chunks]


def test_ba_is_a_name_part_inside_a_person_read_after_a_describing_word() -> None:
    text = "وحضر الحفل رجل الأعمال عمر با حشوان وعدد من المسؤولين."
    got = tag_article(text, NerModel.default(), [(0, len(text))], [])
    assert ("PER", "عمر با حشوان") in [(s.label, text[s.start : s.end]) for s in got]


def test_a_compound_given_name_with_al_din_opens_the_holders_name() -> None:
    words, norms = words_of("وقال وزير حقوق الإنسان عز الدين الأصبحي إن")
    assert spans(office_holders(norms, words, [], set(), signs())) == [(4, 7, "PER")]
    words, norms = words_of("والتقى وزير حقوق الإنسان في اليمن عز الدين الأصبحي أمس")
    got = office_holders(norms, words, [Chunk(5, 6, "LOC")], set(), signs())
    assert spans(got) == [(5, 6, "LOC"), (6, 9, "PER")]


@pytest.mark.parametrize(
    "text",
    [
        "وانتقد وزير الأوقاف رجال الدين الشيعة",  # «رجال» is no name spelling
        "وقال وزير حقوق الإنسان عز الدين إن",  # no family name after it
        "وقال وزير حقوق الإنسان عز . الدين الأصبحي",  # across a sentence break
    ],
)
def test_no_compound_given_name_without_a_name_spelling_or_a_family_name(text: str) -> None:
    words, norms = words_of(text)
    breaks = {words.index(".") + 1} if "." in words else set()
    assert office_holders(norms, words, [], breaks, signs()) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Two words spelt as foreign names are, after an office and its portfolio, are its holder.
        ("وأشار وزير الثقافة لوه شوشنج إلى حرص بلاده", [(3, 5, "PER")]),
        ("وقال مدير المنظمة فيليب لازاريني إن المساعدات", [(3, 5, "PER")]),
    ],
)
def test_a_foreign_name_after_an_office_and_its_complement_is_its_holder(
    text: str, want: list[tuple[int, int, str]],
) -> None:
    words, norms = words_of(text)
    assert spans(office_holders(norms, words, [], set(), signs())) == want


@pytest.mark.parametrize(
    "text",
    [
        "وأشار وزير الثقافة لوه إلى حرص بلاده",  # one foreign word alone is no holder's name
        "وقال وزير الخارجية وستيفن هادلي إن",  # «و»: a second person coordinated, no holder
        "واستهل وزير الشؤون البلدية جولته التفقدية",  # ordinary words, not spelt as names
    ],
)
def test_no_foreign_holder_without_two_name_shaped_words(text: str) -> None:
    words, norms = words_of(text)
    assert office_holders(norms, words, [], set(), signs()) == []


def test_article_tagger_finds_a_foreign_holder_after_an_office_with_no_state_adjective() -> None:
    text = "وأشار المبعوث الخاص لرئيس الصين وزير الثقافة لوه شوشنج ، إلى حرص مصر على العلاقات."
    got = tag_article(text, NerModel.default(), [(0, len(text))], [])
    assert ("PER", "لوه شوشنج") in [(s.label, text[s.start : s.end]) for s in got]


@pytest.mark.parametrize(
    ("text", "chunks", "want"),
    [
        # A definite title, its state's nisba and the place it is held in («في» or «لدى»), then the name.
        ("وزار السفير السعودي في سلطنة عمان عيد الثقفي المستشفى", [(4, 6, "LOC")],
         [(4, 6, "LOC"), (6, 8, "PER")]),
        ("وزار السفير السعودي لدى سلطنة عمان عيد الثقفي المستشفى", [(4, 6, "LOC")],
         [(4, 6, "LOC"), (6, 8, "PER")]),
        # «لدى» after an office's complement too
        ("وقال سفير المملكة لدى الأردن سامي العتيبي إن", [(4, 5, "LOC")],
         [(4, 5, "LOC"), (5, 7, "PER")]),
    ],
)
def test_the_holder_after_a_titles_nisba_and_the_place_held_in(
    text: str, chunks: list[tuple[int, int, str]], want: list[tuple[int, int, str]],
) -> None:
    assert holder_spans(text, chunks) == want


@pytest.mark.parametrize(
    ("text", "chunks"),
    [
        ("وقال السفير السعودي في الرياض إن العلاقات قوية", [(4, 5, "LOC")]),  # no name after the place
        ("وقال السفير في الرياض خالد الشمري إن", [(3, 4, "LOC")]),  # no nisba after the definite title
        ("وقال السفير الجديد في الرياض خالد الشمري إن", [(4, 5, "LOC")]),  # «الجديد» is no nisba
        ("وقال السفير السعودي خالد الشمري إن", []),  # no place held in: `described_persons`' shape
    ],
)
def test_no_holder_after_a_definite_title_without_nisba_place_and_name(
    text: str, chunks: list[tuple[int, int, str]],
) -> None:
    words, norms = words_of(text)
    assert spans(office_holders(norms, words, [Chunk(*c) for c in chunks], set(), signs())) == [
        (c[0], c[1], c[2]) for c in chunks]


@pytest.mark.parametrize(
    ("text", "chunks", "want"),
    [
        # a family name no spelling knows, closed by a particle, a mark or the end
        ("وقال السفير التونسي لدى روسيا علي قوطالي في حديث", [(4, 5, "LOC")], [(4, 5, "LOC"), (5, 7, "PER")]),
        ("وقال سفير المملكة لدى الأردن علي قوطالي ، إن", [(4, 5, "LOC")], [(4, 5, "LOC"), (5, 7, "PER")]),
        ("وقال مدير الشرطة علي قوطالي", [(2, 3, "ORG")], [(2, 3, "ORG"), (3, 5, "PER")]),
        ("وقال مدير الشرطة بدر باسلمة ، إن", [(2, 3, "ORG")], [(2, 3, "ORG"), (3, 5, "PER")]),  # «با»
    ],
)
def test_a_holders_unknown_family_name_closed_after_it(
    text: str, chunks: list[tuple[int, int, str]], want: list[tuple[int, int, str]],
) -> None:
    assert holder_spans(text, chunks) == want


@pytest.mark.parametrize(
    "text",
    [
        "وقال مدير الشرطة علي قوطالي الجديد",  # the name not closed after the unknown word
        "وقال مدير الشرطة علي وعمر في",  # a second person
        "وقال مدير الشرطة علي بالأمس ، إن",  # the preposition and the article
        "وقال مدير الشرطة علي قال",  # three letters: the next verb
    ],
)
def test_no_unknown_family_name_where_the_name_does_not_close(text: str) -> None:
    words, norms = words_of(text)
    assert spans(office_holders(norms, words, [Chunk(2, 3, "ORG", 0.9)], set(), signs())) == [(2, 3, "ORG")]


def test_article_tagger_finds_a_holder_with_an_unknown_family_name() -> None:
    text = "وقال السفير التونسي لدى روسيا علي قوطالي في حديث مع وكالة «سبوتنيك» الإثنين: «نعمل بالفعل»."
    got = tag_article(text, NerModel.default(), [(0, len(text))], [])
    assert ("PER", "علي قوطالي") in [(s.label, text[s.start:s.end]) for s in got]
