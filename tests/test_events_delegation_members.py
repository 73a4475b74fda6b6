"""After «ويضم الوفد (المرافق) لـ<office>» the names are the delegation's members: none holds
the office of the one it goes with (`events.coref.escorted_office`), so the office said again
later is not resolved to a member. Where no verb of comprising opens the phrase, the name right
after the office is its holder («وصل الوفد المرافق لولي العهد الأمير X»)."""

from __future__ import annotations

import pytest

from marsad.events.context import build_context
from marsad.events.coref import TitleIndex
from marsad.lang import load_table
from marsad.lang.normalize import normalize
from tests.test_events_units import labelled_parties, marked, run


def test_a_member_after_the_comma_does_not_take_the_office_of_the_one_escorted() -> None:
    evs = run("وصل [الأمير محمد بن سلمان](PER:mbs) ولي ولي العهد إلى [عمان](LOC:amman) "
              "[أمس](DATE:2015-08-04). ويضم الوفد المرافق لولي ولي العهد، الدكتور "
              "[سامي العبدالله](PER:sami) وزير الصحة. وعقد الملك [عبدالله الثاني](PER:abdullah) "
              "وولي ولي العهد اجتماعا في القصر.", "2015-08-05T08:00:00")
    assert all("sami" not in e.attrs.participants for e in evs)


def test_a_member_keeps_his_own_office_after_the_one_escorted() -> None:
    art = marked("ويضم الوفد الرسمي لسمو ولي ولي العهد وزير الصحة الدكتور [سامي العبدالله](PER:sami) "
                  "ووزير المالية [خالد الراشد](PER:khalid).", "2015-08-05T08:00:00")
    index = TitleIndex(build_context(art))
    offices = {ent: words for _, ent, words, _ in index.phrases}
    assert normalize("ولي") not in offices["sami"]
    assert normalize("وزير") in offices["sami"]


def test_the_name_right_after_the_office_escorted_is_its_holder_without_a_verb_of_comprising() -> None:
    evs = run("وصل الوفد المرافق لولي العهد [الأمير فهد بن سعد](PER:fahd) إلى [الرباط](LOC:rabat) "
              "[أمس](DATE:2015-08-04). وعقد ولي العهد اجتماعا مع رئيس الحكومة المغربية "
              "[عبدالإله بنكيران](PER:benkirane).", "2015-08-05T08:00:00")
    assert ("MEET", ["benkirane", "fahd"]) in labelled_parties(evs)


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "comprising_verb"],
                         ids=lambda r: r["form"])
def test_each_verb_of_comprising_makes_the_names_after_the_office_members(row: dict[str, str]) -> None:
    body = "البعثة" if row["form"].startswith(("ت", "وت")) or row["form"].endswith("ت") else "الوفد"
    art = marked(f"{row['form']} {body} المرافق لولي العهد، المهندس [فيصل الحربي](PER:faisal) "
                 "مدير الشركة.", "2015-08-05T08:00:00")
    index = TitleIndex(build_context(art))
    assert all(normalize("ولي") not in words for _, _, words, _ in index.phrases)


def test_an_office_before_a_comma_and_a_conjunction_closes_the_item_before() -> None:
    art = marked("ويضم الوفد الدكتور [سامي العبدالله](PER:sami) وزير الصحة، والدكتور "
                 "[خالد الراشد](PER:khalid) وزير المالية، و[فهد العمري](PER:fahd) المستشار في الديوان.",
                 "2015-08-05T08:00:00")
    index = TitleIndex(build_context(art))
    offices = {ent: words for _, ent, words, _ in index.phrases}
    assert "khalid" not in offices and "fahd" not in offices


def test_an_office_before_a_comma_without_a_conjunction_is_the_name_s_after_it() -> None:
    art = marked("وقال وزير الصحة، الدكتور [سامي العبدالله](PER:sami)، إن الوزارة مستعدة.",
                 "2015-08-05T08:00:00")
    index = TitleIndex(build_context(art))
    offices = {ent: words for _, ent, words, _ in index.phrases}
    assert normalize("وزير") in offices["sami"]


def test_an_office_before_a_comma_is_not_the_name_s_when_his_own_office_follows_him() -> None:
    art = marked("ووصل بمعية ولي ولي العهد، [فهد العيسى](PER:fahd) المستشار في الديوان الملكي. "
                 "وعقد الملك [عبدالله الثاني](PER:abdullah) وولي ولي العهد اجتماعا.", "2015-08-05T08:00:00")
    index = TitleIndex(build_context(art))
    assert all(ent != "fahd" for _, ent, _, _ in index.phrases)
    evs = run("ووصل بمعية ولي ولي العهد، [فهد العيسى](PER:fahd) المستشار في الديوان الملكي. "
              "وعقد الملك [عبدالله الثاني](PER:abdullah) وولي ولي العهد اجتماعا.", "2015-08-05T08:00:00")
    assert all("fahd" not in e.attrs.participants for e in evs)
