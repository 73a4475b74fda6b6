"""The web application: `create_app(db_path)` builds it; `marsad serve` runs it with uvicorn.

Security by construction: every template autoescapes; every response carries a strict
Content-Security-Policy (no inline script, nothing from another origin); the database is
opened read-only per request; parameters are validated (422 with the one error shape)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad import __version__
from marsad.web import routes
from marsad.web.common import HERE, error_body, templates

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, message: str, details: list[Any] | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse(error_body(status, message, details), status_code=status)
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status)


def create_app(db_path: Path) -> FastAPI:
    """The application over the database at `db_path` (which must exist)."""
    app = FastAPI(title="marsad", version=__version__, docs_url=None, redoc_url=None,
                  description="The JSON API of a marsad run: articles, entities, events, quotes, "
                              "stories, search. Every list is paginated (page, size); every error "
                              "is {\"error\": {\"status\", \"message\", \"details\"}}.")
    app.state.db_path = Path(db_path)

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _bad_parameters(request: Request, exc: RequestValidationError) -> Response:
        details = [{"where": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg", "")}
                   for e in exc.errors()]
        return _error(request, 422, "bad parameters", details)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:  # never a traceback
        return _error(request, 500, "internal error")

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for router in routes.routers():
        app.include_router(router)

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> Response:
        """The API's documentation, drawn from its OpenAPI description, with nothing from a CDN."""
        return templates.TemplateResponse(request, "api_docs.html", {"spec": app.openapi()})

    return app
