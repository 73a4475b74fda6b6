"""A visit a speaker says he intends (issue 15, round 37): a bare visit noun right after a word of
intention carrying its doer's pronoun («أعلن X عزمه زيارة طهران», «أكد أنه يعتزم زيارة») is the
speaker's own visit, though a bare noun in reported speech names no visitor; a body that announces
it names no one who goes, and a bare noun with no such word stays nobody's («قال X إن زيارة الوفد
…»). Each `own_intent` cue row is read at its word."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import event_cues
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_events_units import run


def _visits(text: str) -> list:
    return [e for e in run(text) if e.label == "VISIT"]


def test_the_speakers_intention_noun_makes_the_visit_hers() -> None:
    visit = _visits("أعلنت الوزيرة [ماريا لوبيز](PER:lopez) اعتزامها زيارة [طهران](LOC:tehran).")
    assert [(v.attrs.participants, v.attrs.place, v.attrs.status) for v in visit] == \
        [(["lopez"], "tehran", "planned")]


def test_an_intention_noun_before_a_preposition_is_read_too() -> None:
    visit = _visits("وأكد الوزير [أحمد الهاشمي](PER:hashimi) عزمه على زيارة [موسكو](LOC:moscow) "
                    "بعد انتهاء الانتخابات.")
    assert visit and visit[0].attrs.participants == ["hashimi"]
    assert visit[0].attrs.status == "planned"


def test_a_complementizer_pronoun_with_a_verb_of_intention_is_the_speaker() -> None:
    visit = _visits("وقال [أحمد الهاشمي](PER:hashimi) للإذاعة إنه ينوي زيارة [القاهرة](LOC:cairo).")
    assert visit and visit[0].attrs.participants == ["hashimi"]


def test_another_subject_of_the_intention_is_not_the_speaker() -> None:
    # «أن الحكومة تعتزم»: the government intends, the speaker only reports it
    assert _visits("وأكد الوزير [أحمد الهاشمي](PER:hashimi) أن الحكومة تعتزم زيارة "
                   "[طهران](LOC:tehran).") == []


def test_a_body_announcing_its_intention_names_no_visitor() -> None:
    assert _visits("وأعلنت [منظمة الصحة العالمية](ORG:who) عزمها زيارة [عدن](LOC:aden).") == []


def test_a_bare_visit_noun_in_reported_speech_is_still_nobodys() -> None:
    assert _visits("وقال [أحمد الهاشمي](PER:hashimi) إن زيارة الوفد إلى [عدن](LOC:aden) ناجحة.") == []


def test_a_wish_to_visit_is_no_visit() -> None:
    # round 42: a visit only wished for is hypothetical wording, no event (docs/realtext-annotation.md;
    # events-dev-fresh12 122, «أعرب سابقا عن رغبته في زيارة طهران», has none); an intention stays planned
    assert _visits("وأعرب [أحمد الهاشمي](PER:hashimi) عن رغبته في زيارة [عدن](LOC:aden).") == []
    visit = _visits("وأكد [أحمد الهاشمي](PER:hashimi) عزمه على زيارة [عدن](LOC:aden).")
    assert visit and visit[0].attrs.status == "planned"


@pytest.mark.parametrize("row", [r for r in load_table("event_cues") if r["kind"] == "own_intent"],
                         ids=lambda r: r["form"])
def test_every_intention_row_is_read_at_its_word(row: dict[str, str]) -> None:
    words = words_of("و" + row["form"] + " زيارة")
    cue = event_cues().at(words, 0, frozenset({"own_intent"}))
    assert cue is not None and cue.size == len(row["form"].split())
