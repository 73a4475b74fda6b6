"""Quotations on invented sentences: marks (mismatched pairs too), indirect clauses, and every
way of naming a speaker; plus the quote tables row by row and offset invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.lexicon import quote_cues
from marsad.events.words import words_of
from marsad.lang import load_table
from marsad.lang.marks import quote_pairs
from marsad.lang.sentences import split_sentences
from marsad.model import SegmentAttrs, Span
from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def run(src: str) -> list[tuple[str, str, str | None]]:
    art = marked(src)
    quotes.func(art)
    return [(q.label, art.text[q.start:q.end], q.attrs.speaker) for q in art.layer("quotes")]


def speakers(src: str) -> list[str | None]:
    """The speaker of each quotation `run` finds, in order."""
    return [s for _k, _t, s in run(src)]


@pytest.mark.parametrize("text", [
    "قال إن “الوضع صعب” أمس.", "قال إن ”الوضع صعب“ أمس.", "قال إن “الوضع صعب″ أمس.",
    "قال إن «الوضع صعب» أمس.", 'قال إن "الوضع صعب" أمس.',
])
def test_mark_pairs_including_mismatched(text: str) -> None:
    pairs = quote_pairs(text)
    assert [text[s:e] for s, e in pairs] == ["الوضع صعب"]


def test_unclosed_opener_is_dropped_for_the_next_pair() -> None:
    text = "اعترف بأن “الأسئلة كثيرة. وقال إن الصداقة “لا حدود لها” ، كما قيل."
    assert [text[s:e] for s, e in quote_pairs(text)] == ["لا حدود لها"]


def test_named_subject_direct_and_indirect() -> None:
    got = run("وقال وزير الخارجية [عادل الجبير](PER:jubeir) إن “المملكة لن تتهاون”. "
              "وأكد [الجبير](PER:jubeir) أن الحوار هو الطريق الوحيد.")
    assert got == [("direct", "المملكة لن تتهاون", "jubeir"),
                   ("indirect", "الحوار هو الطريق الوحيد", "jubeir")]


def test_continuation_carries_the_last_speaker() -> None:
    got = run("وقال [كيري](PER:kerry): “الاتفاق جيد”. وأضاف في مؤتمر صحفي أن العقوبات سترفع تدريجيا.")
    assert got[-1] == ("indirect", "العقوبات سترفع تدريجيا", "kerry")


def test_title_resolves_to_the_last_person_with_that_office() -> None:
    got = run("التقى وزير الداخلية [محمد بن نايف](PER:mbn) السفير [جون](PER:john). "
              "وقال الوزير إن الأمن مستتب.")
    assert got[-1][2] == "mbn"


def test_organisation_noun_and_statement_issuer() -> None:
    got = run("أصدرت [وزارة الخارجية الأمريكية](ORG:state) تقريرها. وقالت الوزارة في بيان إن القرار نهائي. "
              "وأضاف البيان أن الموعد لم يحدد.")
    assert [g[2] for g in got] == ["state", "state"]


def test_statement_about_an_issuer() -> None:
    got = run("ونشرت الوكالة بيانا عن [مجلس الأمن](ORG:unsc) الدولي. وأضاف البيان: “القرار ملزم”.")
    assert got[-1] == ("direct", "القرار ملزم", "unsc")


def test_participle_takes_the_clause_subject() -> None:
    got = run("استقبل [الملك سلمان](PER:salman) الوزير [كيري](PER:kerry)، مؤكدا أن العلاقات متينة.")
    assert got == [("indirect", "العلاقات متينة", "salman")]


def test_addressee_is_not_the_speaker() -> None:
    got = run("وقال [بوتين](PER:putin) لنظيره [أوباما](PER:obama): “نحن مستعدون”.")
    assert got == [("direct", "نحن مستعدون", "putin")]


def test_names_in_marks_and_scare_quotes_are_not_quotations() -> None:
    assert run("ونقلت وكالة “رويترز” الخبر عن منظمة “أوبك” اليوم.") == []
    assert run("وتحدث التقرير عن “الربيع العربي” في المنطقة.") == []


def test_an_unnamed_subject_is_nobody() -> None:
    got = run("التقى [هادي](PER:hadi) وفدا. وقال بعض الخبراء إن الحل بعيد.")
    assert got == [("indirect", "الحل بعيد", None)]


def test_not_a_verb_of_saying_after_a_relative() -> None:
    assert run("ارتفعت الأسعار مما يشير إلى أن التضخم يتزايد.") == []


@pytest.mark.parametrize("row", [r for r in load_table("quote_cues")
                                 if r["kind"] in ("verb", "continuation", "participle")],
                         ids=lambda r: r["form"])
def test_every_speech_row_introduces_an_indirect_quote(row: dict[str, str]) -> None:
    assert quote_cues().at(words_of(f"و{row['form']}"), 0) is not None
    source = "من مصادر " if quote_cues().at(words_of(row["form"]), 0, frozenset({"learn_verb"})) else ""
    got = run(f"{row['form']} [سعود](PER:saud) {source}أن الأمر محسوم.")  # وعلمت X من مصادر أن
    assert got and got[-1][1] == "الأمر محسوم"


@pytest.mark.parametrize("row", load_table("speaker_references"), ids=lambda r: r["form"])
def test_every_speaker_reference_row_is_read(row: dict[str, str]) -> None:
    from marsad.events.lexicon import speaker_ref

    assert speaker_ref(words_of("ال" + row["form"])[0].norm) is not None


_CHARS = st.sampled_from(list("قال إن الوضع “”\"«»″.،: ؟\n") + ["وأضاف", "أن", "بيان"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_CHARS, max_size=60).map("".join))
def test_quotes_and_sentences_always_slice_the_text(text: str) -> None:
    for s, e in split_sentences(text, 0, len(text)):
        assert 0 <= s < e <= len(text) and text[s:e] == text[s:e].strip()
    for s, e in quote_pairs(text):
        assert 0 < s <= e < len(text)
    art = marked(text.replace("[", "").replace("]", ""))
    art.set_layer("segments", [Span(0, len(art.text), "body", SegmentAttrs())])
    quotes.func(art)
    for q in art.layer("quotes"):
        assert 0 <= q.start < q.end <= len(art.text)


def test_noun_phrase_after_a_verb_and_its_preposition() -> None:
    got = run("وأشار الوزير [خالد](PER:khalid) إلى ضرورة حماية المدنيين في المنطقة.")
    assert got == [("indirect", "ضرورة حماية المدنيين في المنطقة", "khalid")]


def test_noun_phrase_after_a_participle_takes_the_clause_subject() -> None:
    got = run("استقبل [الملك سلمان](PER:salman) الوفد، مشيرا إلى أهمية العلاقات بين البلدين، "
              "منوها بالبرنامج العلمي للمهرجان.")
    assert got == [("indirect", "أهمية العلاقات بين البلدين", "salman"),
                   ("indirect", "بالبرنامج العلمي للمهرجان", "salman")]


def test_a_clause_after_the_preposition_is_one_indirect_quote() -> None:
    got = run("وأشار [خالد](PER:khalid) إلى أن الوضع مستقر تماما.")
    assert got == [("indirect", "الوضع مستقر تماما", "khalid")]


def test_adjective_participle_and_attitudes_are_not_speech() -> None:
    assert run("ويأتي القرار ضمن إجراءات مشددة يفرضها التنظيم على سكان المدينة.") == []
    assert run("وأعرب [خالد](PER:khalid) عن تعازيه لأسر الضحايا في الحادث.") == []


_ACCUSATIONS = [r for r in load_table("quote_objects") if r["preposition"] == "ب+"]
_ORDERS = [r for r in load_table("quote_objects") if r["preposition"] == "ب*"]


@pytest.mark.parametrize("row", [r for r in load_table("quote_objects") if r not in _ACCUSATIONS + _ORDERS],
                         ids=lambda r: f"{r['form']}-{r['preposition']}")
def test_every_noun_phrase_row_introduces_a_quote(row: dict[str, str]) -> None:
    prep = row["preposition"].rstrip("-") if row["preposition"] != "-" else ""  # «عن-»: عن, then a head noun
    prep += "" if len(prep) <= 1 else " "
    lead = f"{row['form']} [سعود](PER:saud) " if row["kind"] == "verb" \
        else f"استقبل [سعود](PER:saud) الوفد، {row['form']} "
    got = run(f"{lead}{prep}ضرورة حماية المدنيين في المنطقة.")
    assert got and got[-1][1].endswith("ضرورة حماية المدنيين في المنطقة") and got[-1][2] == "saud"


@pytest.mark.parametrize("row", _ACCUSATIONS, ids=lambda r: r["form"])
def test_every_accusation_row_takes_the_charge_past_the_accused(row: dict[str, str]) -> None:
    lead = f"{row['form']} [سعود](PER:saud) " if row["kind"] == "verb" \
        else f"استقبل [سعود](PER:saud) الوفد، {row['form']} "
    got = run(f"{lead}القوات الحكومية بإطلاق النار على البلدات الخاضعة لسيطرتهم.")
    assert got == [("indirect", "بإطلاق النار على البلدات الخاضعة لسيطرتهم", "saud")]


@pytest.mark.parametrize("row", _ORDERS, ids=lambda r: r["form"])
def test_every_order_row_takes_the_content_past_the_one_ordered(row: dict[str, str]) -> None:
    got = run(f"و{row['form']} [سعود](PER:saud) الجهات المختصة بتأمين المساعدات لسكان المنطقة.")
    assert got == [("indirect", "بتأمين المساعدات لسكان المنطقة", "saud")]


def test_an_accusation_by_an_unnamed_group_or_with_no_charge() -> None:
    got = run("فيما اتهم المتمردون من جانبهم القوات الحكومية "
              "بإطلاق النار على البلدات الخاضعة لسيطرتهم في المنطقة.")
    assert got == [("indirect", "بإطلاق النار على البلدات الخاضعة لسيطرتهم في المنطقة", None)]
    assert run("واتهم [سعود](PER:saud) في [بغداد](LOC:bg) أمس.") == []  # a place is no charge
    got = run("واتهمت وسائل الإعلام الاتحاد الصربي بأنه لن يواجه هذه القضية بجدية.")
    assert [g[1] for g in got] == ["لن يواجه هذه القضية بجدية"]  # بأنه: a clause, as before


@pytest.mark.parametrize("row", load_table("quote_object_heads"), ids=lambda r: r["form"])
def test_every_object_head_row_makes_a_direct_object_a_quote(row: dict[str, str]) -> None:
    got = run(f"وأكد الوزير [سعود](PER:saud) {row['form']} حماية المدنيين في المنطقة.")
    assert got == [("indirect", f"{row['form']} حماية المدنيين في المنطقة", "saud")]


def test_a_direct_object_not_headed_by_what_was_said_is_no_quote() -> None:
    assert run("وأكد الخبر مصدر مطلع في الوزارة اليوم.") == []
    assert run("وأكد [سعود](PER:saud) الحجز في الفندق الكبير أمس.") == []


def test_an_office_over_a_named_body_is_its_holder_not_the_body() -> None:
    got = run("دشن وكيل إمارة المنطقة نائب رئيس المجلس رئيس اللجان المنظمة الدكتور [حامد الشمري](PER:hamid) "
              "المهرجان. وقال وكيل [إمارة المنطقة](ORG:emirate) إن المهرجان ناجح.")
    assert got == [("indirect", "المهرجان ناجح", "hamid")]


def test_the_body_a_spokesman_speaks_for_is_not_the_speaker() -> None:
    got = run("وقال المتحدث الرسمي باسم [الهلال الأحمر](ORG:rc) إن الحادث أسفر عن إصابات.")
    assert got[-1][2] != "rc"


def test_a_witness_is_unnamed() -> None:
    got = run("وقال [خالد](PER:khalid) إن القصف استمر. وذكر شاهد أنه رأى جثة رجل.")
    assert got[-1] == ("indirect", "رأى جثة رجل", None)


def test_a_name_after_a_preposition_is_no_subject() -> None:
    got = run("وقال [محمد](PER:m) إن الطفلة بخير. وعبر عن شكره للسفارة على وقوفها مع اسرة [زينب](PER:z)، "
              "مضيفا أن السفير [عيد](PER:eid) تابع الحالة شخصيا.")
    assert got[-1] == ("indirect", "السفير عيد تابع الحالة شخصيا", "m")


def test_speech_after_a_participle_and_colon_with_an_unclosed_mark() -> None:
    got = run('وتوقع [الشبيب](PER:s) أن يرتفع السهم، مضيفا: "ورغم الخسائر فإن الرهان صعب في ظل المنافسة')
    assert got[-1] == ("direct", "ورغم الخسائر فإن الرهان صعب في ظل المنافسة", "s")
