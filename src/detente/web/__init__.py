"""The dashboard: server-rendered pages (Jinja2) over the same queries as the API.

``install(app)`` adds the static files (``static/``, plus ``plotly.min.js`` from the
plotly package and Swagger UI from fastapi-offline: nothing from a CDN), the API docs
page at ``/api/docs`` and, with PAGES, the dashboard pages of ``views.py``. Pages take the
API's query parameters (``api/params.py``), so a page's URL and the API call behind its
download links carry the same filters.
"""

from __future__ import annotations

from fastapi import FastAPI

from .assets import install_assets
from .views import install_pages

__all__ = ["install"]


def install(app: FastAPI, *, pages: bool = True) -> None:
    install_assets(app)
    if pages:
        install_pages(app)
