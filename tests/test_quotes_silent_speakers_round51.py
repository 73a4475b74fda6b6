"""A person named as the subject of a verb of saying whose words were not read still spoke: a verb
that goes on without a subject in what follows is his, not whoever was named last (events.
speaker_silent; quotes-dev-fresh28 29409, «أوصى المستشار … الشيخ الدكتور X، الذين زلت بهم القدم أن …»
then, past a sentence naming nobody, «وأضاف أن …»; 20898 «وأكد X عضو فريق العمل أيام قليلة …»);
on invented sentences."""

from __future__ import annotations

from tests.test_quotes_units import run

_THEN = "وشهد الملتقى حضورا كبيرا من الشباب أمس. وأضاف أن بلادنا كشفت حقيقة المسار الصحيح للناس جميعا."
_SAID = "بلادنا كشفت حقيقة المسار الصحيح للناس جميعا"


def test_a_verb_going_on_after_a_lead_whose_words_were_not_read_is_the_lead_s_subject() -> None:
    got = run("وأكد [صالح بن حميد](PER:saleh) عضو هيئة كبار العلماء أيام قليلة وسيبدأ الملتقى. " + _THEN)
    assert [(t, s) for _, t, s in got] == [(_SAID, "saleh")]


def test_past_offices_and_courtesy_words_the_name_is_the_subject() -> None:
    got = run("أوصى المستشار بالديوان الملكي عضو هيئة كبار العلماء الشيخ الدكتور "
              "[صالح بن حميد](PER:saleh) الشباب خيرا في الملتقى. " + _THEN)
    assert [(t, s) for _, t, s in got] == [(_SAID, "saleh")]


def test_a_name_inside_a_noun_s_phrase_after_the_verb_is_no_subject() -> None:
    got = run("فقال النصارى هذا من فعل أصحاب [صالح بن حميد](PER:saleh) الكثر. " + _THEN)
    assert [(t, s) for _, t, s in got] == [(_SAID, None)]


def test_a_verb_inside_its_sentence_registers_no_one() -> None:
    got = run("وفي الأثناء أكد [صالح بن حميد](PER:saleh) عضو الهيئة أيام قليلة وسيبدأ الملتقى. " + _THEN)
    assert [(t, s) for _, t, s in got] == [(_SAID, None)]


def test_a_silent_speaker_no_verb_goes_on_with_soon_after_is_forgotten() -> None:
    got = run("وأكد [صالح بن حميد](PER:saleh) عضو هيئة كبار العلماء أيام قليلة وسيبدأ الملتقى. "
              "وشهد الملتقى حضورا كبيرا. وتوزعت الورش على القاعات. ووصل الضيوف مبكرا. " + _THEN)
    assert [(t, s) for _, t, s in got] == [(_SAID, None)]
