"""Every limit on the work one input may cause while it is read, in one place.

Each is checked before the work it bounds (sizes while reading, before buffering; JSON
shape before parsing), and an input that hits one gets an outcome whose reason names the
limit and what to do. The README lists these values.
"""

from __future__ import annotations

MAX_BYTES = 20 * 1024 * 1024
"""Bytes of an input read whole (.txt, .html, .json, UTF-16 .jsonl, standard input that is
not JSON Lines), after gzip decompression: a gzip bomb stops here."""

MAX_LINE_BYTES = MAX_BYTES
"""Bytes of one JSON Lines line. Checked while reading: once this much of a line is held it
is refused (`oversized: line N ...`) and the rest of it is read past without being kept."""

MAX_STREAM_BYTES = 2 * 1024**3
"""Bytes of one streamed JSON Lines input (.jsonl, .ndjson, gzipped or not, or standard
input), after decompression. Bounds the time spent on an endless or bomb stream."""

MAX_RECORDS_PER_FILE = 100_000
"""Records (articles) in one input. A JSON document holding more is refused before it is
parsed, so one file of a million tiny articles cannot fill the memory; a JSON Lines input
gives its first records and the rest is reported unread."""

MAX_JSON_DEPTH = 100
"""Nesting of arrays and objects in one JSON document or line (a news record needs a few).
Checked by a scan of the brackets before parsing."""

MAX_NUMBER_CHARS = 100
"""Characters of one JSON number. A longer one is left unparsed (Python refuses to read
integers over 4,300 digits); marsad reads no numbers from a record, so the record comes
out with a warning."""

MAX_ARTICLE_CHARS = 500_000
"""Characters of one article's text (about 80,000 words, far above any news article). A
longer text is refused rather than cut, because the text is kept exactly as given."""

MAX_FIELD_CHARS = 10_000
"""Characters of a title, URL, source, author or date field. A longer one is left out of
the article, with a warning."""


def mb(n: int) -> str:
    """A byte count as megabytes for a reason text ("20.0 MB")."""
    return f"{n / 2**20:.1f} MB"
