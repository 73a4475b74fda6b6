"""Speakers of round 49 (quotation speakers), on invented sentences.

- A masculine verb (here one of belief, «اعتبر») and the masculine participle of saying after it
  («…، مضيفا أن»), with a word written with a final ta marbuta right after the verb («واعتبر
  [الإصابة] … أمرا ليس مفاجئا»): that word is the verb's object or its words, not its subject (a
  singular feminine subject after its verb takes «اعتبرت»), so the participle goes on with the
  speaker named before, not with an unnamed subject. A plural participle, a body of
  speaker_references («الشركة») or a name right after the verb are read as before.
- A number written as a word opening the subject («قال اثنان من مسؤولي حكومة [هادي]») is some
  unnamed members of a group, as «بعض» is (speaker_clauses kind partitive): nobody its words name.
"""

from __future__ import annotations

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
