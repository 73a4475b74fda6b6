"""A visit's host named in the sentence after it (issue 15, round 33: a holder named in another
sentence): the visitor's journey goes on with no one named («وكان معاليه قد وصل مطار ...، حيث كان
في استقباله Y») and Y, who received him, hosts the visit; where that sentence names another person
before the welcome, the welcome is that person's and the visit keeps no host from it."""

from __future__ import annotations

from tests.test_events_units import run

_DAY = "2015-08-04T08:00:00"
_VISIT = ("قام الفريق [حمد الكعبي](PER:hamad) أمس بزيارة تفقدية للوحدات المشاركة في "
          "[المنطقة الجنوبية](LOC:south). ")


def _visit_roles(src: str) -> list[dict[str, str]]:
    return [e.attrs.roles for e in run(src, _DAY) if e.label == "VISIT"]


def test_the_welcome_after_the_visitors_arrival_told_again_names_the_host() -> None:
    src = _VISIT + ("وكان معاليه قد وصل مطار قاعدة الرياض الجوية في طريقه للمنطقة، حيث كان في استقباله "
                    "الفريق [فهد العتيبي](PER:fahd).")
    assert _visit_roles(src) == [{"hamad": "guest", "fahd": "host"}]


def test_a_welcome_of_another_person_named_before_it_hosts_no_visit() -> None:
    src = _VISIT + ("وكان اللواء [سعد الشهري](PER:saad) قد وصل مطار قاعدة الرياض الجوية، حيث كان في "
                    "استقباله الفريق [فهد العتيبي](PER:fahd).")
    assert all("fahd" not in roles for roles in _visit_roles(src))
