"""Events of issue 15, round 32 (events-dev-fresh21): an office said bare as the subject of a
verb of meeting («كما اجتمع سمو ولي ولي العهد في جدة مع رئيس حزب X»), its holder introduced
before with the office after his name, is that holder: the partner named past مع does not take
the office, and no subject is carried over from the sentence before (the last person it names
is no party)."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run

_LEAD = ("التقى الأمير [محمد بن سلمان](PER:mbs) ولي ولي العهد وزير الدفاع في [جدة](LOC:jeddah) أمس "
         "الرئيس الشيشاني [رمضان قديروف](PER:kad). وحضر اللقاء السفير [حسن حكيموف](PER:hak). ")


def test_an_office_subject_before_with_is_its_holder_not_the_partner_or_one_named_before() -> None:
    evs = run(_LEAD + "كما اجتمع سمو ولي ولي العهد في [جدة](LOC:jeddah) مساء أمس مع رئيس حزب القوات "
              "اللبنانية [سمير جعجع](PER:geagea).", published="2015-07-20")
    assert labelled_parties(evs) == [("MEET", ["mbs", "kad"]), ("MEET", ["geagea", "mbs"])]


def test_the_office_without_its_courtesy_word_is_its_holder_too() -> None:
    evs = run(_LEAD + "كما اجتمع ولي ولي العهد مع [سمير جعجع](PER:geagea).", published="2015-07-20")
    assert labelled_parties(evs)[1] == ("MEET", ["geagea", "mbs"])


def test_an_office_whose_own_name_follows_is_his_not_the_holder_before() -> None:
    evs = run(_LEAD + "كما اجتمع وزير الخارجية [عادل الجبير](PER:jubeir) مع [سمير جعجع](PER:geagea).",
              published="2015-07-20")
    assert labelled_parties(evs)[1] == ("MEET", ["jubeir", "geagea"])


def test_a_reception_nouns_office_is_its_guest_and_the_speaker_its_host() -> None:
    evs = run("وكان أمير المنطقة الأمير [جلوي بن مساعد](PER:jiluwi) قد نوه بالمبادرات. وقال لدى استقباله "
              "محافظ المؤسسة الدكتور [علي الغفيص](PER:ghofais) في مكتبه أمس: إنكم لبيتم النداء.",
              published="2015-08-05")
    assert labelled_parties(evs) == [("MEET", ["jiluwi", "ghofais"])]
