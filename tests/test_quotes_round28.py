"""Quotations of round 28 (issue 15), on invented sentences.

- A verb of saying in a relative clause on a named person («X الذي أكد [حدوث ...]») takes its
  noun object even when a later verb of saying in the sentence has a complementizer («... وقال
  إنه ...»): that complementizer is the later verb's, not the relative verb's.
- A reported clause whose marked words come after its own words, a comma and a conjunction
  («وأوضح X أنه [لا يمكن ...]، "ولن يرضوا ..."») is a quotation of its own before the direct one;
  when the marks finish the clause («أن الميليشيات ...، «باتت مخلخلة»») the direct quote stands
  for it alone, as before.
- «السلطات» is a body described by its kind (speaker_references kind body, like «قوات»): «أعلنت
  السلطات الأسترالية أنها ...، مؤكدة أنها [...]»: the participle goes on with those words.
- A courtesy pronoun whose office nobody holds («معاليه»: a minister) stands for the holder of the
  office last given that courtesy («وذكر معالي المحافظ ...»: the governor).
- غرد (tweeted) is a verb of saying: «“...”، هكذا يغرد X», «وغرد X قائلا إن ...».
- A last name shared by two persons named in full goes to the one named last before it (the
  byline's reporter «متعب البقمي» first, then «العقيد عائض البقمي»: «وأضاف العقيد "البقمي"» is the
  colonel), not to the first one named.
"""

from __future__ import annotations

from marsad.steps.quotes import quotes
from tests.test_quotes_units import marked, run


def test_relative_object_before_a_later_verbs_complementizer() -> None:
    got = run("وأجرت الصحيفة اتصالا بنائب مدير المستشفى [مرزوق العتيبي](PER:otaibi) الذي أكد حدوث التبديل "
              "وقال إنه وصل إلى المستشفى حادثان منفصلان.")
    assert [(t, s) for _, t, s in got] == [("حدوث التبديل", "otaibi"),
                                           ("وصل إلى المستشفى حادثان منفصلان", "otaibi")]


def test_relative_verb_with_its_own_complementizer_stays_out() -> None:
    got = run("وكان [عبدالله النسور](PER:nsour) الذي أعلن في تصريحات أن عمان لن تسلح العشائر قد زار بغداد.")
    assert [t for _, t, _ in got] == ["عمان لن تسلح العشائر قد زار بغداد"]


def test_clause_before_a_conjoined_direct_quote() -> None:
    got = run('وأوضح [مشايخ ذمار](ORG:elders) في بيانهم أنه لا يمكن لهم المشاركة في تلك الأعمال، '
              '"ولن يرضوا أن تتلطخ سمعتهم ووطنيتهم بمثل هذا البيان".')
    assert [(k, t) for k, t, _ in got] == [
        ("indirect", "لا يمكن لهم المشاركة في تلك الأعمال"),
        ("direct", "ولن يرضوا أن تتلطخ سمعتهم ووطنيتهم بمثل هذا البيان")]


def test_marks_that_finish_the_clause_stand_alone() -> None:
    said = ("باتت مخلخلة وتعاني التفكك بعد صدمة العمليات العسكرية القوية "
            "التي شنتها قوات التحالف في كل المحافظات")
    got = run(f"وقال [العميد أحمد عسيري](PER:asiri) إن الميليشيات الحوثية والقوات الموالية، «{said}».")
    assert [(k, t) for k, t, _ in got] == [("direct", said)]


def test_a_shared_last_name_is_the_one_named_last_before() -> None:
    got = run("[متعب البقمي](PER:reporter)- سبق- مكة المكرمة: تبدأ القوة الخاصة استعداداتها. "
              "وقال قائد القوة، العقيد [عائض بن عبيد البقمي](PER:colonel)، إن المراكز أكملت استعداداتها. "
              'وأضاف العقيد "البقمي" أن الدوريات تبذل جهوداً كبيرة.')
    assert [(t, s) for _, t, s in got][-1] == ("الدوريات تبذل جهوداً كبيرة", "colonel")


def test_tweeting_is_saying() -> None:
    got = run("وأمواله هي لفقراء الناس، “لا يوجد ضرائب في دولتنا كما هو الحال في الدول الأوربية”، "
              "هكذا يغرد أحد مناصري التنظيم على تويتر.")
    assert [t for _, t, _ in got] == ["لا يوجد ضرائب في دولتنا كما هو الحال في الدول الأوربية"]
    got = run("وغرد [صالح الشيحي](PER:shehi) في تويتر قائلا إن الملتقى كان خزيا على الثقافة.")
    assert [(t, s) for _, t, s in got] == [("الملتقى كان خزيا على الثقافة", "shehi")]


def test_the_idiom_out_of_the_flock_is_no_saying() -> None:
    assert run("وقطاع التأجير يغرد خارج السرب في السعودية هذا العام.") == []


def test_the_authorities_are_a_described_body() -> None:
    got = run("من جهتها، أعلنت السلطات الأسترالية أنها “واثقة من أنها تبحث في المكان الصحيح” عن الطائرة، "
              "مؤكدة أنها ستعثر عليها.")
    assert [(t, s) for _, t, s in got] == [("واثقة من أنها تبحث في المكان الصحيح", None),
                                           ("ستعثر عليها", None)]


def test_a_participle_goes_on_with_the_authorities() -> None:
    art = marked("وأعلنت السلطات السويسرية أن التحقيق يشمل عشرة مسؤولين، مشيرة إلى أن الأمور تتعلق "
                 "بتصفيات كأس العالم.")
    quotes.func(art)
    assert [q.attrs.speaker_text for q in art.layer("quotes")] == ["السلطات السويسرية"] * 2


def test_a_courtesy_pronoun_whose_office_nobody_holds() -> None:
    got = run("قام محافظ المؤسسة العامة للتدريب الدكتور [علي بن ناصر الغفيص](PER:ghafis) بزيارة للأسرة. "
              "وذكر معالي المحافظ في كلمته لذوي الشهيد لله ما أخذ ولله ما أعطى. "
              "وأضاف معاليه بأن ابنكم وسام شرف في سماء الوطن.")
    assert [(t, s) for _, t, s in got][-1] == ("ابنكم وسام شرف في سماء الوطن", "ghafis")
