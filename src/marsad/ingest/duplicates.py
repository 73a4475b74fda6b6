"""Exact duplicate inputs: every input keeps a row of its own, pointing to its original.

An article's id comes from its content (text and URL, `Article.id`), so two inputs with the
same content (a file given twice under two names, two identical JSON Lines records, a record
identical to a `.txt` file) would share one id and one row. Instead, the first input with a
content is the *original* and keeps the content id; an article already in the database keeps
that place across runs unless its own input now reads differently. Every later input with
that content is an *exact duplicate*:

- its id is made from the content id and its own path, so re-reading the same input gives
  the same id and a re-run updates its row in place;
- it is flagged `exact_duplicate` and `meta["duplicate_of"]` names the original's id (stored
  in the `duplicate_of` column of `articles`, and in `articles.jsonl`);
- it is not analysed: it goes round the pipeline, so its mentions, events, quotes and story
  membership are never counted twice; after the run it takes the original's near-duplicate
  group (`duplicate_group`, the link near-duplicates already share) and keeps `story` null.

An original that a stage rejects takes its duplicates with it: each is skipped with the
same stage and reason. The same path read twice in one run (an input named twice) counts
once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from marsad.model import Article, Outcome, StoredArticle
from marsad.model.article import content_id
from marsad.model.duplicates import DUPLICATE_OF, EXACT_DUPLICATE, duplicate_of


@dataclass(slots=True)
class Batch:
    """What a run read: the articles to analyse, the exact duplicates set aside, every
    input's outcome, and the articles of earlier runs this run's content ids matched."""

    articles: list[Article] = field(default_factory=list)
    duplicates: list[Article] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    stored: Mapping[str, StoredArticle] = field(default_factory=dict)


def duplicate_id(original: str, path: str) -> str:
    """The id of the exact duplicate of `original` read from `path` (same input, same id)."""
    return content_id(original, path, prefix="a")


def _mark(art: Article, original: str) -> None:
    art.id = duplicate_id(original, art.path)
    art.flag(EXACT_DUPLICATE)
    art.meta[DUPLICATE_OF] = original


def split_exact(read: Iterable[Article | Outcome], stored: Mapping[str, StoredArticle]) -> Batch:
    """Sort what was read (articles and outcomes, in the order read) into a batch; `stored`
    maps content ids to the articles of earlier runs that hold them."""
    items = list(read)
    now = {a.path: a.id for a in items if isinstance(a, Article)}
    # An earlier run's article stays the original unless its path now reads differently.
    owner = {aid: s.path for aid, s in stored.items() if now.get(s.path, aid) == aid}
    batch = Batch(stored=stored)
    done: set[tuple[str, str]] = set()
    dup_outcome: dict[str, Outcome] = {}
    last = ""  # how the article just read was taken: "ok", "dup" or "again"
    for item in items:
        if isinstance(item, Outcome):
            if item.status == "warning" and last == "again":
                continue
            if item.status == "warning" and item.path in dup_outcome:
                dup_outcome[item.path].reason += f"; {item.reason}"
                continue
            batch.outcomes.append(item)
            continue
        if (item.path, item.id) in done:
            last = "again"
            continue
        done.add((item.path, item.id))
        first = owner.setdefault(item.id, item.path)
        if first == item.path:
            last = "ok"
            batch.articles.append(item)
            batch.outcomes.append(Outcome(item.path, "ok", "ingest", "", item.id))
            continue
        last = "dup"
        original = item.id
        _mark(item, original)
        batch.duplicates.append(item)
        out = Outcome(item.path, "duplicate", "ingest", f"same content as {first} (article {original})",
                      item.id)
        dup_outcome[item.path] = out
        batch.outcomes.append(out)
    return batch


def attach_duplicates(analysed: list[Article], batch: Batch, rejected: Iterable[Outcome]) -> list[Outcome]:
    """Add the batch's exact duplicates to `analysed` (the articles that came through the
    pipeline), each with its original's near-duplicate group; returns the outcomes of the
    duplicates whose original was rejected (skipped like it, not added)."""
    groups: dict[str, str | None] = {aid: s.duplicate_group for aid, s in batch.stored.items()}
    groups.update((a.id, a.duplicate_group) for a in analysed)
    why = {o.article_id: o for o in rejected if o.article_id}
    lost: list[Outcome] = []
    for dup in batch.duplicates:
        original = duplicate_of(dup) or ""
        if original in groups:
            dup.duplicate_group = groups[original]
            analysed.append(dup)
            continue
        cause = why.get(original)
        stage, reason = (cause.stage, cause.reason) if cause else ("ingest", "its original was not kept")
        lost.append(Outcome(dup.path, "skipped", stage, f"{reason} (same content as article {original})",
                            dup.id))
    return lost
