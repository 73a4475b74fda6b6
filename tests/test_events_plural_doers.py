"""A verb in the third person plural inside a quotation is done by a group the speaker speaks
of, never by the speaker alone (issue 15, random real text): «وأوضح [المحافظ] أن أعضاء الحكومة
... زاروا عددا من المواقع» — the governor is no visitor; he would say «زرنا»."""

from __future__ import annotations

from tests.test_events_units import run


def test_a_plural_verb_in_a_quotation_is_not_the_speakers() -> None:
    src = ("وأوضح [نايف البكري](PER:bakri) أن أعضاء الحكومة يقومون بعمل جبار حيث زاروا عددا من "
           "المواقع في [عدن](LOC:aden) أمس.")
    assert [e for e in run(src) if e.label == "VISIT"] == []


def test_a_singular_verb_in_a_quotation_is_the_speakers() -> None:
    src = ("وأوضح [نايف البكري](PER:bakri) أنه يقوم بعمل جبار حيث زار عددا من "
           "المواقع في [عدن](LOC:aden) أمس.")
    assert [(e.label, e.attrs.participants) for e in run(src)] == [("VISIT", ["bakri"])]
