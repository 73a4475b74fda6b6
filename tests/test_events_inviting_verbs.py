"""The subject of a verb of inviting told apart from a visit hosts the visit of the guest it
invites (issue 15, round 33: a holder named in another sentence): «إن رئيس الوزراء ماتيو رينتسي دعا
روحاني للقيام بالزيارة» (a sentence with a visit word), «لقد دعاني نظيري X» in the visitor's own
quoted words; «دعا X Y إلى وقف التصعيد», with no visit word, hosts nothing. Each row of the kind
inviting_verb, row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_DAY = "2015-08-04T08:00:00"
_ROWS = [r for r in load_table("event_cues") if r["kind"] == "inviting_verb"]
_VISIT = "وصل الرئيس [حسن روحاني](PER:rouhani) إلى [روما](LOC:rome) أمس. "


def _hosts(src: str) -> dict[str, list[str]]:
    return {e.attrs.participants[0]: [p for p, r in e.attrs.roles.items() if r == "host"]
            for e in run(src, _DAY) if e.label == "VISIT"}


@pytest.mark.parametrize("row", [r for r in _ROWS if not r["form"].endswith("ني")], ids=lambda r: r["form"])
def test_every_bare_verb_of_inviting_names_the_host_of_its_guests_visit(row: dict[str, str]) -> None:
    src = _VISIT + (f"وقال متحدث إن رئيس الوزراء [ماتيو رينتسي](PER:renzi) {row['form']} "
                    "[روحاني](PER:rouhani) للقيام بالزيارة.")
    assert _hosts(src) == {"rouhani": ["renzi"]}


@pytest.mark.parametrize("row", [r for r in _ROWS if r["form"].endswith("ني")], ids=lambda r: r["form"])
def test_the_visitor_invited_in_his_own_words_names_his_host(row: dict[str, str]) -> None:
    src = ("أعلن الوزير [لوران فابيوس](PER:fabius) أنه سيتوجه إلى [طهران](LOC:tehran) الأسبوع المقبل. "
           f"وقال [فابيوس](PER:fabius): «{row['form']} الوزير الإيراني [محمد جواد ظريف](PER:zarif) مرارا».")
    assert _hosts(src) == {"fabius": ["zarif"]}


def test_an_invitation_to_something_else_hosts_no_visit() -> None:
    src = _VISIT + "وقال متحدث إن [ماتيو رينتسي](PER:renzi) دعا [روحاني](PER:rouhani) إلى وقف التصعيد."
    assert _hosts(src) == {"rouhani": []}


@pytest.mark.parametrize("row", [r for r in _ROWS if not r["form"].endswith("ني")], ids=lambda r: r["form"])
def test_every_verb_of_inviting_to_a_visit_names_the_invitee_visitor_and_the_inviter_host(
        row: dict[str, str]) -> None:
    # the guide (ruled in round 44): «دعا X Y إلى زيارة Z» is a planned VISIT of Y, X its host
    evs = run(f"{row['form']} [بحاح](PER:bahah) الوزير [هادي اليامي](PER:yami) إلى زيارة [عدن](LOC:aden).",
              _DAY)
    assert [(e.label, e.attrs.participants, e.attrs.roles, e.attrs.status) for e in evs] == [
        ("VISIT", ["yami", "bahah"], {"yami": "guest", "bahah": "host"}, "planned")]


def test_the_subject_before_the_verb_of_inviting_hosts_the_visit() -> None:
    evs = run("وكان [هادي](PER:hadi) دعا خلال لقائه أمس المبعوث [إسماعيل ولد الشيخ](PER:ould) إلى زيارة "
              "محافظة [عدن](LOC:aden).", _DAY)
    visit = [e for e in evs if e.label == "VISIT"]
    assert visit and visit[0].attrs.roles == {"ould": "guest", "hadi": "host"}


def test_an_invitation_to_no_named_invitee_is_no_visit() -> None:
    # «ودعا بحاح الوزير إلى زيارة عدن»: Bahah invites, the minister is unnamed: no visit told, and
    # Bahah is no visitor
    assert run("ودعا [بحاح](PER:bahah) الوزير إلى زيارة [عدن](LOC:aden).", _DAY) == []
    assert run("ودعا الرئيس [بحاح](PER:bahah) إلى زيارة [عدن](LOC:aden).", _DAY) == []


def test_the_subject_named_in_apposition_after_his_office_hosts_the_visit() -> None:
    # «دعا وزير حقوق الإنسان اليمني، عز الدين الأصبحي، مفوض الأمم المتحدة ... لزيارة مدينة عدن» (dev 8450)
    evs = run("دعا وزير حقوق الإنسان اليمني، [عز الدين الأصبحي](PER:asbahi)، المفوض السامي "
              "[زيد رعد الحسين](PER:zeid) لزيارة [عدن](LOC:aden).", _DAY)
    assert [(e.attrs.participants, e.attrs.roles, e.attrs.status) for e in evs if e.label == "VISIT"] == [
        (["zeid", "asbahi"], {"zeid": "guest", "asbahi": "host"}, "planned")]
    # a name after a comma that no office opens is the invitee
    evs = run("ودعا بالأمس، [زيد رعد الحسين](PER:zeid) لزيارة [عدن](LOC:aden).", _DAY)
    assert [e.attrs.roles for e in evs if e.label == "VISIT"] == [{"zeid": "guest"}]
