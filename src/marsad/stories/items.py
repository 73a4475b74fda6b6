"""What the story steps read from an article: its words, entities, events and date."""

from __future__ import annotations

from datetime import date
from itertools import combinations
from typing import TYPE_CHECKING

from marsad.model import Article, Span
from marsad.model.dates import day_of
from marsad.stories.cluster import Item
from marsad.stories.compact import PackedItem
from marsad.stories.series import series_part
from marsad.stories.text import article_text, content_terms, words

if TYPE_CHECKING:
    from marsad.stories.scan import ArticleWords

PLACE = "LOC"  # the mention type of places
STORY_ITEM = "story_item"
"""The key of an article's story item made in a worker (`prepare_items`) in `Article.prepared`."""


def published_day(art: Article) -> date | None:
    """The day the article is filed under (`Published.filed`: its fetch day when its date is its URL's)."""
    return day_of(art.published.filed)


def entity_counts(art: Article, places: bool = True) -> dict[str, int]:
    """The article's entities with their mention counts (without the places: `places`
    false); see `mention_counts`."""
    every, actors = mention_counts(art)
    return every if places else actors


def tagged_mentions(art: Article) -> list[Span]:
    """The article's mentions the tagger and resolution made: every one but those the events
    step added (a state or group named by a side of an event, a title's holder: `attrs.side`).
    The story step reads these only: what the events step inferred is no evidence that two
    reports tell one happening, and one added mention of a rare entity is enough to tip a close
    story decision."""
    return [m for m in art.layer("mentions") if m.attrs.side is None]


def mention_counts(art: Article) -> tuple[dict[str, int], dict[str, int]]:
    """The article's entities with their mention counts, and the same without the places, in
    one pass over its `tagged_mentions`. A bare state body («وزارة الصحة») counts by its name
    (`state_body`), whatever state resolution tied it to: two reports of one happening share
    it even when one of them names its country and the other not."""
    every: dict[str, int] = {}
    actors: dict[str, int] = {}
    for m in tagged_mentions(art):
        body = m.attrs.state_body
        e = f"body:{body}" if body else m.attrs.entity
        if e:
            every[e] = every.get(e, 0) + 1
            if m.label != PLACE:
                actors[e] = actors.get(e, 0) + 1
    return every, actors


def event_signatures(art: Article, most: int = 6) -> list[str]:
    """`TYPE:a|b` for each pair of participants of each event (the first `most` of an
    event's participants): two reports of one meeting share a pair even when one of
    them names a participant more or splits one entity in two. A participant counts only where
    one of the `tagged_mentions` names it: one the events step inferred alone (a side it added)
    is left out, as in `mention_counts`."""
    named = {m.attrs.entity for m in tagged_mentions(art) if m.attrs.entity}
    sigs: set[str] = set()
    for ev in art.layer("events"):
        parts = sorted({p for p in ev.attrs.participants if p and p in named})[:most]
        sigs.update(f"{ev.label}:{a}|{b}" for a, b in combinations(parts, 2))
    return sorted(sigs)


RECENT_BEFORE = 4  # days before its publication a report's happening may lie (dated «الاثنين», «أمس») ...
RECENT_AFTER = 1  # ... and after it (an evening announcement dated the next day)


def dates_recent(art: Article) -> bool:
    """The article dates something to the days around its publication (a timex whose day lies
    from `RECENT_BEFORE` days before to `RECENT_AFTER` after it): a report of a happening, not
    commentary. True when it has no publication day (nothing to tell by)."""
    pub = published_day(art)
    if pub is None:
        return True
    for t in art.timexes:
        day = day_of(t.attrs.value)
        if day is not None and -RECENT_BEFORE <= (day - pub).days <= RECENT_AFTER:
            return True
    return False


def title_form(title: str | None, tw: list[str] | None = None) -> str:
    """A title's content words, sorted: the same on every day a recurring title (a daily
    market report, prayer times, the weather) appears, whatever its dates and numbers
    (`tw`: the title's words, when the caller has them)."""
    return " ".join(sorted(content_terms(words(title or "") if tw is None else tw)))


LEAD_WORDS = 40  # words of the opening after the title: where a report says what happened


def lead_terms(title: str | None, ws: list[str], tw: list[str] | None = None) -> dict[str, int]:
    """The content words of the title and the first `LEAD_WORDS` words after it (`ws`: the
    article's words, which may begin with its title; `tw`: the title's, when the caller has them)."""
    tw = words(title or "") if tw is None else tw
    body = ws[len(tw):] if tw and ws[: len(tw)] == tw else ws
    return content_terms(tw + body[:LEAD_WORDS])


def item_of(art: Article, ws: list[str] | None = None, tw: list[str] | None = None) -> Item:
    """The article's story item (`ws`, `tw`: the words of its compared text and of its
    title, when the caller has them: `scan.article_words`)."""
    ws = words(article_text(art)) if ws is None else ws
    tw = words(art.title or "") if tw is None else tw
    every, actors = mention_counts(art)
    return Item(art.id, content_terms(ws), every, event_signatures(art),
                published_day(art), art.duplicate_group, title_form(art.title, tw), series_part(art.title),
                lead_terms(art.title, ws, tw), actors, dates_recent(art))


def prepare_items(arts: list[Article], scans: list[ArticleWords] | None = None) -> None:
    """Make each article's story item, packed, where its per-article stages ran (a worker),
    once they are done: `packed_item` then takes it as made, and the driver needs neither
    the article's text nor its mentions for the story step. Its near-duplicate group, set
    later by the dedup step, is filled in by `packed_item`. `scans`: each article's words
    (`scan.article_words`), when the caller has them."""
    for i, a in enumerate(arts):
        item = item_of(a) if scans is None else item_of(a, scans[i].text, scans[i].title)
        a.prepared[STORY_ITEM] = PackedItem.of(item)


def packed_item(art: Article) -> PackedItem:
    """The article's story item, packed: the one `prepare_items` made (with the article's
    near-duplicate group as it is now), else made here. The same item either way."""
    made: PackedItem | None = art.prepared.pop(STORY_ITEM, None)
    if made is None:
        return PackedItem.of(item_of(art))
    made.item.group = art.duplicate_group
    return made


def share_item_keys(art: Article) -> None:
    """Share the keys of the story item `prepare_items` made for the article with every other
    item (`PackedItem.share_keys`), as the item arrives where the story step will run."""
    made: PackedItem | None = art.prepared.get(STORY_ITEM)
    if made is not None:
        made.share_keys()
