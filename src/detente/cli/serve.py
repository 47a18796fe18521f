"""``detente serve``: the HTTP API and the dashboard over a store, on uvicorn."""

from __future__ import annotations

import os
from typing import Optional

import typer

from .. import settings
from . import app, fail, user_errors

__all__ = ["serve"]


def _help(name: str) -> str:
    return next(s.help for s in settings.SETTINGS if s.name == name)


def serve(db: str | None = None, host: str | None = None, port: int | None = None,
          workers: int | None = None, log_level: str = "info") -> None:
    """Serve the store DB at http://HOST:PORT/ until interrupted (blocking), in WORKERS
    processes."""
    import uvicorn

    from ..api import create_app

    host = settings.get("host", host)
    port = settings.get("port", port)
    workers = settings.get("workers", workers)
    if not 0 < port < 65536:
        fail(f"--port {port} is not a TCP port; use 1 to 65535")
    if workers < 1:
        fail(f"--workers {workers} must be 1 or more")
    application = create_app(db)  # checks the store and the settings before serving
    token_state = "on" if application.state.config.token else "off (set DETENTE_API_TOKEN)"
    typer.echo(f"detente serve: {application.state.store.display_url} at "
               f"http://{host}:{port}/ (API docs /api/docs; write endpoints {token_state}; "
               f"{workers} worker(s))", err=True)
    options = dict(host=host, port=port, log_level=log_level, access_log=log_level == "debug")
    if workers == 1:
        uvicorn.run(application, **options)
        return
    application.state.store.close()
    if db is not None:  # the worker processes read the store from the setting
        os.environ["DETENTE_DB"] = db
    uvicorn.run("detente.api.app:app_from_settings", factory=True, workers=workers,
                **options)


@app.command("serve")
def serve_cli(
    db: Optional[str] = typer.Option(None, "--db", metavar="URL", help=_help("db")),
    host: Optional[str] = typer.Option(None, "--host", help=_help("host")),
    port: Optional[int] = typer.Option(None, "--port", help=_help("port")),
    workers: Optional[int] = typer.Option(None, "--workers", help=_help("workers")),
    log_level: str = typer.Option("info", "--log-level",
                                  help="uvicorn's log level: critical, error, warning, info "
                                       "or debug (debug also logs each request)."),
) -> None:
    """Serve the HTTP API (/api/v1, docs at /api/docs) and the dashboard (/) over a store.

    Binds to 127.0.0.1 unless --host says otherwise. The write endpoints (POST
    /api/v1/extract, POST /api/v1/articles) are on only with a token (DETENTE_API_TOKEN).
    """
    with user_errors():
        serve(db, host, port, workers, log_level)
