"""A place glued after a person's name is not his last name (issue 15, events-dev): the tagger read
«أوباما كينيا» as one person, and every «كينيا» of the article became Obama, so the visit to Kenya
lost its place. A place word is a last name only for a person named so twice or more
(«برناردينو ليون» ... «برناردينو ليون» ... «ليون دبلوماسي إسباني»)."""

from __future__ import annotations

from marsad.events.context import _place_words, build_context
from tests.test_events_units import marked


def _labels(text: str) -> list[tuple[str, str]]:
    art = marked(text)
    return [(m.slice(art.text), m.label) for m in build_context(art).mentions]


def test_a_place_glued_once_after_a_name_stays_a_place() -> None:
    got = _labels("زار [أوباما كينيا](PER:e1) مسقط رأس والده. ووصل الرئيس إلى [كينيا](LOC:kenya) أمس.")
    assert ("كينيا", "LOC") in got


def test_a_place_word_is_the_last_name_of_a_person_named_so_twice() -> None:
    got = _labels("رحب [برناردينو ليون](PER:leon) بالاتفاق. وقال [برناردينو ليون](PER:leon) إن "
                  "[ليون](LOC:lyon) دبلوماسي إسباني.")
    assert got[-1] == ("ليون", "PER")


def test_the_last_word_of_a_longer_location_is_a_place_word() -> None:
    got = _labels("نفى وجود مخطط لإخراج [دروز ادلب](PER:e2) من [محافظة ادلب](LOC:idlib). "
                  "وقصفت الطائرات [ادلب](LOC:idlib).")
    assert got[-1] == ("ادلب", "LOC")


def test_a_last_name_that_is_no_place_is_still_read_as_the_person() -> None:
    got = _labels("وقال [نيكولاي باتروشيف](PER:np) إن الوفد وصل. وأضاف [باتروشيف](LOC:e3) أن المحادثات بدأت.")
    assert got[-1] == ("باتروشيف", "PER")


def test_the_place_words_are_one_word_locations_of_gazetteer_and_catalogue() -> None:
    words = _place_words()
    assert {"كينيا", "اليونان", "ادلب", "ليون"} <= words
    assert "باتروشيف" not in words and all(" " not in w for w in words)
