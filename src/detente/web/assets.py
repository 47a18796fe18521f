"""Static files: ours (``static/``) and the vendored ones that pip installs.

``/static/vendor/plotly.min.js`` is served from the installed plotly package and
``/static/vendor/swagger-ui-bundle.js`` / ``swagger-ui.css`` from fastapi-offline, so the
dashboard and the API docs work with no internet and the repository holds no copy of them.
``/api/docs`` is Swagger UI, started by our ``static/docs.js`` (no inline script: the
Content Security Policy allows none).
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from ..api.errors import ApiError

__all__ = ["STATIC", "TEMPLATES", "VENDOR", "install_assets"]

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"


def _package_file(package: str, *parts: str) -> Path | None:
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)
    return path if path.is_file() else None


# name under /static/vendor/ -> (package, path inside it)
VENDOR = {
    "plotly.min.js": ("plotly", ("package_data", "plotly.min.js")),
    "swagger-ui-bundle.js": ("fastapi_offline", ("static", "swagger-ui-bundle.js")),
    "swagger-ui.css": ("fastapi_offline", ("static", "swagger-ui.css")),
}

_MEDIA = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}


def install_assets(app: FastAPI) -> None:
    paths = {name: _package_file(pkg, *parts) for name, (pkg, parts) in VENDOR.items()}

    @app.get("/static/vendor/{name}", include_in_schema=False)
    def vendor(name: str) -> FileResponse:
        path = paths.get(name)
        if path is None:
            raise ApiError(404, f"no vendored file {name[:60]!r}"
                                + (" (is its package installed?)" if name in VENDOR else ""))
        return FileResponse(path, media_type=_MEDIA.get(path.suffix),
                            headers={"cache-control": "public, max-age=86400"})

    @app.get("/api/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse((TEMPLATES / "docs.html").read_text(encoding="utf-8"))

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
