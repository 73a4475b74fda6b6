"""Sentence ends (lang/sentences.py): a stop after a lone letter is an initial, not an end;
a stop after a word whose last letter carries a vowel mark is an end."""

from __future__ import annotations

from marsad.lang.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


def test_an_initial_does_not_end_a_sentence() -> None:
    text = "عقد نيكولاي ب. باتروشيف اجتماعا. ثم غادر."
    assert _sentences(text) == ["عقد نيكولاي ب. باتروشيف اجتماعا.", "ثم غادر."]


def test_a_word_ending_in_a_marked_letter_ends_a_sentence() -> None:
    # «توطدًا»: its last letter follows a tanween; the stop after it is no initial's
    text = "فإن الشراكة بين البلدين تزداد توطدًا. عقد الجانبان اجتماعا."
    assert _sentences(text) == ["فإن الشراكة بين البلدين تزداد توطدًا.", "عقد الجانبان اجتماعا."]


def test_a_stop_glued_between_two_arabic_words_ends_a_sentence() -> None:
    text = "عقد الاجتماع باللغة العربية.وفي المقابل أكد الوزير الاتفاق.وقال إنه مهم."
    assert _sentences(text) == ["عقد الاجتماع باللغة العربية.", "وفي المقابل أكد الوزير الاتفاق.",
                                "وقال إنه مهم."]


def test_abbreviations_decimals_urls_and_latin_text_stay_whole() -> None:
    for text in ("نقلت وكالة الأنباء الألمانية (د.ب.أ) بأن الوفد وصل",
                 "وقال لشبكة \"ان.بي.سي\" الأمريكية إنه سيزور",
                 "أسهم في «دي.كي.إنترناشيونال»، ما يجعل",
                 "والثالث هو محمد.أ، ويبلغ من العمر 31 عاما",
                 "أوضح د.القحطاني أن العلاج مفيد",
                 "ارتفع النمو إلى 2.5 في المئة",
                 "نشر على الموقع www.spa.gov.sa البيان",
                 "the U.S.A and e.g.the rest",
                 "انتهى الاجتماع..وقال الوزير",
                 # glued question or exclamation marks join the titles of a list of links
                 "لماذا أصبحت الفنادق تركز على السوق السعودية؟ماذا لو تم تعديل آلية التسويات"):
        assert _sentences(text) == [text]


def test_a_latin_letter_spelled_in_arabic_before_a_name_is_an_initial() -> None:
    # sentence_letters.tsv: «كيه» (K), «أو» (O), «بي» (B) with a stop are a name's initials
    text = "وقال كيه. شانموجام وزير الخارجية إنه لا يمكن تجاهل القضية. ثم غادر."
    assert _sentences(text) == ["وقال كيه. شانموجام وزير الخارجية إنه لا يمكن تجاهل القضية.", "ثم غادر."]
    text = "ونوه أو. بي. سينغ مدير عام القوة بأن فريقا أرسل. ووصل الفريق."
    assert _sentences(text) == ["ونوه أو. بي. سينغ مدير عام القوة بأن فريقا أرسل.", "ووصل الفريق."]


def test_an_acronym_spelled_out_still_ends_a_sentence() -> None:
    # «بي بي سي.»: a spelled letter right before the last one, an acronym, not an initial
    text = "وقال لقناة بي بي سي. وأضاف أنه سعيد."
    assert _sentences(text) == ["وقال لقناة بي بي سي.", "وأضاف أنه سعيد."]
