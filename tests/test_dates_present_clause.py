"""Issue 16, round 14: a bare «اليوم» is the present (PRESENT_REF) when a cue of the present stands
a few words back in its clause (`dates/present_clause.py`, `present`, `persist` and `present_block`
cues of `lang/ar/date_cues.tsv`), not only right before it (round 12)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

DAY = date(2015, 8, 8)  # a Saturday


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, DAY)]


@pytest.mark.parametrize("text", [
    # timex-dev-5, line 25096: the cue two words back
    "مشيرًا إلى «حصول مجموعة من الأحداث التي لا تزال الدول العربية تعاني من تداعياتها اليوم».",
    "فإن العلاقة بينهم وبين النظام الإيراني بات ينظر إليها اليوم طائفيًا",
    "ولكنه صار أقرب مني اليوم من أي وقت مضى",
    "وبظروف خارجية كما هو الشأن اليوم مع تنامي تأثير المنظمات",
    "إلى أن استقرت فيما هو معروف اليوم بالمجر",
    "الذي ما زال قائماً حتى اليوم",  # «حتى اليوم» with «ما زال» further back: to this day
    "وغيرها من الحجج التي لم تزل تُتداول عبر المساجد والمنابر حتى اليوم.",
    "وما زلت حتى اليوم أكتشف الجديد",
])
def test_a_present_cue_back_in_the_clause_makes_today_the_present(text: str) -> None:
    assert found(text) == [("اليوم", "DATE", "PRESENT_REF")]


@pytest.mark.parametrize("text", [
    "وهو ما أعلنه اليوم وزير الخارجية",  # a relative between: another clause, today's news
    "وهي التي أعلنت اليوم نتائج القبول",
    "هو الأمر، وأعلنت الوزارة اليوم نتائج القبول",  # the cue in the clause before
    "يعيش الناس في المدينة حياة هادئة وأعلنت البلدية اليوم",  # too far back
    "تمر اليوم الذكرى الخمسون لتأسيس النادي",
    "افتتحت الوزارة المعرض حتى اليوم",  # «حتى اليوم» without «ما زال»
    "ما زال المعرض مفتوحا، وتختتم فعالياته حتى اليوم",
])
def test_today_of_the_news_stays_the_day(text: str) -> None:
    assert found(text) == [("اليوم", "DATE", "2015-08-08")]


def test_a_weekday_keeps_it_the_day() -> None:
    assert found("الدول العربية تعاني من تداعياتها اليوم السبت") == [("اليوم السبت", "DATE", "2015-08-08")]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "persist"],
                         ids=lambda r: r["word"])
def test_each_form_of_still_reaches_until_today(row: dict[str, str]) -> None:
    assert found(f"و{row['word']} الخلاف قائما بين الطرفين حتى اليوم") == [("اليوم", "DATE", "PRESENT_REF")]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "present_block"],
                         ids=lambda r: r["word"])
def test_each_blocking_word_opens_a_clause_of_its_own(row: dict[str, str]) -> None:
    assert found(f"وهو {row['word']} أعلنه اليوم") == [("اليوم", "DATE", "2015-08-08")]
    assert found(f"وهو المعروف {row['word']} اليوم") == [("اليوم", "DATE", "2015-08-08")]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "until"],
                         ids=lambda r: r["word"])
def test_each_form_of_until_lets_still_stand_further_back(row: dict[str, str]) -> None:
    text = f"الذي ما زال الخلاف قائما بين الطرفين {row['word']} اليوم"
    assert found(text) == [("اليوم", "DATE", "PRESENT_REF")]


def test_a_new_form_of_still_makes_since_a_length() -> None:
    """The persist forms also mark «منذ» + a count as a stretch lasting up to now (round 9's rule):
    «ما زلت هنا منذ 17 عاما» is 17 years (the first 3,000 records), not the year 1998."""
    assert found("وإذا كنت ما زلت هنا منذ 17 عاما فلأنني لا أقول شيئا") == [("17 عاما", "DURATION", "P17Y")]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "present_negated"],
                         ids=lambda r: r["word"])
def test_no_longer_before_today_makes_it_the_present(row: dict[str, str]) -> None:
    """«لم يعد» ("no longer", round 16b: dev timex-dev-2 line 626's «لم يعد السؤال المطروح اليوم»)
    up to three words back; the verb alone, or «لم يعد ... اليوم إلى» (did not return), keeps the day."""
    verb = row["word"]
    assert found(f"لم {verb} السؤال المطروح اليوم ما إذا كان") == [("اليوم", "DATE", "PRESENT_REF")]
    assert found(f"ولم {verb} خافياً اليوم أن الحشد قائم") == [("اليوم", "DATE", "PRESENT_REF")]
    assert found(f"وقال إنه {verb} اليوم برنامجا جديدا") == [("اليوم", "DATE", "2015-08-08")]
    assert found(f"لم {verb} الوفد اليوم إلى مقره") == [("اليوم", "DATE", "2015-08-08")]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "past_negation"],
                         ids=lambda r: r["word"])
def test_each_past_negation_before_no_longer_makes_today_the_present(row: dict[str, str]) -> None:
    for conj in ("", "و", "ف"):
        text = f"{conj}{row['word']} يعد السؤال المطروح اليوم ما إذا كان"
        assert found(text) == [("اليوم", "DATE", "PRESENT_REF")]
    assert found("قد يعد السؤال المطروح اليوم ما إذا كان") == [("اليوم", "DATE", "2015-08-08")]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "return_to"],
                         ids=lambda r: r["word"])
def test_each_return_to_word_after_today_keeps_the_day(row: dict[str, str]) -> None:
    glue = "" if row["word"] == "لل" else " "  # «لل» opens the word it is glued to (للمقر)
    assert found(f"لم يعد الوفد اليوم {row['word']}{glue}مقره") == [("اليوم", "DATE", "2015-08-08")]
    assert found("لم يعد الوفد اليوم في مقره") == [("اليوم", "DATE", "PRESENT_REF")]


@pytest.mark.parametrize("text", [
    # round 37: «حتى/إلى اليوم» after «منذ» in its clause, a negation, or at the head of its clause
    "وبقيت الدار على طرازها القديم منذ تأسيسها إلى اليوم، رغم كثرة العروض",
    "وهو سؤال يتكرر منذ اندلاع الأزمة قبل 3 سنوات وحتى اليوم في كل مجلس",
    "واختفى الصحفي في ظروف غامضة لم تعرف ملابساتها حتى اليوم.",
    "وحتى اليوم، يعد الجسر أطول جسور المنطقة",
    "وإلى اليوم تحتفظ العائلة بالرسائل القديمة",
    "وما زالت القضية معلقة إلى اليوم.",  # «إلى» lets «ما زال» stand further back, as «حتى»
    "وترك الشاعر بيتا ظل حتى اليوم يتردد على الألسنة",  # an `elapsed` cue: a state lasting
    "وكان ذلك أفضل موسم للنادي حتى اليوم",  # a superlative
])
def test_to_this_day_is_the_present(text: str) -> None:
    assert [(v, typ) for _, typ, v in found(text) if _ == "اليوم"] == [("PRESENT_REF", "DATE")]


@pytest.mark.parametrize("text", [
    "تتواصل الفعاليات منذ الأحد حتى اليوم في الواجهة البحرية",  # a day named after «منذ»: today's date
    "ويتقبل ذووه العزاء حتى اليوم في منزلهم بحي الروضة",
    "وقررت المحكمة تأجيل الجلسة حتى اليوم.",
])
def test_until_today_of_a_schedule_stays_the_day(text: str) -> None:
    assert ("اليوم", "DATE", "2015-08-08") in found(text)


@pytest.mark.parametrize("text", [
    "في الماضي، كان نقص الأمطار يعني خسارة القمح. واليوم توجد خسائر ضخمة لأسباب أخرى",
    "وفي السنوات الماضية أصبحت الشركة لاعبا إقليميا، واليوم بفضل الشراكة الجديدة تتوسع في آسيا",
])
def test_today_set_against_the_past_is_the_present(text: str) -> None:
    assert [v for w, _, v in found(text) if w == "اليوم"] == ["PRESENT_REF"]


def test_today_after_a_past_year_or_inside_its_clause_stays_the_day() -> None:
    text = "وزار الوزير المدينة عام 2012. واليوم يفتتح المستشفى الجديد فيها"
    assert [v for w, _, v in found(text) if w == "اليوم"] == ["2015-08-08"]
    text = "في الماضي كانت الرحلة تستغرق أياما، وقد أعلنت الشركة اليوم خطا جديدا"
    assert [v for w, _, v in found(text) if w == "اليوم"] == ["2015-08-08"]


@pytest.mark.parametrize("text", ["ثار الأجداد على المستعمر، وأنا اليوم خائف على تراثهم",
                                  "وقالت المغنية: «أنا اليوم بحاجة إلى تجارب أكثر»",
                                  "أنتم اليوم أمام مسؤولية كبيرة تجاه أبنائكم"])
def test_a_first_or_second_person_pronoun_makes_today_the_present(text: str) -> None:
    # round 38: the pronouns of the first and second persons beside «هو/هي/هم/نحن»
    assert found(text) == [("اليوم", "DATE", "PRESENT_REF")]


def test_a_pronoun_before_today_and_a_weekday_keeps_the_day() -> None:
    assert found("وقال الوزير: أنا اليوم السبت أعلن بدء المشروع") == [("اليوم السبت", "DATE", "2015-08-08")]


@pytest.mark.parametrize("text", ["كلا الفيلمين يبدو اليوم من خارج هذا العالم",
                                  "سوريا التي لا تبدو اليوم من أولويات البيت الأبيض",
                                  "وتتوفر اليوم وسائل عدة لعلاج المرض", "ولم يعد يتوفر اليوم إلا القليل"])
def test_a_verb_of_seeming_or_being_at_hand_makes_today_the_present(text: str) -> None:
    # round 38: «يبدو/تبدو», «يتوفر/تتوفر» beside the verbs of becoming and of living through a state
    assert found(text) == [("اليوم", "DATE", "PRESENT_REF")]
