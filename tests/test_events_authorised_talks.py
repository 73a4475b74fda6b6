"""An authorisation to negotiate and sign is not yet an event held (round 36 fresh-text reading; the
guide, events-dev-fresh6): «وافق مجلس الوزراء على تفويض وزير الخارجية ... بالتباحث ... والتوقيع
عليه» tells talks and a signing still to come (`event_cues.tsv` planned rows «تفويض», «على تفويض»),
while a signing made on someone's authority («بتفويض من») is made."""

from __future__ import annotations

from tests.test_events_units import run

_CABINET = ("ثانيًا: وافق مجلس الوزراء على تفويض وزير الخارجية - أو من ينيبه - بالتباحث مع جانب "
            "[ماليزيا](LOC:malaysia) حول مشروع مذكرة تفاهم في شأن المشاورات السياسية بين "
            "[وزارة الخارجية](ORG:mofa) في المملكة ووزارة الخارجية في [ماليزيا](LOC:malaysia)، "
            "والتوقيع عليه.")


def test_an_agreement_a_minister_is_authorised_to_sign_is_still_to_come() -> None:
    agree = [e for e in run(_CABINET, published="2015-08-04") if e.label == "AGREE"]
    assert agree and all(e.attrs.status == "planned" for e in agree)
    assert all(e.attrs.date is None for e in agree)  # not the day of the cabinet's session


def test_a_cabinet_decision_with_the_bare_noun() -> None:
    # «قرر ... تفويض», the noun bare: the agreement's noun stands many words after it
    src = ("ثالثًا: قرر مجلس الوزراء تفويض وزير الخارجية - أو من ينيبه - بالتباحث مع جانب "
           "[تشيلي](LOC:chile) حول مشروع مذكرة تفاهم في شأن المشاورات السياسية بين "
           "[وزارة الخارجية](ORG:mofa) في المملكة ووزارة الخارجية في [تشيلي](LOC:chile)، والتوقيع عليه.")
    agree = [e for e in run(src, published="2015-08-04") if e.label == "AGREE"]
    assert agree and all(e.attrs.status == "planned" for e in agree)


def test_a_signing_made_on_someones_authority_is_made() -> None:
    src = ("ووقع وزير الخارجية [عادل الجبير](PER:jubeir) بتفويض من خادم الحرمين الشريفين مذكرة تفاهم "
           "مع [البيرو](LOC:peru) [أمس](DATE:2015-08-03).")
    agree = [e for e in run(src, published="2015-08-04") if e.label == "AGREE"]
    assert [(e.attrs.participants, e.attrs.status) for e in agree] == [(["jubeir", "peru"], "happened")]


def test_the_one_on_whose_authority_it_is_signed_is_no_party() -> None:
    # «بتفويض من X» (`event_cues.tsv` owner): X is the principal, named or by his title alone
    src = ("ووقعت وزيرة التجارة [هند سالم](PER:hind) بتفويض من الرئيس [كمال نور](PER:kamal) اتفاقية "
           "مع [اليابان](LOC:japan) [أمس](DATE:2015-08-03).")
    agree = [e for e in run(src, published="2015-08-04") if e.label == "AGREE"]
    assert [e.attrs.participants for e in agree] == [["hind", "japan"]]
