"""A news outlet that reports a deed («أفادت وكالة رويترز أن ...») is not the doer the quotation
leaves unnamed: the speaker of a quotation joins its event as a party only when it is no news
outlet of the catalogue (`extract._complete`)."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run


def test_an_agency_reporting_a_contract_is_no_party_to_it() -> None:
    evs = run("وأفادت وكالة [رويترز](ORG:reuters) أمس أن رجل الأعمال الهندي وقع عقدا مع شركة "
              "[جاليارد هومز](ORG:galliard) لاستكمال المشروع في لندن.", "2015-08-03T08:00:00")
    assert all("reuters" not in e.attrs.participants for e in evs)


def test_a_company_announcing_its_own_agreement_is_a_party() -> None:
    evs = run("وأعلنت شركة [أرامكو](ORG:aramco) أمس أنها وقعت اتفاقية مع شركة "
              "[توتال](ORG:total) لبناء مصفاة جديدة.", "2015-08-03T08:00:00")
    assert labelled_parties(evs) == [("AGREE", ["aramco", "total"])]
