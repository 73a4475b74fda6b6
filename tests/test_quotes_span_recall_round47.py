"""Round 47 (issue 15), quotation span recall on invented sentences: shapes of reported speech
met missed on the quotes-dev lists (quotes-dev-fresh26, fresh25, fresh21, fresh16)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run


def test_the_participle_of_nawwaha_with_ila_opens_what_was_said() -> None:
    got = run("وصرح المتحدث [سعود](PER:saud) بأن اللجنة أنهت أعمالها، منوها إلى نجاح التجربة الأولى "
              "للمشروع الجديد.")
    assert got == [("indirect", "اللجنة أنهت أعمالها", "saud"),
                   ("indirect", "نجاح التجربة الأولى للمشروع الجديد", "saud")]


def test_the_participle_of_nawwaha_with_ila_before_a_name_is_no_quotation() -> None:
    assert run("وصرح المتحدث [سعود](PER:saud) بأن اللجنة أنهت أعمالها، منوها إلى [خالد](PER:k).") \
        == [("indirect", "اللجنة أنهت أعمالها", "saud")]


@pytest.mark.parametrize("sentence, said, speaker", [
    ("وأكد مدير [الهيئة](ORG:body) [سعود](PER:s) في تصريح صحفي انتظام جميع الرحلات بين المدينتين.",
     "انتظام جميع الرحلات بين المدينتين", "s"),
    ("وأكدت بيانات رسمية انكماش قطاع البناء في الربع الأخير.", "انكماش قطاع البناء في الربع الأخير", None),
])
def test_a_running_or_a_contraction_confirmed_is_what_was_said(
        sentence: str, said: str, speaker: str | None) -> None:
    assert run(sentence) == [("indirect", said, speaker)]


def test_a_presence_confirmed_stays_no_quotation() -> None:
    # «تأخير» (a hamza-first تفعيل, quote_object_templates since round 48) may head the announced
    # delay; «حضور» within أعلن's object window heads none
    got = run("وأعلن [بلاتر](PER:b) تأخير بداية المؤتمر الصحفي، وعاد بعد عشر دقائق ليبدأ المؤتمر في حضور "
              "وسائل الإعلام.")
    assert not any(t.startswith("حضور") for _, t, _ in got)


@pytest.mark.parametrize("head", ["انتظام", "انكماش"])
def test_the_round_47_heads_are_rows(head: str) -> None:
    assert any(r["form"] == head for r in load_table("quote_object_heads"))


@pytest.mark.parametrize("particle", ["فقد", "وقد", "لقد"])
def test_bayyana_after_the_particle_qad_is_the_verb_of_showing(particle: str) -> None:
    got = run(f"أما فيما يتعلق بالتعيينات، {particle} بيّن [الغنوشي](PER:g) انه تم التطرق إلى هذا الموضوع.")
    assert got == [("indirect", "تم التطرق إلى هذا الموضوع", "g")]


def test_the_preposition_bayna_stays_no_verb() -> None:
    assert run("وجرى الحديث بين [الغنوشي](PER:g) والوفد أن الموضوع لم يكن أساسيا.") == []


@pytest.mark.parametrize("sentence, said", [
    ("ودعا [سعود](PER:s) في بيان الحكومة والبرلمان إلى بذل قصارى جهدهما لتلبية مطالب السكان.",
     "بذل قصارى جهدهما لتلبية مطالب السكان"),
    ("ودعا [سعود](PER:s) وسائل الإعلام إلى تحري الدقة في الأخبار.", "تحري الدقة في الأخبار"),
])
def test_exerting_or_seeking_called_for_is_what_was_said(sentence: str, said: str) -> None:
    assert run(sentence) == [("indirect", said, "s")]


def test_exerting_with_the_article_after_a_call_is_no_quotation() -> None:
    assert run("ودعا [سعود](PER:s) الشباب إلى البذل والعطاء.") == []


def test_the_participle_of_aalana_opens_what_was_said_and_ends_the_clause_before_it() -> None:
    got = run("وقال [الغنوشي](PER:g) إن الموضوع لم يكن أساسيا، مشيرا إلى أن الحركة جددت موقفها، معلنا أن "
              "الحركة لم تقدم بعد مقترحاتها.")
    assert got == [("indirect", "الموضوع لم يكن أساسيا", "g"), ("indirect", "الحركة جددت موقفها", "g"),
                   ("indirect", "الحركة لم تقدم بعد مقترحاتها", "g")]


def test_the_clause_before_marked_words_after_muelinan_is_kept() -> None:
    got = run("وقال [الغنوشي](PER:g) إن الموضوع لم يكن أساسيا، مشيرا إلى أن الحركة جددت موقفها الثابت، "
              "معلنا ان «الحركة لم تقدم بعد مقترحاتها».")
    assert ("indirect", "الحركة جددت موقفها الثابت", "g") in got
