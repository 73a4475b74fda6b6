"""A verb that carries a speaker on («وأضاف») with its subject described by an office alone («المدرب
المخضرم») goes on with the last speaker when he was introduced with that office, not with another
holder named since (round 47, quotes-dev-fresh25: `SpeakerTracker.holder_again`)."""

from __future__ import annotations

from tests.test_quotes_units import speakers as _speakers

_LEAD = ("أكد [خالد العمري](PER:khalid) مدرب نادي الشباب أن فريقه جاهز. ولا يبدو اللاعب [فهد](PER:fahd) "
         "راضيا عن أسلوب المدرب [سامي الجابر](PER:sami). وقال [العمري](PER:khalid) في مؤتمر صحفي إن "
         "الإصابات كثيرة. ")


def test_the_office_again_is_the_last_speaker_who_holds_it() -> None:
    assert _speakers(_LEAD + "وأضاف المدرب المخضرم أن الفريق سيتعاقد مع مهاجم.") == ["khalid"] * 3


def test_a_holder_named_after_the_office_speaks_himself() -> None:
    got = _speakers(_LEAD + "وأضاف المدرب [سامي الجابر](PER:sami) أن الفريق سيتعاقد مع مهاجم.")
    assert got == ["khalid", "khalid", "sami"]


def test_a_last_speaker_without_that_office_is_not_carried_on() -> None:
    got = _speakers("وقال اللاعب [فهد](PER:fahd) إن الفريق جاهز. وكان المدرب [سامي الجابر](PER:sami) "
                    "قد غادر. وقال [فهد](PER:fahd) إن الإصابات كثيرة. وأضاف المدرب أن الفريق سيتعاقد "
                    "مع مهاجم.")
    assert got == ["fahd", "fahd", "sami"]
