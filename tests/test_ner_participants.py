"""The names events and quotations stand on (issue 15): a tagger's name that the gazetteer or
the catalogue lists takes their type; a person's name loses a last word that reports what the
person did or a number; a bracketed or quoted name after an organisation classifier is an
organisation; a head that is part of a name joins a listed place the tagger missed; «أبو»
opens a person's name after a place run into it; the catalogue names the P5+1. Each on chunk
lists of our own sentences, and the verb and noun rows one by one."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk, listed_types
from marsad.ner.construct_particles import MAX_PARTICLE_REACH, complete_particles
from marsad.ner.heads import head_names, quoted_after_classifiers
from marsad.ner.lexicon import catalogue_index
from marsad.ner.person_acts import drop_trailing_acts
from marsad.ner.persons import (
    NameSigns,
    given_name,
    split_place_persons,
)
from marsad.ner.translit import TranslitModel, name_key


def norms_of(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


def words_of(text: str) -> tuple[list[str], list[str]]:
    words = text.split()
    return words, [normalize(w) for w in words]


def spans(chunks: list[Chunk]) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.type) for c in chunks]


def signs(known: tuple[str, ...] = (), common: tuple[str, ...] = ()) -> NameSigns:
    """Name signs of our own: `known` spellings seen five times as names, `common` words the
    tagger learned as ordinary."""
    translit = TranslitModel({}, {name_key(normalize(w)): "5" for w in known})
    return NameSigns(translit, frozenset(normalize(w) for w in common))


# --- the type the gazetteer or the catalogue gives ---


def test_a_listed_name_takes_its_listed_type() -> None:
    norms = norms_of("زيارة رسمية لبروناي دار السلام أمس")
    assert spans(listed_types(norms, [Chunk(2, 5, "PER", 0.6)])) == [(2, 5, "LOC")]
    norms = norms_of("سيزور النجف غدا")
    assert spans(listed_types(norms, [Chunk(1, 2, "PER", 0.6)])) == [(1, 2, "LOC")]


def test_an_organisation_named_like_a_listed_place_stays_an_organisation() -> None:
    # a city's name is its club's and its paper's too
    norms = norms_of("وقالت الرياض في عددها")
    assert spans(listed_types(norms, [Chunk(1, 2, "ORG", 0.9)])) == [(1, 2, "ORG")]


def test_only_the_whole_name_and_only_the_taggers_names_are_retyped() -> None:
    norms = norms_of("وقال النجف حسين إن")  # a listed place is no part of the whole
    assert spans(listed_types(norms, [Chunk(1, 3, "PER", 0.6)])) == [(1, 3, "PER")]
    norms = norms_of("سيزور النجف غدا")
    assert spans(listed_types(norms, [Chunk(1, 2, "PER", 1.0, "rule")])) == [(1, 2, "PER")]


def test_the_catalogue_names_the_p5_plus_1() -> None:
    for name in ("السداسية الدولية", "خمسة زائد واحد", "الدول الخمس زائد واحد"):
        norms = norms_of(name)
        assert catalogue_index().matches(norms) == [(0, len(norms), "ORG")], name


# --- a person's name ends before what the person did ---

TRIGGER_ROWS = [r for r in load_table("event_triggers") if " " not in r["form"]]
SPEECH_ROWS = [r for r in load_table("ner_cues") if r["cue"] == "SPEECH" and " " not in r["phrase"]]


@pytest.mark.parametrize("row", TRIGGER_ROWS, ids=lambda r: r["form"])
def test_each_trigger_at_the_end_of_a_persons_name_is_cut(row: dict[str, str]) -> None:
    word = row["form"] if row["pos"] == "verb" else "ب" + row["form"]
    norms = norms_of(f"وكان سليمان اليحيى {word} المرضى")
    got = spans(drop_trailing_acts(norms, [Chunk(1, 4, "PER", 0.9)], signs()))
    assert got == [(1, 3, "PER")]


@pytest.mark.parametrize("row", SPEECH_ROWS, ids=lambda r: r["phrase"])
def test_each_verb_of_saying_at_the_end_of_a_persons_name_is_cut(row: dict[str, str]) -> None:
    norms = norms_of(f"وكان سليمان اليحيى و{row['phrase']} إن")
    got = spans(drop_trailing_acts(norms, [Chunk(1, 4, "PER", 0.9)], signs()))
    assert got == [(1, 3, "PER")]


@pytest.mark.parametrize(
    "word",
    ["سيصل", "ستزور", "سيلتقي", "وسيجتمع"],  # the future of an imperfect of the tables
)
def test_a_verb_in_the_future_at_the_end_of_a_persons_name_is_cut(word: str) -> None:
    norms = norms_of(f"وكان سليمان اليحيى {word} الوفد")
    assert spans(drop_trailing_acts(norms, [Chunk(1, 4, "PER", 0.9)], signs())) == [(1, 3, "PER")]


@pytest.mark.parametrize("word", ["أكدا", "زارا", "وأعلنا"])  # the dual of a past of the tables
def test_a_verb_in_the_dual_at_the_end_of_a_persons_name_is_cut(word: str) -> None:
    norms = norms_of(f"وكان سليمان اليحيى {word} الوفد")
    assert spans(drop_trailing_acts(norms, [Chunk(1, 4, "PER", 0.9)], signs())) == [(1, 3, "PER")]


def test_a_name_shaped_as_a_future_or_a_dual_that_is_no_verb_of_the_tables_stays() -> None:
    for text in ("اللاعب باولو سيزار أمس", "المدرب خوان سيلفا أمس"):
        norms = norms_of(text)
        assert spans(drop_trailing_acts(norms, [Chunk(1, 3, "PER", 0.9)], signs())) == [(1, 3, "PER")], text
    norms = norms_of("المصممة ماريا زارا أمس")  # a known name spelling is never cut
    assert spans(drop_trailing_acts(norms, [Chunk(1, 3, "PER", 0.9)], signs(("زارا",)))) == [(1, 3, "PER")]


def test_a_number_ends_a_persons_name() -> None:
    norms = norms_of("الطفلة زينب 3 سنوات")
    assert spans(drop_trailing_acts(norms, [Chunk(1, 3, "PER", 0.9)], signs())) == [(1, 2, "PER")]


def test_a_known_name_spelling_a_noun_without_its_preposition_and_other_types_stay() -> None:
    norms = norms_of("المخرج سابا صادق في")  # «صادق» (ratified) is a known name
    assert spans(drop_trailing_acts(norms, [Chunk(1, 3, "PER", 0.9)], signs(("صادق",)))) == [(1, 3, "PER")]
    norms = norms_of("الشيخ محمد زيارة اليوم")  # a noun of the table needs its ب or ل
    assert spans(drop_trailing_acts(norms, [Chunk(1, 3, "PER", 0.9)], signs())) == [(1, 3, "PER")]
    norms = norms_of("في فندق زار أمس")
    assert spans(drop_trailing_acts(norms, [Chunk(1, 3, "LOC", 0.9)], signs())) == [(1, 3, "LOC")]
    norms = norms_of("وقال زار")  # never the name's only word
    assert spans(drop_trailing_acts(norms, [Chunk(1, 2, "PER", 0.9)], signs())) == [(1, 2, "PER")]


def test_a_verb_in_the_imperfect_ends_a_persons_name() -> None:
    norms = norms_of("الكرامة حسين أمير عبد اللهيان يلهو كالصبية")
    assert spans(drop_trailing_acts(norms, [Chunk(1, 6, "PER", 0.9)], signs())) == [(1, 5, "PER")]
    norms = norms_of("الرئيس جمال عبد الناصر يأمر باعتقال")
    assert spans(drop_trailing_acts(norms, [Chunk(1, 5, "PER", 0.9)], signs())) == [(1, 4, "PER")]


def test_a_family_name_spelled_like_an_imperfect_stays() -> None:
    norms = norms_of("قال موشيه يعلون أمس")  # a spelling seen as a name
    assert spans(drop_trailing_acts(norms, [Chunk(1, 3, "PER", 0.9)], signs(("يعلون",)))) == [(1, 3, "PER")]
    norms = norms_of("قال بن علي يلدريم أمس")  # longer than a verb of three or four letters
    assert spans(drop_trailing_acts(norms, [Chunk(1, 4, "PER", 0.9)], signs())) == [(1, 4, "PER")]
    norms = norms_of("قال أحمد يامي أمس")  # a spelling seen once as a name is enough
    translit = TranslitModel({}, {name_key("يامي"): "1"})
    once = NameSigns(translit, frozenset())
    assert spans(drop_trailing_acts(norms, [Chunk(1, 3, "PER", 0.9)], once)) == [(1, 3, "PER")]
    norms = norms_of("السويسري روجر فيدرر المصنف")  # a family name behind what looks like ف
    assert spans(drop_trailing_acts(norms, [Chunk(1, 3, "PER", 0.9)], signs())) == [(1, 3, "PER")]
    norms = norms_of("وحثت سارة ليا ويتسن مديرة")  # or like و
    assert spans(drop_trailing_acts(norms, [Chunk(1, 4, "PER", 0.9)], signs())) == [(1, 4, "PER")]
    norms = norms_of("في فندق يلهو أمس")  # persons only
    assert spans(drop_trailing_acts(norms, [Chunk(1, 3, "LOC", 0.9)], signs())) == [(1, 3, "LOC")]


def test_two_coordinated_persons_are_two_names() -> None:
    from marsad.ner.persons import split_coordinated_persons

    known = signs(("كارتر", "كيفن", "يوسف", "زكريا", "كريم"))
    norms = norms_of("بين السادات وكارتر في")
    got = split_coordinated_persons(norms, [Chunk(1, 3, "PER", 0.9)], known)
    assert spans(got) == [(1, 2, "PER"), (2, 3, "PER")]
    norms = norms_of("الممثلان جورج كلوني وكيفن كوستنر")
    got = split_coordinated_persons(norms, [Chunk(1, 5, "PER", 0.9)], known)
    assert spans(got) == [(1, 3, "PER"), (3, 5, "PER")]


def test_a_family_name_behind_its_own_waw_stays() -> None:
    from marsad.ner.persons import split_coordinated_persons

    # the whole word is a known spelling; the rest is short; a name part comes before;
    # other types are left alone
    cases = [
        ("محمد وليد", ("وليد", "ليد")),
        ("عبد الواحد وافي", ("افي",)),
        ("أبو وكريم", ("كريم",)),
    ]
    for text, known in cases:
        norms = norms_of(text)
        got = split_coordinated_persons(norms, [Chunk(0, len(norms), "PER", 0.9)], signs(known))
        assert spans(got) == [(0, len(norms), "PER")], text
    norms = norms_of("روميو وجوليت")
    got = split_coordinated_persons(norms, [Chunk(0, 2, "MISC")], signs(("جوليت",)))
    assert spans(got) == [(0, 2, "MISC")]


# --- organisation classifiers and heads ---


def test_a_bracketed_name_after_a_company_word_is_an_organisation() -> None:
    norms = norms_of("اتفاق مع شركة ( سيبرين ) الروسية")
    assert spans(quoted_after_classifiers(norms, [], {0})) == [(4, 5, "ORG")]
    got = quoted_after_classifiers(norms, [Chunk(4, 5, "LOC", 0.7)], {0})
    assert spans(got) == [(4, 5, "ORG")]


def test_a_formula_in_brackets_is_left_to_the_group_formulas() -> None:
    norms = ["مع", "مجموعة", "(", "5", "+", "1", ")", "أمس"]
    assert quoted_after_classifiers(norms, [], {0}) == []


def test_a_quoted_name_of_more_words_than_the_tagger_found_is_the_whole_phrase() -> None:
    # «شركة "إفكتف [ميجور]"»: the tagger's pieces inside the marks give way to the company
    norms = norms_of('شركة " نور الهدى " للتجارة')
    assert spans(quoted_after_classifiers(norms, [Chunk(2, 3, "PER", 0.7)], {0})) == [(2, 4, "ORG")]
    norms = norms_of('قناة " سي إن إن " الأمريكية')
    got = quoted_after_classifiers(norms, [Chunk(2, 3, "ORG", 0.7), Chunk(4, 5, "MISC", 0.6)], {0})
    assert spans(got) == [(2, 5, "ORG")]
    # a name of the tagger's that runs out of the marks is left alone
    norms = norms_of('شركة " نور الهدى " للتجارة')
    assert spans(quoted_after_classifiers(norms, [Chunk(3, 6, "ORG", 0.7)], {0})) == [(3, 6, "ORG")]


def test_the_clause_punctuation_inside_the_closing_mark_is_no_part_of_the_name() -> None:
    norms = norms_of('مؤلف كتاب " كرامة الأمة ، " غالبا')
    assert spans(quoted_after_classifiers(norms, [], {0})) == [(3, 5, "MISC")]
    norms = norms_of('لعبة " هيدز أب ! " الشهيرة')
    assert spans(quoted_after_classifiers(norms, [], {0})) == [(2, 5, "MISC")]


def test_a_head_joins_the_listed_place_the_tagger_missed() -> None:
    norms = norms_of("وقالت محكمة استئناف ديالى إن")
    assert spans(head_names(norms, [], {0})) == [(1, 4, "ORG")]
    norms = norms_of("وأكدت جامعة القصيم أن")
    assert spans(head_names(norms, [], {0})) == [(1, 3, "ORG")]
    norms = norms_of("زار مدينة القصيم أمس")  # a classifier takes no place of its own type
    assert spans(head_names(norms, [], {0})) == []
    norms = norms_of("وأكدت جامعة . القصيم أن")  # nor one across a sentence break
    assert spans(head_names(norms, [], {0, 3})) == []


def test_a_cell_with_definite_words_after_it_is_an_organisation() -> None:
    norms = norms_of("وكشفت خلية الإعلام الحربي عن حالات")
    assert spans(head_names(norms, [], {0})) == [(1, 4, "ORG")]
    norms = norms_of("فككت الشرطة خلية إرهابية")
    assert spans(head_names(norms, [], {0})) == []


# --- «أبو» opens a name ---


def test_abu_opens_a_name_even_when_the_tagger_learned_it_as_an_ordinary_word() -> None:
    assert given_name(normalize("أبو"), signs(common=("أبو",)))
    assert not given_name(normalize("صاحب"), signs(common=("صاحب",)))


def test_a_place_run_into_a_name_opened_by_abu_is_cut_in_two() -> None:
    words, norms = words_of("التقى اليوم رئيس مجلس النواب في الباراغواي ابو دي لاسكس الذي يزور")
    got = split_place_persons(norms, words, [Chunk(6, 10, "LOC", 0.8)], {0}, signs(("دي", "لاسكس"), ("أبو",)))
    assert spans(got) == [(6, 7, "LOC"), (7, 10, "PER")]


# --- a name never ends in a particle that needs the word after it ---


def test_a_family_particle_takes_the_family_name_even_a_title() -> None:
    words, norms = words_of("الشيخ صالح بن عبدالعزيز آل الشيخ على توزيع")
    got = complete_particles(norms, words, [Chunk(1, 5, "PER", 0.9)], {0})
    assert spans(got) == [(1, 6, "PER")]


def test_a_nasab_particle_takes_the_fathers_name_the_tagger_left_out() -> None:
    words, norms = words_of("اعتمد الأمير عبدالله بن مساعد الرئيس العام")
    got = complete_particles(norms, words, [Chunk(2, 4, "PER", 0.9)], {0})
    assert spans(got) == [(2, 5, "PER")]
    words, norms = words_of("جائزة الأمير نايف بن عبد العزيز للسنة")  # two words at most
    got = complete_particles(norms, words, [Chunk(0, 4, "MISC", 0.9)], {0})
    assert spans(got) == [(0, 4 + MAX_PARTICLE_REACH, "MISC")]
    words, norms = words_of("يقع جبل أم درج في الشمال")  # «أم» binds inside a place
    assert spans(complete_particles(norms, words, [Chunk(1, 3, "LOC", 0.9)], {0})) == [(1, 4, "LOC")]


def test_a_hadrami_ba_takes_the_family_name_after_it() -> None:
    words, norms = words_of("استقبل رئيس الغرفة وليد با فقيه في مكتبه")  # «با» ends the name found
    assert spans(complete_particles(norms, words, [Chunk(3, 5, "PER", 0.9)], {0})) == [(3, 6, "PER")]
    words, norms = words_of("وأكد عبدالله بن محفوظ با عشن أن القرار صائب")  # the name stops before it
    assert spans(complete_particles(norms, words, [Chunk(1, 4, "PER", 0.9)], {0})) == [(1, 6, "PER")]
    words, norms = words_of("وقال أحمد أبو زيد إن")
    assert spans(complete_particles(norms, words, [Chunk(1, 2, "PER", 0.9)], {0})) == [(1, 4, "PER")]


def test_a_particle_after_a_name_stays_out_without_a_name_word_or_when_it_is_no_part() -> None:
    words, norms = words_of("قال محمد بن سلمان إن")  # a nasab after a name: the tagger's to find
    assert spans(complete_particles(norms, words, [Chunk(1, 2, "PER", 0.9)], {0})) == [(1, 2, "PER")]
    words, norms = words_of("وقال سالم با في المؤتمر")  # a function word after the particle
    assert spans(complete_particles(norms, words, [Chunk(1, 2, "PER", 0.9)], {0})) == [(1, 2, "PER")]
    words, norms = words_of("زار سالم با . فقيه المدينة")  # across a sentence break
    assert spans(complete_particles(norms, words, [Chunk(1, 2, "PER", 0.9)], {0, 4})) == [(1, 2, "PER")]
    words, norms = words_of("التقى محمد أبو ظبي")  # the word after it opens another name
    chunks = [Chunk(1, 2, "PER", 0.9), Chunk(2, 4, "LOC", 0.9)]
    assert spans(complete_particles(norms, words, chunks, {0})) == [(1, 2, "PER"), (2, 4, "LOC")]
    words, norms = words_of("عائلة بوش أم أنهم يؤيدون")  # «أم» after a person is «or»
    assert spans(complete_particles(norms, words, [Chunk(1, 2, "PER", 0.9)], {0})) == [(1, 2, "PER")]


def test_a_particle_name_stays_before_a_mark_a_break_a_name_a_function_word_or_alone() -> None:
    words, norms = words_of("قال هيلاري بن ، المتحدث")  # «Hilary Benn»: nothing to take
    assert spans(complete_particles(norms, words, [Chunk(1, 3, "PER", 0.9)], {0})) == [(1, 3, "PER")]
    words, norms = words_of("قال صالح آل . الشيخ")
    assert spans(complete_particles(norms, words, [Chunk(1, 3, "PER", 0.9)], {0, 4})) == [(1, 3, "PER")]
    words, norms = words_of("زار أحمد بن جدة")
    chunks = [Chunk(1, 3, "PER", 0.9), Chunk(3, 4, "LOC", 0.9)]
    assert spans(complete_particles(norms, words, chunks, {0})) == [(1, 3, "PER"), (3, 4, "LOC")]
    words, norms = words_of("محمد ولد في مكة")  # «ولد» (was born) before a preposition
    assert spans(complete_particles(norms, words, [Chunk(0, 2, "PER", 0.9)], {0})) == [(0, 2, "PER")]
    words, norms = words_of("عائلة بوش أم أنهم يؤيدون")  # «أم» after a person is «or»
    assert spans(complete_particles(norms, words, [Chunk(1, 3, "PER", 0.9)], {0})) == [(1, 3, "PER")]
    words, norms = words_of("رئيس الوزراء شينزو آبي حقوق")  # «آبي» (Abe) is no «أبي»
    assert spans(complete_particles(norms, words, [Chunk(2, 4, "PER", 0.9)], {0})) == [(2, 4, "PER")]
    words, norms = words_of("أن علياً ابن عم الرسول")  # a lone particle is no name to complete
    assert spans(complete_particles(norms, words, [Chunk(2, 3, "PER", 0.9)], {0})) == [(2, 3, "PER")]


HONORIFICS = ["معالي", "فخامة", "سماحة", "فضيلة", "سمو", "دكتور", "الشيف", "البروفسور"]


@pytest.mark.parametrize("honorific", HONORIFICS)
def test_a_courtesy_title_alone_is_no_name_and_opens_none(honorific: str) -> None:
    from marsad.ner.rules import drop_titles

    norms = norms_of(f"وأوضح {honorific} رئيس المجلس ثم و{honorific} فهد العتيبي")
    got = drop_titles(norms, [Chunk(1, 2, "PER", 0.9), Chunk(5, 8, "PER", 0.9)])
    assert spans(got) == [(6, 8, "PER")]


def test_a_title_of_two_words_comes_off_a_persons_name() -> None:
    from marsad.ner.rules import drop_titles

    norms = norms_of("وخطب آية الله حسن الموسوي ثم قال آية الله")
    got = drop_titles(norms, [Chunk(1, 5, "PER", 0.9), Chunk(7, 9, "PER", 0.9)])
    assert spans(got) == [(3, 5, "PER")]  # the title alone is no name
    norms = norms_of("وقال عبد الله الخطيب")  # «الله» after another word opens no title
    assert spans(drop_titles(norms, [Chunk(1, 4, "PER", 0.9)])) == [(1, 4, "PER")]


def test_a_verb_coordinated_with_an_imperfect_ends_a_persons_name() -> None:
    norms = norms_of("قال إن كريم الزهراني يلعب ويضحك أمس")
    assert spans(drop_trailing_acts(norms, [Chunk(2, 6, "PER", 0.9)], signs())) == [(2, 4, "PER")]
    norms = norms_of("وحثت سارة ليا ويتسن مديرة")  # a family name behind what looks like و stays
    assert spans(drop_trailing_acts(norms, [Chunk(1, 4, "PER", 0.9)], signs())) == [(1, 4, "PER")]
