"""God and the Prophet as speakers (revered_speakers.tsv), on invented sentences: a verse or a
hadith is given by the words naming its speaker (`speaker_at` over «الله», «رسول الله»,
«النبي»), also when the name stands before a present verb of saying with its praise, after a
noun of saying, or when the praise alone stands for it (the Prophet's blessing pointing back to
his title written last, God's praise to His name where the article first writes it)."""

from __future__ import annotations

from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def said(src: str) -> list[tuple[str, str | None, str | None]]:
    """Each quotation's words, its speaker's words and the text at `speaker_at`."""
    art = marked(src)
    quotes.func(art)
    out = []
    for q in art.layer("quotes"):
        at = q.attrs.speaker_at
        out.append((art.text[q.start:q.end], q.attrs.speaker_text, art.text[at[0]:at[1]] if at else None))
    return out


def test_gods_name_and_praise_before_a_present_verb_of_saying() -> None:
    got = said("وينسى الناس فضل العفو، والله عز وجل يقول: (وأن تعفوا أقرب للتقوى).")
    assert (got[-1][1], got[-1][2]) == ("الله عز وجل", "الله عز وجل")


def test_gods_name_alone_before_a_verb_is_not_enough() -> None:
    got = said("وقال الرجل إن شاء الله يقول: «سنعود قريبا إلى الديار».")
    assert all(text != "الله" for _, text, _ in got)


def test_the_prophets_blessing_alone_points_back_to_his_title() -> None:
    got = said("وكان الصحابة يسألون الرسول صلى الله عليه وسلم عن أمور دينهم. "
               "وقال صلى الله عليه وسلم: «لا تغضب ولك الجنة».")
    assert got == [("لا تغضب ولك الجنة", "الرسول", "الرسول")]


def test_the_blessing_with_no_title_before_keeps_its_own_words() -> None:
    got = said("وقال صلى الله عليه وسلم: «الكلمة الطيبة صدقة».")
    assert got == [("الكلمة الطيبة صدقة", "صلى الله عليه وسلم", "صلى الله عليه وسلم")]


def test_gods_praise_alone_after_a_noun_of_saying() -> None:
    got = said("وأشار الخطيب إلى قوله تعالى: ﴿ولا تنازعوا فتفشلوا وتذهب ريحكم﴾.")
    assert got == [("ولا تنازعوا فتفشلوا وتذهب ريحكم", "تعالى", "تعالى")]


def test_gods_praise_alone_points_to_his_name_first_written() -> None:
    got = said("وحث الخطيب المصلين على تقوى الله والإحسان إلى الجار. وأضاف أن الصدقة تطفئ الغضب. "
               "قال تعالى: ﴿وأحسنوا إن الله يحب المحسنين﴾.")
    assert got[-1] == ("وأحسنوا إن الله يحب المحسنين", "الله", "الله")
    got = said("وزار عبد الله المسجد، وقال الخطيب إن الله عز وجل أمر بالعدل. "
               "قال تعالى: ﴿إن الله يأمر بالعدل والإحسان﴾.")
    assert got[-1] == ("إن الله يأمر بالعدل والإحسان", "الله عز وجل", "الله عز وجل")


def test_gods_praise_keeps_its_words_past_the_prophets_titles_and_names() -> None:
    got = said("وكان الصحابة يسألون رسول الله صلى الله عليه وسلم عن دينهم، قال تعالى: ﴿يسألونك عن الأهلة﴾.")
    assert got == [("يسألونك عن الأهلة", "تعالى", "تعالى")]
    got = said("وقال [عبد الله الخالد](PER:k) إن الصدقة باب خير. قال تعالى: ﴿وأقيموا الصلاة وآتوا الزكاة﴾.")
    assert got[-1] == ("وأقيموا الصلاة وآتوا الزكاة", "تعالى", "تعالى")
    got = said("وفي العيد يفرح الصائم، قال تعالى: ﴿والله يحب الصابرين﴾.")  # His name inside the verse only
    assert got == [("والله يحب الصابرين", "تعالى", "تعالى")]


def test_the_prophet_after_a_noun_of_saying_among_the_speakers_words() -> None:
    got = said("وذكّر الخطيب المصلين بقول النبي ﷺ: «خيركم خيركم لأهله».")
    assert got == [("خيركم خيركم لأهله", "النبي ﷺ", "النبي ﷺ")]


def test_a_prayer_for_the_dead_is_no_revered_speaker() -> None:
    got = said("ثم قال رحمه الله تعالى: «العلم نور يهدي صاحبه».")
    assert got and all(text is None or not text.startswith("الله") for _, text, _ in got)


def test_whereas_opens_no_reported_speech() -> None:
    # «في حين أن» (whereas) opens an adverbial clause, no speech of the verb before it
    assert said("وتابع المدرب التدريبات بنفسه في حين أن مساعده غاب عنها.") == []
    assert said("ويرى الكاتب اليوم ضعفا في الأداء، في حين أن الأرقام تقول عكس ذلك.") == []
    got = said("ترى لماذا نقسو على بعضنا، في حين أن الله عز وجل يقول: (وأن تعفوا أقرب للتقوى).")
    assert [(q.strip("()"), at) for q, _, at in got] == [("وأن تعفوا أقرب للتقوى", "الله عز وجل")]


def test_a_hadith_after_a_noun_of_saying_and_a_colon_is_quoted() -> None:
    got = said("وكلنا يعرف حديث رسول الله – صلى الله عليه وسلم: (كل بني آدم خطاء)، فلا أحد معصوم.")
    assert got == [("كل بني آدم خطاء", "رسول الله صلى الله عليه وسلم", "رسول الله – صلى الله عليه وسلم")]
    got = said("ونذكر حديث النبي: «الدين النصيحة» في كل مجلس.")
    assert got == [("الدين النصيحة", "النبي", "النبي")]


def test_a_noun_of_saying_before_anyone_else_quotes_nothing_new() -> None:
    assert said("ويعرف الجميع حديث المدرب في المؤتمر: (سنعود).") == []


def test_a_pronoun_takes_the_prophets_name_up_before_the_verb() -> None:
    got = said("وثبت عن النبي ﷺ أنه قال: «المسلم من سلم المسلمون من لسانه ويده».")
    assert got == [("المسلم من سلم المسلمون من لسانه ويده", "النبي ﷺ", "النبي ﷺ")]
    got = said("وروي عن النبي أنه قال: «المسلم من سلم المسلمون من لسانه ويده».")
    assert [at for _, _, at in got] == [None]  # no blessing: «النبي» alone may be anyone's prophet


def test_a_hadith_a_named_preacher_cites_is_the_prophets() -> None:
    art = marked("وذكّر الشيخ [سعد الشثري](PER:shathri) المصلين بقول النبي ﷺ: «خيركم خيركم لأهله».")
    quotes.func(art)
    assert [(q.attrs.speaker, q.attrs.speaker_text) for q in art.layer("quotes")] == [(None, "النبي ﷺ")]
    art = marked("وقال الشيخ [سعد الشثري](PER:shathri): «إن النبي ﷺ كان رحيما بالناس».")
    quotes.func(art)
    assert [q.attrs.speaker for q in art.layer("quotes")] == ["shathri"]


def test_a_verse_after_gods_praise_is_never_the_preachers_carried_on() -> None:
    src = ("وقال سماحة المفتي الشيخ [سعد الشثري](PER:shathri) إن الصدقة تطفئ الغضب. "
           "وأضاف سماحته أن المسلم يبادر إلى الخير، قال تعالى // إن الذين يسارعون في الخيرات هم الفائزون //.")
    art = marked(src)
    quotes.func(art)
    got = [(q.attrs.speaker, q.attrs.speaker_text) for q in art.layer("quotes")]
    assert got[0][0] == "shathri" and got[-1] == (None, "تعالى")
    art = marked("وقال الشيخ [سعد الشثري](PER:shathri) إن الصدقة تطفئ الغضب، "
                 "وقال إن المسلم يبادر إلى الخير في كل حين.")
    quotes.func(art)
    assert [q.attrs.speaker for q in art.layer("quotes")][-1] == "shathri"  # no praise: carried on


def test_the_prophet_after_his_hearer_between_the_verb_and_his_title() -> None:
    got = said("وجاء رجل يسأل عن الصدقة، فقال له النبي: «ابدأ بمن تعول».")
    assert got[-1] == ("ابدأ بمن تعول", "النبي", "النبي")


def test_a_hearer_before_a_man_named_after_god_gives_no_revered_speaker() -> None:
    got = said("وفي المجلس قال له عبدالله الأحمد: «سنعود غدا إلى القرية».")
    assert all(text != "الله" for _, text, _ in got)
