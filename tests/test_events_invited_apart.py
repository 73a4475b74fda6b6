"""A visit's inviter told in another sentence of its article (issue 15, round 33: a holder named in
another sentence): «وتأتي هذه الزيارة بدعوة من وزارة الدفاع الأمريكية» names the host of the
article's one visit, or of the visit of the guest that sentence names; with two visitors and
neither named there, no visit takes it."""

from __future__ import annotations

from tests.test_events_units import run

_DAY = "2015-08-04T08:00:00"
_TWO = ("وصل الرئيس [حسن روحاني](PER:rouhani) إلى [روما](LOC:rome) أمس. ووصل الوزير "
        "[باولو جنتيلوني](PER:paolo) إلى [طهران](LOC:tehran) الأربعاء. ")


def _hosts(src: str) -> dict[str, list[str]]:
    return {e.attrs.participants[0]: [p for p, r in e.attrs.roles.items() if r == "host"]
            for e in run(src, _DAY) if e.label == "VISIT"}


def test_the_inviter_of_the_articles_one_visit_hosts_it() -> None:
    src = ("قام الأمير [خالد بن سعود](PER:khalid) أمس بزيارة لحاملة الطائرات [نيميتز](ORG:nimitz) في الخليج "
           "العربي. وتأتي هذه الزيارة بدعوة من [وزارة الدفاع الأمريكية](ORG:usdod).")
    assert _hosts(src) == {"khalid": ["usdod"]}


def test_the_inviter_of_a_named_guests_visit_hosts_that_visit_alone() -> None:
    src = (_TWO + "وجاءت زيارة [روحاني](PER:rouhani) بدعوة من الرئيس "
           "[ماتيو رينتسي](PER:renzi).")
    assert _hosts(src) == {"rouhani": ["renzi"], "paolo": []}


def test_an_invitation_naming_neither_of_two_visitors_hosts_no_visit() -> None:
    src = (_TWO + "وتأتي الزيارة بدعوة من الرئيس [ماتيو رينتسي](PER:renzi).")
    assert _hosts(src) == {"rouhani": [], "paolo": []}


def test_an_invitation_to_visit_another_place_hosts_no_visit_told() -> None:
    src = ("وصل رئيس الوزراء [ناريندرا مودي](PER:modi) إلى [موسكو](LOC:moscow) أمس في زيارة رسمية. "
           "كما قبل [مودي](PER:modi) دعوة من [نواز شريف](PER:sharif) لزيارة [باكستان](LOC:pakistan).")
    moscow = [e for e in run(src, _DAY) if e.label == "VISIT" and e.attrs.place == "moscow"]
    assert moscow and all("sharif" not in e.attrs.participants for e in moscow)
