"""Quotations of round 30 (issue 15), on invented sentences.

- The present of ادعى («ويدّعي X أن ...») is a verb of saying; written with a final ى it is
  «يُدعى» (is called: «رجل يدعى أحمد»), no verb of saying (quote_homographs maqsura_passive).
- لمح (hinted, written without the hamza) and استبعد (ruled out) are verbs of saying; «أستبعد»
  written with أ is the writer's first person, no one's words (quote_homographs hamza_first_person).
- More presents of saying as written with و at a clause's start (ويحذر, وتحذر, وينوه); not ويلفت
  («ويلفت الانتباه أن»: the writer's).
- A source or office phrase that opens the sentence and runs with no pause to its verb of saying
  («مصادر أردنية مقربة من دوائر صنع القرار قالت لـ«عكاظ» إن») is that verb's subject.
- خطورة (a danger) heads what a verb of affirming reports («أكدوا [خطورتها]»), bare or with a
  possessive (quote_object_heads).
- A relative verb of saying followed by فيه/فيها and a person named within a few words («في
  الوقت الذي أكد فيه رئيس اللجنة ... [X] جاهزيتهم ...») has that person for its subject: the verb
  is a cue and its clause or object is its own, not the end of the clause reported before.
- A place right after the feminine verb that opens the sentence («ورفضت [أنقرة] ... وقالت إن») is
  the subject a later feminine verb of saying with no subject of its own goes on with.
- A short name in marks right after a body's name («هيئة الإذاعة البريطانية "بي بي سي"،») or
  after a broadcaster's noun («راديو "بي بي سي"») is a name, not a quotation; the clause the
  verb before it reports is still found.
"""

from __future__ import annotations

from marsad.events.context import build_context
from marsad.events.quote_other_readings import other_reading
from marsad.events.quote_subjects import preverbal_subject
from tests.test_events_units import marked
from tests.test_quotes_units import run


def test_the_present_of_claimed_reports_a_clause() -> None:
    got = run("ويدّعي [جيمس باسوس](PER:basos) أن تلك الرحلة أسفرت عن إصابة بظهره.")
    assert [(k, t, s) for k, t, s in got] == [("indirect", "تلك الرحلة أسفرت عن إصابة بظهره", "basos")]


def test_is_called_written_with_alef_maqsura_is_no_verb_of_saying() -> None:
    assert run("واعتقلت الشرطة رجلا يدعى أحمد بعد أن حاول سرقة المتجر في وسط المدينة.") == []
    assert [s for _, _, s in run("وقال ساكن يدعى [أحمد](PER:ahmed) إن الانفجار هز الحي كله.")] == ["ahmed"]


def test_a_short_name_in_marks_after_a_body_is_no_quotation() -> None:
    got = run("أقام مواطن دعوى ضد الشركة، حسب موقع [هيئة الإذاعة البريطانية](ORG:bbc) \"بي بي سي\". "
              "وقال [جيمس](PER:james) إنه اضطر إلى الجلوس ملتويا طوال الرحلة.")
    assert [t for _, t, _ in got] == ["اضطر إلى الجلوس ملتويا طوال الرحلة"]


def test_a_broadcaster_named_in_marks_then_its_clause() -> None:
    got = run("وذكر راديو “بي بي سي”، اليوم الثلاثاء، أن ذلك يأتي وسط اشتباكات في ريف حمص.")
    assert [(k, t) for k, t, _ in got] == [("indirect", "ذلك يأتي وسط اشتباكات في ريف حمص")]


def test_the_written_alef_maqsura_tells_the_two_verbs_apart() -> None:
    for text, other in (("وقال رجل يدعى أحمد إنه رآه.", True), ("ويدّعي الرجل أنه رآه.", False)):
        ctx = build_context(marked(text))
        sent = ctx.sentences[0]
        k = next(i for i, w in enumerate(sent.words) if "دع" in w.norm)
        assert other_reading(ctx, sent, k) is other


def test_hinting_without_the_hamza_and_ruling_out_report_a_clause() -> None:
    got = run("ولمحت [ستاندرد آند بورز](ORG:sp) إلى أن اليونان لن تتمكن من احترام ديونها.")
    assert [(k, t, s) for k, t, s in got] == [("indirect", "اليونان لن تتمكن من احترام ديونها", "sp")]
    got = run("واستبعد [مروان دفتر دار](PER:marwan) أن تكون هناك أي عوائق تعوق قيد اللاعبين.")
    assert [(t, s) for _, t, s in got] == [("تكون هناك أي عوائق تعوق قيد اللاعبين", "marwan")]


def test_the_writers_own_i_do_not_rule_out_is_no_quotation() -> None:
    assert run("ولا أستبعد أن يكون الاستديو هذه المرة من داخل الملعب بحثا عن رضا المشاهد.") == []


def test_a_source_phrase_that_opens_the_sentence_is_its_verbs_subject() -> None:
    text = "مصادر أردنية مقربة من دوائر صنع القرار قالت لـ«عكاظ» إن الأردن تراجع عن برنامج التسليح."
    sent = build_context(marked(text)).sentences[0]
    k = next(i for i, w in enumerate(sent.words) if w.norm == "قالت")
    assert preverbal_subject(sent, k, text) == 0
    text = "مصادر أردنية، التي تحدثت أمس، قالت إن الأردن تراجع عن برنامج التسليح."
    sent = build_context(marked(text)).sentences[0]
    k = next(i for i, w in enumerate(sent.words) if w.norm == "قالت")
    assert preverbal_subject(sent, k, text) is None  # a pause: the phrase has a clause of its own


def test_more_presents_of_saying_written_with_waw() -> None:
    got = run("ويحذر [روشير شارما](PER:r) من بنك مورجان ستانلي بأن الكساد العالمي المقبل سيكون صينيا.")
    assert [(t, s) for _, t, s in got] == [("الكساد العالمي المقبل سيكون صينيا", "r")]
    got = run("وتحذر شركات عقار محلية من أن نشاط البيع من على الخريطة قد عاد مجددا.")
    assert [t for _, t, _ in got] == ["نشاط البيع من على الخريطة قد عاد مجددا"]
    assert run("ويلفت الانتباه أيضاً أن الصندوق الجديد يقوم على فكرة تأمينية بحتة.") == []


def test_a_danger_affirmed_is_what_was_said() -> None:
    got = run("واعتبر المغردون أن الخلاف لا يشكل قضية حساسة، إلا أنهم أكدوا خطورتها إذا تكرر الأمر.")
    assert any(t.startswith("خطورتها") for _, t, _ in got)
    assert not any(t.startswith("خطورة") for _, t, _ in run("وتزداد الخطورة في المناطق الجبلية خلال الشتاء."))


def test_a_relative_verb_of_saying_with_its_own_named_subject_after_fihi() -> None:
    got = run("شددت [اللجنة التنفيذية](ORG:c) على أنه ستفرض عقوبات على المخالفين، في الوقت الذي أكد فيه "
              "رئيس اللجنة المتحدث الرسمي باسم الانتخابات البلدية المهندس [جديع القحطاني](PER:j) جاهزيتهم "
              "لاستقبال 4 ملايين ناخب.")
    assert [(t, s) for _, t, s in got][-1] == ("جاهزيتهم لاستقبال 4 ملايين ناخب", "j")
    got = run("هذا في الوقت الذي أعلن فيه رئيس الحكومة التركية [أحمد داود أوغلو](PER:d)، أن العناصر الأولى "
              "للتحقيق تفيد بأن التنظيم يقف وراء الاعتداء.")
    assert got and {s for _, _, s in got} == {"d"}
    assert run("وتطرق إلى المشروع الذي أكد فيه التزام الشركة بجودة المنتجات في جميع فروعها.") == []


def test_a_state_that_opens_the_sentence_goes_on_with_a_feminine_verb() -> None:
    got = run("وقال [جون إيرنست](PER:e) المتحدث باسم [البيت الأبيض](ORG:wh) إن البلدين اتفقا على التعاون. "
              "ورفضت [أنقرة](LOC:ankara) لعب دور رائد في العمليات العسكرية ضد التنظيم وقالت إن إزاحة "
              "الرئيس السوري عن السلطة هي الحل.")
    assert [s for _, _, s in got] == ["e", "ankara"]
    got = run("وقال [جون إيرنست](PER:e) إن البلدين اتفقا على التعاون. وأرسلت [الإمارات](LOC:uae) فريقا "
              "متخصصا إلى المطار، إذ ذكرت معلومات صدرت أمس أنه سيعاد تشغيله خلال يوم.")
    assert got[-1][2] != "uae"  # «ذكرت [معلومات]»: a subject of its own
