"""Talks whose other side the text leaves unnamed keep their one named side (the round 39 ruling,
docs/realtext-annotation.md § Events: «مباحثات مع مسئولين بشركة صينية», «مع الأطراف اليمنية»);
a meeting with one party is otherwise none (the partner missed), and so are talks of people, a
side named by its relation to the other, and a meeting verb with citizens received."""

from __future__ import annotations

from tests.test_events_units import run


def _meets(src: str) -> list[list[str]]:
    return [e.attrs.participants for e in run(src, published="2015-08-04") if e.label == "MEET"]


def test_talks_with_unnamed_sides_keep_the_named_envoy() -> None:
    src = ("وقال المتحدث إن المبعوث [نادر سالم](PER:nader) سيجري مباحثات مع الأطراف الليبية "
           "الأسبوع المقبل لتسهيل عمل البعثة.")
    assert _meets(src) == [["nader"]]


def test_talks_with_officials_of_a_body_left_unnamed_keep_the_minister() -> None:
    src = ("وأجرى وزير المالية [فهد العمري](PER:fahd) مباحثات مع مسؤولين في شركة للطاقة حول "
           "تمويل المشروع.")
    assert _meets(src) == [["fahd"]]


def test_talks_between_the_government_and_a_named_movement() -> None:
    src = ("وتعثرت جولة جديدة من محادثات السلام بين الحكومة و[حركة الشباب](ORG:shabab) بعد "
           "الهجوم.")
    assert _meets(src) == [["shabab"]]


def test_talks_between_a_named_state_and_unnamed_groups() -> None:
    src = ("وتتطلع [موسكو](LOC:moscow) لاستضافة جولة أخرى من المحادثات بين [دمشق](LOC:damascus) "
           "وجماعات المعارضة المختلفة.")
    assert ["damascus"] in _meets(src)


def test_a_side_named_by_its_relation_to_the_other_is_no_unnamed_side() -> None:
    # «ودائنيها»: its creditors, named elsewhere in the text, not a side left unnamed
    src = "وبدأت المحادثات بين [اليونان](LOC:greece) ودائنيها رسميا أمس."
    assert _meets(src) == []


def test_talks_of_two_unnamed_people_are_none() -> None:
    src = ("وتوحي المحادثات بين امرأة شابة في [ولاية أوهايو](LOC:ohio) وبين رجل على علاقة "
           "بالمتشددين بأنها خطيرة.")
    assert _meets(src) == []


def test_a_meeting_verb_with_one_party_stays_none() -> None:
    # not a talks noun: «التقى» with no partner named is a partner missed, no event
    src = "والتقى الوزير [فهد العمري](PER:fahd) أمس عددا من المسؤولين."
    assert _meets(src) == []


def test_a_speaker_is_no_side_of_talks_held_by_the_subject_he_names() -> None:
    """«وقال حزام في حواره مع "الوطن" إن المسؤول الدولي سيُجري مباحثات مع الأطراف اليمنية»
    (events-dev-fresh22 27140): the clause said has its own subject, an unnamed official, so the
    speaker is no side of the talks and they keep no named side; «إنه» (the speaker himself) and a
    name after «إن» keep their side."""
    assert _meets("وقال [عدنان حزام](PER:h) في حواره مع الصحيفة إن المسؤول الدولي سيجري مباحثات مع "
                  "الأطراف اليمنية.") == []
    assert _meets("وقال [عدنان حزام](PER:h) إنه سيجري مباحثات مع الأطراف اليمنية.") == [["h"]]
    assert _meets("وقال [عدنان حزام](PER:h) إن رئيس اللجنة [بيتر ماورير](PER:m) سيجري مباحثات مع "
                  "الأطراف اليمنية.") == [["m"]]


def test_a_masculine_pronoun_after_a_body_of_feminine_name_is_someone_else() -> None:
    """«وقالت منظمة الصليب الأحمر ... مشيرة إلى أنه سيجري محادثات مع «مسؤولين كبار»» (events-dev-fresh4
    27571): «أنه» cannot point back to «منظمة», so the body is no side of the talks; «إنها» and a body
    of masculine name («الاتحاد الأوروبي ... إنه») keep it."""
    assert _meets("وقالت [منظمة الصليب الأحمر](ORG:icrc) في بيان إن زيارة [ماورير](PER:m) ستتمحور حول "
                  "الوضع الإنساني، مشيرة إلى أنه سيجري محادثات مع مسؤولين كبار.") == []
    assert _meets("وقالت [منظمة الصليب الأحمر](ORG:icrc) في بيان إنها ستجري محادثات مع مسؤولين "
                  "كبار.") == [["icrc"]]
    assert _meets("وقال [الاتحاد الأوروبي](ORG:eu) في بيان إنه سيجري محادثات مع مسؤولين كبار.") == [["eu"]]


def _agrees(src: str) -> list[list[str]]:
    return [e.attrs.participants for e in run(src, published="2015-08-04") if e.label == "AGREE"]


def test_talks_whose_relative_clause_names_the_side_keep_it() -> None:
    """«خلال مباحثات أجراها وزير المالية الباكستاني إسحاق دار مع مسئولين بشركة صينية»
    (events-dev-fresh21 9147): the «مع» stands past the relative clause that names the minister;
    another name before it is a side named, and the talks keep no lone side."""
    assert _meets("وأوضحت المصادر أن الاتفاق تم خلال مباحثات أجراها وزير المالية [فهد العمري](PER:fahd) "
                  "مع مسئولين بشركة صينية حول التمويل.") == [["fahd"]]
    assert _meets("وأوضحت المصادر أن الاتفاق تم خلال مباحثات أجراها [فهد العمري](PER:fahd) في "
                  "[بكين](LOC:beijing) مع مسئولين بشركة صينية.") == []


def test_an_agreement_between_a_named_side_and_an_unnamed_one_keeps_the_named() -> None:
    """«قمتم أخيرا برعاية اتفاق لتبادل الأسرى بين الحوثيين والمقاومة» (events-dev-fresh22 27140): an
    agreement with one named side keeps that side alone (the fresh22 ruling), where an agreement of
    one body is otherwise none; a body alone with no «بين» stays none."""
    assert _agrees("وتم أخيرا توقيع اتفاق لتبادل الأسرى بين [جماعة الحوثي](ORG:houthis) والمقاومة "
                   "في المدينة.") == [["houthis"]]
    assert _agrees("وتم أخيرا توقيع اتفاق لتبادل الأسرى مع [جماعة الحوثي](ORG:houthis) في "
                   "المدينة.") == []


def test_a_meeting_with_leaders_of_unnamed_states_keeps_its_named_side() -> None:
    """«وفي أديس ابابا سيلتقي بعدد من قادة دول المنطقة» (events-dev-fresh13 6724, the round 39 ruling's
    own example): office holders of states left unnamed are actors the text does not name, so the
    meeting keeps its named side; leaders of a named body («قادة دول [مجلس التعاون]») are a side
    named, and «عددا من المسؤولين» of no state stays none."""
    assert _meets("وقال البيت الأبيض إن الرئيس [باراك أوباما](PER:obama) سيلتقي بعدد من قادة دول "
                  "المنطقة لمناقشة الأزمة.") == [["obama"]]
    assert _meets("وقال البيت الأبيض إن الرئيس [باراك أوباما](PER:obama) سيلتقي بعدد من المسؤولين "
                  "لمناقشة الأزمة.") == []


def test_a_meeting_with_leaders_of_unnamed_states_after_with_keeps_its_named_side() -> None:
    """The same partner after «مع» («سيعقد لقاء مع قادة دول المنطقة»): no partner left unnamed for
    `senses.unnamed_partner` to drop, as talks with unnamed officials are not."""
    assert _meets("وقال البيت الأبيض إن الرئيس [باراك أوباما](PER:obama) سيعقد لقاء مع قادة دول "
                  "المنطقة لمناقشة الأزمة.") == [["obama"]]
    assert _meets("وقال البيت الأبيض إن الرئيس [باراك أوباما](PER:obama) سيعقد لقاء مع عدد من "
                  "الطلاب لمناقشة الأزمة.") == []
