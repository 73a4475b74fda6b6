"""A relay phrase between a verb of saying and its clause, after the verb's own subject
(«وأكدت الهيئة [وفقا لما نشره موقع «أرقام»] أنها …»), only says where the words were read: the
subject speaks, not the outlet named in the phrase, and the words describing the speaker end
before it. With no subject of the verb's own, the phrase is read as before."""

from __future__ import annotations

from tests.test_quotes_speakers_round19 import spoken


def test_a_body_before_a_relay_phrase_speaks_not_the_outlet() -> None:
    got = spoken("رفعت [هيئة تنظيم الكهرباء](ORG:ecra) التعرفة. "
                 "وأكدت الهيئة وفقا لما نشره موقع «[أرقام](ORG:argaam)» الإخباري أنها تهدف "
                 "لأن تعكس التعرفة التكاليف الحقيقية.")
    assert [s for s, _ in got] == ["ecra"]


def test_a_named_body_before_a_relay_phrase_speaks() -> None:
    got = spoken("وأكدت [هيئة تنظيم الكهرباء](ORG:ecra) بحسب ما ذكرته [وكالة الأنباء السعودية](ORG:spa) "
                 "أنها تهدف لأن تعكس التعرفة التكاليف الحقيقية.")
    assert [s for s, _ in got] == ["ecra"]


def test_the_words_describing_a_speaker_end_before_a_relay_phrase() -> None:
    got = spoken("وأكد الوزير وفقا لما نشرته [وكالة الأنباء السعودية](ORG:spa) أن المشروع سيكتمل قريبا.")
    assert got == [(None, "الوزير")]


def test_a_relay_phrase_right_after_the_verb_is_read_as_before() -> None:
    got = spoken("وقالت [مملكة البحرين](LOC:bahrain) إن التفجير إرهابي. "
                 "وشددت وفقا لما نقلته [وكالة الأنباء البحرينية](ORG:bna)، "
                 "على أن الجريمة لا تمت بصلة لأي دين.")
    assert [s for s, _ in got] == ["bahrain", "bahrain"]
