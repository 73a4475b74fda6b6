"""Events whose doer another part of the text names (issue 15, round 23, events-dev misses with no
event found): a meeting verb joined after a visit takes the visitor (`sentence_doers.visitor_meets`),
a visit in the lead-in of a quotation the speaker (`sentence_doers.speaker_visits`), and a
recalled meeting that names its parties after «بين» is a report, no time mark (`time_marks`)."""

from __future__ import annotations

from tests.test_events_units import run


def _parties(evs: list, label: str) -> list[set[str]]:
    return [set(e.attrs.participants) for e in evs if e.label == label]


def test_a_meeting_verb_after_a_visit_takes_the_visitor() -> None:
    evs = run("وكشف [جون سميث](PER:smith) أيضا عن أن الملك [خالد](PER:khalid) سيزور [كندا](LOC:canada) "
              "ويلتقي بالرئيس [بيتر براون](PER:brown) في سبتمبر.")
    assert {"khalid", "brown"} in _parties(evs, "MEET")


def test_a_meeting_verb_with_no_visit_before_it_keeps_one_party_and_is_dropped() -> None:
    evs = run("وأعلن المتحدث أن الوفد سيصل غدا ويلتقي بالرئيس [جون سميث](PER:smith) في الخريف.")
    assert _parties(evs, "MEET") == []


def test_a_visit_in_the_lead_in_of_a_quotation_is_the_speakers() -> None:
    evs = run("وقال [كمال أوزتورك](PER:ozturk) قبل أن يبدأ زيارة رسمية إلى [اليابان](LOC:japan) إن "
              "الحوار مع الجيران ضروري.")
    assert {"ozturk"} in _parties(evs, "VISIT")


def test_a_visit_the_speaker_speaks_of_is_not_his() -> None:
    evs = run("وقال النائب [كمال أوزتورك](PER:ozturk): إن زيارة ولي العهد تنطلق من ثوابت الأخوة.")
    assert not any("ozturk" in p for p in _parties(evs, "VISIT"))


def test_a_recalled_meeting_that_names_its_parties_after_bayn_is_a_report() -> None:
    evs = run("وتحسنت العلاقات بين الجارتين عقب اجتماعات بين [تارو كونو](PER:kono) والرئيس "
              "[لي وانغ](PER:li) العام الماضي.")
    assert {"kono", "li"} in _parties(evs, "MEET")


def test_a_recalled_signing_with_no_parties_named_stays_a_time_mark() -> None:
    evs = run("وبعد توقيع الاتفاق أرسلت [ألمانيا](LOC:germany) وفدا تجاريا.")
    assert _parties(evs, "AGREE") == []


def test_a_meeting_told_within_the_visit_takes_the_visitor_beside_several_persons() -> None:
    evs = run("أشاد مدير الشؤون الصحية [مطلق الخمعلي](PER:kh) بالخدمات. جاء ذلك خلال زيارة تفقدية قام بها "
              "الخمعلي إلى [مركز الأمير سلطان للقلب](ORG:center)؛ التقى خلالها المشرف العام على المركز د. "
              "[عبدالرحمن المسند](PER:musnad) ونائبه [عبدالله الفوزان](PER:fawzan).")
    assert _parties(evs, "MEET") == [{"kh", "musnad", "fawzan"}]
