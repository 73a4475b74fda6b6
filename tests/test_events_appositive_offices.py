"""An office said after a person's name (الأمير X أمير منطقة الرياض) is his: said again later
without the name (واستقبل أمير الرياض ...) it stands for him as an event party (issue 15, round
29); not an office that a name follows, nor one joined by و (a second person), nor the office
after a name inside the event's own sentence (the name's, a party or not already)."""

from __future__ import annotations

from marsad.events.appositive_offices import AppositiveIndex
from marsad.events.context import build_context
from tests.test_events_units import marked, run


def _meets(evs: list) -> list:
    return [e for e in evs if e.label == "MEET"]


_LEAD = ("استقبل صاحب السمو الملكي الأمير [فيصل بن بندر](PER:faisal) أمير منطقة [الرياض](LOC:riyadh) "
         "في مكتب سموه أمس، محافظي المنطقة. ")


def test_the_office_said_again_without_the_name_is_the_person_named_before() -> None:
    evs = run(_LEAD + "واستقبل أمير [الرياض](LOC:riyadh) في مكتب سموه أمس، عضو هيئة كبار العلماء الشيخ "
              "[عبدالله الخنين](PER:khunain).")
    meet = _meets(evs)
    assert meet and {"faisal", "khunain"} <= set(meet[-1].attrs.participants)


def test_the_office_with_its_region_noun_is_the_same_office() -> None:
    evs = run(_LEAD + "كما استقبل أمير منطقة [الرياض](LOC:riyadh) في مكتب سموه أمس، رئيس المحكمة الشيخ "
              "[مرعي القرني](PER:qarni).")
    meet = _meets(evs)
    assert meet and {"faisal", "qarni"} <= set(meet[-1].attrs.participants)


def test_a_chain_of_offices_after_the_name_is_read_whole() -> None:
    evs = run("رحبت الجامعة بزيارة صاحب السمو الملكي الأمير [محمد بن سلمان](PER:mbs) ولي ولي العهد "
              "النائب الثاني لرئيس مجلس الوزراء وزير الدفاع إلى [مصر](LOC:egypt). وشدد على أن مباحثات "
              "[القاهرة](LOC:cairo) بين ولي ولي العهد والرئيس [عبدالفتاح السيسي](PER:sisi)، مهمة.")
    meet = _meets(evs)
    assert meet and {"mbs", "sisi"} <= set(meet[-1].attrs.participants)


def test_an_office_a_name_follows_or_joined_by_wa_is_not_the_name_befores() -> None:
    art = marked("استقبل الأمير [فيصل](PER:faisal) وزير الخارجية القطري [خالد العطية](PER:attiyah) أمس. "
                 "وحضر الأمير [سعود](PER:saud) ووزير الداخلية اللقاء.")
    index = AppositiveIndex(build_context(art))
    assert index.phrases == []



def test_an_office_named_first_is_the_one_named_with_it_in_a_later_sentence() -> None:
    art = marked("جاء ذلك خلال اجتماع مع مدير عام الشؤون الصحية. وكان [أحمد السهلي](PER:sahli) "
                 "مدير عام الشؤون الصحية قد وصل أمس.")
    ctx = build_context(art)
    index = AppositiveIndex(ctx)
    ws = ctx.sentences[0].words
    k = next(i for i, w in enumerate(ws) if w.norm == "مدير")
    assert index.holder(ws, k, len(ws)) == "sahli"



def test_a_bare_definite_title_said_again_is_the_one_named_with_it_before() -> None:
    evs = run("افتتح الرئيس [علي بونغو](PER:bongo) أمس المؤتمر. "
              "وزار الرئيس بعد ذلك [مستشفى ليبرفيل](ORG:hosp).")
    visit = [e for e in evs if e.label == "VISIT"]
    assert visit and visit[0].attrs.participants[0] == "bongo"
