"""Speakers of round 36 (fresh-text audit, sp36), on invented sentences.

- Sources and witnesses («المصادر», «المصدر الأمني», «مصادر في الوزارة»: speaker_references keys
  مصدر and شاهد) are nobody the article names: never a person the office index ties to the word,
  as it does a name right before it («… ضد [X]، وفقا للمصدر نفسه»).
- Scientists, researchers, doctors, specialists and studies nobody names («وقال علماء إن», «فيما
  تؤكد الدراسات الاقتصادية أن»: speaker_groups rows) speak for nobody named, not the last speaker
  carried on; a group word in construct after the subject's head before a name («قال كبير العلماء
  [X]») leaves the name the speaker.
- A word of kinship opening the subject (speaker_clauses kind kin: «والد», «والدة», «عائلة»,
  «شقيقه») is the relative, unnamed when the name after a bare word says whose relative he is
  («وقالت عائلة [X] في بيان», «وأشارت والدة [X] إلى أن»: null, as the quotes gold rules «والد X»);
  a name right after a word carrying its pronoun is the relative's own («وقال شقيقه [Y]»).
- A saying noun with its pronoun («بقوله», «بقولها») speaks for the first person its own clause
  names outside a preposition («وعلق [X] على تصريح [Y] بقوله إن»: X), not for the speaker of a verb
  before that clause; its pronoun tells that person's gender, so a later «وقالت» is not he.
- A sentence opening with an answer's lead («وردا على ما إذا …», «وعما إذا …»: speaker_clauses
  topic rows) names what the question was about, not who answers; the lead's own «ردا» is no verb
  of saying that ends it. A participle of saying after it goes on a clause of its own («وردا على
  سؤال …، اكتفى [X] بالقول»: X).
- A person named right after a complementizer, a comma after his name, is the subject of a verb
  of saying with no conjunction that ends his clause («واللافت أن [X]، الصحفي الذي حاور [Y] …،
  قال»: X), not a name of his relative clause or the speaker carried from before.
- A courtesy pronoun («وقال سماحته», «وأوضح معاليه») whose office the office index gave to no one
  (a title too long for it: «سماحة مفتي عام المملكة رئيس هيئة كبار العلماء وإدارة البحوث العلمية
  والإفتاء الشيخ [X]») is the first person named after the courtesy noun; «سماحته» is a row.
"""

from __future__ import annotations

import pytest

from marsad.events.speaker_agreement import cue_agreement
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quotes_units import run


def test_definite_sources_are_nobody_the_office_index_ties_to_them() -> None:
    got = run("وتراجعت الحراسة بسبب الحرب على [خالد الشريف](PER:sharif)، وفقا للمصدر نفسه. "
              "وتقول المصادر في المدينة إن «الكتيبة نقلت كميات من الذخيرة».")
    assert [q[2] for q in got] == [None]


def test_the_source_again_is_nobody_named() -> None:
    got = run("وتراجعت الحراسة بسبب الحرب على [خالد الشريف](PER:sharif)، وفقا لمصدر أمني. "
              "ويضيف المصدر الأمني أن «الحدود تخضع لمراقبة مشددة».")
    assert [q[2] for q in got] == [None]


def test_an_office_after_the_name_still_speaks() -> None:
    got = run("قال [خالد الشريف](PER:sharif) وزير الداخلية إن «الحدود آمنة». "
              "وأضاف الوزير أن «المراقبة مستمرة».")
    assert [q[2] for q in got] == ["sharif", "sharif"]


def test_unnamed_scientists_and_studies_are_nobody_named() -> None:
    got = run("وقال [يوسف الحربي](PER:harbi) إن «التمويل مضمون». وقال علماء إن «المشروع أكبر من سابقيه». "
              "فيما تؤكد الدراسات الاقتصادية أن «الطلب سيتراجع».")
    assert [q[2] for q in got] == ["harbi", None, None]


def test_a_group_word_in_construct_before_a_name_leaves_the_name() -> None:
    got = run("وقال [يوسف الحربي](PER:harbi) إن «التمويل مضمون». "
              "وقال كبير العلماء [آدم ستون](PER:stone) إن «الصور تظهر جبالا».")
    assert [q[2] for q in got] == ["harbi", "stone"]


def test_a_group_is_not_the_last_speaker_described_again() -> None:
    got = run("وقال لـ«الاقتصادية» [مارك فولر](PER:fuller) إن «المعروض يتزايد». "
              "فيما تؤكد الدراسات الاقتصادية أن «التصدير يحتاج إلى وقت».")
    assert [q[2] for q in got] == ["fuller", None]


def test_a_relative_named_by_whose_relative_he_is_is_nobody_named() -> None:
    got = run("قال [سامي العتيبي](PER:otaibi) إن «الحادث مؤسف». "
              "وقالت عائلة [ماجد الحربي](PER:harbi) في بيان إن «ابننا كان مريضا». "
              "وأشارت والدة [ماجد](PER:harbi) إلى أنها «لم تصدق ما رأت».")
    assert [q[2] for q in got] == ["otaibi", None, None]


def test_a_relative_named_after_his_pronoun_speaks() -> None:
    got = run("توفي [ماجد الحربي](PER:harbi) أمس. "
              "وقال شقيقه [فهد](PER:fahd) إن «العائلة ستقيم العزاء في الرياض».")
    assert [q[2] for q in got] == ["fahd"]


def test_a_relative_named_after_a_comma_speaks() -> None:
    got = run("وقالت والدة الطفل، [سارة العمري](PER:sara)، إن «ابنها بخير».")
    assert [q[2] for q in got] == ["sara"]


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "kin"],
                         ids=lambda r: r["form"])
def test_every_kin_row_reads_the_name_after_it(row: dict[str, str]) -> None:
    # a bare word: the name after it is whose relative he is; with its pronoun: the relative's own
    owned = row["form"].endswith(("ه", "ها", "هم", "هما"))
    got = run(f"قال [سامي العتيبي](PER:otaibi) إن «الحادث مؤسف». "
              f"وقال {row['form']} [ماجد](PER:majed) إن «العزاء في الرياض».")
    assert [q[2] for q in got] == ["otaibi", "majed" if owned else None]


def test_a_saying_noun_speaks_for_the_subject_of_its_own_clause() -> None:
    got = run("وقال [ديفيد كاميرون](PER:cameron) إن «المنظمة متطرفة». "
              "ومن جهته رد رئيس البحوث في منظمة «[العدالة](ORG:adala)» في [لندن](LOC:london) "
              "[أسامة قريشي](PER:qureshi) على تصريح [كاميرون](PER:cameron) "
              "بقوله لـ«الشرق الأوسط» إن «هذا الوصف غير صحيح».")
    assert [q[2] for q in got] == ["cameron", "qureshi"]


def test_the_saying_nouns_pronoun_tells_the_gender_of_its_speaker() -> None:
    got = run("ولا شك أن المصمم [كارل فيشر](PER:fischer) أفضل من لخص الموسم بقوله إن «الموضة غير ضرورية». "
              "وشرحت المصممة فكرتها قائلة: «الحرير يتحرك بعفوية».")
    assert [q[2] for q in got] == ["fischer", None]


def test_the_names_in_a_question_lead_are_not_the_one_who_answers() -> None:
    got = run("قال الفنان [وليد سعد](PER:saad) إن «التجربة كانت ممتازة». "
              "وردا على ما إذا تراوده فكرة التمثيل، لا سيما أن الموسم شهد أعمالا [لنوال كامل](PER:nawal)، "
              "أجاب: «الموضوع لا يراودني».")
    assert [q[2] for q in got] == ["saad", "saad"]


def test_a_participle_after_a_question_lead_goes_on_its_own_clause() -> None:
    got = run("قال [سالم العلي](PER:ali) إن «القاعدة مفتوحة». "
              "وردا على سؤال عن الاتفاق، اكتفى رئيس الوزراء [فهد الراشد](PER:rashed) "
              "بالقول إنه «قرار سيادي».")
    assert [q[2] for q in got] == ["ali", "rashed"]


def test_the_person_opening_a_complement_clause_speaks_its_verb() -> None:
    got = run("وقال [باراك أوباما](PER:obama) إن «الاتفاق جيد». "
              "واللافت للنظر أن [توماس فريد](PER:fried)، الصحفي الذي حاور [أوباما](PER:obama) مؤخرا، "
              "قال في حديث له إن «واشنطن بحاجة إلى طهران».")
    assert [q[2] for q in got] == ["obama", "fried"]


def test_a_joined_verb_after_a_complement_clause_goes_on_the_clause_before() -> None:
    got = run("وقال [سالم العلي](PER:ali) إن «الموسم طويل». "
              "وعلمت الصحيفة أن [فهد الراشد](PER:rashed)، الذي يرأس النادي، سيسافر اليوم "
              "وأضاف أن «الفريق جاهز».")
    assert [q[2] for q in got][-1] != "rashed"


def test_a_courtesy_pronoun_is_the_person_its_long_title_introduced() -> None:
    got = run("أوصى سماحة مفتي عام المملكة رئيس هيئة كبار العلماء وإدارة البحوث العلمية والإفتاء الشيخ "
              "[عبدالله الناصر](PER:nasser) المسلمين بتقوى الله. "
              "وقال سماحته في خطبة الجمعة إن «التسابق إلى الخيرات من أفضل الأعمال».")
    assert [q[2] for q in got] == ["nasser"]


def test_a_courtesy_pronoun_with_a_known_office_keeps_its_holder() -> None:
    got = run("قال وزير المالية [فهد الراشد](PER:rashed) إن «الميزانية متوازنة». "
              "وأوضح معاليه أن «الإنفاق سيرتفع».")
    assert [q[2] for q in got] == ["rashed", "rashed"]



def test_a_feminine_plural_present_verb_is_plural() -> None:
    # «ويعتقدن أن»: many women (speaker_agreement row ن), not a man carried on from before
    assert cue_agreement(words_of("ويعتقدن")[0]) == "p"
    assert cue_agreement(words_of("يعلن")[0]) is None  # a root ن is no suffix
    assert cue_agreement(words_of("أعلن")[0]) == "m"
