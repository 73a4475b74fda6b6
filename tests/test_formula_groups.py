"""A group of states named by its number formula the tagger left unnamed («مع دول (5+1)»,
«بين «5+1» وإيران») is read by the events step as a name of the group (events/formula_groups.py):
the formula from the catalogue, the mention where it stands alone, the event's party and the
mention stored for it, its key on resolving again, the entity of the corpus."""

from __future__ import annotations

import pytest

from marsad.events.formula_groups import counted_mentions, formula_groups, formula_mentions
from marsad.events.words import words_of
from marsad.lang import load_table
from marsad.model import Article, Corpus, EventAttrs, MentionAttrs, Span
from marsad.resolve import resolve_mentions
from marsad.resolve.catalogue import shipped
from marsad.steps.events import events
from marsad.steps.merge_events import side_entities
from marsad.steps.quotes import quotes
from tests.test_events_units import marked, run
from tests.test_resolve import article


def test_the_formula_comes_from_the_catalogues_names() -> None:
    groups = formula_groups()
    assert groups["5+1"] == "p5_plus_1"
    assert "3+3" not in groups  # «E3+3»: a letter opens it, no formula of its own


def found(text: str, names: list[Span[MentionAttrs]] | None = None) -> list[tuple[str, str | None]]:
    return [(m.slice(text), m.attrs.side) for m in formula_mentions(text, names or [])]


def test_the_formula_alone_behind_a_noun_or_in_marks_is_the_group() -> None:
    assert found("اتفاق إيران مع دول (5+1) في فيينا") == [("5+1", "p5_plus_1")]
    assert found("المحادثات بين «5 + 1» وإيران") == [("5 + 1", "p5_plus_1")]
    assert found('بين طهران ومجموعة "5+1" أمس') == [('مجموعة "5+1', "p5_plus_1")]  # from its head


def test_the_formula_behind_a_glued_conjunction_or_an_unseen_mark_is_the_group() -> None:
    # events-dev-fresh26 25134: «بين إيران و5+\u202c1», a bidi mark pasted by the plus
    assert found("الاتفاق النووي بين إيران و5+\u202c1 على الصعيدين") == [("5+\u202c1", "p5_plus_1")]
    assert found("المحادثات بين طهران و5+1 في فيينا") == [("5+1", "p5_plus_1")]
    assert found("سجل ب5+1 أهداف") == []  # another letter glued to it: no formula alone


def test_the_head_the_catalogue_writes_before_the_formula_opens_the_name() -> None:
    # events-dev-fresh14 12197: «بين ايران ومجموعة "5+1"», the group's name after «و» as the tagger
    # cuts a name, so that «بين X و» reaches it past the relative clause «الذي تم التوصل اليه»
    assert found('بين ايران ومجموعة "5+1" بالاجتماع') == [('مجموعة "5+1', "p5_plus_1")]
    assert found("مع دول (5+1) في فيينا") == [("5+1", "p5_plus_1")]  # «دول»: no head of its name
    evs = run("وتأتي الجولة بعيد الاتفاق النووي الذي تم التوصل اليه بين [ايران](LOC:iran) "
              'ومجموعة "5+1" بالاجتماع بأمير [الكويت](LOC:kuwait).')
    assert [(e.label, e.attrs.participants) for e in evs] == [("AGREE", ["iran", "p5_plus_1"])]


def test_another_sum_or_a_named_group_is_none() -> None:
    assert found("فاز الفريق بنتيجة 15+12 في المباراة") == []
    assert found("سجل 2+3 نقاط") == []
    text = "بين إيران ومجموعة 5+1 في فيينا"
    named = Span(text.index("مجموعة"), len("بين إيران ومجموعة 5+1"), "ORG", MentionAttrs(entity="p5_plus_1"))
    assert found(text, [named]) == []  # the tagger's name stands there


def test_the_group_is_the_party_of_the_talks_and_a_mention_of_it() -> None:
    art = marked("وتستأنف اليوم المحادثات بين [إيران](LOC:iran) ودول 5+1 في [فيينا](LOC:vienna).")
    quotes.func(art)
    events.func(art)
    assert any(e.label == "MEET" and set(e.attrs.participants) == {"iran", "p5_plus_1"}
               for e in art.layer("events"))
    added = [(m.slice(art.text), m.label, m.attrs.entity) for m in art.layer("mentions") if m.attrs.side]
    assert added == [("5+1", "ORG", "p5_plus_1")]


def test_a_group_named_only_by_its_formula_is_an_entity_of_the_corpus() -> None:
    art = Article(path="a.txt", text="المحادثات بين إيران ودول 5+1")
    art.set_layer("events", [Span(0, len(art.text), "MEET", EventAttrs(participants=["iran", "p5_plus_1"]))])
    corpus = Corpus(articles=[art])
    side_entities(corpus)
    assert corpus.entities["p5_plus_1"].type == "ORG" and corpus.entities["p5_plus_1"].catalogue


def test_resolving_again_keys_the_formula_to_its_group() -> None:
    art = article("واستؤنفت المحادثات بين إيران ودول 5+1 في فيينا.", [("إيران", "LOC"), ("5+1", "ORG")])
    art.layer("mentions")[1].attrs.side = "p5_plus_1"
    entities = resolve_mentions([art], list(shipped()))
    side = art.layer("mentions")[1]
    assert (side.attrs.entity, side.attrs.resolved_by) == ("p5_plus_1", "side: p5_plus_1")
    assert entities["p5_plus_1"].catalogue


def test_the_group_named_by_its_count_of_states_resolves_to_it() -> None:
    # «ودول مجموعة الست» (events-dev): the tagger's name of the 5+1 without its formula
    art = article("وتم توقيع الاتفاق بين إيران ودول مجموعة الست في فيينا.",
                  [("إيران", "LOC"), ("مجموعة الست", "ORG")])
    resolve_mentions([art], list(shipped()))
    assert art.layer("mentions")[1].attrs.entity == "p5_plus_1"


_COUNTED = load_table("event_counted_groups")


def counted(text: str) -> list[tuple[str, str | None]]:
    sents = [words_of(text)]
    return [(m.slice(text), m.attrs.side) for m in counted_mentions(text, sents, [])]


@pytest.mark.parametrize("row", _COUNTED, ids=lambda r: r["form"])
def test_each_counted_description_names_its_group(row: dict[str, str]) -> None:
    # round 42's ruling: the number picks out the one group (events-dev-fresh27 7117, fresh8 15936)
    form = row["form"]
    assert counted(f"الاتفاق الذي أبرم بين إيران و{form} في فيينا") == [(form, row["group"])]
    evs = run(f"وأكد المعلم أن الاتفاق الذي تم إبرامه أخيرا بين [إيران](LOC:iran) و{form} لن يؤثر.")
    assert [(e.label, sorted(e.attrs.participants)) for e in evs] == [
        ("AGREE", sorted(["iran", row["group"]]))]


def test_a_counted_description_behind_a_preposition_starts_at_its_lam() -> None:
    text = "في رسالة للقوى الست الكبرى"
    assert counted(text) == [("لقوى الست الكبرى", "p5_plus_1")]  # the longest description


def test_a_description_with_no_number_or_no_event_is_no_party() -> None:
    assert counted("الاتفاق بين إيران والقوى الكبرى في فيينا") == []
    art = marked("لكن الزيادة لم تأت من الدول الست كافة، إذ كان هناك هبوط من طرف السياح.")
    quotes.func(art)
    events.func(art)
    assert art.layer("events") == [] and art.layer("mentions") == []
