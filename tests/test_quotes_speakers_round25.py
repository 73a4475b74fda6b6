"""Speakers of round 25 (issue 15), on invented sentences.

- «فرد» after a noun is the noun (an individual: «لكل فرد منهم»), not «فردّ» (then he replied):
  a participle after it still takes the subject of the sentence's verb of saying.
- A body noun with a preposition between it and a name («يخوضها الحزب [مع] قوات النظام») is not
  that name's noun: «وقد أعلن الحزب» is the party named before, not those forces.
- «وعبر» before a person or an office is the verb عبّر (expressed), not the preposition «via»:
  the participle opening the next sentence takes its subject.
- An office's body noun («الأمين العام [للمركز] X») stays inside the office phrase that opens a
  sentence, and a particle before the verb («وقد عبّر ...», «كما رحب X ...») is no opening of its own.
- A verb joined by و/ف has no subject right before it («وصافح X [الوزير] وقال»): the
  word there ends the clause it is joined to, whose subject goes on.
"""

from __future__ import annotations

from tests.test_quotes_described_speakers import said


def test_fard_after_a_noun_is_an_individual_not_a_reply() -> None:
    src = ("وأشار الدكتور [صالح اليوسف](PER:yousef) إلى تطوع 250 شخصا بإجمالي 180 ساعة تطوعية لكل "
           "فرد منهم طوال الشهر، مضيفا أن من بين المتطوعين أطفالا.")
    assert [s for s, _, _ in said(src)] == ["yousef", "yousef"]


def test_fard_at_a_clauses_start_is_still_a_reply() -> None:
    got = said("وسأله الصحفي عن الموعد، فرد الوزير بأن الاجتماع سيعقد غدا.")
    assert [text for _, text, _ in got] == ["الوزير"]


def test_a_body_noun_before_a_preposition_is_not_the_names_noun() -> None:
    src = ("تتزايد أعداد قتلى [حزب الله](ORG:hzb) في سوريا. وقال [سالم العنزي](PER:anazi) إن الطريق مغلق. "
           "وتدور معركة الزبداني التي يخوضها الحزب مع [قوات النظام السوري](ORG:forces) منذ أسابيع. "
           "وقد أعلن الحزب عن مقتل ستة من عناصره.")
    assert [s for s, _, _ in said(src)] == ["anazi", "hzb"]


def test_a_body_noun_right_before_a_name_is_still_its_noun() -> None:
    src = ("وقالت [الشرطة](ORG:police) إن الطريق مغلق. وأكد حزب [النور](ORG:nour) موقفه. وقال الحزب إن "
           "الانتخابات ستجرى في موعدها.")
    assert [s for s, _, _ in said(src)][-1] == "nour"


def test_abbara_before_an_office_is_the_verb_whose_subject_goes_on() -> None:
    src = ("وقال [سالم العنزي](PER:anazi) إن الطريق مغلق. وعبر الأمين العام للمركز "
           "[فيصل بن معمر](PER:muammar) عن تزايد الاهتمام الدولي بالحوار. مؤكدا أن العلماء أجمعوا على ذلك.")
    assert [s for s, _, _ in said(src)] == ["anazi", "muammar"]


def test_abra_before_a_thing_is_the_preposition() -> None:
    src = ("وقال [سالم العنزي](PER:anazi) إن الطريق مغلق. وعبر حسابه في تويتر نشر "
           "[فيصل بن معمر](PER:muammar) صورا للحوار. مؤكدا أن العلماء أجمعوا على ذلك.")
    assert [s for s, _, _ in said(src)] == ["anazi", "anazi"]


def test_a_particle_before_the_opening_verb() -> None:
    src = ("وقال [سالم العنزي](PER:anazi) إن الطريق مغلق. وقد عبّر الأمين العام للمركز "
           "[فيصل بن معمر](PER:muammar) عن تزايد الاهتمام الدولي بالحوار. مؤكدا على أن العلماء "
           "أجمعوا على ذلك.")
    assert [s for s, _, _ in said(src)] == ["anazi", "muammar"]


def test_a_word_before_a_joined_verb_is_no_subject_of_it() -> None:
    src = ("وقال الرئيس الإسرائيلي [بنيامين نتنياهو](PER:bibi) إن اللقاء مهم. وقال الرئيس الأميركي "
           "[باراك أوباما](PER:obama) إن المحادثات مثمرة. وانحنى الرئيس الإسرائيلي على الرئيس الأميركي "
           "وقال هامساً: «ألم أقل لك ذلك».")
    assert [s for s, _, _ in said(src)] == ["bibi", "obama", "bibi"]
    src = ("وقال الوزير [خالد الفهد](PER:fahd) إن الزيارة ناجحة. وصافح [سعد العمر](PER:omar) الوزير "
           "وقال: «أهلا بك في بلدك الثاني».")
    assert [s for s, _, _ in said(src)] == ["fahd", "omar"]


def test_a_body_before_an_unjoined_verb_still_speaks() -> None:
    src = ("وقال [سالم العنزي](PER:anazi) إن الطريق مغلق. وقالت [وزارة النقل](ORG:mot) إن العمل مستمر. "
           "والوزارة أكدت أن الطريق سيفتح غدا.")
    assert [s for s, _, _ in said(src)] == ["anazi", "mot", "mot"]


def test_kama_before_the_opening_verb() -> None:
    src = ("وقال [سالم العنزي](PER:anazi) إن الطريق مغلق. كما رحب [بن رودس](PER:rhodes) بالهجمات على "
           "التنظيم في سوريا. وقال: «رأينا تحركا أكثر حسما».")
    assert [s for s, _, _ in said(src)] == ["anazi", "rhodes"]
