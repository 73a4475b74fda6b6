"""`marsad serve`: browse a run's database in a web browser, with a JSON API under /api/.

Reads OUT/marsad.db read-only and binds to 127.0.0.1 unless told otherwise. A folder with no
database, a port out of range or a missing `web` extra get one line and exit code 2."""

from __future__ import annotations

from pathlib import Path

import typer

from marsad.cli.refusal import refuse, run_database


def serve(
    out: Path = typer.Option(..., "--out", "-o", help="The output folder of a run (holds marsad.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (local only by default)."),
    port: int = typer.Option(8000, "--port", "-p", help="Port to listen on."),
) -> None:
    """Serve the run in OUT as web pages (search, articles, entities, stories, timeline,
    network) and a JSON API (/api/, documented at /api/docs and /openapi.json)."""
    db = run_database("serve", out)
    if not 0 < port < 65536:
        refuse("serve", f"--port must be between 1 and 65535, not {port}")
    try:
        import uvicorn

        from marsad.web.app import create_app
    except ModuleNotFoundError as e:
        refuse("serve", f"the web server needs the web extra ({e.name} is missing): "
                      "pip install 'marsad[web]'")
    typer.echo(f"marsad serve: http://{host}:{port}/  (Ctrl+C stops)")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
