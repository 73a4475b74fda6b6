"""marsad (مرصد): Arabic-first news intelligence.

Raw scraped articles in; clean text, dates, entities, events, quotes, stories and a
timeline out. Every layer is a list of spans over the untouched original text.
"""

__version__ = "0.1.0"

__all__ = ["RunFailed", "RunResult", "__version__", "process", "run"]


def __getattr__(name: str) -> object:
    """`marsad.run`, `marsad.process`, ... from `marsad.app`, imported on first use (so that
    `import marsad` stays light)."""
    if name in ("run", "process", "RunResult", "RunFailed"):
        from marsad import app

        return getattr(app, name)
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")
