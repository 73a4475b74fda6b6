"""Speakers of round 23 (issue 15), on invented sentences.

- An office's holder set off by a comma after the body or place the office is in («وقال مسؤول
  الإعلام في [الهيئة] في شمال [المحافظة]، [X] إن»): he speaks, not someone unnamed.
- A subject between «كان» and «قد» of up to ten words («وكان تقرير من منظمة خيرية صدر في عام
  2010 قد أشار إلى»): an unnamed report speaks, not the last speaker carried on.
- «المفاوضين» is an office («كبير المفاوضين في الملف التجاري [X]»): the holder named after
  its domain speaks; unnamed without him.
- «قبل» after the verb ends its subject like «بعد» («وكان [المجلس] قال قبل الاجتماع إن»): the time
  after the verb is no unnamed subject; the body before it speaks.
- «إحصائية» (a statistical study) is a statement noun like «دراسة»: «إحصائية أعدها [المركز]» names
  its issuer, who speaks when «الدراسة» or «التقرير» says more later.
- A research centre named by «مركز الدراسات / الأبحاث / البحوث» and the definite words after it is
  an organisation even where the tagger found none (`ner_name_heads.tsv`, alone).
"""

from __future__ import annotations

from marsad.lang.normalize import normalize
from marsad.ner.heads import head_names
from tests.test_quotes_described_speakers import said


def test_an_office_holder_after_a_comma_speaks() -> None:
    got = said("وقال مسؤول إعلام [جمعية الهلال](ORG:hilal) في شمال [تبوك](LOC:tabuk)، "
               "[سالم العنزي](PER:anazi) للصحيفة إن القوافل وصلت.")
    assert [s for s, _, _ in got] == ["anazi"]


def test_without_a_name_after_the_place_the_official_is_unnamed() -> None:
    got = said("وقال مسؤول إعلام [جمعية الهلال](ORG:hilal) في شمال [تبوك](LOC:tabuk)، "
               "للصحيفة إن القوافل وصلت.")
    assert [s for s, _, _ in got] == [None]


def test_a_long_subject_between_kana_and_qad_is_its_verbs() -> None:
    src = ("وقال [سالم العنزي](PER:anazi) إن الفقر يتراجع. وكان تقرير من منظمة خيرية مستقلة صدر في "
           "عام 2010 قد أشار إلى أن الفقر يزيد.")
    got = said(src)
    assert [s for s, _, _ in got] == ["anazi", None]


def test_a_statistical_study_names_its_issuer() -> None:
    src = ("كشفت إحصائية أعدها [مركز الرصد](ORG:centre) عن تراجع الحريات. وأفادت الدراسة بأن الانتهاكات "
           "بلغت 87 حالة. وأشار التقرير إلى أن النسبة الأكبر تمثلت في الاعتداء.")
    assert [s for s, _, _ in said(src)] == ["centre", "centre"]


def test_a_research_centre_is_a_name_alone() -> None:
    for head in ("مركز الدراسات", "مركز الأبحاث", "مركز البحوث"):
        norms = [normalize(w) for w in f"أعد {head} الاستراتيجية دراسة جديدة".split()]
        assert [(c.start, c.end, c.type) for c in head_names(norms, [], set())] == [(1, 4, "ORG")]
    norms = [normalize(w) for w in ["أعد", "مركز", "المدينة", "دراسة"]]  # a plain «مركز» stays generic
    assert head_names(norms, [], set()) == []


def test_the_chief_negotiator_named_after_his_domain_speaks() -> None:
    got = said("قال كبير المفاوضين في الملف التجاري [سالم العنزي](PER:anazi) اليوم إن الجولة فشلت.")
    assert [s for s, _, _ in got] == ["anazi"]
    got = said("وقال [سالم العنزي](PER:anazi) إن الوضع مستقر. وقال كبير المفاوضين إن الجولة فشلت.")
    assert got[1] == (None, "كبير المفاوضين", "كبير المفاوضين")


def test_a_time_after_the_verb_with_qabl_is_no_subject() -> None:
    got = said("وقال [سالم العنزي](PER:anazi) إن الوضع مستقر. وكان [المجلس البلدي](ORG:council) قال قبل "
               "الاجتماع إن الميزانية جاهزة.")
    assert [s for s, _, _ in got] == ["anazi", "council"]
