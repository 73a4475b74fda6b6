"""A person's name that names a site or building after its noun is no party (issue 15, round 14
random-news sample: «لزيارة قبر سليمان شاه», «زارت ضريح جنكيز خان», «زيارة خاصة لقصر هامتون
كورت», «زيارة «متحف الشمع (مدام توسو)»» were visits by the dead or by the site). The
`event_cues` rows of kind site_noun, row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_SITES = [r for r in load_table("event_cues") if r["kind"] == "site_noun"]


def _events(evs: list) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in evs]


@pytest.mark.parametrize("row", _SITES, ids=lambda r: r["form"])
def test_each_site_noun_makes_the_name_after_it_the_sites(row: dict[str, str]) -> None:
    assert _events(run(f"وقام الوفد بزيارة ل{row['form']} [سليمان شاه](PER:shah) أمس.")) == []


@pytest.mark.parametrize("row", _SITES, ids=lambda r: r["form"])
def test_the_visitor_before_the_site_stays(row: dict[str, str]) -> None:
    evs = run(f"زار [الأمير فيصل](PER:faisal) {row['form']} [الملك فهد](PER:fahd) في [جدة](LOC:jeddah).")
    assert _events(evs) == [("VISIT", ["faisal"])]


def test_a_visit_noun_followed_by_a_site_names_no_visitor() -> None:
    assert run("وكان وفد رفيع المستوى قد دخل لزيارة قبر [سليمان شاه](PER:shah) في مدينة "
               "[تل أبيض](LOC:ta).") == []
    assert run("ولا بد من زيارة «متحف الشمع ([مدام توسو](PER:tussaud))» في [لندن](LOC:london).") == []
    assert run("في زيارة خاصة لقصر هامتون [كورت](PER:court) الذي يحتفل هذا العام.") == []


def test_a_site_noun_with_a_pronoun_before_the_name_names_no_site() -> None:
    evs = run("استقبل [الملك سلمان](PER:salman) في قصره [الأمير محمد](PER:mbs) أمس.")
    assert _events(evs) == [("MEET", ["salman", "mbs"])]


def test_a_name_past_the_sites_own_name_is_not_the_sites() -> None:
    evs = run("التقى [الأمير فيصل](PER:faisal) في مستشفى [الملك فهد](PER:fahd) الوزير "
              "[سعد الجبري](PER:saad).")
    assert _events(evs) == [("MEET", ["faisal", "saad"])]


def test_a_titled_name_past_the_sites_definite_word_is_a_person() -> None:
    # «قصر الحكم» is named by its definite word; «الدكتور X» after it is the one received
    evs = run("استقبل أمير المنطقة [سعود بن نايف](PER:saud) في قصر الحكم الدكتور [خالد الحربي](PER:harbi) "
              "مدير الجامعة.")
    assert _events(evs) == [("MEET", ["saud", "harbi"])]
    # a title as the site's own first word names it still (مستشفى الملك فهد)
    evs = run("زار [الأمير فيصل](PER:faisal) مستشفى الملك [فهد](PER:fahd) في [جدة](LOC:jeddah).")
    assert _events(evs) == [("VISIT", ["faisal"])]


def test_a_statue_names_its_person_past_his_qualities_no_party() -> None:
    # round 35: the statue of a poet awaited in a capital, the visit told with it a minister's
    evs = run("وتنتظر [أديس أبابا](LOC:addis) وصول تمثال الشاعر الروسي العظيم [ألكسندر بوشكين](PER:pushkin) "
              "الذي وعد به الوزير [سيرغي لافروف](PER:lavrov) خلال زيارته الأخيرة لـ[إثيوبيا](LOC:ethiopia).")
    assert all("pushkin" not in e.attrs.participants for e in evs)
