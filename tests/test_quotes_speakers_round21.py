"""Speakers of round 21 (issue 15), on invented sentences.

- A verb of saying with فيه or فيها right after it and no relative pronoun before it is a
  relative clause on the statement noun before it («في بيان أعلن فيه», «كلمة ألقاها X أكد
  فيها»): its speaker is the person named just before the verb, never the words after it; not
  after a word that opens a clause of its own («، حيث قال فيه»).
- «أما» and «لكن» front their clause's subject before the verb (joined by ف or not): the words
  between are the speaker; where the tagger found no name there, those words describe him
  (`speaker_text`, `speaker_at`).
- Representatives and testimonies («وقال ممثلون عن المجموعات إن», «أفادت شهادات أن») are
  unnamed groups (speaker_groups rows, tested row by row elsewhere).
"""

from __future__ import annotations

import pytest

from marsad.events.context import Sentence
from marsad.events.quote_words import asyndetic_resumptive
from marsad.events.speaker_fronting import fronted_subject
from marsad.events.words import words_of
from marsad.lang import load_table
from marsad.steps.quotes import quotes
from tests.test_events_units import marked
from tests.test_quotes_units import run


def _described(src: str) -> list[tuple[str | None, str | None, str | None]]:
    art = marked(src)
    quotes.func(art)
    return [(q.attrs.speaker, q.attrs.speaker_text,
             art.text[q.attrs.speaker_at[0]:q.attrs.speaker_at[1]] if q.attrs.speaker_at else None)
            for q in art.layer("quotes")]


def test_a_verb_in_a_relative_clause_on_a_statement_takes_the_one_who_gave_it() -> None:
    got = run("وقال [جيه جونسون](PER:johnson) وزير الأمن الداخلي في بيان أعلن فيه التغييرات "
              "“يتطلب مناخ التهديد الحالي أن نعرف المزيد عن المسافرين”.")
    assert [q[2] for q in got] == ["johnson"]


def test_a_speech_given_by_a_person_is_his() -> None:
    got = _described("وقال [جواد ظريف](PER:zarif) إن المفاوضات مستمرة. "
                     "واستدعت الوزارة القائم بالأعمال بالإنابة، وذلك على كلمة ألقاها مرشد الثورة الإيرانية "
                     "[علي خامنئي](PER:khamenei) أكد فيها وقوف بلاده مع الشعوب المظلومة.")
    assert [q[0] for q in got] == ["zarif", "khamenei"]
    assert all(q[1] != "فيها" for q in got)


def test_a_verb_after_haythu_keeps_the_sentence_subject() -> None:
    got = run("تناول الأمير [تركي الفيصل](PER:turki) في مقاله مآثر الراحل الأمير [سعود الفيصل](PER:saud) "
              "وزير الخارجية السابق، حيث قال فيه: «كنت خير من يمثل الملوك الخمسة».")
    assert [q[2] for q in got] == ["turki"]


def test_the_resumptive_after_a_relative_pronoun_is_not_asyndetic() -> None:
    assert asyndetic_resumptive(words_of("كلمة ألقاها أكد فيها وقوف"), 2, 1)
    assert not asyndetic_resumptive(words_of("في الوقت الذي أكد فيه مصدر أن"), 3, 1)
    assert not asyndetic_resumptive(words_of("وأكد في بيان أن"), 0, 1)
    assert not asyndetic_resumptive(words_of("مآثر الفقيد، حيث قال فيه"), 3, 1)


@pytest.mark.parametrize(("text", "verb", "span"), [
    ("أما مدرب بنما داريو جوميز فقال", 5, (1, 5)),
    ("وأما المدرب فأكد أن", 2, (1, 2)),
    ("أما كريم قال", 2, (1, 2)),
    ("لكن دريك قال إن", 2, (1, 2)),
    ("حيث الوزير قال", 2, None),  # حيث may hold a clause of its own before the verb
    ("أما الوزير وقال", 2, None),  # a verb joined by و goes on another clause
    ("أما فقال", 1, None),  # no words between
    ("أما الوزير، فقال", 2, None),  # a comma between: not one clause
    ("وقال الوزير إن", 0, None),
    ("أما الأخير فقد أعلن", 3, (1, 2)),  # «فقد» before the verb is no subject
    ("أما بالنسبة لدول الاتحاد فقد أشارت", 5, None),  # a topic: the subject is after the verb
    ("أما فيما يتعلق بالتكفير فيقول", 4, None),
    ("أما على المستوى الحكومي فيرى", 4, None),
])
def test_the_subject_a_fronting_word_puts_before_the_verb(text: str, verb: int,
                                                          span: tuple[int, int] | None) -> None:
    words = words_of(text)
    sent = Sentence(0, len(text), "body", words)
    assert fronted_subject(sent, verb, text) == span


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "fronted_topic"],
                         ids=lambda r: r["form"])
def test_every_fronted_topic_row_puts_the_subject_before_the_verb(row: dict[str, str]) -> None:
    text = f"{row['form']} الوزير قال إن"
    assert fronted_subject(Sentence(0, len(text), "body", words_of(text)), 2, text) == (1, 2)


def test_a_fronted_subject_is_the_speaker_not_the_one_before() -> None:
    got = run("وقال [لودفيج](PER:l) إن التحسينات ستحد من الهجمات في أكثر الهواتف، "
              "لكن [دريك](PER:d) قال إن المهاجم قد يظل يحاول حتى ينجح.")
    assert [q[2] for q in got] == ["l", "d"]


def test_a_fronted_group_is_nobody_named() -> None:
    got = run("قال [سعود](PER:saud) إن الصفقة جيدة. فالبعض يرى أن النادي لن يستفيد منه، "
              "أما البعض الآخر فيؤكد أنه صفقة ناجحة.")
    assert got[0][2] == "saud"
    assert got[-1][1:] == ("صفقة ناجحة", None)


def test_the_fronted_words_describe_the_speaker_not_the_words_after_the_verb() -> None:
    got = _described("قال [غابريال](PER:g) إن العلاقات جيدة. لكن الناطقة باسم الخارجية الإيرانية مرضية أفخم "
                     "أكدت مجددا على المواقف المختلفة للبلدين.")
    assert got[0][0] == "g"
    assert got[1] == (None, "الناطقة باسم الخارجية الإيرانية مرضية أفخم",
                      "الناطقة باسم الخارجية الإيرانية مرضية أفخم")


def test_a_fronted_name_the_tagger_missed_describes_the_speaker() -> None:
    got = _described("يرى [محمد الفقيه](PER:f) أن العيد فرصة. أما وحيد البراق فيقول : إنه "
                     "يقضي فترة العيد في زيارة الأقارب.")
    assert got[0][0] == "f"
    assert got[1] == (None, "وحيد البراق", "وحيد البراق")


def test_a_fronted_office_and_name_is_described_in_full() -> None:
    got = _described("قال [زيد الشمري](PER:z) إن العملية نجحت. أمّا مدير مرور المنطقة المكلف عقلا خلف "
                     "العنزي فقال: الحمد لله على ما تم من إنجاز أمني جديد.")
    assert got[0][0] == "z"
    assert got[1][:2] == (None, "مدير مرور المنطقة المكلف عقلا خلف العنزي")  # not z carried on


@pytest.mark.parametrize("group", ["ممثلون عن هذه المجموعات", "شهادات جمعتها المنظمة"])
def test_representatives_and_testimonies_are_nobody_named(group: str) -> None:
    got = run(f"وقال [إرنست مونيز](PER:moniz) إن الاتفاق جيد. وقال {group} إن الخطاب سيلقى بعد غد.")
    assert got[0][2] == "moniz"
    assert got[1][2] is None
