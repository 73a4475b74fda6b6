"""A story is one happening: shared topic words are not enough to join a story; the lead
(title and opening) must agree, or the article must be centred on the story's main entity."""

from __future__ import annotations

from datetime import date

from marsad.model import Article, EventAttrs, MentionAttrs, Published, Span, TimexAttrs
from marsad.stories.cluster import Item, StoryClusterer
from marsad.stories.items import (
    LEAD_WORDS,
    RECENT_AFTER,
    RECENT_BEFORE,
    dates_recent,
    entity_counts,
    item_of,
    lead_terms,
    tagged_mentions,
)
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


def test_a_mention_the_events_step_added_is_no_story_evidence() -> None:
    text = "وقعت إيران ومجموعة الدول الست اتفاقا نوويا في فيينا، واستقبل ظريف الوفد الأمريكي"
    spans = [("إيران", "LOC", "iran", None), ("مجموعة الدول الست", "ORG", "p5_plus_1", "p5_plus_1"),
             ("فيينا", "LOC", "vienna", None), ("ظريف", "PER", "zarif", None),
             ("الوفد الأمريكي", "ORG", "usa", "usa")]
    art = Article("a.txt", text)
    art.layers["mentions"] = [Span(text.index(w), text.index(w) + len(w), label,
                                   MentionAttrs(entity=e, side=side)) for w, label, e, side in spans]
    art.layers["events"] = [Span(0, 40, "AGREE", EventAttrs(participants=["iran", "p5_plus_1"])),
                            Span(42, len(text), "MEET", EventAttrs(participants=["zarif", "usa", "iran"]))]
    assert [m.attrs.entity for m in tagged_mentions(art)] == ["iran", "vienna", "zarif"]
    # the group and the delegation's state were read by the events step alone: they count nowhere
    assert entity_counts(art) == {"iran": 1, "vienna": 1, "zarif": 1}
    assert item_of(art).events == ["MEET:iran|zarif"]
    # a participant the tagger names too is kept, even where the events step added a mention of it
    art.layers["mentions"].append(Span(text.rindex("الأمريكي"), len(text), "LOC", MentionAttrs(entity="usa")))
    assert item_of(art).events == ["MEET:iran|usa", "MEET:iran|zarif", "MEET:usa|zarif"]


def on_greece(key: str, dated: bool, writer: bool = False) -> Item:
    """Centred on a country (Greece, a place) with a lead of its own; `writer`: on a person instead."""
    centre = "writer" if writer else "greece"
    it = item(key, key, f"lead{key}", {centre: 3, f"minor{key}": 1})
    it.actors = {"writer": 3, f"minor{key}": 1} if writer else {f"minor{key}": 1}
    it.dated = dated
    return it


def test_pieces_that_date_nothing_are_not_centred_on_a_place() -> None:
    # two opinion pieces on Greece, leads apart: a country in crisis is a topic
    got = StoryClusterer().assign_all([on_greece("a", False), on_greece("b", False), *background()])
    assert not together(got, "a", "b")
    # two reports of a dated happening in Greece (a vote, a bank reopening) do join by it
    got = StoryClusterer().assign_all([on_greece("a", True), on_greece("b", True), *background()])
    assert together(got, "a", "b")
    # an undated report joins a story of dated ones by an actor still (eulogies of a statesman)
    got = StoryClusterer().assign_all([on_greece("a", False, writer=True), on_greece("b", False, writer=True),
                                       *background()])
    assert together(got, "a", "b")


def test_a_story_of_undated_pieces_is_not_centred_on_a_place_for_a_dated_report() -> None:
    got = StoryClusterer().assign_all([on_greece("a", False), on_greece("b", True), *background()])
    assert not together(got, "a", "b")


def test_a_later_run_knows_whether_a_stored_story_holds_a_dated_report() -> None:
    for dated in (True, False):
        first = StoryClusterer()
        first.assign_all([on_greece("a", dated), *background()])
        df, stories, members = clusterer_rows(first, set(first.stories), {})
        second = load_clusterer(first.n_docs, df, members, stories, StoryClusterer())
        assert second.stories[second.story_of["a"]].dated is dated
        got = second.assign_all([on_greece("b", True)])
        assert (got["b"] == second.story_of["a"]) is dated


def test_an_article_dates_what_it_reports_near_its_publication() -> None:
    def art(*values: str, published: str | None = "2015-07-21") -> Article:
        text = "نص " * 20
        a = Article("a.txt", text, published=Published(date=published))
        a.layers["timexes"] = [Span(0, 2, "DATE", TimexAttrs(value=v)) for v in values]
        return a

    assert dates_recent(art("2015-07-20"))  # «أمس»
    assert dates_recent(art(f"2015-07-{21 - RECENT_BEFORE:02d}", "FUTURE_REF"))
    assert dates_recent(art(f"2015-07-{21 + RECENT_AFTER:02d}"))
    assert not dates_recent(art(f"2015-07-{21 - RECENT_BEFORE - 1:02d}"))  # a week ago: background
    assert not dates_recent(art("2011-01-25", "2015-07", "FUTURE_REF"))  # history, a month, no day
    assert not dates_recent(art())  # dates nothing: commentary
    assert dates_recent(art(published=None))  # no publication day: nothing to tell by
    assert item_of(art("2015-07-20")).dated and not item_of(art()).dated
