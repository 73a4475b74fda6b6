"""`marsad serve`: a local web application over one run's database (FastAPI, Jinja2).

Pages for people (search, article, entity, story, timeline, network) and a JSON API under
`/api/` for programs, both reading the database read-only. Like the CLI, the web layer
imports no domain: it reaches them through `marsad.reading`, and its queries are `store/`'s.
Everything it serves ships in the package (templates, CSS, scripts): it works offline.
Needs the `web` extra: `pip install 'marsad[web]'`.
"""
