"""`marsad`: the entry point; each command lives in its own module."""

from __future__ import annotations

import typer

from marsad import __version__
from marsad.cli.run import run

app = typer.Typer(
    help="marsad (مرصد): Arabic news intelligence. Turns scraped Arabic articles into clean "
    "text, dates, entities, events, quotes, stories and a timeline, stored in SQLite.",
    no_args_is_help=True,
    add_completion=False,
)
app.command("run")(run)
app.add_typer(__import__("marsad.cli.ner", fromlist=["app"]).app, name="ner")
__import__("marsad.cli.entities", fromlist=["register"]).register(app)
__import__("marsad.cli.events", fromlist=["register"]).register(app)
app.command("timeline")(__import__("marsad.cli.timeline", fromlist=["timeline"]).timeline)


@app.command("version")
def version() -> None:
    """Print the marsad version."""
    typer.echo(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
