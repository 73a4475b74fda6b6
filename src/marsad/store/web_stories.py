"""The order of the story listing of `marsad serve`, asked of the database so that a page of
stories reads only the stories it shows (`stories_read.story_summaries` reads every member of
every story, which a corpus of tens of thousands of articles makes slow). The order is
`marsad stories`'s (`summary.listing_order`): largest first (stored members), then newest by
the last publication day (undated last), then by id."""

from __future__ import annotations

import sqlite3

_SIZES = ("SELECT st.id AS id, count(DISTINCT a.id) AS n,"
          " max(CASE WHEN length(a.published_date) >= 10 THEN substr(a.published_date, 1, 10) END) AS last"
          " FROM stories st JOIN json_each(st.attrs, '$.articles') j JOIN articles a ON a.id = j.value"
          " GROUP BY st.id")


def story_page_ids(con: sqlite3.Connection, limit: int, offset: int) -> tuple[list[str], int]:
    """The ids of one page of the story listing, and how many stories have a stored member."""
    total = int(con.execute(f"SELECT count(*) FROM ({_SIZES})").fetchone()[0])  # noqa: S608
    ids = [str(r[0]) for r in con.execute(
        f"SELECT id FROM ({_SIZES}) ORDER BY n DESC, last IS NULL, last DESC, id LIMIT ? OFFSET ?",  # noqa: S608
        (limit, offset))]
    return ids, total
