"""Speakers of round 35 (fresh-text audit, sp3), on invented sentences.

- A verb of saying that opens its sentence with no subject («وقال: …») goes on with the subject
  of the verb the sentence before opens with, also past the lead phrases of time and place set off
  by commas before that verb («وأمس، في مقابلة تلفزيونية، دافع [X] عن …. وقال: …»); not past a
  lead that names a person («وخلال لقائه [Y]، …») or opens with no time or preposition.
- A person named with the body of his office right after him before a verb («وكان [X] وزير
  [الخارجية] أعلن …»): he speaks, not the body in his title.
- The first quotation of an article, after a verb with nothing between it and the words said
  («وأضاف: …»), goes on with the one person the sentence before names outside a prepositional
  phrase; none when that sentence names two.
- An office phrase right after the verb the sentence before opens with, no name after it («ورفع
  رئيس المركز التهاني … . وقال: …»), is the holder the article introduced with that office.
- An adverb right after a verb of saying («وأضاف أيضا أن», «وأعلن رسميا»: speaker_clauses rows of
  kind adverb) is no word describing its speaker.
"""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.steps.quotes import quotes
from tests.test_events_units import marked
from tests.test_quotes_units import run


def test_a_verb_with_no_subject_goes_on_with_the_subject_past_a_lead() -> None:
    got = run("قال [سعد المالكي](PER:maliki) إن «الموسم طويل». "
              "و[أمس](DATE:2015-07-20)، في مقابلة مع تلفزيون «الإخبارية»، "
              "دافع [سالم الحربي](PER:harbi) عن قرار المجلس. وقال: «اتخذنا القرار بعد دراسة طويلة».")
    assert [q[2] for q in got] == ["maliki", "harbi"]


def test_several_lead_phrases_before_the_verb_are_passed() -> None:
    got = run("قال [سعد المالكي](PER:maliki) إن «الموسم طويل». "
              "وفي سياق متصل، خلال زيارته للمدينة، انتقد [خالد العمري](PER:omari) تأخر المشروع. "
              "وقال إن «الأعمال متوقفة منذ أشهر».")
    assert [q[2] for q in got] == ["maliki", "omari"]


def test_a_lead_that_names_a_person_is_no_lead() -> None:
    got = run("قال [سعد المالكي](PER:maliki) إن «الموسم طويل». "
              "وخلال لقائه [فهد السالم](PER:salem)، سلّم [ماجد الزهراني](PER:zahrani) الفريق درعا. "
              "وقال: «نعمل على توسيع الخدمات».")
    assert [q[2] for q in got][-1] != "zahrani"


def test_a_sentence_that_opens_with_a_verb_and_its_object_has_no_lead() -> None:
    got = run("قال [سعد المالكي](PER:maliki) إن «الموسم طويل». "
              "وافق المجلس البلدي، بحضور [سعد القحطاني](PER:qahtani)، على الميزانية. "
              "وقال: «الميزانية تكفي المشاريع كلها».")
    assert [q[2] for q in got][-1] != "qahtani"


def test_the_body_in_the_title_right_before_the_verb_is_not_the_speaker() -> None:
    got = run("وعلى صعيد آخر كان [عادل الشمري](PER:shammari) وزير [الخارجية الكويتية](ORG:kw_mofa) "
              "أعلن في حديث لقناة محلية «لن نقبل بأي شروط مسبقة».")
    assert [q[2] for q in got] == ["shammari"]


def test_a_body_named_right_before_the_verb_still_speaks() -> None:
    got = run("وكانت [وزارة الصحة](ORG:moh) أعلنت «اكتمال تجهيز المستشفى الجديد».")
    assert [q[2] for q in got] == ["moh"]


def test_the_first_verb_of_saying_goes_on_with_the_one_person_named_before() -> None:
    got = run("تبرع عضو شرف النادي [فهد الدوسري](PER:dosari) بمليون ريال لأكاديمية الناشئين. "
              "وأضاف: «نحتاج إلى مدربين أكفاء».")
    assert [q[2] for q in got] == ["dosari"]


def test_two_persons_named_before_leave_the_first_verb_of_saying_without_a_speaker() -> None:
    got = run("استقبل عضو شرف النادي [فهد الدوسري](PER:dosari) اللاعب [علي الحربي](PER:harbi) في مكتبه. "
              "وقال: «المرحلة المقبلة صعبة».")
    assert [q[2] for q in got] == [None]


def test_a_verb_with_words_after_it_is_not_carried_to_the_person_before() -> None:
    got = run("تبرع عضو شرف النادي [فهد الدوسري](PER:dosari) بمليون ريال لأكاديمية الناشئين. "
              "وأضاف في هذا الصدد أن الأكاديمية «تحتاج إلى وقت».")
    assert [q[2] for q in got] != ["dosari"]


_ADVERB_ROWS = [r["form"] for r in load_table("speaker_clauses") if r["kind"] == "adverb"]


def _described(src: str) -> list[tuple[str | None, str | None]]:
    art = marked(src)
    quotes.func(art)
    return [(q.attrs.speaker, q.attrs.speaker_text) for q in art.layer("quotes")]


@pytest.mark.parametrize("adverb", _ADVERB_ROWS)
def test_an_adverb_after_the_verb_describes_no_speaker(adverb: str) -> None:
    got = _described(f"وقال مصدر أمني إن «الوضع هادئ». وأضاف {adverb} أن «الدوريات مستمرة».")
    assert len(got) == 2 and got[1][1] != adverb


def test_an_office_after_the_verb_the_sentence_before_opens_with_is_its_holder() -> None:
    got = run("رعى رئيس مركز الوادي الشيخ [نايف المحيا](PER:nayef) حفل المعايدة. "
              "ورفع رئيس المركز التهاني للقيادة. وقال: «نحن يد واحدة».")
    assert [q[2] for q in got] == ["nayef"]
