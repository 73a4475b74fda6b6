"""An office in construct with a noun that heads a body's name («زعيم [جماعة] الأنصار») singles
out that body's one holder, as «وزيرة خارجية الاتحاد الأوروبي» does: the words describing him stand
in the text (`speaker_at`) and a participle after him goes on with them (round 47,
quotes-dev-fresh26: speaker_unnamed._office_of_named_body past a quote cue of kind name_noun)."""

from __future__ import annotations

from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def _spoken(src: str) -> list[tuple[str, str | None, str | None]]:
    art = marked(src)
    quotes.func(art)
    return [(art.text[q.start:q.end], q.attrs.speaker,
             art.text[q.attrs.speaker_at[0]:q.attrs.speaker_at[1]] if q.attrs.speaker_at else None)
            for q in art.layer("quotes")]


def test_the_leader_of_a_named_group_is_described_in_the_text() -> None:
    got = _spoken("قال زعيم جماعة [الأنصار](ORG:ansar) في رسالة إنه يرفض الهدنة، مضيفا أن الحرب مستمرة.")
    assert got == [("يرفض الهدنة", None, "زعيم جماعة الأنصار"),
                   ("الحرب مستمرة", None, "زعيم جماعة الأنصار")]


def test_an_official_in_a_group_stays_unnamed() -> None:
    got = _spoken("وقال مسؤول في جماعة [الأنصار](ORG:ansar) إن الحرب مستمرة.")
    assert got == [("الحرب مستمرة", None, None)]
