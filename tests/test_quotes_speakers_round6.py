"""Speakers on real news (issue 15, quotes, next round): a bare office (وزير الخارجية) stands for
the person the article named with that bare office, not a foreign one named since with his nisba
(وزير الخارجية الألماني); a player named again by his position (المدافع, اللاعب) is the last
person introduced with it, like المدرب."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_and_events_realtext import said


def test_a_bare_office_is_the_one_named_bare_not_the_foreign_one_named_since() -> None:
    got = said(
        "أكد وزير الخارجية [عادل الجبير](PER:jubeir) أن العلاقات متينة. "
        "والتقى وزير الخارجية الألماني [فرانك شتاينماير](PER:steinmeier) في برلين. "
        "ورأى وزير الخارجية أن الاتفاق لا يكفي."
    )
    assert got[-1] == ("indirect", "الاتفاق لا يكفي", "jubeir")
    # the foreign office named with its nisba is still his
    got = said(
        "أكد وزير الخارجية [عادل الجبير](PER:jubeir) أن العلاقات متينة. "
        "والتقى وزير الخارجية الألماني [فرانك شتاينماير](PER:steinmeier) في برلين. "
        "وقال وزير الخارجية الألماني إن الاتفاق لا يكفي."
    )
    assert got[-1] == ("indirect", "الاتفاق لا يكفي", "steinmeier")
    # two foreign offices and no bare one: the last named, as before
    got = said(
        "التقى وزير الخارجية الروسي [سيرغي لافروف](PER:lavrov) في موسكو. "
        "والتقى وزير الخارجية الألماني [فرانك شتاينماير](PER:steinmeier) في برلين. "
        "وقال وزير الخارجية إن الاتفاق لا يكفي."
    )
    assert got[-1] == ("indirect", "الاتفاق لا يكفي", "steinmeier")


_POSITIONS = [r for r in load_table("speaker_references")
              if r["kind"] == "title" and r["key"] in ("لاعب", "مدافع", "مهاجم", "حارس")]


@pytest.mark.parametrize("row", _POSITIONS, ids=lambda r: r["form"])
def test_a_player_named_again_by_his_position_speaks(row: dict[str, str]) -> None:
    form = row["form"]
    got = said(
        f"يرى [ريو فرديناند](PER:rio) {form} منتخب إنجلترا السابق أن الفريق يحتاج إلى مدافع. "
        f"وقال ال{form} الذي اعتزل في نهاية الموسم الماضي «لا أعتقد أن المدرب يعرف أفضل تشكيلة»."
    )
    assert got[-1] == ("direct", "لا أعتقد أن المدرب يعرف أفضل تشكيلة", "rio")


_TELLING = ("أبلغ", "أبلغت", "ألمح", "ألمحت")
_VERBS = [r for r in load_table("quote_cues") if r["form"] in _TELLING]


@pytest.mark.parametrize("row", _VERBS, ids=lambda r: r["form"])
def test_telling_and_hinting_are_verbs_of_saying(row: dict[str, str]) -> None:
    assert len(_VERBS) == len(_TELLING) and row["kind"] == "verb"
    got = said(f"و{row['form']} [جوردون ديريك](PER:derrick) رئيس الاتحاد رويترز أنه لم يحدث رسميا حتى الآن.")
    assert got == [("indirect", "لم يحدث رسميا حتى الآن", "derrick")]


_CLOSE = [r for r in load_table("quote_cues") if r["kind"] == "close_to"]


@pytest.mark.parametrize("row", _CLOSE, ids=lambda r: r["form"])
def test_sources_close_to_someone_are_not_he(row: dict[str, str]) -> None:
    got = said(f"وقالت مصادر {row['form']} من [ميشيل بلاتيني](PER:platini) إنه حصل على تأييد أربعة اتحادات.")
    assert got == [("indirect", "حصل على تأييد أربعة اتحادات", None)]
    # a named speaker described as close to someone is still the speaker
    got = said(f"وقال [محمد علي](PER:ali) ال{row['form']} من [الحكومة](ORG:gov) إن الاتفاق بات قريبا جدا.")
    assert got[0][2] == "ali"


def test_reports_nobody_names_speak_for_nobody() -> None:
    got = said("وقدم [تشيلسي](ORG:chelsea) عرضا لكن [إيفرتون](ORG:everton) رفض هذه العروض وذكرت تقارير "
               "إعلامية أن هناك أندية أخرى تتطلع لضمه.")
    assert got == [("indirect", "هناك أندية أخرى تتطلع لضمه", None)]  # not a body named before
