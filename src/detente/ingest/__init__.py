"""Batch ingest: inputs (paths, directories, globs, URLs) -> extracts -> the store.

``run.ingest`` is the job (``detente ingest`` wraps it), ``inputs`` expands and reads the
inputs, ``fetch`` gets URLs safely, ``work`` extracts a batch (in this process or on a Dask
worker), ``progress`` draws the progress bar.
"""

from __future__ import annotations

from .run import ENGINES, IngestSummary, ingest

__all__ = ["ENGINES", "IngestSummary", "ingest"]
