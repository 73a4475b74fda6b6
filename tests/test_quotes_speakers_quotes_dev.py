"""Quotations and their speakers, from the misses of the quotes-dev gold (issue 15): statements
and studies and their issuers, last names the tagger left out, the name that ends a long
subject, fronted topics, participles and colons, names in marks, relative clauses after a
name, and the words that name nobody."""

from __future__ import annotations

from tests.test_quotes_and_events_realtext import said


def test_what_a_statement_says_is_not_its_issuer() -> None:
    got = said("وأضافت [السفارة الأميركية](ORG:embassy) في بيان أمس أن المساعدة تأتي استجابة للحاجة. "
               "وأشار البيان إلى أن حصة [الأردن](LOC:jordan) تقدر بنحو 21 مليون دولار.")
    assert [s for _, _, s in got] == ["embassy", "embassy"]


def test_a_study_speaks_for_the_body_that_prepared_it() -> None:
    got = said("أحصت دراسة أعدها [مركز الخليج للدراسات](ORG:center) 160 موقفا عدائيا. "
               "وقالت الدراسة إن المملكة كانت هدفا مباشرا للمخططات.")
    assert got == [("indirect", "المملكة كانت هدفا مباشرا للمخططات", "center")]


def test_a_last_name_the_tagger_left_out_names_its_person() -> None:
    got = said("وحضر المدير العام للأسواق [سلمان](PER:salman) الخلف الافتتاح. "
               "وأوضح الخلف أن الفرع الجديد يقع بالقرب من المخرج.")
    assert got == [("indirect", "الفرع الجديد يقع بالقرب من المخرج", "salman")]


def test_the_name_that_ends_a_long_subject_is_the_speaker() -> None:
    got = said("وقال الناطق الإعلامي ل[هيئة الهلال الأحمر](ORG:redcrescent) في المنطقة الشرقية "
               "[فهد الغامدي](PER:fahd): إن الفرق الإسعافية باشرت 105 حالات.")
    assert got == [("direct", "الفرق الإسعافية باشرت 105 حالات", "fahd")]
    got = said("أوضح المشرف العام على المنتخب الأولمبي السعودي [صالح أبو نخاع](PER:saleh) أن المعسكر "
               "يهدف إلى اكتشاف اللاعبين.")
    assert got == [("indirect", "المعسكر يهدف إلى اكتشاف اللاعبين", "saleh")]
    # but not a hearer after لنظيره
    got = said("وقال وزير الخارجية لنظيره الروسي [سيرغي لافروف](PER:lavrov) إن العلاقات جيدة.")
    assert all(s != "lavrov" for _, _, s in got)


def test_names_in_a_fronted_topic_are_not_the_speaker() -> None:
    got = said("وقال [طلال النجار](PER:najjar) إن الفريق جاهز. وحول إصابة المهاجم [نايف هزازي](PER:hazazi) "
               "ومدى جاهزيته قال: نايف يخضع لبرنامج تأهيلي وسيكون جاهزا.")
    assert [s for _, _, s in got] == ["najjar", "najjar"]
    # a sentence that opens with another preposition holds a clause of its own
    got = said("وبعد اللقاء انتقد [لافروف](PER:lavrov) اعلان واشنطن، واعتبر انه سيكون لذلك نتائج عكسية.")
    assert got[-1][2] == "lavrov"


def test_a_participle_keeps_the_speaker_its_verb_was_given() -> None:
    got = said("وقال المتحدث الإعلامي باللجنة الانتخابية في محافظة جدة وممثل عن الناخبين [سعود](PER:tuwaim) "
               "التويم لـ«المدينة» إن المراحل ستبدأ قريبا، مشيرًا إلى أن الاستعدادات قد اكتملت.")
    assert [s for _, _, s in got] == ["tuwaim", "tuwaim"]


def test_the_words_after_a_colon_are_no_subject() -> None:
    got = said("وشهد [الشهراني](PER:shahrani) للشهداء بالصلاح حيث قال: الشهداء أهل دين وصلاح، "
               "مضيفًا بأن حلقات التحفيظ تقام في المسجد.")
    assert got[-1] == ("indirect", "حلقات التحفيظ تقام في المسجد", "shahrani")


def test_a_name_in_marks_is_no_quotation() -> None:
    texts = [t for _, t, _ in said('وكشفت "وان بلاس" أيضاً أنها صممت نظارة واقع افتراضي خاصة بها.')]
    assert texts == ["صممت نظارة واقع افتراضي خاصة بها"]
    assert [t for _, t, _ in said('فـ"وان بلاس" أكدت أنها ستتيح البث للجميع.')] == ["ستتيح البث للجميع"]
    texts = [t for _, t, _ in said('وقال في تصريحات لبرنامج "صدى الملاعب" التليفزيوني: "الاتحاد دعم '
                                   'صفوفه بشكل مميز".')]
    assert texts == ["الاتحاد دعم صفوفه بشكل مميز"]
    assert said('وقرر سيتي تعديل عرضه بحسب ما ذكرت "ذي دايلي مايل" أمس.')[-1][1] != "ذي دايلي مايل"
    assert said('وذكرت صحيفتا "ذي دايلي مايل" و"دايلي تلغراف" ان سيتي يسعى الى حسم الصفقة.')[-1][1] == \
        "سيتي يسعى الى حسم الصفقة"


def test_a_verb_in_a_relative_clause_right_after_a_name_is_that_names() -> None:
    got = said("وتحدث الرائد [نايف الشريف](PER:naif) الذي أوضح أن العامل فارق الحياة.")
    assert got == [("indirect", "العامل فارق الحياة", "naif")]
    # not after a noun that names nobody
    assert said("وهذا هو الأمر الذي أكد أن الخطة نجحت.") == []


def test_bayna_after_bayna_is_the_preposition() -> None:
    got = said("وأكد [أحمد](PER:ahmad) عبر اتصالات بينه وبين الشرفيين أن رأيه مع الأغلبية.")
    assert got == [("indirect", "رأيه مع الأغلبية", "ahmad")]


def test_offices_and_unnamed_sources_of_the_tables() -> None:
    got = said("أكد أستاذ التاريخ الإسلامي بجامعة الأزهر الدكتور [عبد المقصود باشا](PER:basha) أن المخطوطات "
               "صادقة. وعن دلالة الاكتشاف أكد أستاذ التاريخ الإسلامي بجامعة [الأزهر](ORG:azhar)، أن "
               "المسلمين اهتموا بالقرآن.")
    assert [s for _, _, s in got] == ["basha", "basha"]
    got = said("وكانت [وزارة الداخلية](ORG:moi) أعلنت إثر الاعتداء أنها فككت الخلية.")
    assert got == [("indirect", "فككت الخلية", "moi")]
    got = said("وقال [علي صالح](PER:saleh) إن الوضع هادئ. "
               "وأفاد مراسلنا في عدن أن الحوثيين قصفوا أحياء سكنية.")
    assert got[-1] == ("indirect", "الحوثيين قصفوا أحياء سكنية", None)


def test_a_noun_phrase_object_after_the_comma_that_ends_a_long_subject() -> None:
    got = said("ونوه المهندس [محمد المخرج](PER:mk) أمين الطائف رئيس المجلس البلدي، برعاية الأمير "
               "لحفل افتتاح المعرض.")
    assert len(got) == 1 and got[0][1].startswith("برعاية الأمير") and got[0][2] == "mk"
    got = said("وأكد [الجعويني](PER:j) أن النادي يعمل، مفيدا إلى أن النادي أشرف على البطولة.")
    assert got == [("indirect", "النادي يعمل", "j"), ("indirect", "النادي أشرف على البطولة", "j")]


def test_colon_speech_holds_the_marked_words_its_verb_took() -> None:
    got = said("وأضافت [عبير](PER:abeer): قمنا بالتجهيز لمعرض حمل عنوان «سلام لأرواحهم» احتفاء بالشهداء.")
    assert got == [("direct", "قمنا بالتجهيز لمعرض حمل عنوان «سلام لأرواحهم» احتفاء بالشهداء", "abeer")]
    # but after «إن» the marked words stay the quotation, as before
    got = said('قال [وانغ](PER:wang): إن الصين ستواصل "التمسك بموقف مستقل وعادل" وتشجيع المحادثات.')
    assert [t for _, t, _ in got] == ["التمسك بموقف مستقل وعادل"]


def test_a_sentence_may_hold_two_colon_speeches() -> None:
    got = said("وقال [حسين الوعيد](PER:waeed): جميعنا يدا بيد لحماية الأنفس، وأكد أن العمل في العيد شرف، "
               "واضاف: نعمل لرسم الفرحة على وجوه الآخرين.")
    assert [t for _, t, _ in got][-1] == "نعمل لرسم الفرحة على وجوه الآخرين"
    assert len(got) == 3


def test_a_verb_inside_colon_speech_does_not_end_it() -> None:
    got = said("وتابع [السهلي](PER:sahli): تم نقل 4 حالات عن طريق الإسعاف الجوي إلى مستشفى الملك فهد.")
    assert got == [("direct", "تم نقل 4 حالات عن طريق الإسعاف الجوي إلى مستشفى الملك فهد", "sahli")]
    got = said("وقال الطبيب إن الحالة مستقرة، مضيفا: ورد بلاغ من مواطن لغرفة العمليات بالمنطقة.")
    assert got[-1][1] == "ورد بلاغ من مواطن لغرفة العمليات بالمنطقة"


def test_a_participle_with_tanween_before_the_colon() -> None:
    got = said("ويروي [أبو راس](PER:abu) تفاصيل الحادث قائلاً: كنت متجها إلى المطار "
               "وأثناء انعطافي وقع الحادث.")
    assert got == [("direct", "كنت متجها إلى المطار وأثناء انعطافي وقع الحادث", "abu")]


def test_a_relative_verb_of_saying_before_a_colon_is_speech() -> None:
    got = said("واستقبل الحضور المحافظ فور وصوله والذي قال: إن المهرجان يعد أحد الجهود المثمرة.")
    assert [t for _, t, _ in got] == ["المهرجان يعد أحد الجهود المثمرة"]


def test_no_speaker_or_name_from_a_description_or_the_article() -> None:
    # a description glued to one person's name is no last name for another («المختص»)
    got = said("ويؤكد [مارتين جورجييف](PER:georgiev) المختص النفطي أن الطلب يتحسن. "
               "من جهته، أكد بيش آرجيال المختص في مؤسسة السويسرية للطاقة، أن الصعوبات كبيرة.")
    assert got[-1][2] != "georgiev"
    # marks after a name noun with the article alone, after a colon, are speech
    got = said("قال بيان البرنامج: «نحن مستعدون للتفاوض ونحن نعمل الآن من أجل بناء تحالفات».")
    assert [t for _, t, _ in got] == ["نحن مستعدون للتفاوض ونحن نعمل الآن من أجل بناء تحالفات"]
    # a relative verb whose clause goes on is not the main verb's speech
    got = said("ونفى [فابيوس](PER:fabius) الذي اعتبر من الصارمين خلال المحادثات ان تكون فرنسا متساهلة.")
    assert got == [("indirect", "تكون فرنسا متساهلة", "fabius")]
    assert said("وقالت وزارة الدفاع في وقت سابق: إن طيارين بريطانيين شاركوا في ضربات جوية مما أغضب "
                "بعض النواب الذين يقولون إن الحكومة ضللت البرلمان.")[0][1].startswith("طيارين بريطانيين")
