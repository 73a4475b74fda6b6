"""Dates read wrongly in fresh text and the dev dates batches (round 36), on invented sentences:

- a Hijri month named alone right after a given name, a title or a name particle is a person's name
  («الرئيس رمضان قاديروف», «الفنان محمد رمضان», «سلمان آل رمضان»), no date; «خلال رمضان» and
  «صيام رمضان» stay the month; so is one in a short title between quotation marks or brackets (برنامج
  «يا هلا رمضان», منصة "دليل رمضان", فعاليات (رمضان في دبي)), not one a quoted speaker frames
  («"نلتقي في رمضان"») nor one quoted alone («شهر «رمضان»»);
- «اليوم» opening its clause with a verb of becoming or of living through a state right after it
  («اليوم أصبح لدينا يقين», «واليوم يعيش الرجل بين أهله») is the present (PRESENT_REF), as «يعيش اليوم»
  (`present_after` cues); inside its clause («أعلنت الوزارة اليوم») it stays the day;
- a superlative with a preposition written onto it («بأعنف قصف منذ ستة أشهر», «لأعلى مستوى منذ عامين»)
  makes «منذ» + a count the length up to now, as the bare «أعنف قصف منذ» (timex-dev-20);
- «من قبل» before a closing quotation mark or bracket, or before a preposition (`pause_next` cues:
  «وحدث من قبل في موسم سابق»), is "before", PAST_REF (timex-dev-20's rule); before a noun it is the agent;
- a bare Hijri month or feast with a word of custom in its clause, seven words at most from it (`habit`
  cues: «عادة», «اعتاد», «دائما», «غالبا»), is the month of any year, a SET of no value, as near «كل عام»
  (docs/realtext-annotation.md, timex-dev-10);
- a part of the definite year («نهاية العام», «بداية السنة») with no demonstrative, last/next or fiscal word
  is of the year its sentence named in digits before it («بلغ الفائض في بداية السنة 2014م ...، فيما بلغ
  في نهاية العام ...» 2014), as «العام السابق» counts from it; not from a year after «منذ», nor across a
  verb of the present or future («... منذ عام 1981 وينتظر أن يكسر الأرقام مع نهاية السنة» is this year's);
- the dual of «السابق», «المنصرم», «الفائت» after a dual unit is a count of units back, as «الماضيين»
  («أرقام الشهرين السابقين» P2M, «الأسبوعين المنصرمين» P2W; timex-dev-20);
- a bare year right after «انتفاضة», «أحداث», «إكسبو» or «موديل» is that year whatever follows (`year_event`
  cues: «الفوز بإكسبو 2020 أدى», «موديل 2010 أسود»), and the Arabic semicolon is a pause after a bare year
  («أيام أحداث 2011؛»);
- «يوليه» is also the verb "gives it" («على ما يوليه من اهتمام»): a month only with a frame word or date
  context, as «مارس» (context `frame` in date_months.tsv).
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 25)
RAMADAN = "2015-06-18/2015-07-16"
Found = tuple[str, str, str | None]


def found(text: str, anchor: date = ANCHOR) -> list[Found]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize("before", ["فخامة الرئيس", "الفنان محمد", "والممثل أحمد", "الدكتور سعيد آل",
                                    "الشيخ عبدالله بن"])
def test_a_hijri_month_after_a_name_title_or_particle_is_a_person(before: str) -> None:
    assert found(f"واستقبل الوزير {before} رمضان في مكتبه بالرياض") == []


@pytest.mark.parametrize("row", [r for r in load_table("resolve_particles") if r["form"] != "ولد"],
                         ids=lambda r: r["form"])
def test_every_name_particle_makes_the_month_a_name(row: dict[str, str]) -> None:
    assert found(f"وقال خالد {row['form']} رمضان للصحفيين إن الفريق جاهز") == []


@pytest.mark.parametrize("text", ["وزار المعرض خلال رمضان آلاف الزوار", "وبعد إتمام صيام رمضان عاد الموظفون",
                                  "وقال الرئيس إن شهر رمضان شهد إقبالا", "ولد في رمضان فرح به أهله"])
def test_the_month_after_other_words_stays_the_month(text: str) -> None:
    assert [f for f in found(text) if "رمضان" in f[0]] == [(
        "شهر رمضان" if "شهر" in text else "رمضان", "DATE", RAMADAN)]


def test_a_person_named_with_a_year_after_is_still_read_as_the_month() -> None:
    assert found("وقال محمد رمضان 1436 كان حافلا") == [("رمضان 1436", "DATE", RAMADAN)]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "present_after"],
                         ids=lambda r: r["word"])
def test_today_opening_its_clause_before_a_verb_of_the_present_is_nowadays(row: dict[str, str]) -> None:
    now = [("اليوم", "DATE", "PRESENT_REF")]
    assert found(f"كانت القرية فقيرة. اليوم {row['word']} أهلها في رخاء") == now
    assert found(f"كانت القرية فقيرة، واليوم {row['word']} أهلها في رخاء") == now


def test_today_inside_its_clause_or_before_another_word_stays_the_day() -> None:
    assert found("وأكد الوزير اليوم أصبح القرار نافذا") == [("اليوم", "DATE", "2015-07-25")]
    assert found("اليوم تمر ذكرى الحرب على المدينة") == [("اليوم", "DATE", "2015-07-25")]
    assert found("اليوم أعلنت الوزارة نتائج الاختبارات") == [("اليوم", "DATE", "2015-07-25")]


@pytest.mark.parametrize("text", ["واتهمت الحكومة المتمردين بشن هجوم بأعنف قصف منذ ستة أشهر",
                                  "وارتفع سعر الخام لأعلى مستوى منذ ستة أشهر",
                                  "وجاء التراجع كأكبر خسارة منذ ستة أشهر"])
def test_a_superlative_after_a_preposition_makes_since_a_length(text: str) -> None:
    assert found(text) == [("ستة أشهر", "DURATION", "P6M")]


def test_a_preposition_before_another_word_leaves_since_a_date() -> None:
    assert found("وصل الوفد إلى الرياض بطائرة خاصة منذ ستة أشهر") == [("منذ ستة أشهر", "DATE", "2015-01")]


def test_before_ending_a_quotation_is_a_past_reference() -> None:
    assert found("وقال المهندس: «هذا مجال لم يدخله أحد من قبل».") == [("من قبل", "DATE", "PAST_REF")]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "pause_next"],
                         ids=lambda r: r["word"])
def test_before_followed_by_a_preposition_is_a_past_reference(row: dict[str, str]) -> None:
    assert found(f"وقد حدث ذلك من قبل {row['word']} الملعب نفسه") == [("من قبل", "DATE", "PAST_REF")]


def test_by_before_its_agent_is_no_time() -> None:
    assert found("وتم القبض على المتهم من قبل الشرطة") == []
    assert found("وتم اعتماد القرار من قبل وزارة الصحة") == []


@pytest.mark.parametrize("text", ["وشكر الأمير على ما يوليه من اهتمام بالقطاع",
                                  "والدعم الذي يوليه الوزير لقطاع الاتصالات"])
def test_the_verb_gives_it_is_no_july(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "value"), [("وصل الوفد في يوليه إلى القاهرة", "2015-07"),
                                             ("تخرج في يوليه الماضي", "2014-07"),
                                             ("قامت الثورة في 23 يوليه 1952", "1952-07-23")])
def test_july_written_so_with_a_frame_or_date_context_is_the_month(text: str, value: str) -> None:
    assert [v for _, _, v in found(text)] == [value]


@pytest.mark.parametrize("text", ["وحاوره المذيع ضمن برنامج «يا هلا رمضان» على القناة",
                                  "وأطلقت الشركة منصة \"دليل رمضان\" لمستخدميها",
                                  "وطورت الهيئة فعاليات (رمضان في جدة) للزوار"])
def test_a_hijri_month_in_a_short_title_is_no_date(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", ["وقال الوزير: \"نلتقي في رمضان\" ثم غادر",
                                  "ويقول الكاتب إنه في شهر «رمضان» تزداد الزيارات",
                                  "وقال المتحدث «سنعود بعد رمضان إلى العمل الميداني في كل المدن»"])
def test_a_hijri_month_a_speaker_frames_or_quoted_alone_stays_the_month(text: str) -> None:
    assert [v for _, _, v in found(text)] == [RAMADAN]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "habit"],
                         ids=lambda r: r["word"])
def test_a_hijri_month_near_a_word_of_custom_is_a_habit(row: dict[str, str]) -> None:
    assert found(f"وقال إن الأسر {row['word']} تزور الأقارب في شهر رمضان") == [("شهر رمضان", "SET", None)]
    assert found(f"وخلال إجازة عيد الفطر {row['word']} تزور الأسر الأقارب") == [("عيد الفطر", "SET", None)]


def test_a_word_of_custom_beyond_reach_or_in_another_clause_leaves_the_month() -> None:
    far = "واعتادت الأسر أن تزور في كل مساء الأقارب والجيران والأصدقاء في الحي خلال شهر رمضان"
    assert found(far)[-1] == ("شهر رمضان", "DATE", RAMADAN)
    assert found("وهذه عادة قديمة، وقد زار الوفد المدينة في شهر رمضان") == [("شهر رمضان", "DATE", RAMADAN)]
    assert found("وتحرص الحكومة على استغلال إجازة عيد الفطر") == [("عيد الفطر", "DATE", "2015-07-17")]


@pytest.mark.parametrize(("text", "value"), [
    ("بلغ الفائض في بداية السنة 2014م مئة مليون ريال، فيما بلغ في نهاية العام مئتي مليون ريال", "2014"),
    ("بدأ التدخل في مالي مطلع عام 2013 ثم التدخل في أفريقيا الوسطى نهاية العام نفسه", "2013")])
def test_a_part_of_the_year_is_of_the_year_its_sentence_named(text: str, value: str) -> None:
    assert found(text)[-1] == ("نهاية العام", "DATE", value)


@pytest.mark.parametrize("text", [
    "وهذا هو الرقم الأفضل منذ عام 1981 والمنتظر أن تتجاوزه الصالات مع نهاية العام",
    "باعت الشركة مئة سيارة في عام 2014 ويتوقع أن تبيع مئتين بنهاية العام",
    "وارتفع المؤشر أمس ويتوقع المحللون أن يرتفع بنهاية العام",
    "سجلت الشركة أرباحا في 2014 حتى نهاية العام المالي"])
def test_a_part_of_the_year_otherwise_stays_this_year(text: str) -> None:
    assert found(text)[-1] == ("نهاية العام", "DATE", "2015")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("بعد أن جرى تعديل أرقام الشهرين السابقين بالزيادة", "الشهرين السابقين", "P2M"),
    ("على مدار الأسبوعين المنصرمين ارتفعت الأسعار", "الأسبوعين المنصرمين", "P2W"),
    ("خلال السنتين الفائتتين تضاعف الإنتاج", "السنتين الفائتتين", "P2Y"),
    ("وتوقف البث في الساعتين السابقتين", "الساعتين السابقتين", "PT2H")])
def test_a_dual_unit_with_a_dual_of_the_past_is_a_length(text: str, span: str, value: str) -> None:
    assert found(text) == [(span, "DURATION", value)]


def test_a_dual_of_the_past_after_no_unit_is_no_time() -> None:
    assert found("والتقى الرئيسين السابقين في القاهرة") == []


@pytest.mark.parametrize(("text", "year"), [("وقال إن الفوز بإكسبو 2020 أدى إلى ارتفاع الأسعار", "2020"),
                                            ("وكان يقود سيارة موديل 2010 أسود اللون", "2010"),
                                            ("وتشهد البلاد منذ انتفاضة 2011 اتساعا للاحتجاجات", "2011"),
                                            ("وفر من السجن أيام أحداث 2011؛ حيث كان محكوما", "2011"),
                                            ("وشارك اللاعب في بطولة آسيا 2011؛ ثم اعتزل", "2011")])
def test_a_year_named_by_its_event_or_model_is_that_year(text: str, year: str) -> None:
    assert [v for _, _, v in found(text)] == [year]


def test_an_amount_before_the_arabic_semicolon_after_no_event_word_is_no_year() -> None:
    assert found("وباعت الشركة 2000 سيارة؛ ثم توقفت") == []
