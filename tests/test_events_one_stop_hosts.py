"""Two visits of one guest to one place on one day, each with a host of its own (issue 15, round 41
events-dev errors: «تكللت الزيارة التي قام بها الأمير X إلى مصر ولقاؤه الرئيس Y», «وصل إلى القاهرة في
زيارة ... التقى خلالها Z»): one stop of one trip, one VISIT with both hosts; on another day, two."""

from __future__ import annotations

from tests.test_events_units import run

_FIRST = ("وصل الأمير [محمد بن سلمان](PER:mbs) إلى [القاهرة](LOC:cairo) [أمس](DATE:2015-07-30) في زيارة "
          "التقى خلالها الرئيس [عبدالفتاح السيسي](PER:sisi). ")


def test_two_hosts_of_one_guest_in_one_place_on_one_day_make_one_visit() -> None:
    evs = run(_FIRST + "وكان الأمير [محمد بن سلمان](PER:mbs) قد زار [أمس](DATE:2015-07-30) في "
              "[القاهرة](LOC:cairo) رئيس الأركان [صدقي صبحي](PER:sobhy).")
    assert [set(e.attrs.participants) for e in evs if e.label == "VISIT"] == [{"mbs", "sisi", "sobhy"}]


def test_on_another_day_they_are_two_visits() -> None:
    evs = run(_FIRST + "وكان الأمير [محمد بن سلمان](PER:mbs) قد زار [الخميس الماضي](DATE:2015-07-23) في "
              "[القاهرة](LOC:cairo) رئيس الأركان [صدقي صبحي](PER:sobhy).")
    assert [set(e.attrs.participants) for e in evs if e.label == "VISIT"] == [
        {"mbs", "sisi"}, {"mbs", "sobhy"}]
