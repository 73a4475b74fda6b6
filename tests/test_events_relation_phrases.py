"""A name a relation phrase ties to a noun — its owner, sender or principal — is no party of the
event (issue 15, round 15 random-news sample: «شركة "أسواق" التابعة لمؤسسة دبي», «مستشارة
أوباما», «رسالة من الرئيس X»). The `event_cues` rows of kind owner, row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_OWNERS = [r for r in load_table("event_cues") if r["kind"] in ("owner", "affiliate")]


def _glued(form: str) -> str:
    """The phrase before a name: «التابعة» and «من» take the name's لـ/من as written."""
    return form + " ل" if form.endswith(("التابع", "التابعة", "التابعين", "التابعون", "التابعتين",
                                          "تابعة", "تابعين")) else form + " "


@pytest.mark.parametrize("row", _OWNERS, ids=lambda r: r["form"])
def test_each_owner_phrase_keeps_its_name_out_of_the_parties(row: dict[str, str]) -> None:
    evs = run(f"التقى [الوزير سعد](PER:saad) مع [علي حسن](PER:ali) {_glued(row['form'])}"
              "[خالد عمر](PER:khalid) في [الرياض](LOC:riyadh) أمس.")
    assert labelled_parties(evs) == [("MEET", ["saad", "ali"])]


@pytest.mark.parametrize("row", _OWNERS, ids=lambda r: r["form"])
def test_a_name_far_past_the_window_or_after_another_name_stays(row: dict[str, str]) -> None:
    far = " ".join(["الكبير"] * (int(row["value"] if "value" in row else row["window"]) + 1))
    evs = run(f"التقى [الوزير سعد](PER:saad) مع [علي حسن](PER:ali) {_glued(row['form'])}"
              f"[الرياض](LOC:riyadh) {far} [خالد عمر](PER:khalid) أمس.")
    assert "khalid" in evs[0].attrs.participants


def test_a_company_owned_by_a_fund_signs_and_the_fund_does_not() -> None:
    evs = run('وقعت شركة "[أسواق](ORG:aswaq)" التابعة لـ[مؤسسة دبي للاستثمار](ORG:icd)، مذكرة تفاهم '
              "مع شركة [يونيليفر](ORG:unilever) أمس.")
    assert labelled_parties(evs) == [("AGREE", ["aswaq", "unilever"])]


def test_an_adviser_and_her_principal() -> None:
    evs = run("زارت [شيرمان](PER:sherman) [إسرائيل](LOC:israel) مع [سوزان رايس](PER:rice)، "
              "مستشارة [أوباما](PER:obama) للأمن الوطني.")
    assert "obama" not in evs[0].attrs.participants and "rice" in evs[0].attrs.participants


def test_the_definite_title_is_the_holder_not_a_relation() -> None:
    evs = run("التقى [الرئيس هولاند](PER:hollande) المستشارة [ميركل](PER:merkel) في [باريس](LOC:paris) أمس.")
    assert labelled_parties(evs) == [("MEET", ["hollande", "merkel"])]


def test_the_sender_of_a_letter_is_no_party_of_the_meeting() -> None:
    evs = run("استقبل [الملك سلمان](PER:salman) [جون كيري](PER:kerry) الذي سلمه رسالة من الرئيس "
              "[باراك أوباما](PER:obama) أمس.")
    assert "obama" not in evs[0].attrs.participants


def test_a_phrase_written_with_its_tanwin() -> None:
    evs = run("التقى [الوزير سعد](PER:saad) مع [علي حسن](PER:ali) نيابةً عن [خالد عمر](PER:khalid) أمس.")
    assert labelled_parties(evs) == [("MEET", ["saad", "ali"])]


def test_the_society_whose_patients_are_visited_hosts_the_visit() -> None:
    evs = run("قام [مسؤولو الشركة](ORG:telecom) بزيارة لمرضى الفشل الكلوي التابعين "
              "لـ[جمعية كلانا](ORG:kellana) في [الرياض](LOC:riyadh) أمس.")
    assert "kellana" in evs[0].attrs.participants


def test_a_visitor_from_a_body_its_owner_is_no_party() -> None:
    evs = run("قام [برنامج الأغذية](ORG:wfp) التابع لـ[الأمم المتحدة](ORG:un) بزيارة إلى "
              "[بني سويف](LOC:bs) أمس.")
    assert "un" not in evs[0].attrs.participants


def test_unnamed_envoys_of_a_body_leave_the_body_a_party() -> None:
    evs = run("التقى [الوزير سعد](PER:saad) مع ممثلي [صندوق النقد الدولي](ORG:imf) في "
              "[أثينا](LOC:athens) أمس.")
    assert "imf" in evs[0].attrs.participants
