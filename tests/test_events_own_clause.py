"""An event's parties and status from the trigger's own clause (issue 15, events-dev-fresh
census and the caveats of the agreement nouns): the parties an event noun names after بين,
not the other names of its sentence; «يحول بين» names no parties; a visit noun's visitor is
not a name past another trigger («زيارة عمل يلتقي خلالها الرئيس X»); a deal demanded, sought,
nearly reached or intended is no deal made; an event noun after a demonstrative takes up one
told before. The new table rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run


def _rows(table: str, kind: str) -> list[dict[str, str]]:
    return [r for r in load_table(table) if r["kind"] == kind]


def _events(evs: list) -> list[tuple[str, list[str], str]]:
    return [(e.label, e.attrs.participants, e.attrs.status) for e in evs]


def test_the_parties_after_between_not_the_other_names_of_the_sentence() -> None:
    evs = run("وقال [عيدروس الزبيدي](PER:z) في [عدن](LOC:aden) إن الاتفاق النووي بين [إيران](LOC:iran) "
              "و[مجموعة 5+1](ORG:p5) يهدد المنطقة.")
    assert _events(evs) == [("AGREE", ["iran", "p5"], "happened")]


def test_a_long_list_after_between_is_one_list_and_its_place_is_no_party() -> None:
    evs = run("وأدى ذلك إلى تأخير وصول الممثلين للمشاركة في جولة جديدة من المحادثات بين "
              "[اليونان](LOC:greece) وممثلي الدائنين الدوليين وهم [صندوق النقد الدولي](ORG:imf) "
              "و[البنك المركزي الأوروبي](ORG:ecb) و[المفوضية الأوروبية](ORG:ec).")
    meet = [e for e in evs if e.label == "MEET"]
    assert [e.attrs.participants for e in meet] == [["greece", "imf", "ecb", "ec"]]
    evs = run("وافق المجلس على مذكرة تفاهم بين [وزارة الداخلية](ORG:moi) في [المملكة العربية السعودية]"
              "(LOC:ksa) و[وزارة الداخلية الاتحادية](ORG:gmoi) في [ألمانيا](LOC:de).")
    assert [e.attrs.participants for e in evs if e.label == "AGREE"] == [["moi", "gmoi"]]


def test_a_list_after_between_runs_past_the_titles_of_its_names() -> None:
    evs = run("ويأتي اللقاء مع إجراء محادثات ثنائية في [تركيا](LOC:turkey) واجتماع بين وزير الخارجية الروسي "
              "[سيرغي لافروف](PER:lavrov) ووزير الخارجية الأميركي [ماركو روبيو](PER:rubio) في "
              "[المملكة العربية السعودية](LOC:ksa) لمناقشة الأزمة الأوكرانية.")
    assert [e.attrs.participants for e in evs if e.label == "MEET"] == [["lavrov", "rubio"]]


def test_talks_whose_between_names_one_party_keep_it_and_not_a_third_country() -> None:
    # the other side unnamed («الحكومة المركزية»): the named side alone (round 39 ruling,
    # unnamed_sides.py), never the state that works for the talks
    evs = run("وأشارت إلى الجهود التي تبذلها [باكستان](LOC:pakistan) لاستئناف محادثات السلام بين الحكومة "
              "المركزية و[حركة طالبان](ORG:taliban) لإنجاح المصالحة.")
    assert [e.attrs.participants for e in evs if e.label == "MEET"] == [["taliban"]]
    # a side named by its state's adjective is that state, a party (test_state_sides.py)
    evs = run("وأشارت إلى الجهود التي تبذلها [باكستان](LOC:pakistan) لاستئناف محادثات السلام بين الحكومة "
              "الأفغانية و[حركة طالبان](ORG:taliban) لإنجاح المصالحة.")
    assert [e.attrs.participants for e in evs if e.label == "MEET"] == [["afghanistan", "taliban"]]


@pytest.mark.parametrize("row", _rows("event_senses", "barrier_verb"), ids=lambda r: r["form"])
def test_a_barrier_verb_before_between_names_no_parties(row: dict[str, str]) -> None:
    evs = run(f"وقال [كيري](PER:kerry) إن الاتفاق {row['form']} بين [إيران](LOC:iran) والسلاح النووي.")
    assert [e for e in evs if e.label == "AGREE"] == []


def test_a_visit_nouns_visitor_is_not_whom_he_meets_after_another_trigger() -> None:
    evs = run("يتوجه الأمير [محمد بن سلمان](PER:mbs) اليوم إلى [جمهورية مصر](LOC:egypt) في زيارة عمل "
              "يلتقي خلالها فخامة الرئيس المصري [عبدالفتاح السيسي](PER:sisi).", "2015-07-30")
    visit = [e for e in evs if e.label == "VISIT"]
    assert len(visit) == 1 and visit[0].attrs.roles == {"mbs": "guest"}


@pytest.mark.parametrize("row", [r for r in load_table("event_cues") if r["form"] in {
    "مطالب", "مطالبة", "المطالبة", "يطالب", "تطالب", "طالبت", "يطالبون", "اقتراب", "يقترب", "تقترب",
    "اقترب", "اقتربت", "يسعى", "تسعى", "سعي", "مساعي", "تنوي", "ينوي", "نية", "نيتها", "نيته", "نيتهم"}
        and r["kind"] in ("planned", "expected")],  # not the same words' `own_intent` rows (a visitor)
    ids=lambda r: r["form"])
def test_a_deal_demanded_sought_near_or_intended_is_not_made(row: dict[str, str]) -> None:
    gap = " ".join(["الطرفين", "من", "جديد", "في", "الأيام"][: max(0, int(row["window"]) - 1)])
    evs = run(f"وقال [ماكين](PER:mccain) إن [الإدارة](ORG:admin) {row['form']} {gap} إبرام اتفاق أفضل "
              "مع [إيران](LOC:iran).")
    agree = [e for e in evs if e.label == "AGREE"]
    assert agree and all(e.attrs.status == row["kind"] for e in agree)


def test_without_a_cue_concluding_the_deal_happened() -> None:
    evs = run("وقال [ماكين](PER:mccain) إن [الإدارة](ORG:admin) نجحت في إبرام اتفاق مع [إيران](LOC:iran).")
    assert [e.attrs.status for e in evs if e.label == "AGREE"] == ["happened"]


@pytest.mark.parametrize("row", _rows("event_senses", "demonstrative"), ids=lambda r: r["form"])
def test_an_agreement_after_a_demonstrative_is_one_told_before(row: dict[str, str]) -> None:
    # both parties named (an agreement with one named party is none: extract._too_few_parties)
    parties = "بين [صندوق الموارد البشرية](ORG:f) و[جامعة حائل](ORG:h)"
    evs = run(f"وأوضح [خليل](PER:k) أن توقيع {row['form']} الاتفاقية {parties} يأتي ضمن الاستراتيجية.")
    assert [e for e in evs if e.label == "AGREE"] == []
    evs = run(f"وأوضح [خليل](PER:k) أن توقيع الاتفاقية {parties} يأتي ضمن الاستراتيجية.")
    assert [(e.label, e.attrs.participants) for e in evs] == [("AGREE", ["f", "h"])]


@pytest.mark.parametrize("row", _rows("event_senses", "doer_verb"), ids=lambda r: r["form"])
def test_a_visit_whose_doer_is_named_by_title_only_is_his_states(row: dict[str, str]) -> None:
    evs = run(f"جاء ذلك خلال اتصال هاتفي أجراه الرئيس [حسن روحاني](PER:rouhani) مع الرئيس [فرانسوا هولاند]"
              f"(PER:hollande) عشية زيارة {row['form']} بها وزير الخارجية الفرنسي إلى [طهران](LOC:tehran).")
    # the unnamed minister is his state's side (events/office_sides.py, events52): France visits
    assert [(e.label, e.attrs.participants) for e in evs if e.label == "VISIT"] == [("VISIT", ["france"])]
    assert [e.label for e in evs] == ["CALL", "VISIT"]
    evs = run(f"عشية زيارة {row['form']} بها وزير الخارجية الفرنسي [لوران فابيوس](PER:fabius) إلى "
              "[طهران](LOC:tehran).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["fabius"])]


@pytest.mark.parametrize("row", _rows("event_senses", "doer_verb"), ids=lambda r: r["form"])
def test_a_visit_whose_doer_is_the_verbs_own_pronoun_is_the_one_named_before(row: dict[str, str]) -> None:
    # «خلال زيارة قام بها إلى سنغافورة»: nothing after بها, the doer is the minister named before
    evs = run(f"وأشار وزير الخارجية البريطاني [جون سميث](PER:smith) في تصريحاته خلال زيارة {row['form']} بها "
              "إلى [سنغافورة](LOC:singapore) إلى أهمية التعاون.")
    assert [(e.label, e.attrs.participants, e.attrs.place) for e in evs if e.label == "VISIT"] == [
        ("VISIT", ["smith"], "singapore")]


@pytest.mark.parametrize("row", _rows("event_cues", "future_time"), ids=lambda r: r["form"])
def test_a_time_to_come_after_an_imperfect_or_noun_trigger_makes_it_planned(row: dict[str, str]) -> None:
    evs = run(f"وأكد [كيري](PER:kerry) دور [إيران](LOC:iran) عندما يلتقي مع نظيره الروسي [سيرجي لافروف]"
              f"(PER:lavrov) في [قطر](LOC:qatar) في الأسبوع {row['form']}.")
    assert [(e.label, e.attrs.status) for e in evs] == [("MEET", "planned")]
    evs = run(f"واتفق [كيري](PER:kerry) و[لافروف](PER:lavrov) على اللقاء في الأسبوع {row['form']}.")
    assert [(e.label, e.attrs.status) for e in evs] == [("AGREE", "happened")]
