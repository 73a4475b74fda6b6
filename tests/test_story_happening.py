"""A story is one happening: shared topic words are not enough to join a story; the lead
(title and opening) must agree, or the article must be centred on the story's main entity."""

from __future__ import annotations

from datetime import date

from marsad.model import Article, MentionAttrs, Span
from marsad.stories.cluster import Item, StoryClusterer
from marsad.stories.items import LEAD_WORDS, entity_counts, item_of, lead_terms
from marsad.stories.state import clusterer_rows, load_clusterer
from marsad.stories.text import content_terms, words


def filler(prefix: str, n: int = 12) -> dict[str, int]:
    return {f"{prefix}{i}": 1 for i in range(n)}


def item(key: str, own: str, lead: str, ents: dict[str, int] | None = None, day: str = "2024-03-01",
         group: str | None = None) -> Item:
    """An article on the shared topic (12 topic words) with 6 words of its own and a lead."""
    terms = {**filler("topic"), **filler(own, 6)}
    return Item(key, terms, dict(ents or {}), [], date.fromisoformat(day), group, "", None, filler(lead, 8))


def background() -> list[Item]:
    return [Item(f"bg{i}", filler(f"bg{i}y"), {}, [], date(2024, 3, 1), None, "", None, filler(f"bg{i}l", 8))
            for i in range(10)]


def together(assigned: dict[str, str], a: str, b: str) -> bool:
    return assigned[a] == assigned[b]


def test_topic_words_without_an_agreeing_lead_are_two_stories() -> None:
    got = StoryClusterer().assign_all([item("a", "a", "leada"), item("b", "b", "leadb"), *background()])
    assert not together(got, "a", "b")


def test_an_agreeing_lead_joins_the_story() -> None:
    got = StoryClusterer().assign_all([item("a", "a", "lead"), item("b", "b", "lead"), *background()])
    assert together(got, "a", "b")
    # the gate off: topic words alone join them
    got = StoryClusterer(lead_gate=0.0).assign_all([item("a", "a", "leada"), item("b", "b", "leadb"),
                                                      *background()])
    assert together(got, "a", "b")


def test_articles_centred_on_the_story_main_entity_join_whatever_their_lead() -> None:
    arts = [item("a", "a", "leada", {"statesman": 3, "ministry": 1}),
            item("b", "b", "leadb", {"statesman": 2, "capital": 1}), *background()]
    assert together(StoryClusterer().assign_all(arts), "a", "b")
    # mentioned once, no entity is clearly the story's main one
    arts = [item("a", "a", "leada", {"statesman": 1, "ministry": 1}),
            item("b", "b", "leadb", {"statesman": 1, "capital": 1}), *background()]
    assert not together(StoryClusterer().assign_all(arts), "a", "b")
    # the story's main entity is not what the newcomer mentions most
    arts = [item("a", "a", "leada", {"statesman": 3}), item("b", "b", "leadb", {"statesman": 1, "club": 3}),
            *background()]
    assert not together(StoryClusterer().assign_all(arts), "a", "b")


def test_a_later_run_applies_the_same_rule_to_the_stored_stories() -> None:
    first = StoryClusterer()
    first.assign_all([item("a", "a", "leada", {"statesman": 3}), *background()])
    touched = set(first.stories)
    df, stories, members = clusterer_rows(first, touched, {})
    second = load_clusterer(first.n_docs, df, members, stories, StoryClusterer())
    sid = second.story_of["a"]
    assert second.stories[sid].lead == first.stories[sid].lead
    assert second.stories[sid].main_entity() == "statesman"
    got = second.assign_all([item("b", "b", "leadb", {"statesman": 2}), item("c", "c", "leadc", {"club": 2})])
    assert got["b"] == sid
    assert got["c"] != sid


def test_the_lead_is_the_title_and_the_opening_words_after_it() -> None:
    title = "مجلس الأمن يصادق على الاتفاق"
    body = words("نيويورك " + "كلمة " * 3 + " ".join(f"بعيدة{i}" for i in range(LEAD_WORDS)))
    lead = lead_terms(title, words(title) + body)
    assert lead == lead_terms(title, body)  # the title is not counted twice
    assert set(content_terms(words(title))) <= set(lead)
    assert "نيويورك" in lead
    assert f"بعيدة{LEAD_WORDS - 1}" not in lead  # past the opening


def test_a_shared_event_joins_whatever_the_lead() -> None:
    a, b = item("a", "a", "leada"), item("b", "b", "leadb")
    a.events = b.events = ["MEET:russia|china"]
    assert together(StoryClusterer().assign_all([a, b, *background()]), "a", "b")


def test_a_place_is_not_what_a_story_is_centred_on_when_places_are_not_central() -> None:
    # both centred on a country (a topic: two opinion pieces on one crisis), leads apart
    def on_place(key: str) -> Item:
        it = item(key, key, f"lead{key}", {"greece": 3, f"writer{key}": 1})
        it.actors = {f"writer{key}": 1}
        return it

    assert together(StoryClusterer().assign_all([on_place("a"), on_place("b"), *background()]), "a", "b")
    apart = StoryClusterer(central_places=False).assign_all([on_place("a"), on_place("b"), *background()])
    assert not together(apart, "a", "b")


def test_an_actor_stays_what_a_story_is_centred_on_when_places_are_not_central() -> None:
    def on_person(key: str) -> Item:
        it = item(key, key, f"lead{key}", {"statesman": 3, "capital": 1})
        it.actors = {"statesman": 3}
        return it

    got = StoryClusterer(central_places=False).assign_all([on_person("a"), on_person("b"), *background()])
    assert together(got, "a", "b")


def test_the_actors_are_the_entities_but_the_places() -> None:
    text = "التقى كاميرون في لندن وزير الخارجية في لندن"
    spans = [("كاميرون", "PER", "david_cameron"), ("لندن", "LOC", "london"), ("وزير الخارجية", "ORG", "fm")]
    art = Article("a.txt", text)
    art.layers["mentions"] = [Span(text.index(w), text.index(w) + len(w), label, MentionAttrs(entity=e))
                              for w, label, e in spans]
    art.layers["mentions"].append(Span(text.rindex("لندن"), len(text), "LOC", MentionAttrs(entity="london")))
    assert entity_counts(art) == {"david_cameron": 1, "london": 2, "fm": 1}
    assert entity_counts(art, places=False) == item_of(art).actors == {"david_cameron": 1, "fm": 1}
