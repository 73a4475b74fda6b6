"""A place carried on to the next report of the same doer on the same day (issue 15, events place):
«التقى X … في الرياض. كما التقى X Y» met Y in Riyadh too; and a meeting told in the sentence of its
partner's visit («خلال مباحثاته مع Y التي تزور القاهرة») is held where the visit is."""

from __future__ import annotations

from tests.test_events_units import run


def _places(evs: list, label: str) -> dict[tuple[str, ...], str | None]:
    return {tuple(e.attrs.participants): e.attrs.place for e in evs if e.label == label}


def test_a_second_meeting_of_the_same_doer_that_day_takes_the_first_ones_place() -> None:
    evs = run("التقى [عادل الجبير](PER:jubeir) في [موسكو](LOC:moscow) [أمس](DATE:2015-08-10) "
              "[سيرغي لافروف](PER:lavrov). وأكد الوزير أهمية العلاقات الثنائية. "
              "كما التقى [عادل الجبير](PER:jubeir) وزير خارجية [كرواتيا](LOC:croatia) "
              "[فيسنا بوسيتش](PER:pusic).",
              published="2015-08-11")
    assert _places(evs, "MEET") == {("jubeir", "lavrov"): "moscow", ("jubeir", "pusic"): "moscow"}


def test_a_meeting_on_another_day_takes_no_place() -> None:
    evs = run("التقى [عادل الجبير](PER:jubeir) في [موسكو](LOC:moscow) [أمس](DATE:2015-08-10) "
              "[سيرغي لافروف](PER:lavrov). وكان [عادل الجبير](PER:jubeir) قد التقى "
              "[2015-07-02](DATE:2015-07-02) وزير خارجية [كرواتيا](LOC:croatia) [فيسنا بوسيتش](PER:pusic).",
              published="2015-08-11")
    assert _places(evs, "MEET")[("jubeir", "pusic")] is None


def test_a_meeting_of_other_parties_takes_no_place() -> None:
    evs = run("التقى [عادل الجبير](PER:jubeir) في [موسكو](LOC:moscow) [أمس](DATE:2015-08-10) "
              "[سيرغي لافروف](PER:lavrov). كما التقى [جون كيري](PER:kerry) "
              "وزير خارجية [كرواتيا](LOC:croatia) [فيسنا بوسيتش](PER:pusic).",
              published="2015-08-11")
    assert _places(evs, "MEET")[("kerry", "pusic")] is None


def test_a_call_takes_no_place() -> None:
    evs = run("التقى [عادل الجبير](PER:jubeir) في [موسكو](LOC:moscow) [أمس](DATE:2015-08-10) "
              "[سيرغي لافروف](PER:lavrov). وأجرى [عادل الجبير](PER:jubeir) [أمس](DATE:2015-08-10) "
              "اتصالا هاتفيا مع وزير خارجية [كرواتيا](LOC:croatia) [فيسنا بوسيتش](PER:pusic).",
              published="2015-08-11")
    assert _places(evs, "CALL") == {("jubeir", "pusic"): None}


def test_a_meeting_in_the_sentence_of_its_partners_visit_is_held_there() -> None:
    evs = run("وأوضح [سامح شكري](PER:shoukry) خلال مباحثاته مع وزيرة خارجية [كرواتيا](LOC:croatia) "
              "[فيسنا بوسيتش](PER:pusic) التي تزور [القاهرة](LOC:cairo) لمتابعة جهود الإفراج عن الرهينة "
              "الذي خطف [قبل يومين](DATE:2015-08-07)، أن السلطات لن تدخر جهداً.",
              published="2015-08-09")
    assert _places(evs, "MEET") == {("shoukry", "pusic"): "cairo"}
