"""«وبين ما» far from the «بين» it pairs with is «and between what», no verb «وبيّن» (issue 15,
quotes, round 34): in «عبر X عن استغرابه من التناقض بين ما أشار إليه … في أكثر من مناسبة …، وبين ما
ورد في خطبة المرشد، مؤكدا أن …» the participle goes on X, the one who spoke, not a verb read in
«وبين». The verb with its «أن» stays a verb of saying."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_and_between_what_far_from_its_between_is_no_verb() -> None:
    got = run("وعبر [خالد](PER:khalid) عن استغرابه من التناقض بين ما أشار إليه الرئيس الإيراني في أكثر من "
              "مناسبة بشأن رغبة بلاده في فتح صفحة جديدة مع جيرانها العرب، وبين ما ورد في خطبة المرشد، "
              "مؤكدا أن هذا التصريح مرفوض.")
    assert got == [("indirect", "هذا التصريح مرفوض", "khalid")]


def test_the_verb_with_its_complementizer_stays_a_verb() -> None:
    got = run("وعقد اجتماع بين الوزيرين في مقر الوزارة بحضور عدد من المسؤولين والخبراء من البلدين. "
              "وبين [خالد](PER:khalid) أن الاجتماع ناقش التعاون.")
    assert got == [("indirect", "الاجتماع ناقش التعاون", "khalid")]
