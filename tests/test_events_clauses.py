"""Events whose arguments stand in another clause (issue 15, events-dev census): a dignitary
named by a courtesy pronoun noun (وقوف معاليه ... حيث زار) is the visitor, not the person who
reports it; a clause opened by حيث takes the place named just before it; a region in brackets
(ألماتي (في كازاخستان)) is no place of its own; a light verb reaches its noun past the names
of its subject (ويجري حزب X وحزب Y محادثات); persons named only in a clause before a comma do
not beat a country acting by the trigger (ولهذا يدعو ظريف ...، والملفت أن إيران حاولت تسويق
توقيع الاتفاق). The new table rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_MINISTER = "أكد وزير التعليم [عزام الدخيل](PER:dakheel) أهمية الاستعداد للعام الدراسي. "


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "honoured_subject"],
                         ids=lambda r: r["form"])
def test_each_courtesy_pronoun_noun_makes_the_dignitary_the_visitor(row: dict[str, str]) -> None:
    evs = run(_MINISTER + f"وأوضح د. [عسيري الأحوس](PER:ahwas) أن الهدف من الجولة وقوف {row['form']} "
              "على جاهزية المدارس حيث زار خلال الأيام الماضية منطقة [نجران](LOC:najran).")
    assert [(e.attrs.participants, e.attrs.roles) for e in evs] == [(["dakheel"], {"dakheel": "guest"})]


def test_without_a_courtesy_noun_the_reporter_stays_the_subject() -> None:
    evs = run(_MINISTER + "وأوضح د. [عسيري الأحوس](PER:ahwas) أنه زار خلال الأيام الماضية منطقة "
              "[نجران](LOC:najran).")
    assert [e.attrs.participants for e in evs] == [["ahwas"]]


def test_a_clause_opened_by_where_takes_the_place_named_before_it() -> None:
    evs = run("وعاد [كيري](PER:kerry) أمس إلى [الرياض](LOC:riyadh)، حيث التقى نظيره "
              "[عادل الجبير](PER:jubeir).")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", "riyadh")]
    evs = run("وصل [كيري](PER:kerry) إلى [الرياض](LOC:riyadh)، حيث التقى نظيره [عادل الجبير](PER:jubeir).")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "riyadh"), ("MEET", "riyadh")]


def test_a_clause_opened_by_where_keeps_a_place_of_its_own() -> None:
    evs = run("وصل [كيري](PER:kerry) إلى [الرياض](LOC:riyadh)، حيث التقى [الجبير](PER:jubeir) في "
              "[قصر اليمامة](LOC:yamama).")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "riyadh"), ("MEET", "yamama")]


def test_where_does_not_reach_a_paper_named_long_before() -> None:
    evs = run("وأوضح [علي](PER:ali) [للرياض](LOC:paper) أن الهدف من الجولة الوقوف على جاهزية المدارس "
              "الحدودية ومشاركة منسوبي التعليم بداية العام الدراسي حيث التقى [محمد](PER:mohammed).")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", None)]


def test_a_region_in_brackets_is_no_place_of_its_own() -> None:
    evs = run("توجهت [شيرمان](PER:sherman) إلى [ألماتي](LOC:almaty) (في [كازاخستان](LOC:kz)) في ربيع 2013، "
              "حيث التقت وزير الخارجية الإيراني [علي أكبر صالحي](PER:salehi).")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "almaty"), ("MEET", "almaty")]


def test_a_light_verb_reaches_its_noun_past_the_names_of_its_subject() -> None:
    evs = run("ويجري [حزب العدالة والتنمية](ORG:akp) و[حزب الشعب الجمهوري](ORG:chp) محادثات من أجل "
              "تشكيل ائتلاف.")
    assert [(e.label, e.attrs.status) for e in evs] == [("MEET", "ongoing")]
    evs = run("وستجري [حزب العدالة والتنمية](ORG:akp) و[حزب الشعب الجمهوري](ORG:chp) محادثات.")
    assert [(e.label, e.attrs.status) for e in evs] == [("MEET", "planned")]


def test_plain_words_still_bound_a_light_verbs_reach() -> None:
    evs = run("ويجري الحديث في الأوساط السياسية منذ أيام عن محادثات بين [حزب العدالة](ORG:akp) و"
              "[حزب الشعب](ORG:chp).")
    assert all(e.attrs.status != "ongoing" for e in evs)


def test_a_country_acting_by_the_trigger_beats_a_person_of_an_earlier_clause() -> None:
    evs = run("ولهذا يدعو [ظريف](PER:zarif) المملكة لنسيان الماضي، والبدء بصفحة جديدة من العلاقات، والملفت "
              "للانتباه أن [إيران](LOC:iran) حاولت تسويق توقيع الاتفاق النووي وعلاقتها مع "
              "[واشنطن](LOC:washington).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("AGREE", ["iran", "washington"])]


def test_a_person_in_the_triggers_own_clause_stays_its_party() -> None:
    evs = run("وأكد البيان أن وزير الخارجية [عادل الجبير](PER:jubeir) وقع اتفاقية مع [روسيا](LOC:russia).")
    assert [(e.label, e.attrs.participants[0]) for e in evs] == [("AGREE", "jubeir")]
    evs = run("وفي غضون ذلك، شهدت [عدن](LOC:aden) أمس أول زيارة أممية، إذ اطلع المنسق الإنساني "
              "[للأمم المتحدة](ORG:un) [يوهانس فانديلا](PER:vdk) على أوضاعها.")
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["vdk"])]


def test_persons_stay_parties_when_no_body_acts_in_the_triggers_clause() -> None:
    evs = run("وطلب [أوباما](PER:obama) من وزير الخارجية، [جون كيري](PER:kerry)، وسفيرة الولايات المتحدة لدى "
              "[الأمم المتحدة](ORG:un)، [سامنثا باور](PER:power)، توقيع الاتفاق في "
              "[فيينا](LOC:vienna)، وعرضه على [مجلس الأمن](ORG:unsc).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("AGREE", ["obama", "kerry", "power"])]


def test_who_is_asked_to_keep_an_agreement_signed_before_is_no_party_to_it() -> None:
    # round 17: «الاتفاق الذي أبرم في فيينا» is a relative clause of its own (clauses.agreement_relative);
    # those asked to keep it did not sign it (round 16 took them as its parties)
    evs = run("وطلب [أوباما](PER:obama) من وزير الخارجية، [جون كيري](PER:kerry)، وسفيرة الولايات المتحدة لدى "
              "[الأمم المتحدة](ORG:un)، [سامنثا باور](PER:power)، الالتزام بالاتفاق الذي أبرم في "
              "[فيينا](LOC:vienna)، وعرضه على [مجلس الأمن](ORG:unsc).")
    assert all(not {"obama", "kerry", "power"} & set(e.attrs.participants) for e in evs)



_VISIT_THEN_MEETING = ("أشاد مدير الشؤون الصحية [مطلق الخمعلي](PER:kh) بالخدمات. جاء ذلك خلال زيارة "
                       "تفقدية قام بها الخمعلي إلى [مركز الأمير سلطان للقلب](ORG:center) في "
                       "[القصيم](LOC:qassim)؛ التقى خلالها المشرف العام على المركز د. "
                       "[عبدالرحمن المسند](PER:musnad) ونائبه "
                       "[عبدالله الفوزان](PER:fawzan).")


def test_a_verb_after_a_semicolon_opens_a_clause_whose_persons_are_not_the_visitors() -> None:
    visit = next(e for e in run(_VISIT_THEN_MEETING) if e.label == "VISIT")
    assert [p for p, r in visit.attrs.roles.items() if r == "guest"] == ["kh"]
