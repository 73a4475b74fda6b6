"""Words that are never names, adjectives that are not places, and places completed to the
name the text gives: each mechanism on sentences of our own, through the whole tagger."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.not_names import adjective_places, date_months, drop_not_names, drop_noun_homographs, not_name
from marsad.ner.proclitics import conjunction_length
from marsad.resolve.names import name_form


def names(text: str) -> list[tuple[str, str]]:
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    return [(text[s.start : s.end], s.label) for s in spans]


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("على", "function"),
        ("وعلى", "function"),
        ("الله", "divine"),
        ("والله", "divine"),
        ("لله", "divine"),
        ("ريال", "currency"),
        ("بالدولار", "currency"),
        ("دولارا", "currency"),
        ("ريالا", "currency"),
        ("وانا", "function"),
        ("له", "function"),
        ("الإسلام", "common"),
        ("للميليشيات", "common"),
        ("ومأزق", "common"),
        ("نجوم", "common"),
    ],
)
def test_words_that_are_never_names_as_written(word: str, cls: str) -> None:
    found = not_name(word)
    assert found is not None and found[0] == cls


@pytest.mark.parametrize("word", ["علي", "عبدالله", "سلمان", "عليان", "ريالات_x"])
def test_names_that_look_like_them_are_not_in_the_class(word: str) -> None:
    assert not_name(word) is None


def test_a_name_alone_of_such_words_is_dropped_and_a_leading_one_is_cut() -> None:
    words = ["قال", "على", "الله", "ريال", "سعودي", "ريال", "مدريد", "على", "أوباما"]
    chunks = [
        Chunk(1, 2, "PER", 0.9),
        Chunk(2, 3, "MISC", 0.9),
        Chunk(3, 5, "PER", 0.9),
        Chunk(5, 7, "ORG", 0.9),
        Chunk(7, 9, "PER", 0.9),
    ]
    kept = [(c.start, c.end) for c in drop_not_names(words, chunks)]
    assert kept == [(5, 7), (8, 9)]


def test_a_definite_nisba_after_a_definite_noun_is_an_adjective() -> None:
    norms = ["كسرت", "المراه", "السعوديه", "حواجز", "وزار", "السعوديه"]
    chunks = [Chunk(2, 3, "LOC", 0.9), Chunk(5, 6, "LOC", 0.9)]
    assert [(c.start, c.end) for c in adjective_places(norms, chunks, {0})] == [(5, 6)]


def test_whole_sentences_through_the_tagger() -> None:
    got = names(
        "وقال علي بن أحمد إن الاتفاق يعتمد على الله. وكسرت المرأة السعودية حواجز العزلة في مكة المكرمة."
    )
    texts = [t for t, _ in got]
    assert "على" not in texts and "الله" not in texts and "السعودية" not in texts
    assert ("مكة المكرمة", "LOC") in got


def test_an_administrative_unit_is_part_of_the_place_and_a_governorate_is_its_seat() -> None:
    got = names("وصل الوفد إلى منطقة الرياض أمس ثم زار محافظة جدة وحي الفيصلية.")
    assert ("منطقة الرياض", "LOC") in got and ("حي الفيصلية", "LOC") in got
    assert name_form("محافظة جدة", "LOC") == name_form("جدة", "LOC")
    assert name_form("منطقة عسير", "LOC") != name_form("عسير", "LOC")


def test_a_name_in_a_list_loses_its_conjunction_but_a_name_spelled_with_waw_keeps_it() -> None:
    got = names("من مثل كوريا الجنوبية وسنغافورة وهونج كونج، وبريطانيا ، ورومانيا.")
    assert [t for t, _ in got] == ["كوريا الجنوبية", "سنغافورة", "هونج كونج", "بريطانيا", "رومانيا"]
    assert conjunction_length("وسنغافورة") == 1 and conjunction_length("وَسنغافورة") == 2
    assert conjunction_length("وعد") == 0 and conjunction_length("سنغافورة") == 0


def test_a_month_name_beside_a_date_is_the_month_and_elsewhere_may_be_a_name() -> None:
    from marsad.lang.normalize import normalize

    words = ["في", "أبريل", "(", "نيسان", ")", "الماضي", "وقالت", "نيسان", "إن", "في", "12", "آب", "أعلنت"]
    norms = [normalize(w) for w in words]
    chunks = [Chunk(3, 4, "ORG"), Chunk(7, 8, "ORG"), Chunk(11, 12, "PER")]
    assert [(c.start, c.end) for c in date_months(norms, chunks)] == [(7, 8)]


def test_a_known_given_name_behind_the_conjunction_loses_it_and_a_known_spelling_does_not() -> None:
    from marsad.ner.proclitics import leading_cut

    translit = NerModel.default().features.translit
    assert leading_cut("وراضي", set(), False, translit) == 1  # راضي is a known given name
    assert leading_cut("وليد", set(), False, translit) == 0  # وليد is a name as written
    assert leading_cut("ويليام", set(), True, translit) == 0
    assert leading_cut("وموبايلي", set(), False, translit) == 0  # nothing known behind و
    assert leading_cut("وموبايلي", set(), True, translit) == 1  # but a name in a list loses it
    assert leading_cut("بالرياض", set(), False, translit) == 1


def test_a_name_spelling_seen_often_keeps_its_first_letter() -> None:
    from marsad.ner.proclitics import leading_cut, name_as_written

    translit = NerModel.default().features.translit
    # the verb «يرى» (normalised «يري») is a word of the article: «كيري» is still Kerry
    assert leading_cut("كيري", {"يري"}, False, translit) == 0
    assert leading_cut("فاليري", set(), False, translit) == 0  # not ف + «اليري»
    assert leading_cut("والتر", {"التر"}, True, translit) == 0
    assert name_as_written("فيصل", 1, translit)
    # the rest is a name seen often too: the letter is a proclitic
    assert leading_cut("بروسيا", {"روسيا"}, False, translit) == 1
    assert not name_as_written("بروسيا", 1, translit)
    assert leading_cut("لحسن", {"حسن"}, False, translit) == 1


@pytest.mark.parametrize("row", load_table("ner_not_names"), ids=lambda r: r["word"])
def test_each_row_is_never_a_name_alone_behind_a_proclitic(row: dict[str, str]) -> None:
    assert not_name(row["word"]) == (row["class"], row["starts_name"] == "yes")
    assert drop_not_names(["قال", row["word"]], [Chunk(1, 2, "PER", 0.9)]) == []
    found = not_name("و" + row["word"])
    if row["proclitic"] == "no":  # «وان» بلس, «بان» كي مون: behind a proclitic, a name
        assert found is None
        assert len(drop_not_names(["قال", "و" + row["word"]], [Chunk(1, 2, "PER", 0.9)])) == 1
        return
    assert found == (row["class"], row["starts_name"] == "yes")
    assert drop_not_names(["قال", "و" + row["word"]], [Chunk(1, 2, "PER", 0.9)]) == []


@pytest.mark.parametrize(
    "row",
    [r for r in load_table("ner_not_names") if r["class"] in ("function", "verb")],
    ids=lambda r: r["word"],
)
def test_no_function_word_or_verb_row_is_a_name_of_the_lexicon(row: dict[str, str]) -> None:
    from marsad.lang.normalize import normalize
    from marsad.ner.lexicon import cue_index, gazetteer_index

    norm = normalize(row["word"])
    assert norm not in gazetteer_index().single and norm not in cue_index().single


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قال الأمين العام للأمم المتحدة بان كي مون إن الهدنة صامدة.", "بان كي مون"),
        ("وقال فان بيرسي إنه سعيد في فنربغشه.", "فان بيرسي"),
    ],
)
def test_a_proclitic_is_not_cut_when_it_leaves_a_word_that_is_never_a_name(text: str, name: str) -> None:
    assert name in [t for t, _ in names(text)]


def test_the_cut_that_leaves_a_fragment() -> None:
    from marsad.ner.proclitics import cut_leaves_fragment

    assert cut_leaves_fragment("بان", 1) and cut_leaves_fragment("فان", 1) and cut_leaves_fragment("كان", 1)
    assert cut_leaves_fragment("ولاية", 1) and cut_leaves_fragment("وكالة", 2)  # lexicon words, whole
    assert not cut_leaves_fragment("بالصين", 1) and not cut_leaves_fragment("لأوكرانيا", 1)
    assert not cut_leaves_fragment("وجدة", 1)  # جدة is a lexicon name
    assert not cut_leaves_fragment("لريال", 1)  # a currency that starts a club's name


@pytest.mark.parametrize(
    ("text", "name", "fragment"),
    [
        ("أرسل وليد جنبلاط رسالة إلى الحكومة، ومد يد العون للأهالي.", "وليد جنبلاط", "يد جنبلاط"),
        (
            "وصل الركاب على متن طائرة فلاي دبي إلى المطار، ولم يكن اي منهم مصابا.",
            "فلاي دبي",
            "اي دبي",
        ),
    ],
)
def test_a_proclitic_comes_off_before_two_letters_only_when_a_name_holds_them(
    text: str, name: str, fragment: str
) -> None:
    got = [t for t, _ in names(text)]
    assert name in got and fragment not in got, got


def test_a_name_never_ends_with_a_first_person_verb() -> None:
    words = ["قال", "وما", "أود", "قوله"]
    assert drop_not_names(words, [Chunk(1, 3, "MISC", 0.9)]) == []


@pytest.mark.parametrize(
    "text",
    [
        "وقلت له دون أن أدري: لازم هي، لازم هي.",
        "وأضاف سموه: أود أن أشكر جميع الشركاء في القطاع.",
        "لا أدري كيف سمحت الوزارة بذلك، ولا أدري كيف تمت الموافقة.",
        "لم أكن أدري يومها أن المكالمة ستغير حياتي، وكان عمر يحب السينما حين كان في لندن.",
        "وكان والدي يطلب مني أن أتأمل الممثلين في المسرح.",  # «from me», no منى
        "ثم طلب مني المدرب أن أصعد إلى المنصة.",
    ],
)
def test_first_person_verbs_and_particles_are_no_names_in_sentences(text: str) -> None:
    got = [t for t, _ in names(text)]
    for junk in ("أدري", "أدري كيف", "أود", "كان", "ان", "دون أن أدري", "مني"):
        assert junk not in got, (junk, got)


def test_a_phrase_of_piety_is_no_person() -> None:
    from marsad.lang.normalize import normalize
    from marsad.ner.not_names import drop_pieties

    def kept(text: str) -> list[str]:
        words = text.split()
        norms = [normalize(w) for w in words]
        chunks = [Chunk(1, 3, "PER"), Chunk(1, 3, "ORG")]
        return [f"{c.type} {' '.join(words[c.start:c.end])}" for c in drop_pieties(norms, chunks)]

    pieties = ("بعد توفيق الله ثم", "أحبطتها بحمد الله قوات", "المرشد آية الله علي", "منصور سائلين الله أن")
    for phrase in pieties:
        assert kept(phrase) == [f"ORG {' '.join(phrase.split()[1:3])}"], phrase
    for name in ("وأكد الجار الله أن", "قال عبد الله أن", "خطاب نصر الله أمس", "أضافت هبة الرحمن خدمة"):
        assert len(kept(name)) == 2, name


def test_a_sect_named_as_a_common_noun_is_no_name_but_may_open_one() -> None:
    words = ["وفيها", "سنة", "وشيعة", "و", "السنة", "الدولية", "للضوء"]
    chunks = [Chunk(1, 2, "ORG", 0.9), Chunk(2, 3, "ORG", 0.9), Chunk(4, 7, "MISC", 0.9)]
    assert [(c.start, c.end) for c in drop_not_names(words, chunks)] == [(4, 7)]


def test_a_predicament_opens_no_name_and_stars_alone_name_no_one() -> None:
    words = ["ويعيش", "مأزق", "سليماني", "وقال", "نجوم", "الفريق", "إن", "مأزق"]
    chunks = [Chunk(1, 3, "PER", 0.9), Chunk(4, 5, "PER", 0.9), Chunk(7, 8, "PER", 0.9)]
    assert [(c.start, c.end) for c in drop_not_names(words, chunks)] == [(2, 3)]


def test_a_name_loses_a_participle_of_allegiance_at_its_end() -> None:
    words = ["انتزعت", "المقاومة", "الشعبية", "الموالية", "للرئيس"]
    got = drop_not_names(words, [Chunk(1, 4, "ORG", 0.9)])
    assert [(c.start, c.end) for c in got] == [(1, 3)]
    words = ["وقال", "عضو", "اللجنة", "التابعة", "للوزارة"]
    got = drop_not_names(words, [Chunk(2, 4, "ORG", 0.9)])
    assert [(c.start, c.end) for c in got] == [(2, 3)]
    words = ["وقال", "خالد", "المؤيد", "إن"]  # the masculine is a family name too: no row
    got = drop_not_names(words, [Chunk(1, 3, "PER", 0.9)])
    assert [(c.start, c.end) for c in got] == [(1, 3)]


@pytest.mark.parametrize("row", load_table("ner_noun_homographs"), ids=lambda r: r["name"])
def test_each_noun_homograph_row_is_the_noun_before_its_preposition_only(row: dict[str, str]) -> None:
    from marsad.lang.normalize import normalize

    name, prep = normalize(row["name"]), normalize(row["governs"])
    for follower in (prep, prep + "ها", prep + "هم"):
        assert drop_noun_homographs([name, follower, "الوطن"], [Chunk(0, 1, "LOC", 0.9)]) == []
        # behind a proclitic too («والنيل»)
        assert drop_noun_homographs(["و" + name, follower], [Chunk(0, 1, "LOC", 0.9)]) == []
    assert len(drop_noun_homographs([name, "في", "الشمال"], [Chunk(0, 1, "LOC", 0.9)])) == 1
    assert len(drop_noun_homographs(["قال", name], [Chunk(1, 2, "LOC", 0.9)])) == 1


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وأكد أن الأجهزة الأمنية ستحبط كل محاولات النيل من أمن الوطن.", []),
        ("وقال إن الأعداء يسعون للنيل منها بكل السبل.", []),
        ("وتقع المدينة على ضفاف النيل في شمال السودان.", [("النيل", "LOC"), ("السودان", "LOC")]),
    ],
)
def test_a_name_that_is_a_verbal_noun_before_its_preposition_is_no_name(
    text: str, want: list[tuple[str, str]],
) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "وأضاف قائلا: إن التدخل في الأسعار ممنوع.",
        "وأضاف قائلاً: إن التدخل في الأسعار ممنوع.",  # with its tanween
    ],
)
def test_a_circumstantial_participle_of_saying_names_no_speaker(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "word", [r["word"] for r in load_table("ner_not_names") if r["class"] == "relation"]
)
def test_no_name_ends_with_a_participle_taking_a_complement(word: str) -> None:
    words = ["وقالت", "اللجنة", "الوطنية", word, "بالأمر"]
    kept = [(c.start, c.end) for c in drop_not_names(words, [Chunk(1, 4, "ORG", 0.9)])]
    assert kept == [(1, 3)]


def test_a_participle_and_its_complement_are_left_out_of_the_body_before_them() -> None:
    got = names("وقال متحدث باسم جيش الحكومة المعترف بها دوليا إن القوات تقدمت.")
    assert ("جيش الحكومة", "ORG") in got
    got = names("وشارك جناح جمعية المزارعين التعاونية المشتمل على مختبر في المعرض.")
    assert ("جمعية المزارعين التعاونية", "ORG") in got


def test_the_deceased_is_no_name_nor_any_name_s_end_and_a_bare_son_of_is_none() -> None:
    words = ["أرض", "والدهم", "المتوفى", "وقال", "ابن", "المتوفى", "إن", "الشيخ", "صالح", "المتوفاة"]
    chunks = [Chunk(2, 3, "PER", 0.9), Chunk(4, 6, "PER", 0.9), Chunk(8, 10, "PER", 0.9)]
    assert [(c.start, c.end) for c in drop_not_names(words, chunks)] == [(8, 9)]
    words = ["وقال", "ابن", "خلدون", "إن", "وابن"]  # «ابن» opens a name; alone it names no one
    chunks = [Chunk(1, 3, "PER", 0.9), Chunk(4, 5, "PER", 0.9)]
    assert [(c.start, c.end) for c in drop_not_names(words, chunks)] == [(1, 3)]


@pytest.mark.parametrize(
    "text",
    [
        "وطالب الورثة بإعادة أرض والدهم المتوفى، وقال ابن المتوفى إن الأرض بيعت دون علمهم.",
        "وبحسب حديث ابن المتوفى في لقائه مع الصحيفة فإن الإدارة طالبته بإحضار والده المتوفى عام 1404هـ.",
    ],
)
def test_the_deceased_and_his_son_name_no_speaker(text: str) -> None:
    assert names(text) == []


def test_a_witness_is_no_name_but_opens_a_given_name() -> None:
    # «شاهد» alone is a witness (or «he watched»); before more name words a Pakistani given name
    assert drop_not_names(["وذكر", "شاهد", "أنه"], [Chunk(1, 2, "PER", 0.9)]) == []
    kept = drop_not_names(["التقى", "شاهد", "خاقان", "عباسي"], [Chunk(1, 4, "PER", 0.9)])
    assert [(c.start, c.end) for c in kept] == [(1, 4)]
