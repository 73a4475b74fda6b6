"""Full-text search over Arabic news: what to index from an article, how a query reads and
how its hits are shown.

- `words`: the matching form of text (Arabic-normalised, lower case) cut into words with
  offsets, and the forms a word takes behind its proclitics (بالرياض → رياض).
- `document`: the columns indexed for one article (title, kept body, the clitic-free forms).
- `query`: a query string parsed into words and phrases, and its FTS5 expression.
- `highlight`: where a query's words fall in the original text, and a snippet around them.

The index itself (SQLite FTS5) is `store/search.py`'s; this package holds no SQL.
"""
