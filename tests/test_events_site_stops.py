"""A visit's named sites listed after its own site are stops, a visit each (issue 15, round 44;
the guide's round-41 ruling: a tour's stop at a named site is a VISIT of its own): «اطمأن X على
المصابين في مستشفى A بالهفوف، ومستشفى B» (events-dev 17382), «كما زار X مستشفى A، ومركز ...
بأوثال، ومستشفى B» (events-dev-fresh26 13707). A body listed is no stop."""

from __future__ import annotations

from tests.test_events_units import run


def _visits(text: str) -> list[tuple[list[str], str | None]]:
    return [(e.attrs.participants, e.attrs.place) for e in run(text) if e.label == "VISIT"]


def test_a_second_hospital_after_the_first_is_a_visit_of_its_own() -> None:
    got = _visits("زار [خالد البراك](PER:barrak) [مستشفى الملك فهد](ORG:fahd) "
                  "و[مستشفى الأمير سعود](ORG:saud) أمس للاطمئنان على المصابين.")
    assert [place for _, place in got] == ["fahd", "saud"]
    assert all(parties[0] == "barrak" for parties, _ in got)


def test_the_town_told_after_a_site_is_part_of_its_name() -> None:
    got = _visits("اطمأن وكيل المحافظة [خالد البراك](PER:barrak) أمس على حالة المصابين في "
                  "[مستشفى الملك فهد](ORG:fahd) ب[الهفوف](LOC:hofuf)، و[مستشفى الأمير سعود](ORG:saud)، "
                  "وتم خلال الزيارة تفقد الخدمات.")
    assert sorted(place or "" for _, place in got) == ["fahd", "saud"]


def test_an_unnamed_site_between_two_named_ones_keeps_the_list() -> None:
    got = _visits("زار [مطلق الخمعلي](PER:k) [مستشفى عيون الجواء العام](ORG:h1)، ومركز الرعاية الصحية "
                  "الأولية بأوثال، و[مستشفى قصيباء العام](ORG:h2)، واطمأن على الخدمات.")
    assert sorted(place or "" for _, place in got) == ["h1", "h2"]
    assert all("h1" not in parties for parties, place in got if place == "h2")  # the first site is no party


def test_a_body_listed_after_the_site_is_no_stop() -> None:
    got = _visits("زار [خالد البراك](PER:barrak) [مستشفى الملك فهد](ORG:fahd) و[وزارة الصحة](ORG:moh) أمس.")
    assert [place for _, place in got] == ["fahd"]


def test_a_site_after_a_clause_of_its_own_is_no_stop() -> None:
    got = _visits("زار [خالد البراك](PER:barrak) [مستشفى الملك فهد](ORG:fahd)، والتقى مدير "
                  "[مستشفى الأمير سعود](ORG:saud) أمس.")
    assert [place for _, place in got] == ["fahd"]


def test_a_stop_told_after_kama_is_no_repeat_of_the_tour_told_before() -> None:
    got = _visits("قام [مطلق الخمعلي](PER:k) بجولة على مستشفيات المنطقة أمس. كما زار [الخمعلي](PER:k) "
                  "[مستشفى عيون الجواء العام](ORG:h1)، و[مستشفى قصيباء العام](ORG:h2)، واطمأن على الخدمات.")
    assert len(got) == 3
    assert {place for _, place in got} >= {"h1", "h2"}
