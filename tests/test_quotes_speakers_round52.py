"""Speakers of round 52 (quotes-dev-fresh29, the stratum unseen until this round): an office
phrase with no name goes to the person whose office, given after his name, holds all its words
and adds no nationality to them («عادل الجبير وزير الخارجية» … «فرانك شتاينماير وزير الخارجية
الألماني» … «ورأى وزير الخارجية أن»: the one the article named bare, not the foreign one named
with his nisba since), and past another office of the same title named since («X وزير الخارجية»
… «Y وزير الداخلية» … «وقال وزير الخارجية»). A feminine honorific (الدكتورة, المهندسة) opens
the subject after a hearer as its masculine form does."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_speakers_round19 import spoken
from tests.test_quotes_units import run


def test_a_bare_office_is_the_one_named_bare_not_the_foreign_one_named_since() -> None:
    got = spoken("أكد [عادل الجبير](PER:jubeir) وزير الخارجية أن المملكة حريصة على علاقاتها. "
                 "وقال [الجبير](PER:jubeir) في مؤتمر صحافي عقده مع [فرانك شتاينماير](PER:steinmeier) "
                 "وزير الخارجية الألماني في برلين أمس إنه يجب على إيران تغيير سياستها. "
                 "ورأى وزير الخارجية أن امتناع إيران عن دخول المفتشين يعني عزمها تصنيع أسلحة.")
    assert [s for s, _ in got] == ["jubeir", "jubeir", "jubeir"]


def test_a_foreign_office_still_goes_to_its_holder() -> None:
    got = spoken("أكد [عادل الجبير](PER:jubeir) وزير الخارجية أن المملكة حريصة على علاقاتها. "
                 "وقال [الجبير](PER:jubeir) في مؤتمر صحافي عقده مع [فرانك شتاينماير](PER:steinmeier) "
                 "وزير الخارجية الألماني في برلين أمس إنه يجب على إيران تغيير سياستها. "
                 "ورأى وزير الخارجية الألماني أن العقوبات ستعود.")
    assert [s for s, _ in got][-1] == "steinmeier"


def test_an_office_phrase_skips_another_office_of_its_title_named_since() -> None:
    got = spoken("وصرح [راشد بن عبدالله](PER:rashid) وزير الخارجية أن التدخلات مرفوضة. "
                 "وحضر اللقاء [خالد بن علي](PER:khalid) وزير الداخلية. "
                 "وقال وزير الخارجية إن المحادثات مثمرة.")
    assert [s for s, _ in got][-1] == "rashid"


_HONORIFICS = {r["form"] for r in load_table("speaker_references") if r["kind"] == "honorific"}
_FEMININE_HONORIFICS = sorted(f for f in _HONORIFICS if f.endswith("ة") and f[:-1] in _HONORIFICS)


def test_the_table_has_feminine_honorifics() -> None:
    assert set(_FEMININE_HONORIFICS) >= {"الدكتورة", "المهندسة"}


@pytest.mark.parametrize("honorific", _FEMININE_HONORIFICS)
def test_a_feminine_honorific_after_a_hearer_opens_the_subject(honorific: str) -> None:
    """«من جانبها أوضحت لـ(عكاظ) الدكتورة [ازدهار المدني] …، أنه»: the woman after the hearer
    speaks, not the man who spoke before."""
    got = spoken("كشف الدكتور [عبدالعزيز بن سعيد](PER:saeed)، عن تجهيز مليوني جرعة. "
                 f"من جانبها أوضحت لـ([عكاظ](ORG:okaz)) {honorific} [ازدهار المدني](PER:madani) "
                 "استشاري طب الأسرة، أنه تم تسخير 86 مركزا للتطعيم.")
    assert [s for s, _ in got][-1] == "madani"


def test_a_names_last_word_before_the_verb_is_no_office_subject() -> None:
    """«وعن عدم مشاركته … نهائي [كأس الملك] قال:»: «الملك» ends the cup's name, no king speaking;
    the fronted topic leaves the verb with the one who spoke before."""
    got = spoken("أكد [حسين عبد الغني](PER:hussein) قائد فريق النصر صعوبة التمارين، وقال: "
                 "«بدأنا التمارين بشكل أقل قوة». وعن عدم مشاركته في نهائي السوبر بسبب إيقافه على "
                 "خلفية أحداث نهائي [كأس الملك](MISC:cup) قال: «لا خوف على النصر».")
    assert got and {s for s, _ in got} == {"hussein"}


def test_an_outlet_told_before_a_joined_verb_is_no_subject() -> None:
    """«…الماضية.«[الاقتصادية]» وأكد أن»: the paper the article's words were told to («أكد لـ
    "الاقتصادية"»), left before a verb joined by و, is not its subject; the last speaker goes on."""
    got = spoken("أكد لـ \"[الاقتصادية](ORG:aleqt)\" مختصون أهمية الدور. وأوضح الدكتور "
                 "[أنور عشقي](PER:eshki) رئيس المركز، أن الإجراءات الأمنية رسالة واضحة. "
                 "ضبطت الجهات الأمنية العناصر.«[الاقتصادية](ORG:aleqt)» وأكد أن الأمور تحت السيطرة.")
    assert [s for s, _ in got][1:] == ["eshki", "eshki"]


def test_a_difficulty_affirmed_is_what_was_said() -> None:
    """«أكد [X] قائد فريق النصر [صعوبة التمارين …]» (quote_object_heads صعوبة, bare only)."""
    got = run("أكد [حسين عبد الغني](PER:hussein) قائد فريق النصر صعوبة التمارين التي تأتي بعد "
              "فترة طويلة من الانقطاع، وقال إن الفريق جاهز.")
    assert got[0] == ("indirect", "صعوبة التمارين التي تأتي بعد فترة طويلة من الانقطاع", "hussein")


def test_a_statement_named_again_after_according_to_takes_no_issuer_after_it() -> None:
    """«وقالت [الحركة] في بيان إن … . ووفقا للبيان تم حل [هيئة الأركان] السابقة. وقال البيان إن»:
    the body after «وفقا للبيان» is what the statement says, not who issued it."""
    got = spoken("وقالت [الحركة الشعبية](ORG:splm) في بيان إن اجتماعا هاما انعقد في المنطقة. "
                 "ووفقا للبيان تم حل [هيئة الأركان السابقة](ORG:staff) وتشكيل أخرى جديدة. "
                 "وقال البيان إن القائد قدم خدمات كبيرة للحركة.")
    assert [s for s, _ in got] == ["splm", "splm"]


@pytest.mark.parametrize("sentence, said", [
    ("بين تقرير حديث أن السعوديين هم أكثر العرب استخداما للبرنامج.",
     "السعوديين هم أكثر العرب استخداما للبرنامج"),
    ("وفيما يتعلق ببرنامج \"wechat\" بين التقرير أن الصينيين هم الأكثر استخداما له.",
     "الصينيين هم الأكثر استخداما له"),
])
def test_bare_bayyana_before_a_statement_noun_reports_speech(sentence: str, said: str) -> None:
    assert [(kind, text) for kind, text, _ in run(sentence)] == [("indirect", said)]


@pytest.mark.parametrize("sentence", [
    "وتنافس بين الوزير والمدير أن يكون الأول.",  # a second side joined by و: the preposition
    "وخلط الكاتب بين التقرير، أن الخبر صحيح.",  # not at a clause's start
])
def test_bayna_before_a_noun_stays_the_preposition(sentence: str) -> None:
    assert run(sentence) == []


def test_speech_after_a_comma_may_open_on_a_blocker_word() -> None:
    """«وقال، [ما يتردد حول تحديد قيمة السعر غير صحيح …]»: «ما» blocks a verb after it, it does
    not stop speech after the comma."""
    got = run("وأكد [عبدالله بترجي](PER:b) عضو الفريق أن البيع قريب. "
              "وقال، ما يتردد حول تحديد قيمة السعر غير صحيح وسيتم إعلانه قريبا.")
    assert got[-1] == ("direct", "ما يتردد حول تحديد قيمة السعر غير صحيح وسيتم إعلانه قريبا", "b")


def test_a_relative_clause_set_off_by_a_comma_after_a_person_is_his() -> None:
    """«بحسب ما أفاد به … المهندس [خالد السباعي]، والذي ذكر أن …»: the relative clause after the
    comma is the person's words (the guide: a speech verb in a relative clause counts)."""
    got = run("وذلك بحسب ما أفاد به رئيس البلدية المهندس [خالد السباعي](PER:k)، والذي ذكر أن ذلك "
              "يأتي في إطار حملات المتابعة التصحيحية.")
    assert got[-1] == ("indirect", "ذلك يأتي في إطار حملات المتابعة التصحيحية", "k")


@pytest.mark.parametrize("sentence", [
    # a body after the comma: the clause is the person's named before
    "وروى [سليمان](PER:s) ما تعرض له في [مديرية التوثيق](ORG:d)، الذي يقول إن الاعتقال طال.",
    # «مما» refers to the whole clause before it
    "وجاءت الدعوة بمبادرة من الرئيس [عمر البشير](PER:b)، مما يؤكد أن الفكرة قديمة.",
    # a plural verb: theirs, not the name's (the tagger's «أمبير» a person)
    "وكانت البطارية من هاتف الشركة الأحدث. وأضاف مصممو الشركة لـ\"جلاكسي إيه 8\" بطارية بسعة 3.050 "
    "ميللي [أمبير](PER:x)، والذي وصفوه بأنه كان أمراً صعباً بسبب نحافة الجهاز.",
])
def test_no_relative_antecedent_past_a_comma_otherwise(sentence: str) -> None:
    speakers = {"d", "b", "x"}
    assert not any(s in speakers for _, _, s in run(sentence))
