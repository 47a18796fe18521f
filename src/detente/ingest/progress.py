"""The ingest progress bar (rich, on stderr): articles done, articles/s, ETA when known."""

from __future__ import annotations

import time
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

__all__ = ["IngestProgress"]


class _Rate(ProgressColumn):
    """Articles per second since the start (steadier than rich's recent-window speed)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        if elapsed <= 0 or not task.completed:
            return Text("  -- articles/s", style="progress.data.speed")
        return Text(f"{task.completed / elapsed:6.1f} articles/s", style="progress.data.speed")


class _Done(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{int(task.completed):,} articles", style="progress.download")


class IngestProgress:
    """A context manager; ``advance(n, status)`` after each committed batch. No-op if disabled."""

    def __init__(self, total: int | None, *, enabled: bool, console: Console | None = None
                 ) -> None:
        self.enabled = enabled
        self.total = total
        self._progress: Progress | None = None
        self._task: Any = None
        self.started = time.perf_counter()
        if enabled:
            console = console or Console(stderr=True)
            columns: list[ProgressColumn] = [TextColumn("ingest")]
            if total:
                columns += [BarColumn(bar_width=20), MofNCompleteColumn()]
            else:
                columns += [_Done()]
            columns += [_Rate(), TimeElapsedColumn()]
            if total:
                columns += [TextColumn("ETA"), TimeRemainingColumn()]
            columns += [TextColumn("{task.fields[status]}")]
            self._progress = Progress(*columns, console=console, transient=False,
                                      refresh_per_second=4)

    def __enter__(self) -> "IngestProgress":
        if self._progress is not None:
            self._progress.start()
            self._task = self._progress.add_task("ingest", total=self.total or None,
                                                 status="")
        return self

    def status(self, text: str) -> None:
        if self._progress is not None:
            self._progress.update(self._task, status=text)

    def advance(self, n: int, status: str = "") -> None:
        if self._progress is not None:
            task = self._progress.tasks[0]
            if self.total and task.completed + n > self.total:  # the estimate was low
                self._progress.update(self._task, total=task.completed + n)
            self._progress.update(self._task, advance=n, status=status)

    def __exit__(self, *exc: Any) -> None:
        if self._progress is not None:
            self._progress.stop()
