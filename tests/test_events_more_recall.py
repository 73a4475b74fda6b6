"""Event recall on the enlarged events-dev gold (issue 15): visits of two visitors told in one
sentence are two visits; a list of organisations stands together past the trigger's reach;
«لكن» ends the parties' clause; a witness (بحضور) is no party; a date past another trigger
word is that one's; a city after a meeting noun is its venue; a political manoeuvre is no
exercise; a delegation's sender after a head noun (وفداً من شركة X) is a party; «اتصال
أجراه» is a trigger."""

from __future__ import annotations

from marsad.events.lexicon import event_cues, event_senses
from marsad.events.triggers import find_triggers
from marsad.events.words import words_of
from tests.test_events_units import run


def _shape(evs: list) -> list[tuple[str, list[str], str | None]]:
    return [(e.label, e.attrs.participants, e.attrs.place) for e in evs]


def test_two_visitors_in_one_sentence_make_two_visits_each_with_its_place() -> None:
    evs = run("أن زيارة صاحب السمو الملكي الأمير [محمد بن سلمان](PER:mbs) ولي ولي العهد النائب الثاني "
              "لرئيس مجلس الوزراء وزير الدفاع إلى [مصر](LOC:egypt) تأتي لتعزيز العلاقات، واستكمالا "
              "لزيارة وزير الخارجية المصري [سامح شكري](PER:shoukry) إلى [الرياض](LOC:riyadh) الأسبوع الماضي.")
    visits = sorted(_shape(evs))
    assert visits == [("VISIT", ["mbs"], "egypt"), ("VISIT", ["shoukry"], "riyadh")]
    assert len({e.start for e in evs}) == 2  # one span start each: the store keys events by it
    # the same visitor twice is one visit
    evs = run("وزيارة [أوباما](PER:obama) إلى [كينيا](LOC:kenya) هي الأولى، وقد وصف زيارة "
              "[أوباما](PER:obama) بأنها ناجحة.")
    assert [e.label for e in evs] == ["VISIT"]


def test_a_list_of_organisations_stands_together_past_the_reach() -> None:
    evs = run("كان ممثلو [البنك المركزي الأوروبي](ORG:ecb) و[المفوضية الأوروبية](ORG:ec) و[آلية الاستقرار "
              "الأوروبية](ORG:esm) قد وصلوا إلى [أثينا](LOC:athens) لبدء جولة مفاوضات جديدة.")
    visit = [e for e in evs if e.label == "VISIT"]
    assert visit and set(visit[0].attrs.participants) == {"ecb", "ec", "esm"}
    assert visit[0].attrs.place == "athens"


def test_but_ends_the_clause_of_the_parties() -> None:
    evs = run("ويجري [حزب العدالة والتنمية](ORG:akp) و[حزب الشعب الجمهوري](ORG:chp) محادثات من أجل "
              "تشكيل ائتلاف لكن زعيم حزب الشعب [كمال كيليجدار أوغلو](PER:kk) عبر عن تشككه.")
    assert [(e.label, set(e.attrs.participants)) for e in evs] == [("MEET", {"akp", "chp"})]


def test_a_witness_is_no_party() -> None:
    assert run("وجرت مراسم توقيع الاتفاق التاريخي بالقصر الرئاسي ب[الخرطوم](LOC:khartoum)، بحضور الرئيس "
               "السوداني [عمر البشير](PER:bashir)، ولفيف من المسؤولين.") == []


def test_a_date_past_another_trigger_word_is_not_the_events() -> None:
    evs = run("وشدد على أن مباحثات [القاهرة](LOC:cairo) بين [محمد بن سلمان](PER:mbs) و[عبد الفتاح السيسي]"
              "(PER:sisi) من شأنها أن تنعكس على الاجتماع المقبل لوزراء الدفاع العرب في 27 أغسطس المقبل.")
    meet = [e for e in evs if e.label == "MEET"]
    assert meet and set(meet[0].attrs.participants) == {"mbs", "sisi"}
    assert meet[0].attrs.place == "cairo"  # the city after the meeting noun
    assert not (meet[0].attrs.date or "").startswith("2015-08-27") and meet[0].attrs.status == "happened"


def test_a_political_manoeuvre_is_no_exercise() -> None:
    assert run("وبما أن [شيرمان](PER:sherman) كانت سياسية فهي تفهم أهمية التبعات السياسية للمناورات "
               "الدبلوماسية.") == []
    words = words_of("نفذت القوات مناورات عسكرية")
    assert any(t.row.type == "EXERCISE" for t in find_triggers(words))
    assert event_senses().at(words_of("الدبلوماسية"), 0, frozenset({"not_military"})) is not None


def test_a_delegation_sent_by_a_named_company_is_a_party() -> None:
    evs = run("استقبل المدير [علي الحازمي](PER:hazmi) بمكتبه صباح أمس وفداً من شركة [بيدو](ORG:baidu) "
              "الصينية.")
    assert [(e.label, set(e.attrs.participants)) for e in evs] == [("MEET", {"hazmi", "baidu"})]


def test_new_trigger_rows() -> None:
    evs = run("واستعرض [سلمان](PER:salman) خلال اتصال أجراه أمس ب[السيسي](PER:sisi) العلاقات بين البلدين.")
    assert [(e.label, set(e.attrs.participants)) for e in evs] == [("CALL", {"salman", "sisi"})]
    assert run("وشدد على أهمية الاتصال بين الأجيال لدى [سلمان](PER:salman).") == []
    assert event_cues().at(words_of("بحضور"), 0, frozenset({"attendance"})) is not None


def test_a_single_manoeuvre_with_no_military_word_is_no_exercise() -> None:
    """Round 53 (records 12000-13999): «مناورة» alone is a manoeuvre of politics, a first-aid grip
    or a club's training («مجرد مناورة روسية», «مناورة هيملك», «المناورة التدريبية»); with a
    military word after it, it is a drill."""
    assert [e.label for e in run("وقال إن المقترح مجرد مناورة من [روسيا](LOC:russia) و[إيران](LOC:iran).")
            if e.label == "EXERCISE"] == []
    assert [e.label for e in run("وتجري [مصر](LOC:egypt) و[السعودية](LOC:saudi) مناورة بحرية مشتركة "
                                 "في البحر الأحمر.")] == ["EXERCISE"]
