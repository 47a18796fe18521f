"""PLOVER (type, mode) -> the nearest CAMEO code, from ``data/cameo_plover.csv``.

The table was written for detente from the category/mode facts of the PLOVER project's
CAMEO-to-PLOVER conversion table (2021): for every PLOVER type and mode, the CAMEO code
whose PLOVER reading it is, and its two-digit root. ASSAULT spreads over roots 17-20 by
mode (destroying property 17, unconventional violence 18, military force 19, mass
violence 20); ACCUSE is 11 except investigations (09); SANCTION convict is 11 (116).
A mode missing from the table falls back to the type's row without a mode.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

__all__ = ["cameo_code", "cameo_detail"]


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], tuple[str, str, str]]:
    text = (resources.files("detente") / "data" / "cameo_plover.csv").read_text(encoding="utf-8")
    out = {}
    for row in csv.DictReader(text.splitlines()):
        key = (row["plover_type"], row["plover_mode"] or "")
        out[key] = (row["cameo_root"], row["cameo_code"], row["cameo_label"])
    return out


def cameo_detail(event_type: str, mode: str | None = None) -> tuple[str, str, str] | None:
    """``(root, code, label)`` for a PLOVER type and mode, or ``None`` for an unknown type."""
    table = _table()
    return table.get((event_type, mode or "")) or table.get((event_type, ""))


def cameo_code(event_type: str, mode: str | None = None) -> str | None:
    """The two-digit CAMEO root code nearest to a PLOVER type and mode ("CONSULT" -> "04")."""
    detail = cameo_detail(event_type, mode)
    return detail[0] if detail else None
