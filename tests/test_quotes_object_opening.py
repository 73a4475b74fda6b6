"""A sentence that opens with a verb joined to the one before it and its object right after it
behind «بالـ» (issue 15, round 33): «وأشاد بالجهود التي يقدمها X وأضاف:» has no subject of its
own, so the verb joined to it later is the last speaker's, not the name inside the object; a
sentence that opens with its subject keeps it («وأشاد المدرب X بالجهود … وأضاف»). Round 42: so does
a sentence that opens with a participle of an attitude (quote_leads «مشيدا») and its object
(«مشيدا بالجهود التي يبذلها X واضاف:»)."""

from __future__ import annotations

from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def speakers(src: str) -> list[str | None]:
    art = marked(src)
    quotes.func(art)
    return [q.attrs.speaker for q in art.layer("quotes")]


_FIRST = 'وقال مدرب المنتخب [سامي الحربي](PER:sami): "نحن جاهزون للمباراة". '


def test_the_name_inside_the_object_is_not_the_speaker() -> None:
    got = speakers(_FIRST + 'وأشاد بالجهود الكبيرة التي يقدمها رئيس الوفد [فهد العنزي](PER:fahd) '
                            'وأضاف: "الإدارة لم تقصر معنا".')
    assert got == ["sami", "sami"]


def test_a_sentence_with_its_own_subject_keeps_it() -> None:
    got = speakers(_FIRST + 'وأشاد رئيس الوفد [فهد العنزي](PER:fahd) بالجهود الكبيرة للاعبين '
                            'وأضاف: "الفريق لم يقصر".')
    assert got == ["sami", "fahd"]


def test_a_participle_of_an_attitude_opening_the_sentence_has_no_subject_either() -> None:
    got = speakers(_FIRST + 'مشيدا بالجهود الكبيرة التي يبذلها رئيس البعثة [فهد العنزي](PER:fahd) '
                            'واضاف: "وقفته مع اللاعبين ظهرت نتائجها".')
    assert got == ["sami", "sami"]
