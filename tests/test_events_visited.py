"""Where a visit goes when no preposition names it (`events.visited`): the body it calls on, the
country a visit noun governs past its visitor's name."""

from __future__ import annotations

from tests.test_events_units import run


def test_a_body_called_on_by_a_visit_noun_is_its_place() -> None:
    evs = run("قام وفد من شركة [بوينج](ORG:boeing) بزيارة [للخطوط الجوية العربية السعودية](ORG:saudia) "
              "التقى خلالها المدير العام [صالح الجاسر](PER:jasser).")
    visit = next(e for e in evs if e.label == "VISIT")
    assert visit.attrs.place == "saudia"


def test_a_body_a_visit_verb_takes_past_its_visitor_is_its_place() -> None:
    evs = run("زار وفد من [شركة بوينج](ORG:boeing) [اليوم](DATE:2015-08-06) "
              "[المؤسسة العامة للخطوط الجوية العربية السعودية](ORG:saudia).")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "saudia")]


def test_a_city_named_in_the_sentence_stays_the_place_of_a_visit_to_a_body() -> None:
    evs = run("زار السفير الأسترالي [رالف كينج](PER:king)، [الشركة السعودية للكهرباء](ORG:sec) "
              "ب[الرياض](LOC:riyadh).")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "riyadh")]


def test_the_country_after_the_visitors_name_and_a_comma_is_the_place() -> None:
    evs = run("ويتزامن ذلك مع زيارة الرئيس الفرنسي السابق وزعيم [حزب الجمهوريين](ORG:lr)، "
              "[نيكولا ساركوزي](PER:sarkozy)، [تونس](LOC:tunisia)، معلنا دعمه.")
    assert [(e.label, e.attrs.participants, e.attrs.place) for e in evs] == \
        [("VISIT", ["sarkozy"], "tunisia")]


def test_a_place_before_the_visitor_leaves_the_name_after_him_alone() -> None:
    evs = run("وتأتي زيارة سفير [كندا](LOC:canada) [جون بول](PER:paul)، [مصر](LOC:egypt) غدا.")
    assert all(e.attrs.place != "egypt" for e in evs)


def test_a_body_the_tagger_took_with_its_lam_is_the_place() -> None:
    evs = run("قام وفد من شركة [بوينج](ORG:boeing) بزيارة [للخطوط الجوية العربية السعودية](ORG:saudia).")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "saudia")]



def test_a_body_named_by_a_facility_noun_after_a_bare_visit_noun_is_the_site() -> None:
    evs = run("وعبر [الزياني](PER:zayani) عن سعادته بزيارة [مركز الملك سلمان للإغاثة](ORG:ksr) "
              "حيث التقى [الربيعة](PER:rabeeah).")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "ksr"), ("MEET", "ksr")]
