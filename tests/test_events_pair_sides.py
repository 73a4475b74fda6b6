"""«الطرفين», «بينهما» for the pair a sentence named after «بين» (issue 15, round 48): the agreement
of that sentence takes the pair as its parties."""

from __future__ import annotations

from tests.test_events_units import run

_DAY = "2015-07-21T08:00:00"


def _parties(src: str, label: str) -> list[list[str]]:
    """The sorted parties of each event of type `label` marsad finds in `src`."""
    return [sorted(e.attrs.participants) for e in run(src, _DAY) if e.label == label]


def _agreements(src: str) -> list[list[str]]:
    return _parties(src, "AGREE")


def test_an_agreement_signed_between_them_takes_the_pair_named_after_bain() -> None:
    src = ("وأوضح الدكتور [بندر آل فهيد](PER:bandar) أن الملتقى يأتي بالتعاون فيما بين "
           "[جامعة نايف العربية للعلوم الأمنية](ORG:nauss) و[المنظمة العربية للسياحة](ORG:ato) "
           "تفعيلاً لاتفاقية التعاون المشترك والتي تم توقيعها فيما بينهما بمدينة [مراكش](LOC:marrakesh).")
    assert _agreements(src) == [["ato", "nauss"]]


def test_the_two_sides_of_a_sentence_are_the_pair_named_after_bain() -> None:
    src = ("لقد استمرت القطيعة بين [أمريكا](LOC:us) وبين [إيران](LOC:iran) منذ عام 1979، وانتهت تلك "
           "القطيعة بتقريب وجهات النظر بين الطرفين، وتم توقيع اتفاق [فيينا](LOC:vienna) في يوليو 2015.")
    assert _agreements(src) == [["iran", "us"]]


def test_a_third_actor_in_the_list_makes_no_pair() -> None:
    src = ("لقد استمرت القطيعة بين [أمريكا](LOC:us) و[إيران](LOC:iran) و[كوبا](LOC:cuba) منذ عام 1979، "
           "وانتهت بتقريب وجهات النظر بين الأطراف، وتم توقيع اتفاق [فيينا](LOC:vienna) في يوليو 2015.")
    assert ["iran", "us"] not in _agreements(src)


def test_a_call_held_between_the_two_sides_is_the_last_two_persons_named_before_it() -> None:
    src = ("وأشارت المصادر إلى أن زيارة وزير الخارجية السعودي [عادل الجبير](PER:jubeir) تأتي في سياق "
           "التحضير للزيارة المرتقبة التي سوف يقوم بها الملك "
           "[سلمان بن عبدالعزيز](PER:salman) تلبية لدعوة الرئيس الروسي [فلاديمير بوتين](PER:putin)، التي كان "
           "وجهها خلال مكالمة هاتفية جرت بين الجانبين في أبريل الماضي.")
    assert _parties(src, "CALL") == [["putin", "salman"]]


def test_meetings_held_between_the_two_sides_are_the_pair_named_after_bain() -> None:
    src = ("وأوضح وزير الخارجية السعودي [عادل الجبير](PER:jubeir) أن الحديث بين "
           "[الولايات المتحدة](LOC:us) ودول "
           "[مجلس التعاون الخليجي](ORG:gcc) تضمن تعزيز العمل العسكري، مشيرا إلى أن هناك عدة اجتماعات عقدت "
           "بين الجانبين من أجل هذا الغرض.")
    assert _parties(src, "MEET") == [["gcc", "us"]]
