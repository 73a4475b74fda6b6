"""Speakers of round 19 (issue 15), on invented sentences: a speaker given by words alone (a name
the tagger missed: «وتابعت الكوري») is carried on, words and place, by a later verb without a
subject and by a participle of its sentence; a bare definite office («وذكر الوزير») is the last
one who spoke when he was named with that office, not the last one introduced with it before his
name; words a source relays after them («…، حسبما ذكرت وكالة X») are the speaker's of the verb
that opens them; a relay phrase right after a verb of saying («وشددت وفقا لما نقلته وكالة X،
على أن») is no subject of it. Words that name nobody («نظرات الاستغراب») are not carried on, and
what a person says after a colon («يقول X: «الرئيس …») is no office of his."""

from __future__ import annotations

from marsad.events.context import build_context
from marsad.events.speaker_offices import HeldOffices
from marsad.events.speaker_words import SpeakerWords, someone_described
from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def spoken(src: str) -> list[tuple[str | None, str | None]]:
    """(speaker, the words at speaker_at) of each quotation."""
    art = marked(src)
    quotes.func(art)
    return [(q.attrs.speaker,
             art.text[q.attrs.speaker_at[0]:q.attrs.speaker_at[1]] if q.attrs.speaker_at else None)
            for q in art.layer("quotes")]


def test_a_verb_without_a_subject_carries_a_described_speaker_on() -> None:
    got = spoken("وقالت المتحدثة [أمينة](PER:amina) إن الأطفال تلقوا المساعدات. "
                 "وتابعت الكوري إن البرنامج مستمر. فيما أوضحت أن الفتيات هن الأقل حظا في التعليم.")
    assert got[1:] == [(None, "الكوري"), (None, "الكوري")]


def test_a_participle_carries_the_described_speaker_of_its_sentence_on() -> None:
    got = spoken("وبين الصباغ أن المساعدات مستمرة في الوصول، مشيراً إلى أن الروابط بين البلدين قوية.")
    assert got == [(None, "الصباغ"), (None, "الصباغ")]


def test_unnamed_sources_carried_on_keep_no_place() -> None:
    got = spoken("وقالت مصادر أمنية إن الهجوم وقع فجرا. وأضافت أن القوات طوقت المكان.")
    assert got == [(None, None), (None, None)]


def test_a_bare_office_is_the_last_speaker_named_with_it() -> None:
    got = spoken("ومن المقرر وصول الوفود ووزير الخارجية الفرنسي [لوران فابيوس](PER:fabius) الأربعاء. "
                 "وصرح الشيخ [راشد بن عبدالله](PER:rashid) وزير الداخلية أن التدخلات مرفوضة. "
                 "وقال الوزير إن الولاء المزدوج مرفوض.")
    assert [s for s, _ in got] == ["rashid", "rashid"]


def test_a_bare_office_of_another_speaker_still_finds_the_one_introduced_with_it() -> None:
    got = spoken("ومن المقرر وصول الوفود ووزير الخارجية الفرنسي [لوران فابيوس](PER:fabius) الأربعاء. "
                 "وصرح الناشط [راشد بن عبدالله](PER:rashid) أن التدخلات مرفوضة. "
                 "وقال الوزير إن المحادثات مثمرة.")
    assert [s for s, _ in got] == ["rashid", "fabius"]


def test_words_a_source_relays_are_the_opening_verbs_subjects() -> None:
    got = spoken("وصرح الشيخ [راشد بن عبدالله](PER:rashid) وزير الداخلية أن التدخلات مرفوضة. "
                 "وذكر الوزير من بين هذه التدخلات تهريب الأسلحة وإيواء الهاربين من العدالة، "
                 "حسبما ذكرت [وكالة أنباء البحرين](ORG:bna).")
    assert [s for s, _ in got] == ["rashid", "rashid"]


def test_words_with_no_verb_of_their_own_are_the_sources() -> None:
    got = spoken("قتل سبعة عشر مدنيا في قصف على الأحياء الشرقية للمدينة، "
                 "وفق ما قالت [وكالة رويترز](ORG:reuters).")
    assert [s for s, _ in got] == ["reuters"]


def test_a_relay_phrase_after_the_verb_is_no_subject() -> None:
    got = spoken("وقالت [مملكة البحرين](LOC:bahrain) إن التفجير إرهابي. "
                 "وشددت وفقا لما نقلته [وكالة الأنباء البحرينية](ORG:bna)، "
                 "على أن الجريمة لا تمت بصلة لأي دين.")
    assert [s for s, _ in got] == ["bahrain", "bahrain"]


def test_words_that_name_nobody_are_not_carried_on() -> None:
    art = marked("وقال [رأفت الصباغ](PER:sabbagh) إن المساعدات مستمرة.")
    ctx = build_context(art)
    assert not someone_described(ctx, SpeakerWords("نظرات الاستغراب", (0, 1)))
    assert not someone_described(ctx, SpeakerWords("لي وهو ينزل قشرتها", (0, 1)))
    for words in ("الكوري", "دخيل الطيار مدير الصالة", "المسؤول الذي فضل عدم الإفصاح", "صباغ الشركة الأول"):
        assert someone_described(ctx, SpeakerWords(words, (0, 1))), words


def test_what_a_person_says_after_a_colon_is_no_office_of_his() -> None:
    art = marked("يقول [محمود عبد الله](PER:mahmoud): «الرئيس ينبغي أن يتعلم من التاريخ». "
                 "وقال [خالد](PER:khalid)، رئيس النادي، إن الفريق جاهز.")
    titles = {ent: keys for _pos, ent, keys in HeldOffices(build_context(art)).titles}
    assert not titles["mahmoud"] and titles["khalid"]


def test_a_subject_between_an_opening_kana_and_a_past_verb_speaks() -> None:
    got = spoken("وأعلنت [جبهة النصرة](ORG:nusra) أنها ستنسحب من مواقعها. "
                 "وكانت الحكومة التركية أعلنت، في وقت سابق، رفضها أي تواجد للنصرة على الحدود.")
    assert got == [("nusra", None), (None, "الحكومة التركية")]


def test_a_thing_before_a_present_verb_after_kana_is_no_speaker() -> None:
    got = spoken("وقال [أبو عيسى](PER:abu_issa) إن المقاتلين انسحبوا. "
                 "وكانت الشاشات تشير إلى أن كل شيء على ما يرام.")
    assert got[-1] != (None, "الشاشات")
