"""Event arguments across clause marks (issue 15, round 19 events-dev errors): a comma closes a
definite event noun, so the «مع» after it is another verb's partner; a time word a few words
before «من» makes the event noun after it a time mark; a definite meeting noun after a verb of
attending is the meeting told before, its attendees no parties; a complementizer carrying the
subject's pronoun right before a verb trigger makes the names after the verb its objects. The
`event_cues` rows of kinds background (with a window) and attend_verb, and the `event_senses`
rows of kind pronoun_subject, row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_SPANNING = [r["form"] for r in load_table("event_cues")
             if r["kind"] == "background" and int(r["window"]) > 0]
_ATTENDING_VERBS = [r["form"] for r in load_table("event_cues") if r["kind"] == "attend_verb"]
_PRONOUN_SUBJECTS = [r["form"] for r in load_table("event_senses") if r["kind"] == "pronoun_subject"]


def test_a_comma_closes_a_definite_visit_noun() -> None:
    evs = run("قام الوزير [ماجد الحقيل](PER:hogail) بزيارة إلى [مصلحة الجمارك](ORG:customs) أمس. "
              "وبحث الحقيل خلال الزيارة، مع مدير عام الجمارك [صالح الخليوي](PER:khulaiwi)، أوجه التعاون.")
    assert [(label, set(ps)) for label, ps in labelled_parties(evs)] == [
        ("VISIT", {"hogail", "customs"}), ("MEET", {"hogail", "khulaiwi"})]
    # with no comma the partner is the noun's own: the talks are told there
    evs = run("وجرت المحادثات مع الرئيس [عبدالفتاح السيسي](PER:sisi) في [القاهرة](LOC:cairo) بحضور "
              "الوزير [عادل الجبير](PER:jubeir). وقال [سامح شكري](PER:shoukry) إن المحادثات مع "
              "[الجبير](PER:jubeir) كانت مثمرة.")
    assert any(label == "MEET" and "jubeir" in ps for label, ps in labelled_parties(evs))


@pytest.mark.parametrize("form", _SPANNING)
def test_a_time_word_before_min_makes_the_noun_a_time_mark(form: str) -> None:
    evs = run(f"بعثت [ألمانيا](LOC:germany) وفدًا {form} [خمسة أيام](DURATION:P5D) فقط من توقيع الاتفاق في "
              "[فيينا](LOC:vienna).")
    # the signing is a time mark, no agreement; the state sending a delegation visits (round-41
    # ruling, docs/realtext-annotation.md: «بعثت ألمانيا وفدًا» a VISIT of that state)
    assert labelled_parties(evs) == [("VISIT", ["germany"])]
    # no span of time between: «من» is the verbal noun's own, the meeting is told
    evs = run(f"وقال السيناتور [بوب كروكر](PER:corker)، {form} خروجه من اجتماع مع نائب الرئيس "
              "[جو بايدن](PER:biden)، إن التصويت إهانة.")
    assert labelled_parties(evs) == [("MEET", ["corker", "biden"])]


def test_a_time_word_past_its_window_or_a_named_doer_keeps_the_event() -> None:
    # the doer named after the noun: a report (as «منذ توقيع وزارة العمل اتفاقية مع بنجلادش»)
    evs = run("وصل الوفد إلى [الرياض](LOC:riyadh) بعد أيام من توقيع [وزارة العمل](ORG:mol) اتفاقية مع "
              "[بنجلادش](LOC:bd).")
    assert ("AGREE", ["mol", "bd"]) in labelled_parties(evs)
    # its doer named past a title: a report (a seed article)
    evs = run("وجاءت الزيارة بعد [أيام](DURATION:P3D) من لقاء الرئيس [فلاديمير بوتين](PER:putin) في "
              "[أوزبكستان](LOC:uz) مع الزعيم الصيني [شي جين بينغ](PER:xi).")
    assert ("MEET", ["putin", "xi"]) in labelled_parties(evs)
    # «قبل» (window 0) tells an event still to come, a report of it
    evs = run("وانتقد الفنان الصين في [بريطانيا](LOC:uk) قبل شهر واحد من زيارة مقررة للرئيس "
              "[شي جين بينغ](PER:xi) إلى [بريطانيا](LOC:uk).")
    assert labelled_parties(evs) == [("VISIT", ["xi"])]
    # a comma between the time word and «من»: no time phrase
    evs = run("وبعد ذلك، أعلن أن عددا من المسؤولين من [السعودية](LOC:saudi) وقعوا اتفاقية مع "
              "[مصر](LOC:egypt).")
    assert ("AGREE", ["saudi", "egypt"]) in labelled_parties(evs)


@pytest.mark.parametrize("verb", _ATTENDING_VERBS)
def test_attendees_of_the_meeting_told_before_are_no_parties(verb: str) -> None:
    evs = run(f"كما {verb} الاجتماع [ماغمد داؤدوف](PER:d) رئيس البرلمان، و[حسن حكيموف](PER:h) نائب "
              "رئيس الحكومة.")
    assert evs == []
    # the meeting's own parties stay, its witness does not
    evs = run(f"التقى [محمد بن سلمان](PER:mbs) [سمير جعجع](PER:geagea) في [جدة](LOC:jeddah)، "
              f"و{verb.lstrip('و')} اللقاء السفير [علي عواض عسيري](PER:asiri).")
    assert labelled_parties(evs) == [("MEET", ["mbs", "geagea"])]


@pytest.mark.parametrize("form", _PRONOUN_SUBJECTS)
def test_a_complementizer_pronoun_is_the_verb_subject(form: str) -> None:
    evs = run(f"وقال [جون كيري](PER:kerry) {form} سيبحث الوضع السوري مع نظيريه الروسي "
              "[سيرجي لافروف](PER:lavrov) والسعودي [عادل الجبير](PER:jubeir).")
    assert labelled_parties(evs) == [("MEET", ["kerry", "lavrov", "jubeir"])]


def test_the_pronoun_stands_for_the_person_named_before_it() -> None:
    # the speaker is no party: the pronoun is the minister's, named between
    evs = run("وقال [جون كيري](PER:kerry) إن الوزير [سيرجي لافروف](PER:lavrov) أكد أنه سيلتقي "
              "[عادل الجبير](PER:jubeir).")
    assert labelled_parties(evs) == [("MEET", ["lavrov", "jubeir"])]
    # no pronoun on the complementizer: the names after the verb are its subject and object
    evs = run("وقال المتحدث [جون كيربي](PER:kirby) إن [جون كيري](PER:kerry) التقى "
              "[سيرجي لافروف](PER:lavrov).")
    assert labelled_parties(evs) == [("MEET", ["kerry", "lavrov"])]
