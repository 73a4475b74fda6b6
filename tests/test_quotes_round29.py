"""Quotations of round 29 (issue 15), on invented sentences.

- A call in marks after its preposition («دعا X ... إلى «...»», «وتعهد X «بمواجهة ...»»), or a
  request after the one asked («طلب X من Y «...»»), is a direct quotation of the caller
  (quote_calls); a short marked phrase after it (a name for a thing, «دعا إلى «الحوار الوطني»»)
  and a call with no marks («دعا X إلى الحوار») stay out.
- Marks a verb of saying opens that close in a later sentence hold a direct quotation of several
  sentences (quote_open), which no sentence's own pairs see; so do guillemets around guillemets
  («... «سلام» ...»), whose outer pair the sentence's pairs lose to the inner one, and a « no
  mark closes before its paragraph ends (the speech runs to the line's end).
- ضابط and مندوب are offices (speaker_references): «وقال ضابط الشرطة أن» is no name.
"""

from __future__ import annotations

from marsad.events.lexicon import speaker_ref
from marsad.lang.normalize import normalize
from marsad.model import SegmentAttrs, Span
from marsad.steps.quotes import quotes
from tests.test_events_units import marked
from tests.test_quotes_units import run


def test_a_call_in_marks_after_its_preposition() -> None:
    got = run("دعا [صلاح الدين دمرداش](PER:demirtas) زعيم حزب الشعوب الديمقراطي أمس حزب العمال "
              "الكردستاني إلى «رفع اصبعه عن الزناد».")
    assert [(k, t, s) for k, t, s in got] == [("direct", "رفع اصبعه عن الزناد", "demirtas")]


def test_a_pledge_with_its_preposition_inside_the_marks() -> None:
    got = run("وتعهد [ديفيد كاميرون](PER:cameron) «بمواجهة التطرف بجميع أشكاله العنيف وغير العنيف».")
    assert [(t, s) for _, t, s in got] == [("بمواجهة التطرف بجميع أشكاله العنيف وغير العنيف", "cameron")]


def test_a_request_in_marks_after_the_one_asked() -> None:
    got = run("وطلب [عبدالله](PER:abdullah) من [مجلس الأمن](ORG:unsc) «ممارسة المزيد من الضغط على الحوثيين».")
    assert [(k, t, s) for k, t, s in got] == [("direct", "ممارسة المزيد من الضغط على الحوثيين", "abdullah")]


def test_a_short_marked_name_or_an_unmarked_call_stays_out() -> None:
    assert run("ودعا [عبدالله](PER:abdullah) إلى «الحوار الوطني» في البلاد.") == []
    assert run("ودعا [عبدالله](PER:abdullah) إلى الحوار بين الأطراف كافة دون شروط مسبقة.") == []


def test_officers_and_envoys_are_offices() -> None:
    for word in ("ضابط", "الضابطة", "مندوب"):
        ref = speaker_ref(normalize(word))
        assert ref is not None and ref[0] == "title"


def test_marked_speech_that_runs_past_its_sentence() -> None:
    art = marked("وقال [جون تاردونو](PER:tarduno) « الرياح الشمسية كانت أكثر ضراوة منذ أربعة مليارات عام.\n"
                 "ربما كانت قدرتها على التعرية أكثر من ذلك بكثير».")
    cut = art.text.index("\n")  # two paragraphs: the marks close in the second
    art.set_layer("segments", [Span(0, cut, "body", SegmentAttrs()),
                               Span(cut + 1, len(art.text), "body", SegmentAttrs())])
    quotes.func(art)
    got = [(q.label, art.text[q.start:q.end], q.attrs.speaker) for q in art.layer("quotes")]
    assert [(k, s) for k, _, s in got] == [("direct", "tarduno")]
    assert got[0][1].startswith("الرياح الشمسية") and got[0][1].endswith("أكثر من ذلك بكثير")


def test_guillemets_around_guillemets() -> None:
    got = run("وقال [أحمد](PER:ahmed) «قمنا بالتجهيز لمعرض «سلام» منذ أشهر وسنفتتحه في الموعد المحدد».")
    assert [(k, t, s) for k, t, s in got] == [
        ("direct", "قمنا بالتجهيز لمعرض «سلام» منذ أشهر وسنفتتحه في الموعد المحدد", "ahmed")]


def test_a_guillemet_no_mark_closes_before_the_paragraph_ends() -> None:
    art = marked("وقال [أدهم باشو](PER:bashu) لرويترز عبر الهاتف «سيارات الإسعاف تحمل الجرحى. "
                 "سأذهب إلى المستشفى للمساعدة.\nوأظهرت لقطات تلفزيونية جثثاً تحت الأشجار.")
    quotes.func(art)
    got = [(q.label, art.text[q.start:q.end], q.attrs.speaker) for q in art.layer("quotes")]
    assert got == [("direct", "سيارات الإسعاف تحمل الجرحى. سأذهب إلى المستشفى للمساعدة", "bashu")]
