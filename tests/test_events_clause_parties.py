"""An event's parties come from its own verbal clause (issue 15, round 15 random-news sample):
a clause joined by «، و» + a known verb or by «ثم» («، وبعث برقية عزاء لملك الأردن», «ثم تبادل
الخطابات مع خامنئي») has names of its own, no party of the event told in another clause; the
sentence's subject is shared by the verbs joined to its first one. The `event_senses` rows of
kind clause_verb, row by row."""

from __future__ import annotations

import pytest

from marsad.events.clauses import clause_groups, outside, sentence_clauses
from marsad.events.context import build_context
from marsad.lang import load_table
from tests.test_events_units import labelled_parties, marked, run

_VERBS = [r for r in load_table("event_senses") if r["kind"] == "clause_verb"]


@pytest.mark.parametrize("row", _VERBS, ids=lambda r: r["form"])
def test_each_clause_verb_keeps_its_clause_names_out(row: dict[str, str]) -> None:
    evs = run(f"التقى [الأمير فيصل](PER:faisal) [جون كيري](PER:kerry) أمس، و{row['form']} "
              "الوزير [عادل الجبير](PER:jubeir) الأمر.")
    assert labelled_parties(evs) == [("MEET", ["faisal", "kerry"])]


@pytest.mark.parametrize("row", _VERBS, ids=lambda r: r["form"])
def test_the_subject_of_the_first_verb_is_shared(row: dict[str, str]) -> None:
    evs = run(f"{row['form']} [الملك سلمان](PER:salman) كلمة في [الرياض](LOC:riyadh) أمس، وعقد اجتماعا "
              "مع [محمد بن زايد](PER:mbz).")
    if row["form"] in _OPENING:  # تفقد opening the report with an office after it: a visit of its own
        assert ("MEET", ["salman", "mbz"]) in labelled_parties(evs)
        return
    assert labelled_parties(evs) == [("MEET", ["salman", "mbz"])]


_OPENING = {r["form"] for r in load_table("event_senses") if r["kind"] == "opening_verb"}


def test_a_name_in_a_clause_between_the_events_triggers_is_no_party() -> None:
    evs = run("تلقى [الملك سلمان](PER:salman) اتصالا هاتفيا من [الملك حمد](PER:hamad)، وبعث برقية عزاء "
              "إلى [عبدالله الثاني](PER:abdullah)، وتلقى اتصالا هاتفيا من [تميم بن حمد](PER:tamim).")
    # two calls, one in each clause, the subject shared (round 16: they were one call with both callers)
    assert sorted(sorted(e.attrs.participants) for e in evs if e.label == "CALL") == \
        [["hamad", "salman"], ["salman", "tamim"]]
    assert all("abdullah" not in e.attrs.participants for e in evs)


def test_then_opens_a_clause() -> None:
    evs = run("أجرى [أوباما](PER:obama) اتصالا هاتفيا مع [روحاني](PER:rouhani) ثم تبادل الخطابات "
              "السرية مع الزعيم الأعلى [علي خامنئي](PER:khamenei).")
    assert labelled_parties(evs) == [("CALL", ["obama", "rouhani"])]


def test_an_object_of_the_first_verb_is_no_party_of_a_later_clause() -> None:
    evs = run("هنأ [الملك سلمان](PER:salman) الرئيس [هاشم تاتشي](PER:thaci)، وعقد اجتماعا مع "
              "الرئيس [محمود عباس](PER:abbas).")
    assert labelled_parties(evs) == [("MEET", ["salman", "abbas"])]


def test_a_listed_party_after_a_comma_and_wa_stays() -> None:
    evs = run("التقى [الأمير فيصل](PER:faisal) مع [جون كيري](PER:kerry)، والوزير [عادل الجبير](PER:jubeir) "
              "في [الرياض](LOC:riyadh).")
    assert labelled_parties(evs) == [("MEET", ["faisal", "kerry", "jubeir"])]


def test_a_place_name_that_starts_like_a_verb_opens_no_clause() -> None:
    evs = run("وقعت [أرامكو](ORG:aramco) اتفاقية مع [دبي](LOC:dubai)، و[رأس الخيمة](LOC:rak) أمس.")
    assert "rak" in evs[0].attrs.participants


def test_the_subject_is_the_person_not_the_body_his_title_names() -> None:
    evs = run("قام الأمين العام لـ[مجلس التعاون](ORG:gcc) الدكتور [عبداللطيف الزياني](PER:zayani) بزيارة "
              "لـ[مركز الملك سلمان](ORG:ksrelief)، والتقى بالمشرف العام على المركز الدكتور "
              "[عبدالله الربيعة](PER:rabeeah).")
    meets = [e for e in evs if e.label == "MEET"]
    assert meets and {"zayani", "rabeeah"} <= set(meets[0].attrs.participants)


def test_the_object_of_the_first_verb_is_no_subject_when_the_subject_is_unnamed() -> None:
    evs = run("وفي يوم الأربعاء هنأ رئيس جمهورية [بنغلاديش](LOC:bd) بذكرى استقلال بلاده، وعقد جلسة "
              "مباحثات مع رئيس [السودان](LOC:sudan)، وعزى رئيس [ألمانيا](LOC:de) في ضحايا الطائرة.")
    assert all("bd" not in e.attrs.participants and "de" not in e.attrs.participants for e in evs)



_NAME_PREPS = [r for r in load_table("event_senses") if r["kind"] == "name_prep"]


@pytest.mark.parametrize("row", _NAME_PREPS, ids=lambda r: r["form"])
def test_a_place_after_each_name_preposition_is_no_shared_subject(row: dict[str, str]) -> None:
    # the first clause names no person: without the row, «فرنسا» within its first words would be the
    # subject the joined clause shares, and stand in that clause's event
    art = marked(f"عاد {row['form']} [فرنسا](LOC:fr) أمس، ثم التقى [تميم بن حمد](PER:tamim) مع "
                 "[محمد بن زايد](PER:mbz).")
    ctx = build_context(art)
    sent = ctx.sentences[0]
    clauses = sentence_clauses(ctx, sent)
    meet = [t for t in sent.triggers() if t.row.type == "MEET"]
    assert clauses.starts and meet
    assert outside(sent, meet, clauses, art.text.index("فرنسا"))


def test_wa_and_a_trigger_verb_of_another_type_open_a_clause_without_a_comma() -> None:
    # «و» glued to a trigger's verb opens a clause as «، و» does: the signer in it is no guest
    evs = run("استقبل [الملك سلمان](PER:salman) [محمد بن زايد](PER:mbz) أمس ووقع مع [جون كيري](PER:kerry) "
              "اتفاقية للتعاون.")
    meets = [e for e in evs if e.label == "MEET"]
    assert meets and sorted(meets[0].attrs.participants) == ["mbz", "salman"]


def test_a_clause_verb_with_no_comma_goes_on_telling_the_meeting() -> None:
    evs = run("التقى [الأمير فيصل](PER:faisal) [جون كيري](PER:kerry) وبحثا العلاقات الثنائية في "
              "[جدة](LOC:jeddah).", published="2015-07-31")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", "jeddah")]


def test_wa_before_a_name_opens_no_clause_without_a_comma() -> None:
    evs = run("التقى [الأمير فيصل](PER:faisal) [جون كيري](PER:kerry) و[عادل الجبير](PER:jubeir) في "
              "[الرياض](LOC:riyadh).")
    assert labelled_parties(evs) == [("MEET", ["faisal", "kerry", "jubeir"])]


def test_a_verb_whose_first_letter_is_wa_opens_no_clause_without_a_comma() -> None:
    # «وصلوا» is the verb وصل, no «و» + a verb: the bodies before it stay the visitors
    evs = run("كان ممثلو [المفوضية الأوروبية](ORG:ec) و[صندوق النقد الدولي](ORG:imf) قد وصلوا إلى "
              "[أثينا](LOC:athens) أمس.")
    assert evs and {"ec", "imf"} <= set(evs[0].attrs.participants)


def test_wa_and_a_trigger_verb_open_a_clause_without_a_comma() -> None:
    evs = run("وصل [قاسم سليماني](PER:soleimani) إلى [موسكو](LOC:moscow) أمس والتقى بالرئيس "
              "[فلاديمير بوتين](PER:putin).")
    visits = [e for e in evs if e.label == "VISIT"]
    assert visits and "putin" not in visits[0].attrs.participants


def test_a_second_meeting_trigger_with_no_party_of_its_own_is_the_same_meeting() -> None:
    evs = run("اجتمع [الملك سلمان](PER:salman) مع [محمد بن زايد](PER:mbz) أمس، وبحث معه العلاقات بين "
              "البلدين.")
    assert labelled_parties(evs) == [("MEET", ["salman", "mbz"])]



def test_a_clause_naming_a_state_of_its_own_is_a_happening_of_its_own() -> None:
    # «من أمير دولة قطر»: the state stands for its emir; «في جدة» would be a place, no party
    art = marked("تلقى [الملك سلمان](PER:salman) اتصالا هاتفيا من ملك [البحرين](LOC:bahrain)، وبعث برقية "
                 "عزاء لملك [الأردن](LOC:jordan)، وتلقى اتصالا هاتفيا من أمير دولة [قطر](LOC:qatar).")
    ctx = build_context(art)
    sent = ctx.sentences[0]
    calls = [t for t in sent.triggers() if t.row.type == "CALL"]
    assert len(calls) == 2 and len(clause_groups(ctx, sent, calls)) == 2
    art = marked("تلقى [الملك سلمان](PER:salman) اتصالا هاتفيا من [تميم بن حمد](PER:tamim)، وبعث برقية، "
                 "وأجرى اتصالا هاتفيا في [جدة](LOC:jeddah).")
    ctx = build_context(art)
    sent = ctx.sentences[0]
    calls = [t for t in sent.triggers() if t.row.type == "CALL"]
    assert len(calls) == 2 and len(clause_groups(ctx, sent, calls)) == 1


_SAYING_PARTICIPLES = [r for r in load_table("quote_cues") if r["kind"] == "participle"
                       and " " not in r["form"] and not r["form"].startswith("ب")]
_CLAUSE_PARTICIPLES = [r for r in load_table("event_senses") if r["kind"] == "clause_participle"]


@pytest.mark.parametrize("row", _CLAUSE_PARTICIPLES + _SAYING_PARTICIPLES, ids=lambda r: r["form"])
def test_each_participle_after_a_comma_keeps_its_clause_names_out(row: dict[str, str]) -> None:
    evs = run(f"التقى [الأمير فيصل](PER:faisal) [جون كيري](PER:kerry) أمس، {row['form']} "
              "الرئيس [علي عبد الله صالح](PER:saleh) بالأمر.")
    assert labelled_parties(evs) == [("MEET", ["faisal", "kerry"])]


def test_a_name_before_a_participle_is_no_party_of_an_event_in_it() -> None:
    evs = run("حذر [كيري](PER:kerry) من الخطر، منوها أن محادثات السلام بين [الحكومة](ORG:gov) "
              "و[الحوثيين](ORG:houthis) هي الطريق، متهما الرئيس المعزول [علي عبد الله صالح](PER:saleh) "
              "بالفوضى.")
    assert all("saleh" not in e.attrs.participants for e in evs)



def test_a_passive_agreement_in_a_relative_clause_takes_no_party_of_the_main_clause() -> None:
    evs = run("وقال المتحدث [جون كيربي](PER:kirby) إن الاتفاق النووي الذي أبرم يوم الثلاثاء بين "
              "[إيران](LOC:iran) والقوى العالمية الست أرسل إلى الكونغرس.")
    agrees = [e for e in evs if e.label == "AGREE"]
    assert agrees and all("kirby" not in e.attrs.participants for e in agrees)


def test_leaders_who_discuss_an_agreement_did_not_sign_it() -> None:
    evs = run("اتصل الرئيس [باراك أوباما](PER:obama) بالملك [سلمان](PER:salman) لبحث الاتفاق النووي "
              "الذي أبرم اليوم مع [إيران](LOC:iran).")
    assert all(e.label != "AGREE" or not {"obama", "salman"} & set(e.attrs.participants) for e in evs)


def test_a_person_before_the_relative_pronoun_still_signs() -> None:
    evs = run("وقال الوزير [عادل الجبير](PER:jubeir) الذي وقع اتفاقية مع [روسيا](LOC:russia) أمس إن "
              "التعاون مهم.")
    agrees = [e for e in evs if e.label == "AGREE"]
    assert agrees and "jubeir" in agrees[0].attrs.participants


_PARTNER_PRONOUNS = [r for r in load_table("event_senses") if r["kind"] == "partner_pronoun"]


@pytest.mark.parametrize("row", _PARTNER_PRONOUNS, ids=lambda r: r["form"])
def test_a_partner_pronoun_keeps_the_party_named_before_the_clause(row: dict[str, str]) -> None:
    evs = run(f"وتلتزم [إيران](LOC:iran) بشروط الاتفاق النووي الذي أبرم {row['form']} وبين "
              "[مجموعة 5+1](ORG:p5) الشهر الماضي.")
    agrees = [e for e in evs if e.label == "AGREE"]
    assert agrees and "iran" in agrees[0].attrs.participants
