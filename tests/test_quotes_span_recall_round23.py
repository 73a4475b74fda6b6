"""Quotation spans on the quotes dev gold (issue 15, round 23), on invented sentences: clauses of
opinion and estimate (يعتقد, تعتبر, قدرت, أجمعوا: quote_cues verb rows) but not their passive
(«يُعتقد أنها», quote_homographs passive_homograph), more heads of what was announced, confirmed or
denied (quote_object_heads), رجح with a direct object, and a participle's ب object holding a name."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run

_PASSIVE = [r["form"] for r in load_table("quote_homographs") if r["kind"] == "passive_homograph"]
_VERBS = {r["form"] for r in load_table("quote_cues") if r["kind"] == "verb"}


@pytest.mark.parametrize("form", ["يعتقد", "تعتقد", "يعتبر", "تعتبر", "قدرت"])
def test_an_opinion_with_its_subject_is_what_was_said(form: str) -> None:
    assert form in _VERBS
    got = run(f"و{form} [سعود](PER:saud) أن الفريق يحتاج إلى مدافع جديد.")
    assert got == [("indirect", "الفريق يحتاج إلى مدافع جديد", "saud")]


def test_a_group_agreeing_on_a_clause_says_it() -> None:
    got = run("واجتمع المشجعون أمس، وأجمعوا على أن المدرب الجديد هو الرابح الأكبر.")
    assert [g[:2] for g in got] == [("indirect", "المدرب الجديد هو الرابح الأكبر")]


@pytest.mark.parametrize("form", _PASSIVE)
def test_the_passive_of_an_opinion_is_nobody_s_words(form: str) -> None:
    assert form in _VERBS  # a verb of opinion whose form is also its passive
    assert run(f"وزار الوفد القرية التي {form} أنها مقر الجماعة المسلحة.") == []
    assert run(f"وكان {form} أن المبنى خال من السكان.") == []


@pytest.mark.parametrize("sentence, said", [
    ("وأعلن نادي [الشباب](ORG:club) عن ضم المدافع الأرجنتيني بعقد لثلاثة أعوام.",
     "ضم المدافع الأرجنتيني بعقد لثلاثة أعوام"),
    ("وأعلن [الجيش](ORG:club) عزل الرئيس بعد احتجاجات واسعة.", "عزل الرئيس بعد احتجاجات واسعة"),
    ("وأعلنت [الجمعية](ORG:club) فقدان أثر ثلاثة صيادين في البحر منذ أيام.",
     "فقدان أثر ثلاثة صيادين في البحر منذ أيام"),
    ("وكان [النادي](ORG:club) قد أعلن من قبل التعاقد مع حارس مرمى جديد.", "التعاقد مع حارس مرمى جديد"),
    ("وأعلن [سعود](PER:club) عن تقارب في المواقف مع الجانب الآخر.", "تقارب في المواقف مع الجانب الآخر"),
    ("وأعلن [سعود](PER:club) عن رؤية بلاده لحل الأزمة في المنطقة.", "رؤية بلاده لحل الأزمة في المنطقة"),
    ("ونفى [سعود](PER:club) قيامه بنسخ تصميم مصمم آخر.", "قيامه بنسخ تصميم مصمم آخر"),
    ("ونفت إدارة [النادي](ORG:club) في بيان صحة اتفاقها مع الشركة الراعية.",
     "صحة اتفاقها مع الشركة الراعية"),
])
def test_more_heads_of_what_was_announced(sentence: str, said: str) -> None:
    assert [g[:2] for g in run(sentence)] == [("indirect", said)]


@pytest.mark.parametrize("noun", ["الصحة", "العزل", "القيام", "الرؤية"])
def test_bare_only_heads_with_the_article_open_nothing(noun: str) -> None:
    assert run(f"وأكد [سعود](PER:saud) {noun} في المدارس الحكومية منذ سنوات.") == []


def test_what_was_deemed_likely_is_what_was_said() -> None:
    got = run("ورجح [سعود](PER:saud) وجود ضحايا جراء القصف على القرية.")
    assert got == [("indirect", "وجود ضحايا جراء القصف على القرية", "saud")]
    assert run("ورجح [سعود](PER:saud) الكفة في المباراة الأخيرة.") == []  # no head noun: no object


def test_a_participle_s_demand_may_hold_a_name() -> None:
    got = run("وتظاهر المئات في الساحة، مطالبين بمحاكمة رئيس الوزراء السابق [خالد](PER:k) على الفور.")
    assert [g[:2] for g in got] == [("indirect", "بمحاكمة رئيس الوزراء السابق خالد على الفور")]


@pytest.mark.parametrize("form", ["تحدثت", "تحدثوا"])
def test_talking_about_a_clause_is_what_was_said(form: str) -> None:
    got = run(f"و{form} [الصحيفة](ORG:paper) عن أن العرض المقدم يبلغ مليون ريال.")
    assert got == [("indirect", "العرض المقدم يبلغ مليون ريال", "paper")]


def test_the_present_of_happening_opens_no_quotation() -> None:
    text = "وهذه الجولات تحدث بشكل مفاجئ للاعبين، بجانب جولات \"الفحص الدوري\" التي تقوم بها اللجنة."
    assert run(text) == []


def test_a_statement_s_words_with_its_adverb() -> None:
    got = run("وجاء أيضا في [البيان](ORG:st) أن القوات سيطرت على المدينة بالكامل.")
    assert [g[:2] for g in got] == [("indirect", "القوات سيطرت على المدينة بالكامل")]


@pytest.mark.parametrize("vocative", ["يامولاي", "يارسول الله", "يارب"])
def test_a_fused_vocative_opens_bare_speech(vocative: str) -> None:
    got = run(f"فتعجب الرجل، وقال له {vocative} خدمتهم عشرة أيام فأنقذوني.")
    assert [g[:2] for g in got] == [("direct", f"{vocative} خدمتهم عشرة أيام فأنقذوني")]


def test_a_name_fused_like_a_vocative_opens_nothing() -> None:
    assert run("وقال ياسر الدوسري خدمتهم عشرة أيام فأنقذوني.") == []


def test_a_long_subject_still_reaches_its_complementizer() -> None:
    subject = ("عضو الهيئة السياسية والرئيس السابق للائتلاف [سعود](PER:saud) حول ما يشاع عن تعديلات على "
               "المبادرة الجديدة التي يجري النقاش حولها منذ أسابيع بين الأطراف الثلاثة في العاصمة")
    got = run(f"وقال {subject} إن أي حل يخرج عن إطار الاتفاق لن يكون قابلا للتنفيذ.")
    assert got == [("indirect", "أي حل يخرج عن إطار الاتفاق لن يكون قابلا للتنفيذ", "saud")]


@pytest.mark.parametrize("had", ["سبق أن", "سبق وأن"])
def test_what_someone_had_once_done_is_no_speech(had: str) -> None:
    got = run(f"وأعلن [النادي](ORG:club) عن نية تكريم اللاعب القديم كونه {had} قاد الفريق إلى اللقب.")
    assert [g[1] for g in got] == [f"نية تكريم اللاعب القديم كونه {had} قاد الفريق إلى اللقب"]


@pytest.mark.parametrize("sentence, said", [
    ("وتوقف متأملا وهو يقول، كنت في بداية عملي أفرح بالربح القليل.", "كنت في بداية عملي أفرح بالربح القليل"),
    ("وكان المسؤول يقول للصحفيين، أعطوني فرصة لأفهم الوضع، قبل أن أجيب.",
     "أعطوني فرصة لأفهم الوضع، قبل أن أجيب"),
])
def test_speech_after_a_verb_and_a_comma(sentence: str, said: str) -> None:
    assert [g[:2] for g in run(sentence)] == [("direct", said)]


@pytest.mark.parametrize("sentence", [
    "وقال، خلال المؤتمر الصحفي، إن الوضع مستقر تماما.",
    "وقال للصحفيين، الوضع مستقر كما أكد أن الجيش يسيطر.",
    "والحياة كما يقول، صعبة على الجميع في هذه الأيام.",
])
def test_no_bare_speech_after_a_comma_where_a_clause_or_a_cue_follows(sentence: str) -> None:
    assert all(g[0] == "indirect" for g in run(sentence))
