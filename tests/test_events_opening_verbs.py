"""Events (issue 15, round 34): a verb of an official's inspection or of checking on patients
(تفقد, اطمأن: `opening_verb` in event_senses.tsv) is a VISIT when it opens the body, the
report's lead, with an office right after it; elsewhere it is a step of a visit told already,
a crowd's doing or another sense."""

from __future__ import annotations

from marsad.events.triggers import find_triggers
from marsad.events.words import words_of
from tests.test_events_units import run


def _types(text: str, lead: bool = True) -> list[str]:
    return [t.row.type for t in find_triggers(words_of(text, 0, len(text)), lead=lead)]


def test_an_inspection_that_opens_the_report_is_a_visit() -> None:
    evs = run("تفقد وكيل وزارة النقل [سعد المطيري](PER:mutairi) [أمس](DATE:2015-08-02) عدداً من "
              "المشاريع في [محافظة الخرج](LOC:kharj).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["mutairi"])]
    assert evs[0].attrs.status == "happened"


def test_checking_on_patients_that_opens_the_report_is_a_visit() -> None:
    evs = run("اطمأن أمير المنطقة [فهد العتيبي](PER:otaibi) على صحة المصابين في حادث المرور.")
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["otaibi"])]
    assert _types("واطمأن صاحب السمو الأمير على المرضى.") == ["VISIT"]  # a conjunction is no word before it


def test_the_same_verbs_past_the_lead_are_no_trigger() -> None:
    evs = run("زار أمير المنطقة [فهد العتيبي](PER:otaibi) [محافظة الخرج](LOC:kharj). "
              "وتفقد الأمير [فهد العتيبي](PER:otaibi) وحدة الدفاع المدني.")
    assert [e.label for e in evs] == ["VISIT"] and evs[0].attrs.trigger == "زار"
    assert _types("وتفقد الوزير غرفة التحكم.", lead=False) == []  # a later sentence: a step of the visit
    assert _types("واطلع الوزير على سير العمل في المحطة، وتفقد غرفة التحكم.") == []
    assert _types("تفقد أكثر من ثلاثة آلاف زائر المتحف.") == []  # a crowd, no official
    assert _types("تفقد الرواية قيمتها حين تصير بلا هدف.") == []
