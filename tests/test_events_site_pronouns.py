"""A site noun spelt with ta marbuta reads, once normalised, as that noun's stem with a pronoun
(مكتبة, a library, and مكتبه, his office, are one word to the matcher): written with a final ha it
is the noun with its pronoun (issue 15, round 33), so the name after it is a person received
there, not the site's name; a library named after a person is still its site."""

from __future__ import annotations

from tests.test_events_units import run

_DAY = "2015-08-04T08:00:00"


def test_a_guest_named_after_his_office_is_a_party() -> None:
    evs = run("استقبل الأمير [سلطان بن فهد](PER:sultan) أمس في مكتبه الدكتور [ماجد الحربي](PER:majid).", _DAY)
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["sultan", "majid"])]


def test_a_library_named_after_a_person_is_a_site_not_a_party() -> None:
    evs = run("زار الأمير [سلطان بن فهد](PER:sultan) أمس مكتبة [الملك فهد](PER:fahd) في "
              "[الرياض](LOC:riyadh).", _DAY)
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["sultan"])]
