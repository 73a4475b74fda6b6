"""Who speaks (issue 15, quotes): a speaker named by a noun phrase, put before its verb or
under a name label, the subject of a new clause, a short name for a body named in full, and
a verb without a subject that carries on only a speaker who agrees with it."""

from __future__ import annotations

import pytest

from marsad.events.speaker_agreement import cue_agreement, relayed_agreement, unagreeing_relative
from marsad.events.speaker_clauses import speaker_clauses
from marsad.events.speaker_unnamed import someone_unnamed
from marsad.events.words import words_of
from marsad.lang import load_table
from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def said(src: str) -> list[tuple[str, str, str | None, str | None]]:
    art = marked(src)
    quotes.func(art)
    return [(q.label, art.text[q.start:q.end], q.attrs.speaker, q.attrs.speaker_text)
            for q in art.layer("quotes")]


# --- where the speech is --------------------------------------------------------------------------

def test_a_name_label_and_a_colon_open_that_persons_words() -> None:
    got = said("فاز المنتخب على تونس.\n-[جورج](PER:george) : القادم أفضل\n"
               "أكد مدرب المنتخب [جورج ايفانوف](PER:george) ان المنتخب لديه أفضل.")
    assert got[0][:3] == ("direct", "القادم أفضل", "george")
    assert [q[1] for q in got] == ["القادم أفضل", "المنتخب لديه أفضل"]


def test_a_place_or_a_word_before_a_colon_is_no_name_label() -> None:
    assert said("[الرياض](LOC:riyadh): افتتح المعرض الدولي للكتاب أبوابه أمس.") == []
    assert said("النتائج: فاز الهلال على النصر بهدفين.") == []
    assert said("-[جورج](PER:george) : أفضل") == []  # one word is a term, not speech


def test_reported_words_before_a_verb_with_an_object_pronoun() -> None:
    got = said("وسيتم تأخير الساعات في كوريا الشمالية 30 دقيقة، بحسب ما ذكرته [وكالة يونهاب](ORG:yonhap).")
    assert got == [("indirect", "وسيتم تأخير الساعات في كوريا الشمالية 30 دقيقة", "yonhap", None)]
    got = said("جمدت [تركيا](LOC:tr) رسميا أموال الرئيس السابق، على ما أعلنت وكالة [الأناضول](ORG:aa).")
    assert got[0][1:3] == ("جمدت تركيا رسميا أموال الرئيس السابق", "aa")
    assert said("وهو على ما يبدو أمر صعب جدا هنا.") == []


# --- who speaks ------------------------------------------------------------------------------------

def test_a_body_before_its_verb_speaks_not_the_last_speaker() -> None:
    got = said("وقال [زوما](PER:zuma) إن الأطباء راضون. وكانت الرئاسة قالت [أمس](DATE:2015-06-06) "
               "إنه تم اكتشاف الحصوات قبل شهرين.")
    assert got[-1] == ("indirect", "تم اكتشاف الحصوات قبل شهرين", None, "الرئاسة")


def test_a_time_ends_an_unnamed_speakers_description() -> None:
    got = said("وقالت الشرطة الهندية [أمس](DATE:2015-06-06) إن المبنى انهار.")
    assert got == [("indirect", "المبنى انهار", None, "الشرطة الهندية")]


def test_the_subject_of_a_new_clause_outranks_names_before_it() -> None:
    got = said("احتفى رئيس البعثة [بتال العتيبي](PER:battal) ببعثة المنتخب في الرباط وقد عبر مدير المنتخب "
               "[خالد مطر](PER:matar) عن سعادته بالاحتفال وقال: \"جهود رئيس البعثة واضحة للجميع\"")
    assert got == [("direct", "جهود رئيس البعثة واضحة للجميع", "matar", None)]


def test_without_a_new_clause_the_first_person_speaks() -> None:
    got = said("استقبل [الملك سلمان](PER:salman) الرئيس [أردوغان](PER:erdogan) وقال: \"العلاقات متينة جدا\"")
    assert got[-1][2] == "salman"


def test_the_newspaper_and_the_coach_are_those_named_before() -> None:
    got = said("ونقلت صحيفة [الوطن](ORG:watan) أن الصفقة تمت. وأشارت الصحيفة إلى أن المفاوضات استمرت شهرا.")
    assert got[-1][1:3] == ("المفاوضات استمرت شهرا", "watan")
    got = said("تعاقد النادي مع المدرب البرتغالي [جوزيه بيسيرو](PER:peseiro) أمس. "
               "وقال المدرب البرتغالي إن الفريق جاهز للمباراة.")
    assert got[-1][1:3] == ("الفريق جاهز للمباراة", "peseiro")


def test_an_unnamed_coach_or_expert_keeps_the_words_that_describe_him() -> None:
    assert said("وقال المدرب البرتغالي إن الفريق جاهز للمباراة.") == [
        ("indirect", "الفريق جاهز للمباراة", None, "المدرب البرتغالي")]
    assert said("وقال خبير اقتصادي إن السوق سيتحسن.") == [("indirect", "السوق سيتحسن", None, "خبير اقتصادي")]


def test_a_body_named_by_its_kind_is_the_one_named_in_full_before() -> None:
    got = said("أعلنت [هيئة قناة بنما](ORG:acp) أنها ستحدد حجم السفن. "
               "وأضافت [هيئة القناة](ORG:other) أن قيودا جديدة قد تفرض.")
    assert [q[2] for q in got] == ["acp", "acp"]
    got = said("أعلنت [هيئة قناة بنما](ORG:acp) أنها ستحدد حجم السفن. "
               "وقالت [هيئة الطيران](ORG:aviation) إن الرحلات مستمرة.")
    assert got[-1][2] == "aviation"  # a word the full name lacks: another body


def test_a_continuation_carries_on_only_a_speaker_who_agrees() -> None:
    got = said("وقالت [سارة](PER:sara) إن العمل بدأ. وقال [أحمد](PER:ahmed) إن المشروع ناجح. "
               "وأضافت أن الفريق سيكبر.")
    assert [q[2] for q in got] == ["sara", "ahmed", "sara"]
    got = said("وقال [أحمد](PER:ahmed) إن المشروع ناجح. وأضافت أن الفريق سيكبر.")
    assert got[-1][2] is None  # nobody named agrees: not the man
    got = said("وقال [أحمد](PER:ahmed) إن المشروع ناجح. وأضاف أن الفريق سيكبر.")
    assert got[-1][2] == "ahmed"


def test_a_body_takes_either_gender() -> None:
    got = said("وقالت [الوزارة](ORG:ministry) إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ غدا.")
    assert [q[2] for q in got] == ["ministry", "ministry"]


def test_an_unnamed_speaker_is_carried_on_not_the_last_named_one() -> None:
    got = said("وقال [أحمد](PER:ahmed) إن المشروع ناجح. وقال مسؤول إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ.")
    assert [q[2] for q in got] == ["ahmed", None, None]
    got = said("وقال [أحمد](PER:ahmed) إن المشروع ناجح. وقالت مصادر إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ.")
    assert got[-1][2] == "ahmed"  # «المصادر» is feminine: «وأضاف» goes back to the man


def test_a_continuation_in_the_sources_sentence_goes_back_to_them_not_a_name_before() -> None:
    got = said("التقى [أحمد](PER:ahmed) بالوفد أمس، وقالت مصادر إن الخطة جاهزة، وأضافت أن التنفيذ يبدأ غدا.")
    assert got[-1][2:] == (None, "مصادر")  # not Ahmed named before the sources
    got = said("التقى [أحمد](PER:ahmed) بالوفد أمس، وقالت مصادر إن الخطة جاهزة، وأضاف أن التنفيذ يبدأ غدا.")
    assert got[-1][2] == "ahmed"  # «وأضاف» does not agree with «مصادر»: the man
    got = said("وقال [أحمد](PER:ahmed) إن المشروع ناجح، وقالت مصادر إن الخطة جاهزة، وأضاف أن التنفيذ يبدأ.")
    assert got[-1][2] == "ahmed"  # the named speaker before them in the sentence, as before


def test_a_carried_on_unnamed_speaker_keeps_the_words_that_describe_him() -> None:
    got = said("وقال [أحمد](PER:ahmed) إن المشروع ناجح. وقالت مصادر أمنية إن الخطة جاهزة. "
               "وأضافت أن التنفيذ يبدأ غدا. وتابعت أن الوفد وصل.")
    assert [q[2:] for q in got] == [("ahmed", None), (None, "مصادر أمنية"), (None, "مصادر أمنية"),
                                    (None, "مصادر أمنية")]
    got = said("وقال مسؤول في الوزارة إن الخطة جاهزة. وقالت [سارة](PER:sara) إن العمل بدأ. "
               "وأضاف أن التنفيذ يبدأ غدا.")
    assert got[-1][2:] == (None, "مسؤول")  # «وأضاف» passes the woman back to the official
    got = said("وقالت [سارة](PER:sara) إن العمل بدأ. وقال مسؤول إن الخطة جاهزة. وأضافت أن التنفيذ يبدأ.")
    assert got[-1][2:] == ("sara", None)  # a named speaker carried on takes no description


@pytest.mark.parametrize(("description", "unnamed"), [
    ("مصادر أمنية", True), ("المصدر", True), ("مسؤول في الوزارة", True), ("المتحدث باسم الشرطة", True),
    ("مسؤولون مصريون", True), ("أحد المشاركين بالاجتماع", True),
    ("قيد الناخبين بالمراكز", False), ("الدراسة", False), ("الصحيفة", False), ("", False),
])
def test_someone_unnamed_is_a_source_office_or_group(description: str, unnamed: bool) -> None:
    assert someone_unnamed(description) is unnamed


def test_a_person_reached_through_a_body_takes_no_gender_from_its_verb() -> None:
    got = said("وأعلنت إدارة الرئيس [باراك أوباما](PER:obama) أن واشنطن تحقق في التقارير، إلا أنه أضاف أن "
               "واشنطن لم تتوصل إلى أدلة.")
    assert [q[2] for q in got] == ["obama", "obama"]


def test_the_hearer_after_lam_is_no_speaker() -> None:
    got = said("وقالت [ماما سارة](PER:sarah) إن أوباما ضيف كينيا. وقالت للصحف الكينية: «أنا سعيدة بزيارته»")
    assert got[-1][1:3] == ("أنا سعيدة بزيارته", "sarah")
    got = said("كان [هيمنت كوتالوار](PER:k)؛ القائم بأعمال السفارة، قد كشف لـ \"الاقتصادية\" في وقت سابق "
               "أن الوفد سيصل.")
    assert got == [("indirect", "الوفد سيصل", "k", None)]


def test_an_agency_name_with_lil_is_no_hearer() -> None:
    got = said("ونقلت وكالة [تاس](ORG:tass) للأنباء، بيانا عن [مجلس الأمن](ORG:council)، أن الاجتماع سيعقد. "
               "وأضاف البيان أن الجانبين سيناقشان الأمن.")
    assert [q[2] for q in got] == ["council", "council"]


def test_an_office_whose_definite_object_follows_it_still_names_its_holder() -> None:
    got = said("استقبل رئيس إقليم كردستان [مسعود بارزاني](PER:barzani) الوزير. وقال [كريم سنجاري](PER:k) "
               "إن النازحين كثر.\nمن جهته، سلط رئيس الإقليم الضوء على أوضاع النازحين، مؤكدا على أن "
               "كردستان تعتبر مساعدة النازحين واجبا.")
    assert got[-1][2] == "barzani"


def test_a_verb_after_a_report_takes_the_reports_issuer() -> None:
    got = said("بينت [شركة آسيا](ORG:asia) أن المدن نمت سريعا، وفقا لتقرير [البنك الدولي](ORG:wb) الذي صدر "
               "مؤخرا ويفيد بأنه بين عامي 2000 و2010 زاد عدد السكان.")
    assert [q[2] for q in got] == ["asia", "wb"]


@pytest.mark.parametrize(("word", "agreement"), [
    ("قال", "m"), ("وقالت", "f"), ("وأضافت", "f"), ("وأضاف", "m"), ("تقول", "f"), ("يقول", "m"),
    ("مشيرا", "m"), ("مشيرةً", "f"), ("قالوا", "p"), ("لفتت", "f"), ("لفت", None), ("بينت", None),
    ("وتضيف", "f"), ("وتقول", "f"), ("فتقول", "f"), ("ويضيف", "m"), ("ويقولون", "p"), ("يؤكدون", "p"),
])
def test_a_verb_of_saying_shows_its_gender_and_number(word: str, agreement: str | None) -> None:
    assert cue_agreement(words_of(word)[0]) == agreement


# glued_preposition rows are letters written onto the next word, not words: their own row test is
# tests/test_quotes_glued_objects.py
_WORD_ROWS = [r for r in load_table("speaker_clauses") if r["kind"] != "glued_preposition"]


@pytest.mark.parametrize("row", _WORD_ROWS, ids=lambda r: r["form"])
def test_every_clause_row_is_read(row: dict[str, str]) -> None:
    assert speaker_clauses().at(words_of("و" + row["form"]), 0) is not None


def test_a_present_verb_with_its_conjunction_goes_back_to_the_woman_who_spoke() -> None:
    got = said("وقالت [منى](PER:mona) إن المشروع ناجح. وقال [أحمد](PER:ahmed) إن العمل بدأ. "
               "وتضيف أن الفريق سيكبر.")
    assert [q[2] for q in got] == ["mona", "ahmed", "mona"]  # «وتضيف» is she, not «و» + a bare past


def test_a_plural_present_verb_carries_on_no_one_person() -> None:
    got = said("وقال [أحمد](PER:ahmed) إن العمل بدأ. ويقولون إن الفريق سيكبر.")
    assert [q[2] for q in got] == ["ahmed", None]


def test_a_participle_goes_on_from_the_verb_outside_the_quotation_before_it() -> None:
    got = said("وقال [أحمد](PER:ahmed) إن الحكومة أعلنت أن العمل بدأ، مشيرا إلى أن المشروع ناجح.")
    assert got[-1][1:3] == ("المشروع ناجح", "ahmed")  # not «الحكومة», whose verb is inside his words
    got = said("وأشارت [الخلية](ORG:cell) إلى أن الهروب بدأ. وأضافت أنه بعد الانتصارات أكدت مصادرنا "
               "حصول الهروب، لافتة إلى أن القادة فقدوا السيطرة.")
    assert got[-1][1:3] == ("القادة فقدوا السيطرة", "cell")


def test_a_thing_before_a_verb_of_saying_speaks_for_no_one() -> None:
    got = said("وقال [سعود](PER:saud) إن الوضع مستقر. إلا أن الواقع يشير إلى أن رغبة القطاع الخاص كبيرة. "
               "والأنباء الأولية تشير إلى أن الانتحاريين دخلا المركز.")
    # not saud carried on; «الواقع يشير إلى أن» shows a fact, nobody's words (quote_cues fact_subject)
    assert [(q[1], q[2]) for q in got] == [("الوضع مستقر", "saud"), ("الانتحاريين دخلا المركز", None)]
    got = said("وقال [سعود الخنين](PER:saud) إن الوضع مستقر. والخنين يرى أن المدرب أخطأ. "
               "والأخير يرى أن اللاعبين تعبوا.")
    assert [q[2] for q in got] == ["saud", "saud", "saud"]  # a surname and «الأخير» still speak
    got = said("وقال [سعود](PER:saud) إن الوضع مستقر. وعن اللاعبين الجدد يقول: «بيئة الهلال تساعد اللاعبين». "
               "والمعارض قال إن الوضع صعب.")
    assert [q[2] for q in got] == ["saud", "saud", "saud"]  # a topic after «عن», a past verb
    got = said("وقال [سعود](PER:saud) إن الوضع مستقر. [نصر الله](PER:nasr) الكاذب الكبير يؤكد أنه "
               "ماض في طريقه.")
    assert got[-1][2] == "nasr"  # adjectives after a name, not a thing


_SAYING_PRONOUNS = {"وله": "بقوله", "ها": "بقولها", "هم": "بقولهم"}


@pytest.mark.parametrize("row", load_table("speaker_agreement"),
                         ids=lambda r: f"{r['position']}-{r['affix']}-{r['pos']}")
def test_every_agreement_row_is_read(row: dict[str, str]) -> None:
    if row["pos"] == "pronoun":  # the relay word's pronoun: «عنه», «عنها»
        assert relayed_agreement(words_of("عن" + row["affix"])[0]) == row["agreement"]
        return
    if row["pos"] == "relative":  # الذي, التي, الذين: a verb of another agreement right after it
        other = "أكدت" if row["agreement"] == "m" else "أكد"
        same = {"m": "أكد", "f": "أكدت", "p": "أكدوا"}[row["agreement"]]
        assert unagreeing_relative(words_of(f"الجماعات {row['affix']} {other}"), 2)
        assert not unagreeing_relative(words_of(f"الجماعات {row['affix']} {same}"), 2)
        return
    base = {"verb": "قال", "participle": "مشير"}[row["pos"]]
    word = row["affix"] + "قول" if row["position"] == "prefix" else base + row["affix"]
    if row["pos"] == "participle" and row["affix"] in _SAYING_PRONOUNS:  # بقوله, بقولها, بقولهم
        word = _SAYING_PRONOUNS[row["affix"]]
    assert cue_agreement(words_of(word)[0]) == row["agreement"]


@pytest.mark.parametrize("row", load_table("speaker_groups"), ids=lambda r: r["form"])
def test_every_unnamed_group_row_makes_its_verb_speak_for_nobody(row: dict[str, str]) -> None:
    got = said(f"وقال [سعود](PER:saud) إن الوضع مستقر. وقال {row['form']} إن الأسعار سترتفع في الربع المقبل.")
    assert got[0][2] == "saud"
    assert got[1][1:3] == ("الأسعار سترتفع في الربع المقبل", None)  # not saud carried on


def test_an_unnamed_group_with_the_article_and_a_verb_without_subject() -> None:
    got = said("وقال [سعود](PER:saud) إن الوضع مستقر. ويرى الخبراء أن الأسعار سترتفع في الربع المقبل. "
               "وأضاف [سعود](PER:saud) أن العقود جاهزة. وتابع أن التوقيع قريب جدا من الجانبين.")
    assert [q[2:] for q in got] == [("saud", None), (None, "الخبراء"), ("saud", None), ("saud", None)]
    got = said("وقال [سعود](PER:saud) إن الوضع مستقر. وأصدر المجلس بيانا قال فيه إن الموعد لم يحدد بعد.")
    assert got[1][1:3] == ("الموعد لم يحدد بعد", None)  # «قال فيه»: فيه is no group noun


def test_a_name_that_reads_like_a_preposition_is_the_subject() -> None:
    # «علي» normalises like «على» (a stop word): a name there is the verb's subject
    got = said("وقال [إبراهيم معلا](PER:m) : عقول لا تدري كيف تم إقناعها بذلك. "
               "وقال [علي الريشان](PER:r) : أعظم ذنب بعد الكفر سفك الدم الحرام غدرا.")
    assert [q[2] for q in got] == ["m", "r"]
    assert said("وقال [علي الحسن](PER:a) إن الوضع مستقر في المدينة.")[0][2] == "a"
    assert said("وقال مدير إدارة المرور في المنطقة [علي الحسن](PER:a) إن الوضع مستقر.")[0][2] == "a"
    assert said("وقال [سعود](PER:s) إن الوضع مستقر. وأضاف على هامش اللقاء أن العقود جاهزة.")[1][2] == "s"


def test_a_body_noun_before_a_name_in_brackets_or_marks() -> None:
    got = said("وأظهرت الدراسة التي أجرتها مؤسسة ([ميديا أناليسيس](ORG:ma)) للصحافة أن النسبة تراجعت. "
               "و أشارت المؤسسة إلى أن تراجعا في عدد السكان سيحدث قريبا.")
    assert got[-1][1:3] == ("تراجعا في عدد السكان سيحدث قريبا", "ma")
