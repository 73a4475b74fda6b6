"""A definite visit noun whose relative clause names a delegation by the head noun of the body it
comes from («الزيارة الميدانية التي قام بها وفد رفيع المستوى من المجموعة للمملكة») is told anew,
its visitor the body named before whose name begins with that noun
(`events.head_noun_bodies.delegation_by_noun`; the events-dev gold keys the body)."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run

_BEFORE = "وافقت [مجموعة العمل المالي](ORG:fatf) على منح [المملكة](LOC:sa) مقعد مراقب. "


def test_the_delegation_of_the_body_named_by_its_head_noun_visits() -> None:
    evs = run(_BEFORE + "وقالت المؤسسة إن القرار جاء عقب الاستماع إلى نتائج تقرير الزيارة الميدانية التي "
              "قام بها وفد رفيع المستوى من المجموعة ل[لمملكة](LOC:sa) برئاسة رئيس المجموعة.",
              published="2015-07-25")
    assert labelled_parties(evs) == [("VISIT", ["fatf"])]


def test_a_head_noun_no_body_named_before_begins_with_names_no_visitor() -> None:
    evs = run("وافقت [مؤسسة النقد](ORG:sama) على الطلب. وقال المتحدث إن القرار جاء عقب الزيارة "
              "الميدانية التي قام بها وفد رفيع المستوى من المجموعة ل[لمملكة](LOC:sa).",
              published="2015-07-25")
    assert labelled_parties(evs) == []
