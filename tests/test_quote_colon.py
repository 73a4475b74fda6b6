"""Speech after a colon without marks: where it ends (the next verb of saying), the
complementizer after the colon, a long subject before the colon and a colon after a space or a
closing mark; an office whose holder is named after a preposition; unnamed plural sources;
nouns that head what was announced."""

from __future__ import annotations

from marsad.model import SegmentAttrs, Span
from marsad.steps.quotes import quotes
from tests.test_events_units import marked
from tests.test_quotes_units import run


def test_colon_speech_ends_at_the_next_verb_of_saying() -> None:
    got = run("وقال [خالد](PER:khalid): إن الوزارة تتابع التطورات أولا بأول، مشيرا إلى أن "
              "الاشتراطات الصحية ركزت على عدة محاور.")
    assert got == [("direct", "الوزارة تتابع التطورات أولا بأول", "khalid"),
                   ("indirect", "الاشتراطات الصحية ركزت على عدة محاور", "khalid")]


def test_colon_speech_before_a_second_verb_keeps_both_quotations() -> None:
    got = run("وقال [بندر](PER:bandar): ونحن نعيش هذه الأيام أجواء العيد المبارك، وأكد [بندر](PER:bandar) "
              "أن المعتمرين كانوا كثيرين هذا العام.")
    assert [g[1] for g in got] == ["ونحن نعيش هذه الأيام أجواء العيد المبارك",
                                   "المعتمرين كانوا كثيرين هذا العام"]


def test_long_subject_before_the_colon() -> None:
    got = run("وقال [اردوغان](PER:erdogan) خلال زيارة إلى الشطر الشمالي من [قبرص](LOC:cyprus) الذي "
              "تحتله [تركيا](LOC:turkey) منذ عقود: نحن في حداد بسبب عمل إرهابي أوقع قتلى.")
    assert got == [("direct", "نحن في حداد بسبب عمل إرهابي أوقع قتلى", "erdogan")]


def test_long_subject_stops_at_a_complementizer_and_continuation_verbs_stay_short() -> None:
    got = run("وأضاف نجوم الأخضر أيضا أربع ميداليات فضية في البطولة الأخيرة بتحقيق كل من: "
              "[هاني النخلي](PER:hani) المركز الثاني في رمي الرمح.")
    assert got == []


def test_colon_after_a_space_or_a_closing_mark() -> None:
    assert run("وقال المدير [عبدالرحمن البراك](PER:barrak) : إن هذه المرحلة من أهم المراحل.") == [
        ("direct", "هذه المرحلة من أهم المراحل", "barrak")]
    got = run('قالت [سارة القحطاني](PER:sara) نائبة رئيس الجمعية لـ"سبق": أطفال السجناء حالة مقلقة حقا.')
    assert got == [("direct", "أطفال السجناء حالة مقلقة حقا", "sara")]


def test_office_holder_named_after_a_preposition() -> None:
    got = run('وقال رئيس كتلة [تحالف القوى](ORG:alliance) الممثلة في البرلمان النائب '
              '[أحمد المساري](PER:masari): إن الأوضاع الأمنية تتطلب حسم الخلاف.')
    assert got == [("direct", "الأوضاع الأمنية تتطلب حسم الخلاف", "masari")]


def test_unnamed_plural_source_is_nobody_carried_on() -> None:
    got = run("وقال [خالد](PER:khalid) إن الحريق انطفأ. وأفادت وسائل إعلام رسمية بأن شرطيا قتل في الحريق.")
    assert got[-1] == ("indirect", "شرطيا قتل في الحريق", None)


def test_announced_death_or_control_is_what_was_said() -> None:
    got = run("أعلنت [إدارة الإطفاء](ORG:fire) أمس السيطرة على حرائق الغابات في الجنوب.")
    assert got == [("indirect", "السيطرة على حرائق الغابات في الجنوب", "fire")]
    assert run("أعلنت [إدارة الإطفاء](ORG:fire) أمس النتائج النهائية للمسابقة السنوية.") == []


def test_complementizer_with_a_first_person_pronoun() -> None:
    got = run('وقال [العازمي](PER:azmi) إنني قدمت أوراق الطفلة في نهاية الشهر.')
    assert got == [("indirect", "قدمت أوراق الطفلة في نهاية الشهر", "azmi")]


def _by_lines(src: str) -> list[tuple[str, str, str | None]]:
    """Quotes of an article whose lines are separate body segments, as a page's paragraphs are."""
    art = marked(src)
    spans, at = [], 0
    for line in art.text.split("\n"):
        spans.append(Span(at, at + len(line), "body", SegmentAttrs()))
        at += len(line) + 1
    art.set_layer("segments", spans)
    quotes.func(art)
    return [(q.label, art.text[q.start:q.end], q.attrs.speaker) for q in art.layer("quotes")]


def test_speech_on_the_line_after_a_colon() -> None:
    got = _by_lines("وكتب الوزير [خالد الفيصل](PER:khalid) في حسابه:\n«نحن نعمل على حل المشكلة بسرعة كبيرة».")
    assert got == [("direct", "نحن نعمل على حل المشكلة بسرعة كبيرة", "khalid")]
    got = _by_lines("وقال [خالد الفيصل](PER:khalid):\nنحن نعمل على حل المشكلة بسرعة كبيرة.")
    assert got == [("direct", "نحن نعمل على حل المشكلة بسرعة كبيرة", "khalid")]
    assert _by_lines("وقال [خالد الفيصل](PER:khalid):\n- مشروع الطرق الجديدة في المنطقة الشرقية.") == []


def test_a_list_after_a_reported_clause_and_a_colon_is_no_speech() -> None:
    got = run("وأوضح [خالد](PER:khalid) أن المشاريع الجديدة تشمل:\nمشروع الطرق الجديدة في المنطقة الشرقية.")
    assert len(got) == 1 and got[0][0] == "indirect" and got[0][1].startswith("المشاريع الجديدة تشمل")


def test_direct_object_after_a_long_office_and_name() -> None:
    got = run("أكد الناطق الإعلامي بشرطة [منطقة مكة المكرمة](LOC:makkah) العقيد دكتور "
              "[عاطي بن عطية القرشي](PER:qurashi) ضبط عدد من المتهمين بالتورط في الواقعة.")
    assert got == [("indirect", "ضبط عدد من المتهمين بالتورط في الواقعة", "qurashi")]


def test_colon_speech_ends_at_a_closing_mark_it_never_opened() -> None:
    got = run("وعن المباريات الودية قال [الشلهوب](PER:sh): «المباريات مهمة في وقت الاستعداد»، وأضاف يقول: "
              "مباراة اليوم هي الأولى بعد ثمانية أيام من المعسكر والمدرب يريد أن يعرف إلى أي مدى وصلنا»، "
              "وعن اللاعبين الجدد في الفريق قال: «بيئة الهلال تساعد اللاعبين على التأقلم».")
    assert got == [("direct", "المباريات مهمة في وقت الاستعداد", "sh"),
                   ("direct", "مباراة اليوم هي الأولى بعد ثمانية أيام من المعسكر والمدرب يريد أن يعرف "
                              "إلى أي مدى وصلنا", "sh"),
                   ("direct", "بيئة الهلال تساعد اللاعبين على التأقلم", "sh")]
    # a closing mark after the colon opens the speech («وأضاف:»تتضمن ...»), and one at the
    # sentence's end closes nothing that matters: neither cuts it
    got = run("وأضاف [الصفيان](PER:saf):»تتضمن التعديلات نقل بعض الأحياء إلى دوائر أخرى في المنطقة الشرقية.")
    assert got[0][1].endswith("تتضمن التعديلات نقل بعض الأحياء إلى دوائر أخرى في المنطقة الشرقية")
    got = run("وقال [ريموندي](PER:ray) في بيان: إن الوزارة ترى أن عليه قضاء عقوبته كما يفرضه القانون».")
    assert len(got) == 1 and got[0][1].startswith("الوزارة ترى أن عليه قضاء عقوبته كما يفرضه القانون")
    assert got[0][2] == "ray"
