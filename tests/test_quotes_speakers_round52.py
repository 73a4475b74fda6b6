"""Speakers of round 52 (quotes-dev-fresh29, the stratum unseen until this round): an office
phrase with no name goes to the person whose office, given after his name, holds all its words
and adds no nationality to them («عادل الجبير وزير الخارجية» … «فرانك شتاينماير وزير الخارجية
الألماني» … «ورأى وزير الخارجية أن»: the one the article named bare, not the foreign one named
with his nisba since), and past another office of the same title named since («X وزير الخارجية»
… «Y وزير الداخلية» … «وقال وزير الخارجية»)."""

from __future__ import annotations

from tests.test_quotes_speakers_round19 import spoken


def test_a_bare_office_is_the_one_named_bare_not_the_foreign_one_named_since() -> None:
    got = spoken("أكد [عادل الجبير](PER:jubeir) وزير الخارجية أن المملكة حريصة على علاقاتها. "
                 "وقال [الجبير](PER:jubeir) في مؤتمر صحافي عقده مع [فرانك شتاينماير](PER:steinmeier) "
                 "وزير الخارجية الألماني في برلين أمس إنه يجب على إيران تغيير سياستها. "
                 "ورأى وزير الخارجية أن امتناع إيران عن دخول المفتشين يعني عزمها تصنيع أسلحة.")
    assert [s for s, _ in got] == ["jubeir", "jubeir", "jubeir"]


def test_a_foreign_office_still_goes_to_its_holder() -> None:
    got = spoken("أكد [عادل الجبير](PER:jubeir) وزير الخارجية أن المملكة حريصة على علاقاتها. "
                 "وقال [الجبير](PER:jubeir) في مؤتمر صحافي عقده مع [فرانك شتاينماير](PER:steinmeier) "
                 "وزير الخارجية الألماني في برلين أمس إنه يجب على إيران تغيير سياستها. "
                 "ورأى وزير الخارجية الألماني أن العقوبات ستعود.")
    assert [s for s, _ in got][-1] == "steinmeier"


def test_an_office_phrase_skips_another_office_of_its_title_named_since() -> None:
    got = spoken("وصرح [راشد بن عبدالله](PER:rashid) وزير الخارجية أن التدخلات مرفوضة. "
                 "وحضر اللقاء [خالد بن علي](PER:khalid) وزير الداخلية. "
                 "وقال وزير الخارجية إن المحادثات مثمرة.")
    assert [s for s, _ in got][-1] == "rashid"
