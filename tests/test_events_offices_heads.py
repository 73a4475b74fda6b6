"""Parties named by office, pronoun or head noun once the name was given (issue 15, events-dev):
heads of state and heirs by title (خادم الحرمين, ولي ولي العهد), a doubled title kept apart
(ولي ولي العهد is not ولي العهد), a reception's object keeps only the office nearest its name,
an office in apposition after a comma is the named person's, a reception's pronoun guest
(واستقبله), and a visiting body named by its head noun (ممثلي الصندوق)."""

from __future__ import annotations

from marsad.events.context import build_context
from marsad.events.coref import TitleIndex
from tests.test_events_units import marked, run


def _parties(evs: list, label: str) -> list[set[str]]:
    return [set(e.attrs.participants) for e in evs if e.label == label]


def test_a_call_between_a_king_and_a_president_named_by_their_offices() -> None:
    evs = run("وأكد خادم الحرمين الشريفين الملك [سلمان بن عبد العزيز](PER:salman) وأخوه فخامة الرئيس "
              "المصري [عبد الفتاح السيسي](PER:sisi) أهمية الإعلان. واستعرض خادم الحرمين خلال اتصال "
              "أجراه أمس بالرئيس المصري العلاقات التي تربط بين البلدين.")
    assert {"salman", "sisi"} in _parties(evs, "CALL")


def test_the_heirs_deputy_is_not_the_heir() -> None:
    art = marked("وأشاد ولي ولي العهد الأمير [محمد بن سلمان](PER:mbs) بالوفد. وأكد ولي العهد الأمير "
                 "[محمد بن نايف](PER:mbn) الموقف.")
    index = TitleIndex(build_context(art))
    assert index.resolve(frozenset({"ولي", "عهد"}), len(art.text)) == "mbn"
    assert index.resolve(frozenset({"ولي", "عهد", "2×ولي"}), len(art.text)) == "mbs"


def test_a_receptions_object_keeps_only_the_office_nearest_its_name() -> None:
    art = marked("استقبل خادم الحرمين الشريفين الرئيس [سيرجيو ماتاريلا](PER:mat) في الرياض.")
    index = TitleIndex(build_context(art))
    assert index.resolve(frozenset({"رييس"}), len(art.text)) == "mat"
    assert index.resolve(frozenset({"خادم", "حرمين"}), len(art.text)) is None


def test_an_office_in_apposition_after_a_comma_is_no_second_party() -> None:
    evs = run("وزار وزير الدفاع الأميركي [آشتون كارتر](PER:carter) بغداد أمس. وزار الأمير "
              "[محمد بن سلمان](PER:mbs)، ولي ولي العهد، وزير الدفاع السعودي، أمس [عدن](LOC:aden).")
    assert {"mbs"} in _parties(evs, "VISIT")
    assert not any("carter" in p and "mbs" in p for p in _parties(evs, "VISIT"))


def test_a_receptions_pronoun_guest_is_the_person_named_before() -> None:
    evs = run("ووصل الرئيس [محمود عباس](PER:abbas) إلى [الرياض](LOC:riyadh) أمس. واستقبله الملك "
              "[سلمان](PER:salman) في قصر اليمامة.")
    meets = [e for e in evs if e.label == "MEET"]
    assert meets and set(meets[0].attrs.participants) == {"salman", "abbas"}
    assert meets[0].attrs.roles.get("abbas") == "guest"


def test_an_interviewers_pronoun_is_no_meeting() -> None:
    evs = run("وقال [أحمد](PER:ahmad) إن الحزب باق. الزميل [غازي الحارثي](PER:ghazi) التقاه في مقر "
              "إقامته فكان هذا الحوار.")
    assert _parties(evs, "MEET") == []


def test_a_visiting_body_named_by_its_head_noun() -> None:
    evs = run("وقال [صندوق النقد الدولي](ORG:imf) إنه يريد ضمانات. وأدى ذلك إلى تأخير وصول ممثلي "
              "الصندوق إلى [أثينا](LOC:athens).")
    visits = [e for e in evs if e.label == "VISIT"]
    assert visits and visits[0].attrs.participants == ["imf"] and visits[0].attrs.place == "athens"


def test_an_office_before_a_counterpart_word_is_unnamed_and_its_holder_meets() -> None:
    """«والتقى وزير الخارجية بنظيره الروسي X»: X is the counterpart, not the minister; the
    minister is the one the article named before (events22)."""
    for partner in ("بنظيره", "نظيره", "مع نظيره"):
        evs = run("وأكد وزير الخارجية [عادل الجبير](PER:j) أهمية العلاقات. والتقى وزير الخارجية "
                  f"{partner} الروسي [سيرجي لافروف](PER:l) في [موسكو](LOC:moscow).")
        assert _parties(evs, "MEET") == [{"j", "l"}], partner


def test_an_office_before_the_trigger_is_not_named_by_the_object() -> None:
    evs = run("أكد وزير الخارجية [عادل الجبير](PER:j) أهمية العلاقات. وكان وزير الخارجية قد التقى "
              "[سيرجي لافروف](PER:l) في [موسكو](LOC:moscow).")
    assert _parties(evs, "MEET") == [{"j", "l"}]


def test_an_office_named_right_away_stays_that_persons() -> None:
    evs = run("التقى وزير الخارجية السعودي [عادل الجبير](PER:j) بنظيره الروسي [سيرجي لافروف](PER:l).")
    assert _parties(evs, "MEET") == [{"j", "l"}]


def test_an_office_in_construct_after_another_title_is_not_its_own() -> None:
    """«مستشار خادم الحرمين الشريفين الأمير X» is the adviser: «خادم الحرمين الشريفين» later is
    the king, however recently the adviser was named."""
    evs = run("وأكد خادم الحرمين الشريفين الملك [سلمان](PER:s) الموقف. وقال مستشار خادم الحرمين الشريفين "
              "أمير منطقة مكة المكرمة الأمير [خالد الفيصل](PER:kf) إن العمل مستمر. خادم الحرمين الشريفين "
              "استقبل [محمد نواز شريف](PER:n) أمس.")
    assert _parties(evs, "MEET") == [{"s", "n"}]


def test_a_deputy_is_not_the_office_he_deputises() -> None:
    evs = run("وأكد نائب رئيس الوزراء [محمد بن نايف](PER:d) الموقف. والتقى رئيس الوزراء بنظيره "
              "[نواز شريف](PER:n) أمس.")
    assert not any("d" in p for p in _parties(evs, "MEET"))


def test_the_office_goes_to_the_one_named_with_it_most_often() -> None:
    """«ونيابة عن خادم الحرمين الشريفين، الأمير X» once after the king was named with the title
    twice: the bare title later is still the king."""
    evs = run("وأكد خادم الحرمين الشريفين الملك [سلمان](PER:s) الموقف. وأشاد خادم الحرمين الشريفين الملك "
              "[سلمان](PER:s) بالجهود. ونيابة عن خادم الحرمين الشريفين، الأمير [خالد الفيصل](PER:kf) يفتتح "
              "المؤتمر. خادم الحرمين الشريفين استقبل [محمد نواز شريف](PER:n) أمس.")
    assert _parties(evs, "MEET") == [{"s", "n"}]
