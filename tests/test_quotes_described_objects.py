"""«وصف X بأنه» with one noun phrase before «بأن»: X is what is described, the verb's object, and
the verb names no subject of its own (issue 15, round 34): the one who spoke before goes on.
Two phrases («ووصف الوزير الاتفاق بأنه»), an object pronoun («ووصفه [الوزير] بأنه») or a body or
office heading the words («ووصفت [وزارة الخارجية] بأنه») keep the words as the subject. «وصف»
opens with its root's و (speaker_clauses root_waw): «لكن [روسيا] وصفت هذا الإجراء بأنه» has its
subject fronted, no verb joined to an earlier one."""

from __future__ import annotations

from tests.test_quotes_speakers_round21 import _described


def test_the_one_described_is_no_speaker() -> None:
    got = _described("وأكد الرئيس [سالم عمر](PER:salem) أن المصنع سيفتتح قريبا، مشيرا إلى أن العمال "
                     "أنجزوا العمل مبكرا، ووصف مشروع المصنع بأنه خطوة أولى نحو التنمية.")
    assert [q[0] for q in got] == ["salem", "salem", "salem"]
    got = _described("وقال المتحدث [جون سميث](PER:smith) إن الغارة قتلت القيادي [محسن العلي](PER:ali) قرب "
                     "الحدود. ووصف العلي بأنه أخطر قادة الجماعة.")
    assert [q[0] for q in got] == ["smith", "smith"]


def test_a_subject_before_the_object_or_a_body_still_speaks() -> None:
    got = _described("ووصف [سالم عمر](PER:salem) الاتفاق بأنه تاريخي.")
    assert [q[0] for q in got] == ["salem"]
    got = _described("ووصفته [وزارة الخارجية](ORG:mofa) بأنه اعتداء على السيادة.")
    assert [q[0] for q in got] == ["mofa"]
    got = _described("ووصفت [وزارة الخارجية](ORG:mofa) بأنه اعتداء على السيادة.")
    assert [q[0] for q in got] == ["mofa"]


def test_a_subject_fronted_before_wasafa_speaks() -> None:
    got = _described("ودعا [مجلس الأمن](ORG:unsc) إلى تشكيل محكمة، لكن [روسيا](LOC:russia) وصفت هذا "
                     "الإجراء بأنه سابق لأوانه.")
    assert [q[0] for q in got][-1] == "russia"  # the call before it is the council's (quote_call_nouns)
    got = _described("لكن رئيس الوزراء [سالم عمر](PER:salem) وصف الاتفاق بأنه خطأ تاريخي.")
    assert [q[0] for q in got] == ["salem"]
