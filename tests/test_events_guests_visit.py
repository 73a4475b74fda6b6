"""A visit noun with the plural possessive after a reception verb («استقبل X ... وفدا ... في إطار
زيارتهم للمملكة») is the guests' visit: the host who receives them is no visitor of it
(`events.visit_nouns.guests_visit`; the events-dev gold keys the reception's parties only)."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run


def test_the_host_of_a_reception_is_no_visitor_of_the_guests_visit() -> None:
    evs = run("استقبل وزير الخارجية [عادل الجبير](PER:jubeir) في [الرياض](LOC:riyadh) أمس وفدا برلمانيا "
              "قدم من [فرنسا](LOC:fr)، في إطار زيارتهم للمملكة.")
    assert all(t != "VISIT" for t, _ in labelled_parties(evs))


def test_two_hosts_of_a_reception_framed_by_the_guests_visit_met() -> None:
    evs = run("استقبل وزير الخارجية [عادل الجبير](PER:jubeir)، ووزير الإعلام [عادل الطريفي](PER:tarifi)، "
              "أمس في [الرياض](LOC:riyadh) وفدا برلمانيا قدم من [فرنسا](LOC:fr)، في إطار زيارتهم للمملكة.")
    assert labelled_parties(evs) == [("MEET", ["jubeir", "tarifi"])]


def test_one_guests_visit_after_a_reception_stays_his() -> None:
    evs = run("استقبل وزير الخارجية [عادل الجبير](PER:jubeir) في [الرياض](LOC:riyadh) أمس رئيس الوزراء "
              "[نواز شريف](PER:sharif)، في إطار زيارته للمملكة.")
    assert ("VISIT", ["jubeir", "sharif"]) in labelled_parties(evs)
