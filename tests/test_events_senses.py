"""Event senses, status and arguments from sentence structure (issue 15): arrivals of things
and figurative reaching are no visits, opinions no agreements, قد before a perfect verb is a
fact, a light verb's future prefix plans the event, a relative clause keeps its own persons,
places are never parties, the object of زار is the place, and the event sense tables row by row."""

from __future__ import annotations

import pytest

from marsad.events.verb_tense import imperfect
from marsad.lang import load_table
from tests.test_events_units import run


def test_reaching_something_that_is_no_named_place_is_no_visit() -> None:
    assert run("وأكد [محمد الدراجي](PER:m) أن الإرهاب وصل إلى بعض هذه الدول.") == []
    assert run("وقال [آل مريح](PER:m) إن الممرات تصل إلى جميع مواقع الزيارة.") == []
    evs = run("وصل نائب الرئيس اليمني [خالد بحاح](PER:bahah) السبت إلى [عدن](LOC:aden) قادما من الرياض.")
    assert [(e.label, e.attrs.participants, e.attrs.place) for e in evs] == [
        ("VISIT", ["bahah"], "aden")]


def test_things_arriving_and_pages_visited_are_no_visits() -> None:
    assert run("وأتاحت اعادة فتح المطار وصول المساعدات إلى [اليمن](LOC:yemen) بحسب [بحاح](PER:bahah).") == []
    evs = run("وأكد [أوباما](PER:obama) خلال زيارة إلى [كينيا](LOC:kenya) أن أفريقيا تسير قدما.")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "kenya")]


def test_an_office_held_over_a_body_after_a_visit_noun_names_its_visitor() -> None:
    # القنصل, العمدة (`ner_office_words`): a person holds the office, no thing arrives; the one who
    # welcomes the visit hosts it (the guide, ruled in round 44: «رحب به» makes the welcomer host)
    for office in ("القنصل العام", "العمدة"):
        evs = run(f"ورحب المدير العام [سالم العمري](PER:omari) بزيارة {office} [خالد الحربي](PER:harbi) "
                  "إلى [جدة](LOC:jeddah).")
        assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["harbi", "omari"])]


def test_the_object_of_visited_is_the_place_not_a_preposition_in_an_office() -> None:
    evs = run("زار المبعوث الخاص إلى [سوريا](LOC:syria) [ستيفان دي مستورا](PER:dm) [طهران](LOC:tehran) "
              "[اليوم](DATE:2015-07-21).")
    visit = [e for e in evs if e.label == "VISIT"]
    assert visit and visit[0].attrs.place == "tehran" and visit[0].attrs.participants == ["dm"]


def test_an_opinion_is_no_agreement_but_a_planned_one_is() -> None:
    assert run("لا يتفق [فروم](PER:fromm) مع [فرويد](PER:freud) في تفسير الحلم.") == []
    evs = run("ومن المقرر أن يتفق [لافروف](PER:lavrov) و[كيري](PER:kerry) على موعد اللقاء.")
    assert [(e.label, e.attrs.status) for e in evs] == [("AGREE", "planned")]


def test_qad_before_a_perfect_verb_is_a_fact_before_an_imperfect_one_expected() -> None:
    # round 48 ruling: «قد» + an imperfect of the event itself may come, `expected` (events-dev-fresh22
    # 16670 «قد يعود إلى عدن في أي وقت»); «قد» + a perfect happened
    evs = run("وكان [فابيوس](PER:fabius) و[ظريف](PER:zarif) قد اتفقا على إعادة تنشيط الحوار.")
    assert [e.attrs.status for e in evs] == ["happened"]
    evs = run("قد يلتقي [هادي](PER:hadi) مع [صالح](PER:saleh) في [عدن](LOC:aden).")
    assert [e.attrs.status for e in evs] == ["expected"]
    evs = run("إذا التقى [هادي](PER:hadi) مع [صالح](PER:saleh) في [عدن](LOC:aden) فإن الأزمة ستنتهي.")
    assert evs == []  # a condition is hypothetical wording: no event (round 50)
    assert imperfect("تلتقي") and not imperfect("توصل") and not imperfect("التقى")


def test_a_light_verb_with_the_future_prefix_plans_a_noun_event() -> None:
    evs = run("وقال إن [موسكو](LOC:moscow) ستجري محادثات منفصلة مع [الائتلاف الوطني](ORG:coalition).")
    assert [(e.label, e.attrs.status) for e in evs] == [("MEET", "planned")]


def test_an_invitation_to_visit_is_planned() -> None:
    evs = run("ووجه [لافروف](PER:lavrov) الدعوة لقيادة [حماس](ORG:hamas) لزيارة [موسكو](LOC:moscow).")
    assert evs and all(e.attrs.status == "planned" for e in evs)


def test_a_cue_in_the_main_clause_does_not_reach_a_relative_clause() -> None:
    evs = run("وتعتزم [إسرائيل](LOC:israel) حشد التأييد ضد الاتفاق الذي أبرم بين [إيران](LOC:iran) "
              "و[القوى الكبرى](ORG:p5) في [فيينا](LOC:vienna).")
    assert [(e.label, e.attrs.status) for e in evs] == [("AGREE", "happened")]


def test_a_month_still_to_come_plans_the_event() -> None:
    evs = run("التقى [هادي](PER:hadi) مع [صالح](PER:saleh) في [أنقرة](LOC:ankara) "
              "[الشهر المقبل](DATE:2025-04).", published="2025-03-10")
    assert [e.attrs.status for e in evs] == ["planned"]


def test_an_event_without_a_date_of_its_own_has_the_day_of_the_report() -> None:
    evs = run("التقى [هادي](PER:hadi) مع [صالح](PER:saleh) في [عدن](LOC:aden).", published="2025-03-10")
    assert [e.attrs.date for e in evs] == ["2025-03-10"]
    evs = run("سيلتقي [هادي](PER:hadi) مع [صالح](PER:saleh) في [عدن](LOC:aden).", published="2025-03-10")
    assert [e.attrs.date for e in evs] == [None]


def test_persons_of_a_relative_clause_after_the_event_are_no_parties() -> None:
    evs = run("وصل [خالد بحاح](PER:bahah) إلى [عدن](LOC:aden) قادما من [الرياض](LOC:riyadh)، التي لجأ إليها "
              "الرئيس [عبدربه منصور هادي](PER:hadi) في مارس.")
    assert [e.attrs.participants for e in evs] == [["bahah"]]


def test_a_place_in_the_relative_clause_of_a_reception_is_the_meetings_place() -> None:
    evs = run("والتقت [ايزابيل بريم](PER:prime) الرئيس الفرنسي [فرنسوا هولاند](PER:hollande) الذي استقبلها "
              "في قاعدة [فيلاكوبلاي](LOC:villacoublay).")
    meet = [e for e in evs if e.label == "MEET"]
    assert meet and meet[0].attrs.place == "villacoublay"
    assert set(meet[0].attrs.participants) == {"prime", "hollande"}


def test_places_after_a_preposition_are_never_parties() -> None:
    evs = run("وبحثت [روسيا](LOC:russia) مع [الصين](LOC:china) في [موسكو](LOC:moscow) و[بكين](LOC:beijing) "
              "التعاون.")
    assert [(e.label, sorted(e.attrs.participants)) for e in evs] == [("MEET", ["china", "russia"])]
    evs = run("وقام [الحوثي](PER:houthi) بزيارات إلى [الإمارات](LOC:uae) و[قطر](LOC:qatar).")
    assert [(e.label, e.attrs.participants, e.attrs.place) for e in evs] == [
        ("VISIT", ["houthi"], "uae"), ("VISIT", ["houthi"], "qatar")]  # a visit for each stop (events.stops)


def test_the_visitor_telling_his_visit_again_is_one_visit() -> None:
    evs = run("وصل [خالد بحاح](PER:bahah) إلى [عدن](LOC:aden) قادما من الرياض. وقال [بحاح](PER:bahah) إن "
              "عودته جزء من التحرير. وقال أيضا \"زيارتي ليست مفاجئة\".")
    assert [e.label for e in evs] == ["VISIT"]


def test_a_day_of_an_arrival_is_a_time_mark() -> None:
    assert run("وأصيبت [زينب](PER:zainab) يوم وصولها إلى [سلطنة عمان](LOC:oman).") == []


_SENSE_ROWS = load_table("event_senses")
_INVITING_VERBS = frozenset(r["form"] for r in load_table("event_cues") if r["kind"] == "inviting_verb")


def _rows(kind: str) -> list[dict[str, str]]:
    return [r for r in _SENSE_ROWS if r["kind"] == kind]


@pytest.mark.parametrize("row", _rows("clause_break"), ids=lambda r: r["form"])
def test_every_clause_opener_keeps_the_main_clause_cue_away(row: dict[str, str]) -> None:
    evs = run(f"ونفى [علي](PER:ali) الخبر {row['form']} التقى فيه [هادي](PER:hadi) مع [صالح](PER:saleh).")
    assert evs and evs[0].attrs.status == "happened"


@pytest.mark.parametrize("row", _rows("support_verb"), ids=lambda r: r["form"])
def test_every_light_verb_with_a_future_prefix_plans_the_noun(row: dict[str, str]) -> None:
    evs = run(f"وس{row['form']} [هادي](PER:hadi) محادثات مع [صالح](PER:saleh) في [عدن](LOC:aden).")
    assert evs and evs[0].attrs.status == "planned"


@pytest.mark.parametrize("row", _rows("purpose"), ids=lambda r: r["form"])
def test_every_word_of_purpose_plans_the_visit_it_aims_at(row: dict[str, str]) -> None:
    # a verb of inviting names its invitee after its subject (the guide, ruled in round 44: «ودعا هادي
    # لزيارة عدن» invites no one named, no visit)
    invitee = " الوزير [اليامي](PER:yami)" if row["form"] in _INVITING_VERBS else ""
    evs = run(f"و{row['form']} [هادي](PER:hadi){invitee} لزيارة [عدن](LOC:aden).")
    assert evs and evs[0].attrs.status == "planned"


@pytest.mark.parametrize("row", _rows("wish"), ids=lambda r: r["form"])
def test_every_word_of_wish_makes_the_event_expected(row: dict[str, str]) -> None:
    evs = run(f"و{row['form']} [موسكو](LOC:moscow) لاستضافة محادثات بين [دمشق](LOC:damascus) "
              "و[المعارضة](ORG:opp).")
    assert evs and evs[0].attrs.status == "expected"


@pytest.mark.parametrize("row", _rows("visit_party"), ids=lambda r: r["form"])
def test_every_visit_party_noun_keeps_the_visit(row: dict[str, str]) -> None:
    evs = run(f"وقال [هادي](PER:hadi) إن زيارة {row['form']} برئاسة [بحاح](PER:bahah) "
              "إلى [عدن](LOC:aden) ناجحة.")
    assert [e.label for e in evs] == ["VISIT"]  # its visitor named (round 10: the speaker is no visitor)


@pytest.mark.parametrize("row", _rows("opinion_verb"), ids=lambda r: r["form"])
def test_every_opinion_verb_states_no_agreement(row: dict[str, str]) -> None:
    assert run(f"و{row['form']} [فروم](PER:fromm) مع [فرويد](PER:freud) في التفسير.") == []
    evs = run(f"وس{row['form']} [فروم](PER:fromm) مع [فرويد](PER:freud) على الموعد.")
    assert [e.attrs.status for e in evs] == ["planned"]


def test_modal_rows_are_particles() -> None:
    for r in _rows("modal_imperfect"):
        evs = run(f"{r['form']} يلتقي [هادي](PER:hadi) مع [صالح](PER:saleh) في [عدن](LOC:aden).")
        assert evs and evs[0].attrs.status == "expected", r["form"]


def test_a_meeting_where_a_visit_went_has_the_visits_place() -> None:
    evs = run("زار المبعوث [ستيفان دي](PER:dm) مستورا [طهران](LOC:tehran) [اليوم](DATE:2015-07-22) حيث التقى "
              "مع وزير الخارجية [محمد جواد ظريف](PER:zarif).")
    assert {e.label: e.attrs.place for e in evs} == {"VISIT": "tehran", "MEET": "tehran"}


@pytest.mark.parametrize("row", [r for r in load_table("event_cues") if r["kind"] == "sports"],
                         ids=lambda r: r["form"])
def test_every_sports_word_makes_a_meeting_sport(row: dict[str, str]) -> None:
    src = "اجتمع [زكي الصالح](PER:zaki) مع [فيصل البدين](PER:faisal) لمناقشة البرنامج"
    assert len(run(src + ".")) == 1
    assert run(f"{src} و{row['form']}.") == []


def test_a_roster_of_names_is_no_meeting() -> None:
    names = " و".join(f"[اسم {i}](PER:p{i})" for i in range(12))
    assert run(f"واستقبلت الأسرة المعزين منهم {names}.") == []
    assert len(run("استقبل [هادي](PER:hadi) [صالح](PER:saleh) و[علي](PER:ali).")) == 1


@pytest.mark.parametrize("src", ["التقاه [هادي](PER:hadi) مع [صالح](PER:saleh) في [عدن](LOC:aden).",
                                 "واستقبله [هادي](PER:hadi) و[صالح](PER:saleh) في [عدن](LOC:aden)."])
def test_a_verb_with_its_object_pronoun_is_a_trigger(src: str) -> None:
    assert [e.label for e in run(src)] == ["MEET"]


def test_the_visitor_of_a_relative_clause_is_who_the_pronoun_stands_for() -> None:
    evs = run("وثمن الشيخ [محمد بن زايد](PER:mbz) دور الملك خلال استقباله أمس [خالد بحاح](PER:bahah) "
              "نائب الرئيس، الذي يزور العاصمة الإماراتية [أبوظبي](LOC:abu_dhabi).")
    visit = [e for e in evs if e.label == "VISIT"]
    assert visit and visit[0].attrs.roles == {"bahah": "guest"} and visit[0].attrs.place == "abu_dhabi"
    assert visit[0].attrs.participants[0] == "bahah"


def test_a_place_after_a_facility_noun_and_its_qualifiers() -> None:
    evs = run("وصل [سيرغي شويغو](PER:shoigu) إلى العاصمة الصينية [بكين](LOC:beijing) لإجراء المشاورات.")
    visit = [e for e in evs if e.label == "VISIT"]
    assert visit and visit[0].attrs.place == "beijing"


def test_a_host_before_a_modal_particle_is_the_host() -> None:
    evs = run("وكان الملك [عبدالله الثاني](PER:abdullah) قد استقبل رئيس الوزراء العراقي "
              "[محمد شياع السوداني](PER:sudani) في [عمان](LOC:amman) الشهر الماضي.")
    assert [(e.attrs.roles, e.attrs.status) for e in evs] == [
        ({"abdullah": "host", "sudani": "guest"}, "happened")]


def test_a_partner_after_a_long_subject() -> None:
    evs = run("بحث وزير الخارجية العراقي [فؤاد حسين](PER:hussein) أمس الخميس مع نظيره الأردني "
              "[أيمن الصفدي](PER:safadi) مشروع الربط الكهربائي.")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["hussein", "safadi"])]


def test_a_headline_naming_the_city_and_a_body_naming_the_palace_tell_one_meeting() -> None:
    from marsad.model import SegmentAttrs, Span
    from marsad.steps.events import events
    from marsad.steps.quotes import quotes
    from tests.test_events_units import marked

    art = marked("[عبد العاطي](PER:abd) يستقبل [فيدان](PER:fidan) في [القاهرة](LOC:cairo)\n"
                 "استقبل الوزير [بدر عبد العاطي](PER:abd) اليوم نظيره [هاكان فيدان](PER:fidan) في "
                 "[قصر التحرير](LOC:tahrir_palace) بالقاهرة.", "2025-03-10")
    cut = art.text.index("\n")
    art.set_layer("segments", [Span(0, cut, "title", SegmentAttrs()),
                               Span(cut + 1, len(art.text), "body", SegmentAttrs())])
    quotes.func(art)
    events.func(art)
    meets = [e for e in art.layer("events") if e.label == "MEET"]
    assert len(meets) == 1 and meets[0].attrs.place == "tahrir_palace"
    assert meets[0].attrs.roles == {"abd": "host", "fidan": "guest"}


@pytest.mark.parametrize("row", _rows("resumptive"), ids=lambda r: r["form"])
def test_every_resumptive_pronoun_lets_the_relative_clause_plan_the_noun(row: dict[str, str]) -> None:
    evs = run(f"وأشاد [علي](PER:ali) بالزيارة التي يعتزم [هادي](PER:hadi) القيام {row['form']} "
              "إلى [عدن](LOC:aden).")
    assert [(e.label, e.attrs.status) for e in evs] == [("VISIT", "planned")]


def test_a_relative_clause_with_a_future_light_verb_plans_the_noun() -> None:
    evs = run("وأشاد [علي](PER:ali) بالزيارة التي سيقوم بها [هادي](PER:hadi) إلى [عدن](LOC:aden).")
    assert [e.attrs.status for e in evs] == ["planned"]
    evs = run("وأشاد [علي](PER:ali) بالزيارة التي من المزمع أن يقوم بها [هادي](PER:hadi) "
              "إلى [عدن](LOC:aden).")
    assert [e.attrs.status for e in evs] == ["planned"]


def test_a_relative_clause_in_the_past_or_about_something_else_keeps_the_event_told() -> None:
    evs = run("وأشاد [علي](PER:ali) بالزيارة التي قام بها [هادي](PER:hadi) إلى [عدن](LOC:aden).")
    assert [e.attrs.status for e in evs] == ["happened"]
    evs = run("وأشاد [علي](PER:ali) بالاتفاق بين [هادي](PER:hadi) و[صالح](PER:saleh) الذي من المتوقع أن يرفع "
              "العقوبات.")
    assert [e.attrs.status for e in evs] == ["happened"]


_PRESENT_ROWS = [r for r in load_table("event_cues") if r["kind"] == "present_time"]


@pytest.mark.parametrize("row", _PRESENT_ROWS, ids=lambda r: r["form"])
def test_every_word_of_the_present_keeps_a_visit_under_way(row: dict[str, str]) -> None:
    evs = run(f"استقبل [علي](PER:ali) [أمس](DATE:2015-08-01) [هادي](PER:hadi) الذي يزور [عدن](LOC:aden) "
              f"{row['form']}.", "2015-08-02T10:00:00")
    visit = [e for e in evs if e.label == "VISIT"]
    assert [(e.attrs.status, e.attrs.date) for e in visit] == [("ongoing", "2015-08-02")]


def test_a_visit_under_way_with_no_word_of_the_present_takes_the_sentences_day() -> None:
    evs = run("استقبل [علي](PER:ali) [أمس](DATE:2015-08-01) [هادي](PER:hadi) الذي يزور [عدن](LOC:aden).",
              "2015-08-02T10:00:00")
    assert [(e.attrs.status, e.attrs.date) for e in evs if e.label == "VISIT"] == [("happened", "2015-08-01")]


def test_a_time_to_come_the_text_gives_keeps_a_late_page_planned() -> None:
    evs = run("يصل [هادي](PER:hadi) إلى [باريس](LOC:paris)، [غداً الثلاثاء](DATE:2015-07-21)، في زيارة رسمية.",
              "2015-07-22T10:00:00")
    assert [(e.label, e.attrs.status) for e in evs] == [("VISIT", "planned")]


def test_a_time_to_come_of_another_event_before_the_trigger_leaves_it_past() -> None:
    evs = run("وتوقع [علي](PER:ali) زيارة [هادي](PER:hadi) إلى [عدن](LOC:aden) خلال الأيام المقبلة، على غرار "
              "زيارة [بحاح](PER:bahah) إلى [عدن](LOC:aden) [أمس الأول](DATE:2015-08-05).",
              "2015-08-07T10:00:00")
    assert [e.attrs.status for e in evs if e.attrs.participants == ["bahah"]] == ["happened"]


def test_a_delegation_formed_or_a_summit_prepared_is_still_to_come() -> None:
    # events-dev-fresh22 21859: «تعكف لجنة حقوق الإنسان العربية "لجنة الميثاق" على تشكيل وفد لزيارة
    # اليمن»; events-dev-fresh23 25951: «يتم حاليا الإعداد لعقد قمة بين الرئيسين»; events-dev-fresh5
    # 5324: «قبل بدء جولة جديدة من محادثات السلام بين الحكومة وحركة طالبان»
    evs = run("تعكف [لجنة الميثاق](ORG:c) على تشكيل وفد لزيارة [اليمن](LOC:yemen) للتقصي الميداني.")
    assert [(e.label, e.attrs.status) for e in evs] == [("VISIT", "planned")]
    evs = run("وأكدت الرئاسة أنه يتم حاليا الإعداد لعقد قمة بين الرئيسين [السيسي](PER:sisi) و"
              "[بوتين](PER:putin).")
    assert [(e.label, e.attrs.status) for e in evs] == [("MEET", "planned")]
    evs = run("وأتى الهجوم قبل بدء جولة جديدة من محادثات السلام بين [الحكومة الأفغانية](ORG:af) و"
              "[حركة طالبان](ORG:taliban).")
    assert [(e.label, e.attrs.status) for e in evs] == [("MEET", "planned")]
