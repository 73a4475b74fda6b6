"""An office word's own first letter is no proclitic (issue 15): «وزير», «وكيل» keep their و, so
«وقال وزير الخارجية الفرنسي» is the office of «ووزير الخارجية الفرنسي X»; a conjunction or an
article written onto an office word is stripped only where the rest is the office (ووزير, الوزير,
لوزير -> وزير), and a qualifier loses the article with what carries it (والخارجية -> خارجيه)."""

from __future__ import annotations

import pytest

from marsad.events.context import build_context
from marsad.events.coref import TitleIndex
from marsad.events.office_phrases import bare_office_word, office_phrase
from marsad.events.words import words_of
from marsad.lang.normalize import normalize
from marsad.steps.quotes import quotes
from tests.test_events_units import marked


@pytest.mark.parametrize(("word", "bare"), [
    ("وزير", "وزير"), ("ووزير", "وزير"), ("الوزير", "وزير"), ("والوزير", "وزير"), ("لوزير", "وزير"),
    ("وكيل", "وكيل"), ("ووكيل", "وكيل"), ("وزارة", "وزارة"), ("ووزارة", "وزارة"),
    ("والخارجية", "خارجية"), ("الخارجية", "خارجية"), ("للشؤون", "شؤون"),
])
def test_an_office_word_keeps_its_own_first_letter(word: str, bare: str) -> None:
    assert bare_office_word(normalize(word)) == normalize(bare)


def test_the_office_said_without_a_conjunction_is_the_one_said_with_it() -> None:
    art = marked("ووزير الخارجية الفرنسي [لوران فابيوس](PER:fabius) في باريس. وقال وزير الخارجية "
                 "الفرنسي إن المحادثات مستمرة.")
    index = TitleIndex(build_context(art))
    ws = words_of(art.text)
    k = next(i for i, w in enumerate(ws) if w.norm == normalize("وزير"))
    phrase = office_phrase(ws, k, len(ws))
    assert normalize("وزير") in phrase
    assert index.resolve(phrase, ws[k].start) == "fabius"


def test_a_quote_by_a_bare_office_is_the_one_introduced_after_a_conjunction() -> None:
    art = marked("استقبل الرئيس [فلاديمير بوتين](PER:putin) أمس ووزير الخارجية الفرنسي "
                 "[لوران فابيوس](PER:fabius). وقال وزير الخارجية الفرنسي إن المحادثات مستمرة.")
    quotes.func(art)
    assert [q.attrs.speaker for q in art.layer("quotes")] == ["fabius"]


def test_an_office_before_a_colon_is_no_office_of_the_name_after_it() -> None:
    art = marked("التقت الوزيرة الدكتورة [ناهد عشري](PER:nahed) بالعمال. وحمل البيان عنوان «وزيرة القوى "
                 "العاملة: [جوزي](PER:husband) يحب الطعام». وقالت الوزيرة إنها تحرص على أسرتها.")
    quotes.func(art)
    assert [q.attrs.speaker for q in art.layer("quotes")][-1] == "nahed"
