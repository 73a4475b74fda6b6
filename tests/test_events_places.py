"""Event places and reach (issue 15): a mention that kept its preposition (للقاهرة, بالرياض), a
place in apposition to a description (إلى مسقط رأسه، كينيا), the subject of a verb of witnessing
(شهدت عدن أول زيارة), a reception's one place past long titles but not an office's seat; a visit
noun with a possessive that names no goal is a visit told before; a verb of agreeing reaches its
object past a long subject; تباحث مع is a meeting; the new sense rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from tests.test_events_units import run


def test_a_mention_that_kept_its_preposition_is_the_visits_place() -> None:
    evs = run("رحب [نبيل العربي](PER:elaraby) بإعلان القاهرة الصادر في ختام زيارة ولي ولي العهد الأمير "
              "[محمد بن سلمان](PER:mbs) [للقاهرة](LOC:cairo).")
    assert [(e.label, e.attrs.participants, e.attrs.place) for e in evs] == [("VISIT", ["mbs"], "cairo")]


def test_a_name_starting_like_a_preposition_is_not_read_as_one() -> None:
    evs = run("زار [أوباما](PER:obama) [لندن](LOC:london) أمس.")
    assert [(e.label, e.attrs.participants, e.attrs.place) for e in evs] == [("VISIT", ["obama"], "london")]
    evs = run("التقى [أوباما](PER:obama) [لافروف](PER:lavrov) في [لندن](LOC:london).")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", "london")]


def test_a_place_in_apposition_to_the_goal_of_a_visit() -> None:
    evs = run("تناست الصحف الأهداف السياسية لزيارة الرئيس الأميركي [باراك أوباما](PER:obama) إلى مسقط "
              "رأسه، [كينيا](LOC:kenya)، لتحل مكانها صور عائلية.")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "kenya")]


def test_a_place_after_a_comma_and_a_name_is_no_apposition() -> None:
    evs = run("وصل [بحاح](PER:bahah) إلى [عدن](LOC:aden)، [تعز](LOC:taiz) تعاني الحصار.")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "aden")]


def test_the_place_that_witnessed_a_visit_is_its_place() -> None:
    evs = run("وفي غضون ذلك، شهدت [عدن](LOC:aden) [أمس](DATE:2015-07-30) أول زيارة أممية لتفقد المدينة، إذ "
              "اطلع المنسق الإنساني [يوهانس فانديلا](PER:vdk) على أوضاعها.")
    assert [(e.label, e.attrs.participants, e.attrs.place) for e in evs] == [("VISIT", ["vdk"], "aden")]


def test_a_person_who_witnessed_an_event_is_no_place() -> None:
    evs = run("وشهد [الأمير فيصل](PER:faisal) توقيع اتفاقية بين [جامعة القصيم](ORG:qu) "
              "و[شركة سابك](ORG:sabic).")
    assert evs and all(e.attrs.place is None for e in evs)


def test_a_receptions_one_place_past_its_titles() -> None:
    evs = run("استقبل المستشار بالديوان الملكي المشرف العام على [مركز الملك سلمان للإغاثة](ORG:ksr) د. "
              "[عبدالله الربيعة](PER:rabeeah) [أمس](DATE:2015-08-02) وزيرة الإعلام اليمنية د. "
              "[نادية السقاف](PER:sakkaf)، وذلك بمقر المركز ب[الرياض](LOC:riyadh).")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", "riyadh")]


def test_the_seat_of_a_guests_office_is_not_the_receptions_place() -> None:
    evs = run("استقبل مدير السجون اللواء [عبدالمحسن الطويل](PER:tawil)، في مكتبه بمديرية السجون الأستاذ "
              "[سليمان المزيني](PER:muzaini)، مدير فرع [مركز المعلومات الوطني](ORG:nic) "
              "ب[منطقة القصيم](LOC:qassim) ومرافقيه.")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", None)]


def test_a_visit_named_by_its_pronoun_alone_was_told_before() -> None:
    assert run("وفي نهاية اللقاء قدم اللواء [الطويل](PER:tawil) شكره لمدير الفرع ومرافقيه على زيارتهم في "
               "ظل حرص أمير [منطقة القصيم](LOC:qassim).") == []
    evs = run("وقال [أوباما](PER:obama) خلال زيارته إلى [كينيا](LOC:kenya) إن أفريقيا تتقدم.")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "kenya")]
    evs = run("وأكد [فالون](PER:fallon) في ختام زيارته [العراق](LOC:iraq) أن الطائرات باقية.")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "iraq")]
    evs = run("وقال [فالون](PER:fallon) خلال زيارته [أمس](DATE:2015-08-04) ل[العراق](LOC:iraq) إن الطائرات "
              "باقية.")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "iraq")]


def test_a_verb_of_signing_reaches_its_object_past_a_long_subject() -> None:
    evs = run("وقعت [بوبا العربية](ORG:bupa)، أكبر شركة متخصصة في مجال التأمين، اتفاقا مع "
              "شركة [مخابز منش](ORG:munch) لتقديم خدمات التأمين.")
    assert [(e.label, e.attrs.participants) for e in evs] == [("AGREE", ["bupa", "munch"])]


def test_a_verb_of_occurring_far_from_an_agreement_is_no_signing() -> None:
    assert run("ووقع الهجوم في بلدة [سروج](LOC:suruc) التركية بعد أيام من إعلان عقد جديد.") == []


def test_tabahatha_with_is_a_meeting() -> None:
    evs = run("وأعلن [جعفري](PER:jafari) بأنه تباحث مع رئيس منظمة الطاقة الذرية [علي أكبر صالحي](PER:salehi) "
              "حول نتيجة المفاوضات.")
    assert [(e.label, sorted(e.attrs.participants)) for e in evs] == [("MEET", ["jafari", "salehi"])]


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "venue_verb"],
                         ids=lambda r: r["form"])
def test_each_venue_verb_gives_the_place_of_a_visit(row: dict[str, str]) -> None:
    evs = run(f"{row['form']} [الرياض](LOC:riyadh) زيارة الرئيس [ماكرون](PER:macron).")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "riyadh")]


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "far_object"],
                         ids=lambda r: r["form"])
def test_each_far_object_makes_a_signing_past_a_long_subject(row: dict[str, str]) -> None:
    evs = run(f"وقع وزير الخارجية في حكومة البلاد الجديدة [أحمد علي](PER:ali) أمس {row['form']} مع "
              "[شركة النفط](ORG:oil).")
    assert [(e.label, e.attrs.participants[0]) for e in evs] == [("AGREE", "ali")]
    signing = next(t for t in load_table("event_triggers") if t["form"] == "وقع")
    assert int(row["window"]) > 4
    assert normalize(row["form"]).split()[0] in normalize(signing["needs"]).split("|")


def test_a_site_named_as_a_body_after_a_place_preposition_is_the_place() -> None:
    evs = run("قام [الزياني](PER:zayani) اليوم بزيارة ل[مركز الملك سلمان للإغاثة](ORG:ksrelief) والتقى "
              "[الربيعة](PER:rabeeah).")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "ksrelief"), ("MEET", "ksrelief")]
    assert "ksrelief" not in evs[0].attrs.participants
    evs = run("استقبل [الربيعة](PER:rabeeah) في [مقر الأمانة العامة](ORG:secretariat) [الزياني](PER:zayani).")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", "secretariat")]


def test_a_body_not_named_as_a_site_is_no_place() -> None:
    evs = run("قام [هارلي](PER:hrle) بزيارة إلى [جامعة نايف](ORG:nauss) والتقى [الغامدي](PER:ghamdi).")
    assert all(e.attrs.place is None for e in evs)


def test_a_visits_object_named_by_its_kind_is_the_last_place_of_that_kind() -> None:
    evs = run("استقبل أمير [منطقة عسير](LOC:asir) [فيصل](PER:faisal) في [أبها](LOC:abha) اللواء "
              "[الغامدي](PER:ghamdi). وكان [الغامدي](PER:ghamdi) الذي يزور المنطقة حاليا قد التقى "
              "قادة الأمن.")
    assert [e.attrs.place for e in evs if e.label == "VISIT"] == ["asir"]


def test_a_hosts_subject_named_by_its_kind_is_no_place_visited() -> None:
    evs = run("[قصر الإليزيه](LOC:elysee) أحد أفخم القصور. واستضاف القصر [محمد عساف](PER:assaf) "
              "في حفل للغناء.")
    assert [e.attrs.place for e in evs] == [None]
    evs = run("[فندق مينا هاوس](LOC:mena_house) أحد أفخم الفنادق. واستضاف الفندق [محمد عساف](PER:assaf) "
              "في مسابقة للغناء.")
    assert evs == []  # a hotel that hosts a singer is no host (event_senses.tsv not_host)


def test_a_contract_past_a_long_subject_and_a_time_word_is_signed() -> None:
    evs = run("وقعت [شركة الاتصالات السعودية](ORG:stc) [اليوم](DATE:2015-07-20) عقداً مع شركة "
              "[نوكيا](ORG:nokia).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("AGREE", ["stc", "nokia"])]
