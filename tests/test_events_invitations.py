"""A visit made at someone's invitation (issue 15, round 25): the sender of the invitation its
sentence names, in construct with the invitation noun or after «من», hosts the visit (the guide:
whoever invites the visitor is a host participant, even a body); an invitation naming no sender,
or naming whom it invites, adds no one; each `invitation` cue row is read at its word."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import event_cues
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_events_units import run


def _visits(text: str) -> list:
    return [e for e in run(text) if e.label == "VISIT"]


def test_the_sender_after_from_hosts_the_visit() -> None:
    visit = _visits("زار الشيخ [سالم العمري](PER:omari) مقر قيادة حرس الحدود بناء على دعوة تلقاها من "
                    "[وزارة الداخلية](ORG:moi).")
    assert visit and {"omari", "moi"} <= set(visit[0].attrs.participants)
    assert visit[0].attrs.roles.get("moi") == "host"


def test_the_sender_after_from_before_a_visit_noun_is_no_invitee() -> None:
    # «قام X بناء على دعوة تلقاها من Y بزيارة»: Y sent the invitation and hosts; X visits
    visit = _visits("قام الشيخ [سالم العمري](PER:omari) بناء على دعوة تلقاها من [وزارة الداخلية](ORG:moi) "
                    "بزيارة إلى مقر قيادة حرس الحدود.")
    assert visit and visit[0].attrs.participants[0] == "omari"
    assert visit[0].attrs.roles == {"omari": "guest", "moi": "host"}


def test_the_sender_in_construct_hosts_the_visit() -> None:
    visit = _visits("تعمل [المنظمة العربية للتنمية](ORG:org) على تشكيل وفد لزيارة [تونس](LOC:tunisia) "
                    "للاطلاع على أوضاع المزارعين في [تونس](LOC:tunisia) وذلك تلبية لدعوة "
                    "[الحكومة التونسية](ORG:tunisia_gov) بعد أن تأكدت من حاجة المزارعين.")
    assert visit and {"org", "tunisia_gov"} <= set(visit[0].attrs.participants)


def test_the_sender_named_after_his_office_hosts_the_visit() -> None:
    visit = _visits("وصل الوزير [أحمد الهاشمي](PER:hashimi) إلى [موسكو](LOC:moscow)، التي تستعد لمعرض "
                    "الطيران الكبير، وذلك بدعوة من الرئيس الروسي [فلاديمير بوتين](PER:putin).")
    assert visit and {"hashimi", "putin"} <= set(visit[0].attrs.participants)


def test_an_invitation_that_names_no_sender_adds_no_host() -> None:
    # «دعوة لزيارة اليمن»: Yemen is where the visit goes, not who invited
    visit = _visits("قبل الوزير [أحمد الهاشمي](PER:hashimi) دعوة لزيارة [اليمن](LOC:yemen) في الخريف.")
    assert visit and visit[0].attrs.participants == ["hashimi"]
    # «دعوة للوزير X»: the one invited, not the sender
    visit = _visits("وجه الأمير دعوة للوزير [أحمد الهاشمي](PER:hashimi) لزيارة [الرياض](LOC:riyadh) قريبا.")
    assert all(e.attrs.roles.get("hashimi") != "host" for e in visit)


def test_preaching_is_no_invitation() -> None:
    # «الدعوة والإرشاد»: the ministry of preaching, read with the article: no invitation cue
    visit = _visits("زار وكيل وزارة الشؤون الإسلامية والدعوة والإرشاد الشيخ [سالم العمري](PER:omari) "
                    "[جازان](LOC:jazan) أمس.")
    assert visit and visit[0].attrs.participants == ["omari"]


@pytest.mark.parametrize("row", [r for r in load_table("event_cues") if r["kind"] == "invitation"],
                         ids=lambda r: r["form"])
def test_every_invitation_row_is_read_at_its_word(row: dict[str, str]) -> None:
    words = words_of("و" + row["form"] + " كلمة")
    cue = event_cues().at(words, 0, frozenset({"invitation"}))
    assert cue is not None and cue.kind == "invitation"


def test_the_sender_of_an_invitation_is_no_guest_of_its_visit() -> None:
    # «تلبية دعوة الحكومة اليمنية إلى زيارة عدن» (dev 13142, 14923): the body that invites hosts
    # the visit; the visit noun took it as its visitor
    visit = _visits("وقبل [مودي](PER:modi) دعوة [نواز شريف](PER:sharif) لزيارة [باكستان](LOC:pk).")
    assert visit and all(e.attrs.roles.get("sharif") == "host" for e in visit)


def test_an_accepted_invitation_names_the_acceptor_visitor_and_the_sender_host() -> None:
    # the guide (ruled in round 44): «قبل مودي دعوة شريف لزيارة باكستان»: Modi visits, Sharif hosts
    visit = _visits("وقبل [مودي](PER:modi) دعوة [نواز شريف](PER:sharif) لزيارة [باكستان](LOC:pk).")
    assert [(e.attrs.participants, e.attrs.roles, e.attrs.status) for e in visit] == [
        (["modi", "sharif"], {"modi": "guest", "sharif": "host"}, "planned")]


def test_an_invitation_answered_in_a_later_phrase_is_the_sentence_persons_visit() -> None:
    # «وأكد اليامي دعم ... وتلبية دعوة الحكومة اليمنية إلى زيارة عدن وتعز» (dev 14923, 13142): Yami
    # answers the government's invitation, one visit to each city
    visit = _visits("وأكد [هادي اليامي](PER:yami) دعم مسار حقوق الإنسان باليمن، وتلبية دعوة [الحكومة اليمنية]"
                    "(ORG:yemen) إلى زيارة [عدن](LOC:aden) و[تعز](LOC:taiz) وكل المناطق اليمنية.")
    assert [(e.attrs.participants, e.attrs.place, e.attrs.status) for e in visit] == [
        (["yami", "yemen"], "aden", "planned"), (["yami", "yemen"], "taiz", "planned")]
    # no person named before the invitation: no one accepts it, and the government visits nowhere
    assert _visits("وتلقت اللجنة دعوة [الحكومة اليمنية](ORG:yemen) إلى زيارة [عدن](LOC:aden).") == []


@pytest.mark.parametrize("row", [r for r in load_table("event_cues") if r["kind"] == "conveying_verb"],
                         ids=lambda r: r["form"])
def test_every_verb_conveying_an_invitation_names_its_subject_host(row: dict[str, str]) -> None:
    # «ووجه لافروف الدعوة لقيادة حماس لزيارة موسكو»: Lavrov invites and hosts, Hamas visits
    visit = _visits(f"و{row['form']} [لافروف](PER:lavrov) الدعوة لقيادة [حماس](ORG:hamas) لزيارة "
                    "[موسكو](LOC:moscow).")
    assert [(e.attrs.participants, e.attrs.roles) for e in visit] == [
        (["hamas", "lavrov"], {"hamas": "guest", "lavrov": "host"})]
    # the invitation's own sender after «من» invites, not whoever conveys it
    visit = _visits(f"و{row['form']} [الجبير](PER:jubeir) دعوة من الملك [سلمان](PER:salman) إلى الرئيس "
                    "[بوتين](PER:putin) لزيارة [المملكة](LOC:sa).")
    assert [(e.attrs.participants, e.attrs.roles) for e in visit] == [
        (["putin", "salman"], {"putin": "guest", "salman": "host"})]
