"""Events on invented sentences with hand-made mention spans, and the event tables row by row."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.rounds import round_in
from marsad.events.triggers import find_triggers, trigger_rows
from marsad.events.words import words_of
from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.model import Article, MentionAttrs, Published, SegmentAttrs, Span, TimexAttrs
from marsad.steps.events import events
from marsad.steps.quotes import quotes

_MARK = re.compile(r"\[([^\]]+)\]\((PER|ORG|LOC|MISC|DATE):([^)]+)\)")


def marked(src: str, published: str | None = None) -> Article:
    """An article from text with `[surface](TYPE:entity)` marks; DATE marks carry a value."""
    text, last = "", 0
    spans: list[tuple[int, int, str, str]] = []
    for m in _MARK.finditer(src):
        text += src[last:m.start()]
        start = len(text)
        text += m.group(1)
        spans.append((start, len(text), m.group(2), m.group(3)))
        last = m.end()
    text += src[last:]
    art = Article(path="invented.txt", text=text)
    art.set_layer("segments", [Span(0, len(text), "body", SegmentAttrs())])
    art.set_layer("mentions", [Span(s, e, t, MentionAttrs(entity=v)) for s, e, t, v in spans if t != "DATE"])
    art.set_layer("timexes", [Span(s, e, "DATE", TimexAttrs(value=v)) for s, e, t, v in spans if t == "DATE"])
    art.published = Published(date=published, source="test")
    return art


def run(src: str, published: str | None = None) -> list[Span]:
    art = marked(src, published)
    quotes.func(art)
    events.func(art)
    return art.layer("events")


def labelled_parties(evs: list[Span]) -> list[tuple[str, list[str]]]:
    """Each event's type and participants, in order."""
    return [(e.label, e.attrs.participants) for e in evs]


def test_reception_gives_host_guest_place_and_date() -> None:
    evs = run("استقبل ولي العهد [محمد بن سلمان](PER:mbs) في [الرياض](LOC:riyadh) "
              "[أمس](DATE:2015-07-20) رئيس الوزراء [نواز شريف](PER:sharif).")
    assert [e.label for e in evs] == ["MEET"]
    a = evs[0].attrs
    assert a.participants == ["mbs", "sharif"]
    assert a.roles == {"mbs": "host", "sharif": "guest"}
    assert a.place == "riyadh" and a.date == "2015-07-20"
    assert a.plover == "CONSULT:meeting" and a.status == "happened"


def test_visit_to_a_place_with_future_prefix_is_planned() -> None:
    evs = run("وسيزور [لافروف](PER:lavrov) [القاهرة](LOC:cairo) الأسبوع المقبل.")
    assert evs[0].label == "VISIT" and evs[0].attrs.status == "planned"
    assert evs[0].attrs.participants == ["lavrov"]
    assert evs[0].attrs.plover == "CONSULT:visit"


def test_denied_meeting_is_kept_with_its_status() -> None:
    evs = run("ونفى المتحدث أن يكون [كيري](PER:kerry) قد التقى [ظريف](PER:zarif) في [فيينا](LOC:vienna).")
    assert evs and evs[0].attrs.status == "denied"
    assert set(evs[0].attrs.participants) == {"kerry", "zarif"}


def test_expected_cue() -> None:
    evs = run("ومن المتوقع أن يلتقي [أوباما](PER:obama) مع [سلمان](PER:salman) في واشنطن.")
    assert evs[0].attrs.status == "expected"


def test_phone_call_between_two_named_persons() -> None:
    evs = run("تلقى [الملك سلمان](PER:salman) اتصالا هاتفيا من الرئيس [أوباما](PER:obama).")
    assert [e.label for e in evs] == ["CALL"]
    assert evs[0].attrs.plover == "CONSULT:phone"
    assert set(evs[0].attrs.participants) == {"salman", "obama"}


def test_countries_participate_when_no_person_is_named() -> None:
    evs = run("ووقعت [السعودية](LOC:saudi) و[فرنسا](LOC:france) اتفاقية للتعاون النووي "
              "في [باريس](LOC:paris).")
    ev = [e for e in evs if e.label == "AGREE"][0]
    assert ev.attrs.participants == ["saudi", "france"]
    assert ev.attrs.place == "paris"


def test_joint_exercise() -> None:
    evs = run("وتجري [مصر](LOC:egypt) و[السعودية](LOC:saudi) مناورات بحرية مشتركة في البحر الأحمر.")
    assert [e.label for e in evs] == ["EXERCISE"]


def test_anaphoric_definite_noun_is_not_an_event() -> None:
    assert run("وجاءت الزيارة بعد أيام من الأزمة التي هزت [بغداد](LOC:baghdad).") == []


def test_dual_office_subject_borrows_the_counterpart_pair() -> None:
    evs = run("بحث وزيرا الخارجية المصري والأردني في اتصال هاتفي الأزمة. "
              "وقال الوزير [سامح شكري](PER:shoukry) لنظيره [ناصر جودة](PER:judeh) إن الحل سياسي.")
    call = [e for e in evs if e.label == "CALL"][0]
    assert call.attrs.participants == ["shoukry", "judeh"]


def test_one_person_on_both_sides_of_a_counterpart_noun_is_no_pair() -> None:
    evs = run("وصرح الناطق بأن المبعوث نقل للرئيس [السيسي](PER:sisi) تحيات وتقدير نظيره الصيني، وتطلعه إلى "
              "استقبال الرئيس [السيسي](PER:sisi) في زيارته المقبلة إلى [الصين](LOC:china).")
    assert all(len(set(e.attrs.participants)) == len(e.attrs.participants) for e in evs)
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["sisi"])]


def test_round_is_shared_by_events_of_the_same_series_and_participant() -> None:
    evs = run("وقال [جونسون](PER:johnson) إنه سيحضر الجولة الخامسة من المحادثات. "
              "وسيعقد [جونسون](PER:johnson) محادثات مع [تشو](PER:zhou) في [لندن](LOC:london).")
    meet = [e for e in evs if set(e.attrs.participants) == {"johnson", "zhou"}][0]
    assert meet.attrs.round == 5


@pytest.mark.parametrize(("text", "value", "series"), [
    ("الجولة الـ17 من المشاورات الأمنية الاستراتيجية", 17, "مشاورات امنيه استراتيجيه"),
    ("الجولة التاسعة عشرة من الحوار الاستراتيجي", 19, "حوار استراتيجي"),
    ("الدورة الحادية والعشرين من المفاوضات", 21, "مفاوضات"),
    ("الجولة الأولى من المحادثات", 1, "محادثات"),
    ("جولة ثالثة", 3, None),
    ("الجولة المقبلة من المحادثات", None, None),
])
def test_round_parsing(text: str, value: int | None, series: str | None) -> None:
    got = round_in(words_of(text))
    if value is None:
        assert got is None
        return
    assert got is not None and got[0] == value
    name = got[1]
    assert (name.key if name else None) == series
    if name is not None:  # the label is the phrase as the text spells it
        label = text[name.start:name.end]
        assert label.endswith(text.split()[-1]) and name.key.split()[0] in normalize(label)


@pytest.mark.parametrize("row", load_table("event_triggers"), ids=lambda r: r["form"])
def test_every_trigger_row_fires_on_its_own_form(row: dict[str, str]) -> None:
    needs = row["needs"].split("|")[0] if row["needs"] else ""
    form = row["form"] + ("ه" if row["form"] in _POSSESSED_ONLY else "")  # استقباله: its doer's pronoun
    if row["form"] in _OPENING:  # تفقد: only as the lead's first word, an office after it
        found = find_triggers(words_of(f"و{form} الوزير {needs}".strip()), lead=True)
    else:
        found = find_triggers(words_of(f"و{form} {needs}".strip()))
    assert found and found[0].row.type == row["type"]


_OPENING = {r["form"] for r in load_table("event_senses") if r["kind"] == "opening_verb"}


_POSSESSED_ONLY = {r["form"] for r in load_table("event_senses") if r["kind"] == "possessed_only"}


@pytest.mark.parametrize("form", sorted(_POSSESSED_ONLY))
def test_a_possessed_only_noun_is_no_trigger_bare(form: str) -> None:
    assert find_triggers(words_of(f"بدأ ال{form} للطلبات")) == []
    assert find_triggers(words_of(f"خلال {form}ه الوزير"))
    # bare without the article it is a trigger, an event only with a name after it (round 30)
    assert run(f"بدأ {form} الطلبات في [الرياض](LOC:riyadh).") == []


@pytest.mark.parametrize("row", load_table("event_ordinals"), ids=lambda r: r["form"])
def test_every_ordinal_row_gives_a_round(row: dict[str, str]) -> None:
    text = f"الجولة {row['form']}" if row["kind"] != "teen" else f"الجولة الثالثة {row['form']}"
    want = int(row["value"]) + (3 if row["kind"] == "teen" else 0)
    got = round_in(words_of(text))
    assert got is not None and got[0] == want


@pytest.mark.parametrize("word", ["وزارة", "الوزارات", "زيارات", "بحثا", "اتصالات"])
def test_words_that_only_look_like_triggers(word: str) -> None:
    kinds = {t.row.type for t in find_triggers(words_of(word))}
    if word == "زيارات":
        assert kinds == {"VISIT"}
    else:
        assert not kinds & {"VISIT", "CALL", "MEET"}


def test_trigger_rows_are_loaded() -> None:
    assert {r.type for r in trigger_rows()} >= {"VISIT", "MEET", "CALL", "AGREE", "EXERCISE"}


def test_office_without_a_name_resolves_to_the_person_introduced_with_it() -> None:
    evs = run("وصل وزير الخارجية القطري [خالد العطية](PER:attiyah) إلى [أربيل](LOC:erbil). "
              "واستقبل رئيس الإقليم [مسعود بارزاني](PER:barzani) وزير الخارجية القطري أمس.")
    meet = [e for e in evs if e.label == "MEET"][0]
    assert set(meet.attrs.participants) == {"barzani", "attiyah"}


def test_dropped_subject_of_a_verb_trigger_is_carried_from_the_sentence_before() -> None:
    evs = run("وسيشارك الرئيس [أوباما](PER:obama) في قمة الأعمال. "
              "وسيزور بعد ذلك العاصمة الإثيوبية [أديس أبابا](LOC:addis).")
    visit = [e for e in evs if e.label == "VISIT"][0]
    assert visit.attrs.participants == ["obama"] and visit.attrs.status == "planned"


_STATUS_ROWS = [r for r in load_table("event_cues") if r["kind"] in ("planned", "expected", "denied")]


@pytest.mark.parametrize("row", _STATUS_ROWS, ids=lambda r: r["form"])
def test_every_status_cue_row_sets_its_status(row: dict[str, str]) -> None:
    evs = run(f"و{row['form']} يلتقي [هادي](PER:hadi) مع [صالح](PER:saleh) في عدن.")
    assert evs and evs[0].attrs.status == row["kind"]


_WORDS = st.sampled_from(["التقى", "[بوتين](PER:putin)", "[الصين](LOC:china)", "زيارة", "مع", "اتصال هاتفي",
                          "الجولة", "الـ17", "من", "المشاورات", "قال", "إن", "“", "”", ".", "،", "وزير",
                          "الخارجية", "[الأمم المتحدة](ORG:un)", "سيزور", "لم", "\n"])


def test_a_saying_after_a_sentence_of_no_words_breaks_nothing() -> None:
    # found by the property test below: the sentence before «قال» is a lone full stop, and the
    # speaker's search for that sentence's opening subject read its first word
    art = marked(". قال إن التقى")
    quotes.func(art)
    events.func(art)
    assert art.layer("events") == []


@settings(max_examples=120, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_events_never_break_on_any_sentence(src: str) -> None:
    art = marked(src)
    quotes.func(art)
    events.func(art)
    for ev in art.layer("events"):
        assert 0 <= ev.start < ev.end <= len(art.text)
        assert ev.attrs.participants
        assert ev.attrs.status in {"happened", "planned", "expected", "denied"}
        assert ev.attrs.round is None or isinstance(ev.attrs.round, int)


def test_a_meeting_of_one_and_a_visit_by_an_organisation_to_nowhere_are_no_events() -> None:
    from marsad.events.extract import _too_few_parties
    from marsad.model import EventAttrs, Span

    def ev(label: str, parts: list[str], place: str | None = None) -> Span[EventAttrs]:
        return Span(0, 1, label, EventAttrs(participants=parts, place=place))

    people = {"obama"}
    assert _too_few_parties(ev("MEET", ["obama"]), people)
    assert _too_few_parties(ev("CALL", ["obama"]), people)
    assert not _too_few_parties(ev("MEET", ["obama", "putin"]), people)
    assert _too_few_parties(ev("VISIT", ["samsung"]), people)  # «سامسونج … تصل إلى 2560»
    assert not _too_few_parties(ev("VISIT", ["obama"]), people)  # a person arriving is kept
    assert not _too_few_parties(ev("VISIT", ["samsung"], "riyadh"), people)
    places = {"iran"}
    assert not _too_few_parties(ev("AGREE", ["iran"]), people, places)  # a state: a deal with the powers
    assert _too_few_parties(ev("AGREE", ["obama"]), people, places)  # a person alone: its partner was missed
    assert _too_few_parties(ev("AGREE", ["aswaq"]), people, places)
    assert not _too_few_parties(ev("AGREE", ["aswaq", "unilever"]), people, places)


def test_an_agreement_needs_a_second_party_unless_a_state_makes_it() -> None:
    # the envoy named in the next clause is no party to Iran's credit line with Syria
    evs = run("وقال الباحث إن الدراسة كشفت دعم إيران للنظام السوري، مشيرا إلى توقيع اتفاقية خط ائتماني "
              "جديد بقيمة مليار دولار، وتقديرات المبعوث الأممي [ستيفان دي ميستورا](PER:mistura).")
    assert [e.label for e in evs if e.label == "AGREE"] == []
    evs = run("مع إبرام الاتفاق النووي بين [إيران](LOC:iran) والقوى الكبرى في [فيينا](LOC:vienna) أمس، "
              "يعود الوزراء إلى عواصمهم.")
    assert [(e.label, e.attrs.participants) for e in evs] == [("AGREE", ["iran"])]


@pytest.mark.parametrize("partner", ["[روسيا](LOC:p)", "[أرامكو](ORG:p)", "[شركة النفط الوطنية](ORG:p)"])
def test_one_person_signing_takes_the_party_after_with(partner: str) -> None:
    evs = run(f"وقع وزير الخارجية [أحمد علي](PER:ali) أمس اتفاقية تعاون مع {partner} في [موسكو](LOC:moscow).")
    found = [(e.label, e.attrs.participants, e.attrs.place) for e in evs]
    assert found == [("AGREE", ["ali", "p"], "moscow")]


def test_the_place_of_a_meeting_or_agreement_is_no_party_to_it() -> None:
    from marsad.events.place_parties import place_steps_back
    from marsad.model import EventAttrs, Span

    agree = Span(0, 1, "AGREE", EventAttrs(participants=["geneva"], place="geneva", roles={"geneva": "host"}))
    place_steps_back(agree)
    assert agree.attrs.participants == [] and agree.attrs.roles == {}
    meet = Span(0, 1, "MEET", EventAttrs(participants=["kerry", "lavrov", "doha"], place="doha"))
    place_steps_back(meet)
    assert meet.attrs.participants == ["kerry", "lavrov"]
    visit = Span(0, 1, "VISIT", EventAttrs(participants=["kenya"], place="kenya"))
    place_steps_back(visit)  # a visit keeps it: `_too_few_parties` drops a visit of its place alone
    assert visit.attrs.participants == ["kenya"]


def test_a_described_subject_is_the_person_named_before() -> None:
    evs = run("ووصلت الفرنسية [ايزابيل بريم](PER:prime) إلى [فرنسا](LOC:france) أمس. "
              "والتقت الشابة المبتسمة الرئيس الفرنسي [فرنسوا هولاند](PER:hollande) في قاعدة "
              "[فيلاكوبلاي](LOC:villacoublay).")
    meet = [e for e in evs if e.label == "MEET"]
    assert meet and meet[0].attrs.participants == ["prime", "hollande"]
    assert meet[0].attrs.place == "villacoublay"


def test_a_subject_before_the_verb_is_no_described_one() -> None:
    evs = run("وزار [محمد](PER:m) المدينة أمس. حاكم [دبي](LOC:dubai) يستقبل الرئيس العام [عبدالرحمن](PER:a).")
    assert not any(e.label == "MEET" and "m" in e.attrs.participants for e in evs)


def test_a_place_behind_a_facility_noun() -> None:
    met = "التقى الرئيس [أوباما](PER:obama) الرئيس [كينياتا](PER:kenyatta)"
    evs = run(f"{met} بقصر [اليمامة](LOC:yamamah) أمس.")
    assert evs and evs[0].attrs.place == "yamamah"
    evs = run(f"{met} قرب [نيروبي](LOC:nairobi) أمس.")
    assert evs and evs[0].attrs.place is None


def test_the_speaker_meets_the_one_person_named_after_the_verb() -> None:
    evs = run("أعلن وزير الخارجية [لوران فابيوس](PER:fabius) انه سيلتقي الرئيس الإيراني "
              "[حسن روحاني](PER:rouhani).")
    meet = [e for e in evs if e.label == "MEET"]
    assert meet and set(meet[0].attrs.participants) == {"fabius", "rouhani"}


def test_a_call_that_is_the_occasion_of_a_statement_is_an_event() -> None:
    evs = run("يسعى الرئيس [حسن روحاني](PER:rouhani) إلى الانفتاح. "
              "وقال عقب اتصال هاتفي مع أمير قطر [تميم](PER:tamim) إن العلاقات جيدة.")
    call = [e for e in evs if e.label == "CALL"]
    assert call and set(call[0].attrs.participants) == {"rouhani", "tamim"}


def test_a_dual_verb_takes_the_two_persons_named_before() -> None:
    duals = {normalize(w): t.dual for w in ("واتفقا", "والتقيا", "التقوا", "اتفق")
             for t in find_triggers(words_of(w))}
    assert duals == {normalize("واتفقا"): True, normalize("والتقيا"): True,
                     normalize("التقوا"): False, normalize("اتفق"): False}
    evs = run("أجرى [لافروف](PER:lavrov) اتصالاً هاتفياً مع [وانغ يي](PER:wang). واتفقا على "
              "اللقاء في [موسكو](LOC:moscow) الأسبوع المقبل.")
    agreed = [(e.label, e.attrs.participants) for e in evs if e.label == "AGREE"]
    assert agreed == [("AGREE", ["lavrov", "wang"])]


def test_a_visit_told_again_with_its_visitor_alone_is_one_visit_whoever_comes_first() -> None:
    from marsad.events.repeats import _one_happening
    from marsad.model import EventAttrs, Span

    def ev(label: str, parts: list[str], place: str | None = None) -> Span[EventAttrs]:
        return Span(0, 1, label, EventAttrs(participants=parts, place=place, status="happened"))

    # «بمناسبة زيارة الأمير X» beside «... الرئيس Y ... زيارة X»: Y put first
    assert _one_happening(ev("VISIT", ["sisi", "mbs"], "egypt"), ev("VISIT", ["mbs"]))
    assert _one_happening(ev("VISIT", ["mbs"]), ev("VISIT", ["sisi", "mbs"], "egypt"))
    assert not _one_happening(ev("VISIT", ["sisi", "mbs"], "egypt"), ev("VISIT", ["mbs"], "jordan"))
    assert not _one_happening(ev("MEET", ["sisi", "mbs"]), ev("MEET", ["mbs"]))  # not every meeting he had


def test_a_clause_after_comma_and_waw_lends_no_party() -> None:
    # «، وقال ...» opens a clause of its own: the person it names is no party to the meeting
    evs = run("التقى [سامح شكري](PER:shoukry) مع [ناصر جودة](PER:judeh) في [عمان](LOC:amman) أمس، "
              "وقال المتحدث باسم الوزارة [أحمد أبو زيد](PER:abuzeid) إن اللقاء مثمر.")
    meet = [e for e in evs if e.label == "MEET"][0]
    assert meet.attrs.participants == ["shoukry", "judeh"]
    assert meet.attrs.place == "amman"


def test_a_party_listed_after_comma_and_waw_stays() -> None:
    # «، ووزير الخارجية Y»: an office and a name right after «، و» list one more party
    evs = run("التقى [سامح شكري](PER:shoukry) الرئيس [محمود عباس](PER:abbas)، "
              "ووزير الخارجية [رياض المالكي](PER:malki) في [رام الله](LOC:ramallah).")
    meet = [e for e in evs if e.label == "MEET"][0]
    assert set(meet.attrs.participants) == {"shoukry", "abbas", "malki"}


def test_a_venue_clause_after_comma_and_waw_still_gives_the_place() -> None:
    evs = run("استقبل [عبدالله الربيعة](PER:rabeeah) رئيس اللجنة الكويتية [جمال النوري](PER:nouri)، "
              "وذلك بمقر المركز في "
              "[الرياض](LOC:riyadh).")
    meet = [e for e in evs if e.label == "MEET"][0]
    assert meet.attrs.place == "riyadh"


def test_a_call_verb_reaches_its_partner_past_a_long_subject() -> None:
    """«اتصل X بـY»: the partner after ب glued to a title or «نظير», past a subject of five words."""
    evs = run("اتصل رئيس الوزراء البريطاني [ديفيد كاميرون](PER:cameron) بالرئيس الإيراني "
              "[حسن روحاني](PER:rouhani) أمس.")
    call = [e for e in evs if e.label == "CALL"]
    assert call and set(call[0].attrs.participants) == {"cameron", "rouhani"}
    assert [t.row.type for t in find_triggers(words_of("اتصل الوزير بنظيره"))] == ["CALL"]
    for text in ("اتصل الوزير بعد ذلك", "اتصل الأمر بشأن المشروع",
                 "بعدها اتصل علي خالد الشنيف واخبرني بأن ابنه"):
        assert find_triggers(words_of(text)) == []  # a particle with ب, no one called


def test_a_visit_awaited_is_to_come() -> None:
    # events-dev-fresh28 686: «لكن الدبلوماسيين سينتظرون زيارة جون كيري هذا الصيف»: the visit they wait
    # for has not been made
    evs = run("لكن الدبلوماسيين سينتظرون زيارة [جون كيري](PER:kerry) إلى [هافانا](LOC:havana) هذا الصيف.")
    assert [(e.label, e.attrs.status) for e in evs] == [("VISIT", "planned")]
