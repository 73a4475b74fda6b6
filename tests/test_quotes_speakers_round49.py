"""Speakers of round 49 (quotation speakers), on invented sentences.

- A masculine verb (here one of belief, «اعتبر») and the masculine participle of saying after it
  («…، مضيفا أن»), with a word written with a final ta marbuta right after the verb («واعتبر
  [الإصابة] … أمرا ليس مفاجئا»): that word is the verb's object or its words, not its subject (a
  singular feminine subject after its verb takes «اعتبرت»), so the participle goes on with the
  speaker named before, not with an unnamed subject. A plural participle, a body of
  speaker_references («الشركة») or a name right after the verb are read as before.
- A number written as a word opening the subject («قال اثنان من مسؤولي حكومة [هادي]») is some
  unnamed members of a group, as «بعض» is (speaker_clauses kind partitive): nobody its words name.
- An official's office opening the subject in construct with his title or name («وقال مكتب رئيس
  الوزراء حيدر العبادي في بيان إن», speaker_clauses kind holder_office) is that office, a body the
  words describe (no entity, `speaker_at` over «مكتب …»), not the holder (the guide's ruling).
- A participle of saying in a clause of its own, set off by a comma after the verb of saying before
  it, whose verb names a person right after it (past a preposition with a pronoun, speaker_clauses
  kind object_pronoun: «عليه», «له», or a time): that person says it, not the speaker of the verb
  before the comma («وقال [الحمود]: …، ليرد عليه [المالكي] قائلاً بأن»). A body after that verb,
  or no comma, is read as before.
- A word of kinship the tagger took into a person's name («وقال [والد هووت] الشاب») opens the
  subject as it does outside a name: an unnamed relative (the guide: «والد X» is null).
- «منهم من», «منهن من» right before a verb of saying («فمنهم من قال إن»: speaker_clauses kind
  partitive_relative): some of a group, unnamed, not the one who spoke before.
"""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.steps.quotes import quotes
from tests.test_events_units import marked
from tests.test_quotes_units import run

_BEFORE = "أكد القنصل [عبدالله الحمراني](PER:hamrani) مغادرة جميع المصابين للمستشفى. "


def test_a_feminine_word_after_a_masculine_verb_is_its_object_and_the_speaker_goes_on() -> None:
    got = run(_BEFORE + "واعتبر الإصابة بالتسمم خلال الصيف أمرا ليس مفاجئا، مضيفا أنها ترتفع "
              "بسبب ارتفاع درجات الحرارة.")
    assert got[-1] == ("indirect", "ترتفع بسبب ارتفاع درجات الحرارة", "hamrani")


def test_a_masculine_word_after_the_verb_is_still_an_unnamed_subject() -> None:
    got = run(_BEFORE + "واعتبر المسؤول الأمر ليس مفاجئا، مضيفا أنها ترتفع بسبب ارتفاع درجات الحرارة.")
    assert got[-1][2] is None


def test_a_body_or_a_plural_participle_is_read_as_before() -> None:
    got = run(_BEFORE + "وأكد الشركة أن الإمداد مستمر، مضيفا أن الأسعار ثابتة.")
    assert got[-1][2] is None
    got = run(_BEFORE + "واعتبر القادة الأمر ليس مفاجئا، مضيفين أن الأسعار ثابتة.")
    assert got[-1][2] is None


def test_a_number_word_opens_unnamed_members_of_a_group() -> None:
    got = run("قال اثنان من مسؤولي حكومة [هادي](PER:hadi) لرويترز إنها ستطالب بترسو السفن في عدن. "
              "وأكد ثلاثة أطفال في تقرير [هيومن رايتس ووتش](ORG:hrw) أنهم وقعوا على أوراق.")
    assert [q[2] for q in got] == [None, None]


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "holder_office"],
                         ids=lambda r: r["form"])
def test_an_officials_office_speaks_as_a_described_body(row: dict[str, str]) -> None:
    art = marked(f"وقال {row['form']} رئيس الوزراء [حيدر العبادي](PER:abadi) في بيان إن الاجتماع "
                 f"سيبحث الإصلاحات. وذكر {row['form']} [أردوغان](PER:erdogan) أن الطائرات قصفت مواقع.")
    quotes.func(art)
    got = [(q.attrs.speaker, art.text[slice(*q.attrs.speaker_at)] if q.attrs.speaker_at else None)
           for q in art.layer("quotes")]
    assert [s for s, _ in got] == [None, None]
    assert all(at is not None and at.startswith(row["form"]) for _, at in got)


def test_a_holder_named_with_his_office_as_subject_still_speaks() -> None:
    assert run("وقال رئيس الوزراء [حيدر العبادي](PER:abadi) إن الاجتماع سيبحث الإصلاحات.")[-1][2] == "abadi"



_SAID = "وقال [عامر الحمود](PER:hamoud): التلفزيون له فضل على كل النجوم ومن يقول غير ذلك جاحد، "


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "object_pronoun"],
                         ids=lambda r: r["form"])
def test_the_person_after_the_verb_opening_the_participles_clause_says_it(row: dict[str, str]) -> None:
    got = run(_SAID + f"ليرد {row['form']} [فايز المالكي](PER:malki) قائلا بأن الحمود يسير بطريقة خاطئة.")
    assert got[-1] == ("indirect", "الحمود يسير بطريقة خاطئة", "malki")


def test_a_body_after_that_verb_or_no_comma_is_read_as_before() -> None:
    got = run(_SAID + "ليرد عليه [نادي الهلال](ORG:hilal) قائلا بأن الحمود يسير بطريقة خاطئة.")
    assert got[-1][2] == "hamoud"
    got = run("وقال [عامر الحمود](PER:hamoud) إن الفريق لعب أمام [فايز المالكي](PER:malki) جيدا "
              "مضيفا أن اللاعبين جاهزون للمباراة.")
    assert got[-1][2] == "hamoud"


def test_a_word_of_kinship_the_tagger_took_into_a_name_is_an_unnamed_relative() -> None:
    got = run("قال [أوستن هووت](PER:hoot) إن الطائرة آمنة. وقال [والد هووت](PER:hoot_father) الشاب إن ابنه "
              "طالب ميكانيكا.")
    assert [q[2] for q in got] == ["hoot", None]
    assert run("وقال شقيقه [محمد](PER:muhammad) إن الطائرة آمنة.")[-1][2] == "muhammad"


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses")
                                 if r["kind"] == "partitive_relative"], ids=lambda r: r["form"])
def test_some_of_a_group_before_a_verb_of_saying_is_nobody_named(row: dict[str, str]) -> None:
    got = run(f"قال [أحمد](PER:ahmad) إن الأمر واضح. وتباينت الآراء، ف{row['form']} قال إن الأمر غير واضح.")
    assert [q[2] for q in got] == ["ahmad", None]
