"""Described speakers (issue 15), on invented sentences: a speaker no entity resolves keeps
the words that describe him and where they stand (`speaker_at`), the name the tagger missed
inside them included («وأوضح المتحدث الرسمي للمركز رأفت الصباغ»); a body's noun («وقالت
الشركة») goes to the body that spoke last when several of its kind were named before; an office in
construct with a body's short name («رئيس خيركم» after «جمعية خيركم») is that body's office;
a place after «من» in the subject is where it comes from, not who speaks."""

from __future__ import annotations

from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def said(src: str) -> list[tuple[str | None, str | None, str | None]]:
    """Each quotation's speaker, its words and the text at `speaker_at` (None when unset)."""
    art = marked(src)
    quotes.func(art)
    out = []
    for q in art.layer("quotes"):
        at = q.attrs.speaker_at
        out.append((q.attrs.speaker, q.attrs.speaker_text, art.text[at[0]:at[1]] if at else None))
    return out


def test_a_described_speaker_says_where_its_words_stand() -> None:
    got = said("وذكر المواطن أنه عاطل عن العمل منذ عامين.")
    assert got == [(None, "المواطن", "المواطن")]


def test_a_name_the_tagger_missed_stands_inside_the_words() -> None:
    got = said("وأوضح المتحدث الرسمي رأفت الصباغ في تصريح صحفي أن المساعدات مستمرة.")
    assert got == [(None, "المتحدث الرسمي رأفت الصباغ", "المتحدث الرسمي رأفت الصباغ")]


def test_the_marks_around_the_words_are_left_out() -> None:
    got = said('وأعلنت "المقاومة الشعبية" أنها سيطرت على مرتفعات جبل صبر.')
    assert got == [(None, "المقاومة الشعبية", "المقاومة الشعبية")]


def test_an_unnamed_source_or_official_has_no_place() -> None:
    assert said("وقالت مصادر أمنية إن الطريق مغلق.") == [(None, "مصادر أمنية", None)]
    assert said("ورجحت المصادر أن الطريق مغلق.") == [(None, "المصادر", None)]
    got = said("وقال مسؤول في الوزارة إن القرار نهائي. وأضاف أن التنفيذ يبدأ غدا.")
    assert got == [(None, "مسؤول", None), (None, "مسؤول", None)]


def test_a_definite_office_that_singles_someone_out_has_its_place() -> None:
    got = said("وأعلن النائب الديمقراطي البارز إليوت أنجل أنه سيصوت ضد الاتفاق.")
    assert got == [(None, "النائب الديمقراطي البارز إليوت أنجل", "النائب الديمقراطي البارز إليوت أنجل")]


def test_a_named_speaker_has_no_described_words() -> None:
    got = said("وقال [محمد بدر](PER:badr) إن الاحتفالات ستكون تاريخية.")
    assert got == [("badr", None, None)]


def test_the_body_that_spoke_last_is_the_one_its_noun_names() -> None:
    got = said("قدمت شركة [هيربالايف](ORG:herbalife) طلبا للحصول من [شركة التدوين المصغر](ORG:desc) "
               "[تويتر](ORG:twitter) على بيانات مستخدم. وقالت [هيربالايف](PER:herbalife2) إنها تريد "
               "البيانات. وقالت الشركة في الطلب إن التغريدات مسيئة.")
    assert [s for s, _, _ in got] == ["herbalife2", "herbalife2"]


def test_without_the_body_speaking_last_the_nearest_is_taken() -> None:
    got = said("قدمت شركة [هيربالايف](ORG:herbalife) طلبا للحصول من [شركة التدوين المصغر](ORG:desc) "
               "[تويتر](ORG:twitter) على بيانات مستخدم. وقال [علي](PER:ali) إن الطلب مفهوم. "
               "وقالت الشركة إن التغريدات لا تخالف سياستها.")
    assert [s for s, _, _ in got] == ["ali", "desc"]


def test_one_body_of_its_kind_is_taken_whoever_spoke_last() -> None:
    got = said("أعلنت شركة [سابك](ORG:sabic) نتائجها. وقال [علي](PER:ali) إن النتائج جيدة. "
               "وقالت الشركة إن الأرباح تراجعت.")
    assert [s for s, _, _ in got] == ["ali", "sabic"]


def test_an_office_of_a_body_named_short_is_its_holder() -> None:
    # not the minister named after a comma and another phrase («بجدة، قرار معالي وزير …»)
    got = said("ثمن المهندس [عبد العزيز حنفي](PER:hanafi)، رئيس [جمعية خيركم](ORG:khairukum) بجدة، قرار "
               "معالي وزير التعليم الدكتور [عزام الدخيل](PER:dakhil). وأوضح رئيس خيركم أن القرار يؤكد "
               "العناية بالقرآن.")
    assert [s for s, _, _ in got] == ["hanafi"]


def test_a_word_no_body_was_named_by_leaves_the_office_unnamed() -> None:
    got = said("ثمن المهندس [عبد العزيز حنفي](PER:hanafi)، رئيس [جمعية خيركم](ORG:khairukum) بجدة، القرار. "
               "وأوضح رئيس بلدية أن القرار يؤكد العناية بالقرآن.")
    assert [s for s, _, _ in got] == [None]


def test_a_place_the_subject_comes_from_does_not_speak() -> None:
    got = said("اعتقلت السلطات في [الصين](LOC:china) عددا من السياح. وقالت مؤسسة خيرية من "
               "[جنوب افريقيا](LOC:south_africa) لوسائل الإعلام إن السلطات أبلغت الحكومات.")
    assert got[0][0] is None and got[0][1] == "مؤسسة خيرية من جنوب افريقيا"


def test_states_named_after_kull_min_speak() -> None:
    got = said("وكانت كل من [كوريا الجنوبية](LOC:korea) و[اليابان](LOC:japan) قد أعلنت أن "
               "المحادثات ستبدأ.")
    assert [s for s, _, _ in got] == ["korea"]


def test_a_calling_and_a_name_the_tagger_missed_go_on_to_a_participle() -> None:
    # «المواطن» (a calling before a person's name, ner_person_words) and two words after it: someone
    # described, whom the participle later in the sentence goes on with (a verb inside the reported
    # clause, «اتضح», is no subject of its own)
    got = said("وقال المواطن مانع ملفي لـ«الصحيفة» إنه اشترى وجبة من أحد المراكز واتضح أن بداخلها حشرات، "
               "مضيفا أنه قدم بلاغا للبلدية بعد أن وثق ذلك.")
    assert [(s, t) for s, t, _ in got] == [(None, "المواطن مانع ملفي"), (None, "المواطن مانع ملفي")]


def test_a_missed_name_and_the_office_after_it_speak_on_after_a_participle() -> None:
    # round 46: «وقال [كيه شانموجام وزير خارجية سنغافورة] إنه …، مضيفا أن»: the minister the tagger
    # missed goes on, as an office opening the words would
    got = said("وقال كيه شانموجام وزير خارجية سنغافورة للصحفيين في العاصمة، إنه لا يمكن تجاهل "
               "قضية بحر الصين، مضيفا أن بلاده غير سعيدة بمدونة السلوك.")
    words = "كيه شانموجام وزير خارجية سنغافورة"
    assert got == [(None, words, words), (None, words, words)]
