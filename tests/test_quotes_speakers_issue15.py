"""Quotations and their speakers on real news (issue 15, this round): hearsay and plural verbs,
marked words the tagger took for a title, more verbs of saying, a verb in a relative clause
before marked words, the office that opens a sentence, names inside a complement clause."""

from __future__ import annotations

from tests.test_quotes_and_events_realtext import said


def test_hearsay_is_speech_whose_speaker_nobody_names() -> None:
    got = said("وقال [كومار](PER:kumar) إن المبنى انهار. "
               "ويتردد أنه قد يكون سبب انهيار المبنى الحفر في مكان مجاور.")
    assert got == [("indirect", "المبنى انهار", "kumar"),
                   ("indirect", "قد يكون سبب انهيار المبنى الحفر في مكان مجاور", None)]


def test_a_plural_verb_without_a_subject_carries_on_no_one_person() -> None:
    got = said("وقال [كومار](PER:kumar) إن المبنى انهار. وتبادلت [أوكرانيا](LOC:ua) والانفصاليون الاتهامات، "
               "وأعلنوا أن أربعة مدنيين قتلوا.")
    assert got[-1] == ("indirect", "أربعة مدنيين قتلوا", None)
    # the singular verb still carries the last speaker on
    assert said("وقال [كومار](PER:kumar) إن المبنى انهار. وأضاف أن العمال نجوا.")[-1][2] == "kumar"


def test_marked_words_after_a_verb_of_saying_are_speech_though_tagged_as_a_title() -> None:
    got = said("قال الفنان [حسن حسني](PER:hosny) بخفة دمه المعهودة: «[جيت عشان حبيبتي مريم](MISC:x)».")
    assert got == [("direct", "جيت عشان حبيبتي مريم", "hosny")]
    assert said("وجاء رزق يبتسم في زهو يقول «[الجو بره يا أستاذ](MISC:y)».")[0][1] == "الجو بره يا أستاذ"
    # a title after a colon with no verb of saying before it, and a title with one word too few
    assert said("وعرض الفيلم تحت عنوان: «[مغامرات أليس تحت الأرض](MISC:z)» في لندن.") == []
    assert said("وقال [حسني](PER:hosny): «[حبيبتي مريم](MISC:w)».") == []


def test_more_verbs_of_saying() -> None:
    assert said("ويضيف «لا يمكن أن تحلق طائرتان في المجال الجوي نفسه».")[0][:2] == (
        "direct", "لا يمكن أن تحلق طائرتان في المجال الجوي نفسه")
    assert said("وروى [الشاب](PER:boy) للصحافيين «ركلت السمكة وكنت أصرخ».")[0][1] == "ركلت السمكة وكنت أصرخ"
    assert said("وأبان [الحلبي](PER:halabi) أن الدورة تتضمن خمسة جوانب.") == [
        ("indirect", "الدورة تتضمن خمسة جوانب", "halabi")]


def test_a_verb_in_a_relative_clause_introduces_the_marked_words_right_after_it() -> None:
    got = said("وهذا ما أكد عليه القرآن الكريم في الآية المباركة «ولا تسبوا الذين يدعون من دون الله».")
    assert [t for _, t, _ in got] == ["ولا تسبوا الذين يدعون من دون الله"]
    # but not marked words inside the clause of a relative «مما يشير إلى أن»
    assert said('وارتفعت الأسعار مما يشير إلى أن السوق "تمر بمرحلة صعبة جدا" هذا العام.') == []


def test_the_office_that_opens_a_sentence_outranks_a_body_named_after_it() -> None:
    got = said("أكد الدكتور [بندر حجار](PER:hajjar) وزير الحج أن الموسم نجح. إثر ذلك ناقش وزير الحج مع "
               "الوكلاء الخطة، بعد الحفل الذي أقامته [وزارة الحج](ORG:ministry) أمس، وأكد في نهاية اللقاء "
               "أهمية مثل هذه الاحتفالات في ترسيخ الألفة.")
    assert got[-1] == ("indirect", "أهمية مثل هذه الاحتفالات في ترسيخ الألفة", "hajjar")


def test_a_name_inside_a_complement_clause_is_not_the_subject_of_a_later_verb() -> None:
    got = said('علمت "الوطن" أن الاتحاد يدرس ملف المدرب [ميشيل برودوم](PER:preud) الذي درب الفريق، '
               "وأشار إلى أن المدرب وافق على تدريب المنتخب.")
    assert got == [("indirect", "المدرب وافق على تدريب المنتخب", None)]
    # a name before the complementizer still is
    got = said("واستقبل [خالد مطر](PER:matar) الوفد في مكتبه، وأشار إلى أن الزيارة ناجحة.")
    assert got[-1][2] == "matar"
    # nor a name after an adverbial «على الرغم من أن»
    got = said("على الرغم من أن السيد [شي](PER:xi) لم يشر علنا إلى الوضع، إلا أنه قال إن الصين "
               "على استعداد للعمل مع روسيا.")
    assert got == [("indirect", "الصين على استعداد للعمل مع روسيا", "xi")]


def test_the_participles_of_ardafa_and_taba_a_carry_the_speaker_of_their_clause() -> None:
    got = said("وأكد [العتيبي](PER:otaibi) أن الأسعار مرتفعة، مردفا أن المستأجر يتضرر بشكل كبير.")
    assert got == [("indirect", "الأسعار مرتفعة", "otaibi"),
                   ("indirect", "المستأجر يتضرر بشكل كبير", "otaibi")]
    got = said("وقال [العتيبي](PER:otaibi) إن الأسعار مرتفعة، متابعا أن «هناك وعيا عالميا حول الخطر».")
    assert got[-1] == ("direct", "هناك وعيا عالميا حول الخطر", "otaibi")


def test_a_short_name_in_marks_right_after_the_verb_is_its_subject_not_speech() -> None:
    got = said("في حين كشف «[مكتب أخبار سوريا](MISC:office)» عن مقتل عشرة مدنيين.")
    assert got == [("indirect", "مقتل عشرة مدنيين", "office")]
