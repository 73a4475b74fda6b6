"""A date inside a direct quotation dates what the speaker says, not the event of the sentence
around it («وأضاف X قائلا خلال زيارة لموسكو: «ستستقر الأسعار في 2016»»: the visit is not in 2016,
nor still to come); a date of the quotation that holds the trigger still dates it
(`events.dating.own_date`)."""

from __future__ import annotations

from tests.test_events_units import run


def _visit(src: str) -> tuple[str | None, str | None]:
    ev = next(e for e in run(src, "2015-07-30") if e.label == "VISIT")
    return ev.attrs.date, ev.attrs.status


def test_a_date_in_the_quotation_after_the_trigger_dates_no_visit() -> None:
    src = ("وأضاف وزير النفط [سالم العلي](PER:salem) قائلا خلال زيارة إلى [موسكو](LOC:moscow) "
           "«ستستقر الأسعار في [2016](DATE:2016) ونتوقع تحسن السوق».")
    date, status = _visit(src)
    assert date != "2016" and status != "planned"


def test_a_date_in_the_quotation_that_holds_the_trigger_dates_it() -> None:
    src = ("وقال المتحدث: «إن الوزير [سالم العلي](PER:salem) سيزور [موسكو](LOC:moscow) في "
           "[سبتمبر](DATE:2015-09) للقاء المسؤولين».")
    assert _visit(src) == ("2015-09", "planned")
