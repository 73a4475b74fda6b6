"""The words of «shortly after», «shortly before» and «following» (بعيد, قبيل, إثر: `event_cues`
kind background) make the event noun after them a past event recalled as a time mark, as بعد,
قبل and عقب do: «هاجم خامنئي بعيد توقيع الاتفاق الولايات المتحدة» reports no agreement of
Khamenei's and the United States'; a noun whose partner is named after it stays an event."""

from __future__ import annotations

import pytest

from tests.test_events_units import labelled_parties, run

_NEW = ("بعيد", "قبيل", "إثر", "اثر")


@pytest.mark.parametrize("cue", _NEW)
def test_an_agreement_recalled_after_a_word_of_time_is_no_event(cue: str) -> None:
    evs = run(f"وهاجم المرشد [علي خامنئي](PER:khamenei) {cue} توقيع الاتفاق "
              "[الولايات المتحدة](LOC:usa) في خطاب له.", "2015-07-27T08:00:00")
    assert evs == []  # no side named in its phrase (one named: test_events_deals_recalled_with_sides)


@pytest.mark.parametrize("cue", ("بعيد", "إثر", "اثر"))
def test_talks_whose_partner_is_named_after_a_word_of_time_are_an_event(cue: str) -> None:
    evs = run(f"وقال الرئيس الأميركي [باراك أوباما](PER:obama) {cue} محادثاته مع الرئيس الكيني "
              "[أوهورو كينياتا](PER:kenyatta) إن الأمن تحسن.", "2015-07-27T08:00:00")
    assert labelled_parties(evs) == [("MEET", ["obama", "kenyatta"])]
