"""Speakers the quote-speaker census of round 10 (issue 15) found on the dev strata, on invented
sentences: an office tied to its body by a preposition («نائب الرئيس ... في شركة X») or by
apposition after the name («X رئيس اتحاد Y») is held by the person named with that body, even
when the lead names the office first, and never by one named with another body; an office in
the dual construct («مدربا النصر X والهلال Y») is held by both."""

from __future__ import annotations

import pytest

from marsad.events.speaker_clauses import linked_body, office_link, speaker_clauses
from marsad.events.speaker_offices import dual_office
from marsad.events.words import words_of
from marsad.lang import load_table
from marsad.lang.normalize import normalize
from tests.test_quotes_units import run


def test_an_office_in_a_company_said_again_is_the_person_named_with_it() -> None:
    got = run('وقال نائب الرئيس الأول لقسم المنتجات في شركة "[فاير آي](ORG:fireeye)" '
              '[مانيش جوبتا](PER:gupta) إن الهجمات تتزايد. وأوضح نائب الرئيس الأول لقسم المنتجات في '
              'شركة "[فاير آي](ORG:fireeye)" '
              'أن الخدمة مكملة للمنصة.')
    assert [q[2] for q in got] == ["gupta", "gupta"]


def test_an_office_in_another_company_is_not_his() -> None:
    got = run('وقال نائب الرئيس في شركة [فاير آي](ORG:fireeye) [مانيش جوبتا](PER:gupta) إن الهجمات تتزايد. '
              'وأوضح نائب الرئيس في شركة [سيسكو](ORG:cisco) أن الخدمة مكملة للمنصة.')
    assert got[-1][2] != "gupta"


def test_an_office_named_in_the_lead_is_the_one_named_with_its_body_after_his_name() -> None:
    got = run("قال رئيس [اتحاد الكاريبي لكرة القدم](ORG:cfu) إن المرشح لم يحصل على التأييد. "
              "وأبلغ [جوردون ديريك](PER:derrick) رئيس [اتحاد الكاريبي لكرة القدم](ORG:cfu) الصحفيين بذلك. "
              "ويملك الاتحاد 25 صوتا في أعقاب اعتقال الرئيس [جيفري ويب](PER:webb) بتهم فساد.")
    assert got[0][2] == "derrick"


def test_a_name_inside_an_unquoted_complement_clause_stays_no_subject() -> None:
    got = run('وقال [سعد](PER:saad) إن الوضع هادئ. وعلمت "الوطن" أن [خالد](PER:khalid) الذي زار المدينة '
              "أمس غادرها، وأشار إلى أن الزيارة ناجحة.")
    assert [q[2] for q in got] == ["saad", "saad"]


def test_a_dual_office_is_held_by_both_persons_joined_after_it() -> None:
    got = run('اتفق مدربا [النصر](ORG:nassr) "الأرجوياني" [خورخي ديسلفا](PER:silva) و[الهلال](ORG:hilal) '
              '"اليوناني" [جورجيوس دونيس](PER:donis) على صعوبة المباراة. وقال [ديسلفا](PER:silva) إن '
              "المباراة صعبة. وأوضح مدرب [الهلال](ORG:hilal) أنه يقدر الظرف.")
    assert [q[2] for q in got] == ["silva", "donis"]


def test_a_singular_office_is_not_shared_with_the_next_person() -> None:
    got = run("التقى مدرب [النصر](ORG:nassr) [خورخي ديسلفا](PER:silva) و[الهلال](ORG:hilal) "
              "[سامي الجابر](PER:jaber) أمس. وقال [ديسلفا](PER:silva) إن المباراة صعبة. وأوضح مدرب "
              "[الهلال](ORG:hilal) أنه يقدر الظرف.")
    assert got[-1][2] != "jaber"


@pytest.mark.parametrize(("word", "dual"), [("مدربا", True), ("وزيرا", True), ("مدرب", False),
                                             ("الوزير", False), ("بيانا", False)])
def test_the_dual_construct_of_an_office(word: str, dual: bool) -> None:
    assert dual_office(normalize(word)) is dual


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "office_link"],
                         ids=lambda r: r["form"])
def test_every_office_link_row_ties_an_office_to_the_body_after_it(row: dict[str, str]) -> None:
    ws = words_of(f"المدير {row['form']} الشركة")
    assert speaker_clauses().at(ws, 1) is not None
    assert office_link(ws, 1)
    assert linked_body(ws, 1, len(ws)) == [2]
    assert not office_link(ws, 0) and linked_body(ws, 0, len(ws)) == []
