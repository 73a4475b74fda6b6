"""A live `marsad serve` for browser tests: a run built once into a folder, the web
application served by uvicorn in a background thread on a free 127.0.0.1 port, and a
headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) that records every
console error, uncaught exception and dialog of the pages it opens.

Without Chromium or Playwright the browser tests skip, saying why; under CI (CI=true) they
fail instead, so CI never skips them silently."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# The machine's closed network refuses Chromium's background connections; these keep it quiet.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WIDE = 1280
NARROW = 400
HEIGHT = 900
SCREENSHOTS_ENV = "MARSAD_SCREENSHOTS"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def missing_browser() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ModuleNotFoundError:
        return "playwright is not installed (pip install -e '.[dev]')"
    if not CHROMIUM.is_file():
        return f"{CHROMIUM} is absent (apt-get install chromium)"
    return None


def need_browser() -> None:
    """Skip (fail under CI=true) when Chromium or Playwright is missing."""
    why = missing_browser()
    if why is None:
        return
    if in_ci():
        pytest.fail(f"browser tests cannot run in CI: {why}")
    pytest.skip(f"browser tests need Chromium and Playwright: {why}")


def build_run(inputs: Sequence[Path], out: Path) -> Path:
    """Run marsad over `inputs` into `out`; the database's path."""
    import marsad

    marsad.run([str(p) for p in inputs], out)
    return out / "marsad.db"


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """The application over `db` served on a free local port; yields its base URL."""
    import uvicorn

    from marsad.web.app import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the web server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium (a Playwright Browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Watch:
    """What a page said that it should not have: console errors (CSP violations among them),
    uncaught exceptions and dialogs (alert, confirm, prompt)."""

    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def attach(self, page: Any) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"uncaught: {exc}"))
        page.on("dialog", self._dialog)

    def _console(self, message: Any) -> None:
        if message.type == "error" or "Content Security Policy" in message.text:
            self.errors.append(f"console {message.type}: {message.text} at {message.location}")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


def screenshot_dir(default: Path) -> Path:
    """Where screenshots go: $MARSAD_SCREENSHOTS when set, else `default`."""
    chosen = os.environ.get(SCREENSHOTS_ENV)
    folder = Path(chosen) if chosen else default
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def overflow(page: Any) -> int:
    """How many pixels the page is wider than its viewport (0: no horizontal scrolling)."""
    width: int = page.evaluate("document.documentElement.scrollWidth")
    return max(0, width - int(page.viewport_size["width"]))
