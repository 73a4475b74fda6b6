"""«استقباله X» (his receiving X) is a meeting of the possessor and X (issue 15, round 16):
«وأكد الشيخ عبدالله بن زايد ... خلال استقباله سامح شكري». «استقبال» is a trigger only with a
possessive pronoun (`possessed_only` in event_senses.tsv): bare it is a service or a ceremony
(«استقبال الطلبات», «حفل استقبال»); «وكان في استقباله X» is the welcome of a visitor on
arrival, told with the visit, no meeting of its own."""

from __future__ import annotations

import pytest

from tests.test_events_units import labelled_parties, run


def _meets(src: str) -> list[tuple[str, list[str]]]:
    return [p for p in labelled_parties(run(src)) if p[0] == "MEET"]


def test_his_receiving_a_named_guest_is_a_meeting() -> None:
    src = ("وجاء حديث الشيخ [عبدالله بن زايد](PER:abz) خلال استقباله [سامح شكري](PER:shoukry)، "
           "وزير الخارجية المصري.")
    assert _meets(src) == [("MEET", ["abz", "shoukry"])]
    src = "ورحب الأمير [فيصل بن خالد](PER:faisal) لدى استقباله [علي الغفيص](PER:ghofais) بالحضور."
    assert _meets(src) == [("MEET", ["faisal", "ghofais"])]


def test_the_owner_of_the_pronoun_is_the_subject_carried_from_the_sentence_before() -> None:
    # «جاء ذلك خلال استقباله X» names no one before the noun: the pronoun is the person the
    # sentence before told of; so with «لقائه بـX», its partner right after it
    for noun in ("استقباله ", "لقائه ب"):
        src = (f"أكد الأمير [فيصل بن خالد](PER:faisal) أهمية التدريب. جاء ذلك خلال {noun}"
               "[علي الغفيص](PER:ghofais) محافظ المؤسسة.")
        assert _meets(src) == [("MEET", ["faisal", "ghofais"])]


def test_a_welcome_on_arrival_is_no_meeting() -> None:
    src = ("ووصل الأمير [متعب بن عبدالله](PER:mutaib) إلى مطار [عرعر](LOC:arar) وكان في استقباله "
           "وكيل الإمارة [صالح المحيميد](PER:muhaimid).")
    assert _meets(src) == []


@pytest.mark.parametrize("title", ["سمو", "معالي", "فخامة"])
def test_a_welcome_naming_the_guest_by_his_courtesy_title_is_no_meeting(title: str) -> None:
    # «وكان في استقبال سمو ولي العهد لدى وصوله المطار الأمير X»: the guest's title, not a pronoun
    src = (f"ووصل الأمير [متعب بن عبدالله](PER:mutaib) إلى [عمان](LOC:amman). وكان في استقبال {title} "
           "[ولي ولي العهد](PER:mbs) لدى وصوله المطار الأمير [فيصل بن الحسين](PER:faisal).")
    assert _meets(src) == []


@pytest.mark.parametrize("verb", ["حيث استقبله", "واستقبله"])
def test_a_welcome_verb_after_a_visit_verb_hosts_the_visit(verb: str) -> None:
    src = (f"زار الشيخ [صلاح البدير](PER:budair) مقر قيادة قوة [جازان](LOC:jazan)، {verb} "
           "اللواء الركن [سعيد الغامدي](PER:ghamdi) قائد القوة.")
    evs = run(src)
    assert _meets(src) == []
    assert [(e.label, sorted(e.attrs.participants)) for e in evs] == [("VISIT", ["budair", "ghamdi"])]


def test_a_reception_verb_with_no_visit_before_it_is_a_meeting() -> None:
    src = "استقبله اللواء الركن [سعيد الغامدي](PER:ghamdi) مع [صلاح البدير](PER:budair) في مكتبه."
    assert [label for label, _ in _meets(src)] == ["MEET"]


def test_receiving_applications_is_no_meeting() -> None:
    src = "وأعلنت [جامعة الملك سعود](ORG:ksu) بدء استقبال طلبات القبول من [أحمد علي](PER:ali) وزملائه."
    assert _meets(src) == []


def test_receiving_ones_kin_with_no_guest_named_after_is_no_meeting() -> None:
    src = ("وفضل رئيس الوزراء [إبراهيم محلب](PER:mahlab) زيارات الأهل واستقبالهم، "
           "والدكتورة [ناهد العشري](PER:ashry) الاستجمام في المنزل.")
    assert _meets(src) == []
