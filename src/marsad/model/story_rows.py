"""The rows of the corpus state incremental story runs keep (`store.corpus_state` reads and
writes them; `stories.state` turns them into the clusterers' objects and back)."""

from __future__ import annotations

# story_sketches: article, group, day, size, lead size, full and lead sketches
SketchRow = tuple[str, str, str | None, int, int, bytes, bytes]
# story_state: id, size, first, last, centroid JSON
StoryRow = tuple[str, int, str | None, str | None, str]
# story_members: article, story, duplicate group
MemberRow = tuple[str, str, str | None]
