"""`marsad`: the entry point; each command lives in its own module."""

from __future__ import annotations

import typer

from marsad import __version__
from marsad.cli import entities, events, ner, stories
from marsad.cli.export import export_command
from marsad.cli.index import index
from marsad.cli.run import run
from marsad.cli.serve import serve
from marsad.cli.timeline import timeline

app = typer.Typer(
    help="marsad (مرصد): Arabic news intelligence. Turns scraped Arabic articles into clean "
    "text, dates, entities, events, quotes, stories and a timeline, stored in SQLite.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(__version__)
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(False, "--version", "-V", callback=_print_version, is_eager=True,
                                 help="Print the marsad version and exit."),
) -> None:
    """marsad (مرصد): Arabic news intelligence."""
app.command("run")(run)
app.add_typer(ner.app, name="ner")
entities.register(app)
events.register(app)
app.command("timeline")(timeline)
stories.register(app)
app.command("serve")(serve)
app.command("index")(index)
app.command("export")(export_command)


@app.command("version")
def version() -> None:
    """Print the marsad version."""
    typer.echo(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
