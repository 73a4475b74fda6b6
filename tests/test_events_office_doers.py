"""A meeting its clause tells with its partners only («بهدف عقد اجتماع مع X») in a sentence whose
subject is named by an office before it («وتوجه المبعوث الخاص ... إلى القاهرة بهدف عقد اجتماع مع
X») is that office holder's: the first person of the sentence before (a spokeswoman who spoke of
him) is carried no more."""

from __future__ import annotations

from tests.test_events_units import run


def test_an_office_subject_before_the_meeting_keeps_the_sentence_before_out() -> None:
    evs = run("وأكد المبعوث الخاص [أحمد ولد الشيخ](PER:envoy) أمس أهمية الحل السياسي. "
              "وقالت المتحدثة الإعلامية [سارة منصور](PER:spoke) في بيان إن المحادثات كانت مثمرة. "
              "وتوجه المبعوث الخاص قبل ذلك إلى [القاهرة](LOC:cairo) بهدف عقد اجتماع مع الأمين العام "
              "للجامعة العربية [نبيل العربي](PER:araby).")
    meets = [set(e.attrs.participants) for e in evs if e.label == "MEET"]
    assert {"envoy", "araby"} in meets
    assert not any("spoke" in p for p in meets)
