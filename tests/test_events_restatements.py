"""Events (issue 15): one happening, one event. A verb of agreeing whose object right after it is
a definite agreement noun (وقع المذكرتين X و Y), after an agreement told before, names the
signers of that agreement: they join it, no event of their own."""

from __future__ import annotations

import pytest

from tests.test_events_units import run

_TOLD = ("أبرمت [مدينة الملك عبدالعزيز](ORG:kacst) [اليوم](DATE:2015-07-30) مذكرتي تفاهم مع "
         "[الشركة السعودية للكهرباء](ORG:sec). ")


def test_the_signers_of_an_agreement_told_before_join_it() -> None:
    evs = run(_TOLD + "ووقع المذكرتين الأمير [تركي بن سعود](PER:turki) رئيس المدينة، والمهندس "
              "[زياد الشيحة](PER:ziad).")
    agree = [e for e in evs if e.label == "AGREE"]
    assert len(agree) == 1
    assert set(agree[0].attrs.participants) == {"kacst", "sec", "turki", "ziad"}


def test_the_signers_of_an_agreement_named_by_a_construct_join_it() -> None:
    # «مذكرتي التفاهم»: the noun made definite by the definite noun after it
    evs = run(_TOLD + "ووقع مذكرتي التفاهم الأمير [تركي بن سعود](PER:turki) رئيس المدينة، والمهندس "
              "[زياد الشيحة](PER:ziad).")
    agree = [e for e in evs if e.label == "AGREE"]
    assert len(agree) == 1
    assert {"turki", "ziad"} <= set(agree[0].attrs.participants)
    # an indefinite construct («اتفاقية تعاون») after another agreement is another
    evs = run(_TOLD + "ووقع الأمير [تركي بن سعود](PER:turki) اتفاقية تعاون مع [شركة أرامكو](ORG:aramco).")
    assert len([e for e in evs if e.label == "AGREE"]) == 2


def test_an_agreement_signed_with_no_agreement_told_before_stands() -> None:
    evs = run("ووقع الاتفاقية الأمير [تركي بن سعود](PER:turki) والمهندس [زياد الشيحة](PER:ziad) "
              "[اليوم](DATE:2015-07-30).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("AGREE", ["turki", "ziad"])]


def test_an_indefinite_agreement_signed_after_another_is_another() -> None:
    evs = run(_TOLD + "ووقع الأمير [تركي بن سعود](PER:turki) اتفاقية مع [شركة أرامكو](ORG:aramco).")
    assert len([e for e in evs if e.label == "AGREE"]) == 2


def test_a_restated_agreement_joins_only_one_of_its_own_status() -> None:
    evs = run("وسيوقع [الأردن](LOC:jordan) مذكرة تفاهم مع [مصر](LOC:egypt) الشهر المقبل. ووقع الاتفاقية "
              "الوزير [ناصر جودة](PER:judeh) والوزير [سامح شكري](PER:shoukry) [أمس](DATE:2015-07-30).",
              published="2015-07-31")
    agree = [e for e in evs if e.label == "AGREE"]
    assert len(agree) == 2 and {e.attrs.status for e in agree} == {"planned", "happened"}


_SIGNED = ("وقعت [المملكة](LOC:saudi) في [نيويورك](LOC:ny) [الثلاثاء الماضي](DATE:2015-07-28) مع "
           "[جمهورية ناميبيا](LOC:namibia) على بروتوكول إقامة علاقات دبلوماسية بينهما. ")


def test_the_signers_told_with_on_and_the_agreement_noun_join_the_agreement_told_before() -> None:
    # «ووقع X (his office and name) على اتفاقية إقامة العلاقات»: a two-noun construct made definite
    evs = run(_SIGNED + "ووقع المندوب الدائم للمملكة لدى [الأمم المتحدة](ORG:un) السفير "
              "[عبدالله المعلمي](PER:mouallimi) على اتفاقية إقامة العلاقات الدبلوماسية فيما وقعها من جانب "
              "ناميبيا مندوبها الدائم السفير [ويلفريد إيمفولا](PER:emvula).", published="2015-07-30")
    agree = [e for e in evs if e.label == "AGREE"]
    assert len(agree) == 1 and {"saudi", "namibia"} <= set(agree[0].attrs.participants)


def test_an_agreement_signed_with_another_side_after_on_is_another() -> None:
    # «على اتفاقية مع X»: a preposition ends the noun, an agreement of its own
    evs = run(_SIGNED + "ووقع السفير [عبدالله المعلمي](PER:mouallimi) على اتفاقية مع "
              "[الشركة السعودية للكهرباء](ORG:sec).", published="2015-07-30")
    assert len([e for e in evs if e.label == "AGREE"]) == 2


# --- a city and its state are one place at two scales ----------------------------------------

def test_a_meeting_told_in_a_city_and_again_in_its_state_is_one_in_the_city() -> None:
    evs = run("التقى [جون كيري](PER:kerry) نظيره التركي [مولود جاويش أوغلو](PER:cavusoglu) في "
              "[كوالالمبور](LOC:kuala_lumpur) [أمس](DATE:2015-08-05). وبحث [كيري](PER:kerry) مع "
              "[جاويش أوغلو](PER:cavusoglu) خلال لقائهما في [ماليزيا](LOC:malaysia) الحرب على الإرهاب.",
              published="2015-08-06")
    meets = [e for e in evs if e.label == "MEET"]
    assert len(meets) == 1 and meets[0].attrs.place == "kuala_lumpur"


@pytest.mark.parametrize(("first", "second", "places"), [
    # the state told first gives way to the city
    ("[فرنسا](LOC:france)", "[باريس](LOC:paris)", ["paris"]),
    # a city of another state is another place
    ("[باريس](LOC:paris)", "[ألمانيا](LOC:germany)", ["paris", "germany"]),
])
def test_the_state_gives_way_to_its_city_and_another_state_is_another_place(
        first: str, second: str, places: list[str]) -> None:
    evs = run(f"التقى [جون كيري](PER:kerry) [سيرغي لافروف](PER:lavrov) في {first} "
              f"[أمس](DATE:2015-08-05). والتقى [كيري](PER:kerry) و[لافروف](PER:lavrov) في "
              f"{second} لبحث الأزمة السورية.", published="2015-08-06")
    assert sorted(e.attrs.place for e in evs if e.label == "MEET") == sorted(places)


@pytest.mark.parametrize(("first", "second", "place"), [
    # a visit keeps the country its first report names as visited (the guide: «a country visited
    # is the place»): the later report's city is no place of its own
    ("[مصر](LOC:egypt)", "[القاهرة](LOC:cairo)", "egypt"),
    # a city told first stays
    ("[القاهرة](LOC:cairo)", "[مصر](LOC:egypt)", "cairo"),
])
def test_a_visit_keeps_the_place_its_first_report_names(first: str, second: str, place: str) -> None:
    evs = run(f"بدأت مفاعيل زيارة الأمير [محمد بن سلمان](PER:mbs) إلى {first} [أمس](DATE:2015-07-30). "
              f"وأشاد المحللون بنتائج زيارة الأمير [محمد بن سلمان](PER:mbs) إلى {second}.",
              published="2015-07-31")
    visits = [e for e in evs if e.label == "VISIT"]
    assert [e.attrs.place for e in visits] == [place]


def test_one_place_at_two_scales_row_by_row() -> None:
    from marsad.events.place_scales import one_place, states_of_places

    # capitals and cities given their state in lang/kb/capitals_cities.yaml (a sample of its rows)
    states = states_of_places()
    for city, state in [("paris", "france"), ("kuala_lumpur", "malaysia"), ("geneva", "switzerland"),
                        ("vienna", "austria"), ("nairobi", "kenya"), ("almaty", "kazakhstan"),
                        ("riyadh", "saudi_arabia"), ("brussels", "belgium"), ("seoul", "south_korea")]:
        assert states[city] == state, city
        assert one_place(city, state) and one_place(state, city)
    assert "jerusalem" not in states  # claimed by two states: no scale
    assert not one_place("paris", "germany") and not one_place("paris", "vienna")
    assert one_place(None, "paris") and one_place("paris", "paris")


# --- one happening told a day apart, or as under way and as made ------------------------------

@pytest.mark.parametrize(("first_day", "dates"), [
    ("2015-07-30", ["2015-07-30"]),  # a day apart: one reception, on its first day
    ("2015-07-29", ["2015-07-29", "2015-07-31"]),  # two days apart: two
])
def test_a_reception_told_a_day_apart_is_one(first_day: str, dates: list[str]) -> None:
    evs = run("استقبل ولي العهد [محمد بن سلمان](PER:mbs) في [الرياض](LOC:riyadh) "
              f"[اليوم](DATE:{first_day}) رئيس الوزراء [نواز شريف](PER:sharif). وكان ولي العهد "
              "[محمد بن سلمان](PER:mbs) قد استقبل [نواز شريف](PER:sharif) في [الرياض](LOC:riyadh) يوم "
              "[الخميس](DATE:2015-07-31).", published="2015-07-31")
    assert sorted(e.attrs.date or "" for e in evs if e.label == "MEET") == dates


def test_a_visit_under_way_and_the_same_visit_told_as_made_are_one() -> None:
    evs = run("التقى [سامح شكري](PER:shoukry) [ناصر جودة](PER:judeh) الذي يزور [القاهرة](LOC:cairo) حاليا. "
              "وكان [جودة](PER:judeh) قد وصل إلى [القاهرة](LOC:cairo) [أمس](DATE:2015-07-30).",
              published="2015-07-31")
    visits = [e for e in evs if e.label == "VISIT"]
    assert len(visits) == 1 and visits[0].attrs.place == "cairo"


def test_an_event_whose_own_day_is_past_happened_whatever_cue_reaches_it() -> None:
    # «توقع ... زيارة للرئيس هادي ...، على غرار زيارة بحاح إلى عدن أمس الأول»: the expectation is
    # Hadi's; Bahah's visit, two days before the report, happened, and is the visit told again
    evs = run("توقع المتحدث زيارة للرئيس [هادي](PER:hadi) إلى [عدن](LOC:aden) خلال الأيام المقبلة، على غرار "
              "زيارة نائب الرئيس [خالد بحاح](PER:bahah) إلى [عدن](LOC:aden) [أمس الأول](DATE:2015-08-05). "
              "وكان نائب الرئيس [خالد بحاح](PER:bahah) زار مدينة [عدن](LOC:aden) وأجرى جولة في المديريات.",
              published="2015-08-07")
    assert [(e.attrs.participants, e.attrs.status) for e in evs] == [
        (["hadi"], "expected"), (["bahah"], "happened")]
    evs = run("ومن المتوقع أن يزور [هادي](PER:hadi) [عدن](LOC:aden) [الأسبوع المقبل](DATE:2015-W33).",
              published="2015-08-07")
    assert [e.attrs.status for e in evs] == ["expected"]


# --- a visit told again with its visitor named another way -----------------------------------

def test_a_visit_to_one_place_on_one_day_told_by_name_and_by_office_is_one() -> None:
    evs = run("وصل [حسن روحاني](PER:rouhani) إلى [روما](LOC:rome) [أمس](DATE:2015-08-05). وقالت الوزارة إن "
              "زيارة [الرئيس الإيراني](PER:e_office) إلى [روما](LOC:rome) [أمس](DATE:2015-08-05) تاريخية.",
              published="2015-08-06")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "rome")]


def test_two_named_visitors_to_one_place_in_one_week_to_come_are_two_visits() -> None:
    # events-dev-fresh27 7117: Mogherini's visit on Tuesday and Fabius's «الأسبوع المقبل», both to
    # Iran, were merged as one visitor named twice; a week holds many visits, not one day
    evs = run("كما ستتوجه [موغيريني](PER:mog) [الثلاثاء](DATE:2015-07-28) إلى [إيران](LOC:iran)، حيث ستلتقي "
              "وزير الخارجية [محمد جواد ظريف](PER:zarif). وبدوره، يزور وزير الخارجية الفرنسي "
              "[لوران فابيوس](PER:fabius) [إيران](LOC:iran) [الأسبوع المقبل](DATE:2015-W31).",
              published="2015-07-21")
    visits = [e.attrs.participants for e in evs if e.label == "VISIT"]
    assert ["fabius"] in visits and not any("fabius" in v and "mog" in v for v in visits)


def test_visits_to_two_places_on_one_day_are_two() -> None:
    evs = run("وصل [حسن روحاني](PER:rouhani) إلى [روما](LOC:rome) [أمس](DATE:2015-08-05). ووصل "
              "[نواز شريف](PER:sharif) إلى [باريس](LOC:paris) [أمس](DATE:2015-08-05).",
              published="2015-08-06")
    assert [e.attrs.place for e in evs if e.label == "VISIT"] == ["rome", "paris"]


# --- one happening told with two statuses, or dated by its month and by its day ----------------

def test_a_visit_reported_and_neither_confirmed_nor_denied_is_one() -> None:
    evs = run("وقال مصدران إن [قاسم سليماني](PER:soleimani) وصل إلى [موسكو](LOC:moscow) "
              "[يوم 24 يوليو](DATE:2015-07-24). وذكر مسؤولان روسيان أنه لا يمكنهما تأكيد أو نفي زيارة "
              "[سليماني](PER:soleimani) إلى [موسكو](LOC:moscow).", published="2015-08-08")
    visits = [e for e in evs if e.label == "VISIT"]
    assert [(v.attrs.participants, v.attrs.status) for v in visits] == [(["soleimani"], "happened")]


def test_a_visit_announced_and_planned_again_in_the_body_is_one() -> None:
    evs = run("يغادر [محمد بن سلمان](PER:mbs) اليوم إلى [الأردن](LOC:jordan) في زيارة يلتقي خلالها "
              "[الملك عبدالله الثاني](PER:abdullah). ومن المقرر أن يلتقي [محمد بن سلمان](PER:mbs) "
              "[الملك عبدالله الثاني](PER:abdullah) في [الأردن](LOC:jordan).", published="2015-08-04")
    assert len([e for e in evs if e.label == "MEET"]) == 1


@pytest.mark.parametrize("denial", [
    # a denial with no place of its own: another visit (Israel is not on the tour)
    "أما إسرائيل فليست على جدول رحلة [كيري](PER:kerry) الذي لم يزرها منذ عدة أشهر.",
    # another visitor beside the one announced: another visit
    "وتأتي زيارة [كيري](PER:kerry) بعد زيارة [سيغمار غابريال](PER:gabriel) إلى [سنغافورة](LOC:singapore).",
])
def test_a_report_of_another_status_and_no_place_or_other_parties_is_another_visit(denial: str) -> None:
    evs = run("وسيتوجه [جون كيري](PER:kerry) إلى [سنغافورة](LOC:singapore) الأسبوع المقبل. " + denial,
              published="2015-07-31")
    assert len([e for e in evs if e.label == "VISIT"]) == 2


@pytest.mark.parametrize(("second", "meetings"), [
    ("2015-08-04", 1),  # a day of the month told before: one meeting
    ("2015-09-04", 2),  # a day of another month: two
])
def test_a_meeting_dated_by_its_month_and_by_its_day_is_one(second: str, meetings: int) -> None:
    evs = run("التقى [جون كيري](PER:kerry) [سيرغي لافروف](PER:lavrov) في [الدوحة](LOC:doha) "
              "[الشهر الجاري](DATE:2015-08). وكان [كيري](PER:kerry) قد التقى [لافروف](PER:lavrov) في "
              f"[الدوحة](LOC:doha) [الثلاثاء](DATE:{second}).", published="2015-08-05")
    assert len([e for e in evs if e.label == "MEET"]) == meetings


def test_a_meeting_of_two_told_as_planned_and_again_as_made_is_one() -> None:
    evs = run("وسيجري [برونو رودريغيز](PER:rodriguez) و[جون كيري](PER:kerry) محادثات في وزارة الخارجية. "
              "وقد التقى [رودريغيز](PER:rodriguez) نظيره الأميركي [جون كيري](PER:kerry) في مقر الوزارة.",
              published="2015-07-20")
    assert [(sorted(e.attrs.participants), e.attrs.status) for e in evs if e.label == "MEET"] == [
        (["kerry", "rodriguez"], "planned")]


def test_the_signers_of_a_signing_told_by_its_verbal_noun_join_the_agreement_told_before() -> None:
    # round 35: «وقام بتوقيع الاتفاقية كل من X و Y» takes up the agreement, as the verb does
    evs = run(_TOLD + "وقام بتوقيع المذكرتين كل من الأمير [تركي بن سعود](PER:turki) رئيس المدينة، "
              "والمهندس [زياد الشيحة](PER:ziad).")
    agree = [e for e in evs if e.label == "AGREE"]
    assert len(agree) == 1
    assert set(agree[0].attrs.participants) == {"kacst", "sec", "turki", "ziad"}


def test_the_place_of_a_restated_signing_is_the_agreements_where_it_had_none() -> None:
    evs = run(_TOLD + "ووقع المذكرتين في [الرياض](LOC:riyadh) الأمير [تركي بن سعود](PER:turki) والمهندس "
              "[زياد الشيحة](PER:ziad).")
    assert [(e.label, e.attrs.place) for e in evs if e.label == "AGREE"] == [("AGREE", "riyadh")]


def test_the_signers_told_in_the_agreements_own_sentence_join_it() -> None:
    # round 36: «وقّع X اتفاقية مع Y ...، وقام بتوقيع الاتفاقية كل من A و B»: one sentence, one signing
    evs = run("وقّع [مستشفى الملك فهد](ORG:kfh) في [الرياض](LOC:riyadh) اتفاقية تعاون مشترك مع "
              "[هيئة الهلال الأحمر السعودي](ORG:redcrescent) لنقل المرضى وإسعافهم، وقام بتوقيع الاتفاقية "
              "كل من الدكتور [سامي العتيبي](PER:sami) المدير التنفيذي للمستشفى، و[فهد الدوسري](PER:fahd) "
              "رئيس الهيئة بحضور عدد من مسؤولي الجانبين.")
    agree = [e for e in evs if e.label == "AGREE"]
    assert len(agree) == 1
    assert set(agree[0].attrs.participants) == {"kfh", "redcrescent", "sami", "fahd"}
    assert agree[0].attrs.place == "riyadh"
