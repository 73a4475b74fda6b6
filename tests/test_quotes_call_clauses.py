"""A call made with a clause (issue 15 round 33, quote_calls.called_clauses).

A verb of calling or asking (quote_calls.tsv) followed, past its subject and the one called, by a
bare أن (or بأن, or its own preposition and أن) and a verb in the subjunctive introduces the words
asked for: reported speech, like «قال إن». A participle's caller is its clause's subject. A call
with a noun object («دعا إلى الحوار»), a verb after ما or الذي (what prompted something), a phrase
or a comma between the verb and أن, and طلب من X أن (a request told in a story) stay out.
"""

from __future__ import annotations

from marsad.lang import load_table
from tests.test_quotes_units import run


def test_every_call_row_says_whether_it_is_a_verb_or_a_participle() -> None:
    rows = load_table("quote_calls")
    assert {r["kind"] for r in rows} == {"verb", "participle"}
    assert {r["form"] for r in rows if r["kind"] == "participle"} >= {"داعيا", "داعين", "مطالبا"}


def test_a_demand_with_a_clause_is_reported_speech() -> None:
    got = run("وطالب [سالم العبدالله](PER:salem) اللاعبين أن يلتزموا بتعليمات الجهاز الفني في المباراة.")
    assert got == [("indirect", "يلتزموا بتعليمات الجهاز الفني في المباراة", "salem")]
    got = run("ودعا [سالم العبدالله](PER:salem) البلدية إلى أن تعيد فتح الطريق الساحلي قبل الصيف.")
    assert got == [("indirect", "تعيد فتح الطريق الساحلي قبل الصيف", "salem")]


def test_an_unnamed_caller_keeps_no_speaker() -> None:
    got = run("وطالب الأهالي الجميع أن يحافظوا على نظافة الحدائق العامة في الحي.")
    assert got == [("indirect", "يحافظوا على نظافة الحدائق العامة في الحي", None)]


def test_a_prayer_after_a_participle_is_its_clauses_subjects() -> None:
    got = run("وعزى [سالم العبدالله](PER:salem) أسرة المعلم الراحل، داعيا المولى أن يتغمده بواسع رحمته.")
    assert got == [("indirect", "يتغمده بواسع رحمته", "salem")]


def test_no_clause_of_a_call_for_a_thing_nor_of_what_prompted_it() -> None:
    assert run("وهو الأمر الذي دعا البلدية إلى أن تعيد النظر في المخطط.") == []
    assert run("والحضور أمر يدعو للفخر وهي فكرة جميلة أن يشارك الأطفال في المهرجان.") == []
    assert run("ودعا [سالم العبدالله](PER:salem) إلى الحوار قبل أن تتفاقم الأزمة.") == []
    assert run("ودعا [سالم العبدالله](PER:salem) في كلمته الطويلة أن يتقدم الحضور.") == []


def test_a_request_told_in_a_story_is_left_out() -> None:
    assert run("ثم طلب الرجل من الخادم أن يعد له حماما ساخنا قبل النوم.") == []


def test_the_called_clause_ends_at_the_callers_next_deed() -> None:
    got = run("وهنأ [سالم العبدالله](PER:salem) المواطنين بالعيد، داعيا المولى أن يديم على البلاد "
              "نعمة الأمن، مقدما شكره لرجال الأمن، وأجرى اتصالا هاتفيا بالجنود.")
    assert [t for _, t, _ in got] == ["يديم على البلاد نعمة الأمن"]


def test_the_called_clause_goes_on_over_another_an_or_a_joined_subjunctive() -> None:
    got = run("وطالب الأهالي الجميع أن يحافظوا على الحدائق، وأن يبلغوا عن المخالفات، ويتعاونوا مع البلدية، "
              "فاستجابت البلدية لطلبهم.")
    assert [t for _, t, _ in got] == ["يحافظوا على الحدائق، وأن يبلغوا عن المخالفات، ويتعاونوا مع البلدية"]



def test_a_participle_of_calling_before_the_an_governs_its_clause() -> None:
    # the أن clause is what «مطالبا» asks for, not the words of «ووصفه» (no verb of speech whose
    # subject is «كل من لديه عقل»): no unnamed speaker breaks the chain, «وتابع» goes on with him
    got = run("وتطرق [سالم العبدالله](PER:salem) للهجوم على المسجد ووصفه بالإرهابي الجبان مطالبا كل من "
              "لديه عقل، أن يدين هذا العمل. وتابع أن مرتكبيه سيعاقبون.")
    assert [t for _, t, _ in got] == ["يدين هذا العمل", "مرتكبيه سيعاقبون"]
    assert got[1][2] == "salem"


def test_a_described_deed_after_the_verb_is_no_subject() -> None:
    # «بالإرهابي الجبان» after «ووصفه» tells how the deed was described: no unnamed subject, so the
    # participles after it go on with the clause's subject
    got = run("وتطرق [سالم العبدالله](PER:salem) للهجوم على المسجد ووصفه بالإرهابي الجبان مطالبا كل من "
              "لديه عقل، أن يدين هذا العمل ويصفه بأنه عمل شنيع، مبينا أن مرتكبيه سيعاقبون.")
    assert [(t, s) for _, t, s in got] == [("يدين هذا العمل ويصفه بأنه عمل شنيع", "salem"),
                                         ("مرتكبيه سيعاقبون", "salem")]
