"""The HTTP API over the store (FastAPI), served by ``detente serve``.

``app.create_app`` builds it; ``routes/`` has one router per resource under ``/api/v1``;
``params.py`` the shared query parameters (the CLI's filters, pages, formats);
``output.py`` JSON pages and CSV/JSONL streams; ``errors.py`` the one error shape and the
exception -> status table; ``auth.py`` the bearer token of the write endpoints;
``extraction.py`` request bodies -> articles -> extracts; ``middleware.py`` the body limit
and security headers. The dashboard pages are in ``detente.web``.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
