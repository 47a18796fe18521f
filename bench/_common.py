"""What the benchmark scripts share: the default corpus, reading it, and memory figures."""

from __future__ import annotations

import json
import os
import resource
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DETENTE_SHARED", REPO.parent / "shared"))
DEFAULT_CORPUS = SHARED / "corpora" / "ukraine_press" / "articles.jsonl"


def read_corpus(path: Path, n: int) -> list[dict[str, Any]]:
    """The first N records of a JSONL corpus that have a non-empty ``text``."""
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            if isinstance(record.get("text"), str) and record["text"].strip():
                records.append(record)
                if len(records) >= n:
                    break
    return records


def rss_mb() -> float:
    """Current resident set size in MB (falls back to the peak where /proc is missing)."""
    try:
        with open("/proc/self/statm") as f:
            resident_pages = int(f.read().split()[1])
        return resident_pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return peak_rss_mb()


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB.

    VmHWM from /proc/self/status where there is one: getrusage's maxrss survives exec on
    Linux, so a child started by a big parent would report the parent's size.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / 1e6
    except (OSError, ValueError, IndexError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6
