"""detente: structured, source-attributed event data from news about war and diplomacy."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
