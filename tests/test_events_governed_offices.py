"""A title with ب glued before it right after a name («اتصل X بالرئيس الإيراني») is the verb's
object, another person's office, not X's in apposition: the office stays unnamed and stands for
the one introduced with it before."""

from __future__ import annotations

from tests.test_events_units import run


def test_a_governed_title_after_a_name_is_the_other_party() -> None:
    evs = run("وأشاد الرئيس الإيراني [حسن روحاني](PER:rouhani) بالاتفاق النووي أمس. "
              "بينما اتصل رئيس الوزراء البريطاني [ديفيد كاميرون](PER:cameron) بالرئيس الإيراني "
              "الأسبوع الماضي وبحث معه العلاقات.")
    calls = [set(e.attrs.participants) for e in evs if e.label == "CALL"]
    assert {"cameron", "rouhani"} in calls
