"""«إمام» written with its hamza below is the office (the imam, ner_office_words), not the
preposition «أمام» (before) that normalises like it: «وقال إمام وخطيب المسجد X» names X
(issue 15, round 34). «أمام» and the unpointed «امام» after a verb stay the preposition."""

from __future__ import annotations

from tests.test_quotes_speakers_round21 import _described


def test_the_imam_before_a_name_is_his_office() -> None:
    got = _described("وقال إمام وخطيب [المسجد الكبير](LOC:mosque) الشيخ [صالح الراشد](PER:saleh): "
                     "“الاعتداء على المصلين جريمة لا يقرها دين”.")
    assert [q[0] for q in got] == ["saleh"]
    got = _described("وأكد إمام [جامع الملك فهد](LOC:mosque) الشيخ [صالح الراشد](PER:saleh) أن الأمن نعمة.")
    assert [q[0] for q in got] == ["saleh"]


def test_the_preposition_before_hearers_stays_one() -> None:
    got = _described("وقال [صالح الراشد](PER:saleh) أمام الصحفيين إن الأمن نعمة.")
    assert [q[0] for q in got] == ["saleh"]
    got = _described("وقال [صالح الراشد](PER:saleh) امام الطلاب إن العلم نور.")
    assert [q[0] for q in got] == ["saleh"]
