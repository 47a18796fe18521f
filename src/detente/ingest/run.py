"""``ingest``: read inputs, extract what is not stored yet, write it, batch by batch.

For each batch of ``ingest_batch_size`` articles read:

1. dedupe by content hash (and URL) and ask the store, in one query per batch, which are
   already stored; those are skipped *before* the NLP (so a rerun after a crash resumes
   where it stopped, at the cost of reading and hashing the inputs again);
2. extract the rest, in this process (``engine="local"``) or on a Dask cluster
   (``engine="dask"``: tasks of one batch each, results gathered with ``as_completed``);
3. write the extracts, the failures met so far and the run's counters in one transaction.

Failures (unreadable or too large inputs, fetch errors, extraction errors) are recorded and
never stop the run. Ctrl-C stops it between commits: nothing committed is lost and the run
is marked ``interrupted``.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from .. import settings
from ..errors import ConfigError, FetchError, InputError
from ..models import Article, content_id
from ..readers._meta import override_date
from ..store import BatchCounts, Failure, Store, Stored
from ..store.db import settings_snapshot
from .inputs import estimate_total, iter_articles
from .progress import IngestProgress
from .work import Outcome, extract_batch, extract_task, model_info

__all__ = ["ENGINES", "IngestSummary", "ingest"]

log = logging.getLogger("detente.ingest")

ENGINES = ("local", "dask")
_KEEP_FAILURES = 100  # failures kept in the summary (all are in the store)


@dataclass(kw_only=True)
class IngestSummary(BatchCounts):
    """What one ``ingest`` call did: the run's counters (``BatchCounts``, summed over its
    batches by the inherited ``add``), and where the time went."""

    run_id: str
    db: str
    engine: str
    workers: int | None = None
    seconds: float = 0.0  # wall time of the whole call
    load_seconds: float = 0.0  # loading the model, or starting the cluster
    extract_seconds: float = 0.0  # local: in the pipeline; dask: waiting for results
    store_seconds: float = 0.0  # checking and writing the store
    interrupted: bool = False
    resumes: str | None = None  # the interrupted run over the same inputs this one goes on with
    failures: list[Failure] = field(default_factory=list, repr=False)  # the first 100

    @property
    def processed(self) -> int:
        return self.new + self.replaced

    @property
    def rate(self) -> float:
        """Articles read per second of wall time."""
        return self.read / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("failures")
        d["articles_per_s"] = round(self.rate, 3)
        return d

    def lines(self) -> list[str]:
        head = "interrupted" if self.interrupted else "done"
        engine = self.engine + (f", {self.workers} workers" if self.workers else "")
        lines = [
            f"ingest {head}: run {self.run_id[:12]} into {self.db} ({engine})"
            + (f", resuming interrupted run {self.resumes[:12]}" if self.resumes else ""),
            f"articles     {self.read:,} read: {self.new:,} new, {self.replaced:,} "
            f"reprocessed, {self.skipped:,} already stored",
            f"extracted    {self.events:,} events, {self.attributions:,} attributions, "
            f"{self.stances:,} stances, {self.actors:,} actors, {self.places:,} places",
            f"failures     {self.failed:,}" + (" (list them: detente failures)"
                                               if self.failed else ""),
            f"time         {self.seconds:.1f} s ({self.rate:.1f} articles/s; "
            f"store {self.store_seconds:.1f} s, model/cluster start {self.load_seconds:.1f} s)",
        ]
        return lines


def _chunks(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while True:
        chunk = list(islice(items, size))
        if not chunk:
            return
        yield chunk


def _positive(name: str, value: int | None) -> int | None:
    if value is not None and value < 1:
        raise ConfigError(f"{name} must be at least 1, got {value}")
    return value


class _Run:
    """The state of one ingest call: store, run id, pending failures, timings."""

    def __init__(self, store: Store, summary: IngestSummary, reprocess: bool,
                 progress: IngestProgress) -> None:
        self.store = store
        self.summary = summary
        self.reprocess = reprocess
        self.progress = progress
        self.pending: list[Failure] = []

    # failures met while reading, written with the next batch
    def on_error(self, err: InputError) -> None:
        stage = "fetch" if isinstance(err, FetchError) else "read"
        self.pending.append(Failure.of(err, err.source, stage))

    def take_failures(self) -> list[Failure]:
        out, self.pending = self.pending, []
        return out

    def select(self, chunk: Sequence[Article]) -> tuple[list[tuple[Article, str]], int]:
        """The articles of CHUNK to extract, with their content hashes, and how many skip."""
        keyed: list[tuple[Article, str]] = []
        seen_ids: set[str] = set()
        seen_urls: set[str] = set()
        for article in chunk:
            aid = content_id(article.text)
            if aid in seen_ids or (article.url and article.url in seen_urls):
                continue
            seen_ids.add(aid)
            if article.url:
                seen_urls.add(article.url)
            keyed.append((article, aid))
        if not self.reprocess:
            start = time.perf_counter()
            ids, urls = self.store.existing([k for _, k in keyed],
                                            [a.url for a, _ in keyed if a.url])
            self.summary.store_seconds += time.perf_counter() - start
            keyed = [(a, k) for a, k in keyed if k not in ids and not (a.url and a.url in urls)]
        return keyed, len(chunk) - len(keyed)

    def write(self, keyed: Sequence[tuple[Article, str]], outcomes: Sequence[Outcome],
              read: int, skipped: int) -> None:
        items: list[Stored] = []
        failures = self.take_failures()
        for (article, aid), outcome in zip(keyed, outcomes):
            if outcome.result is None:
                failures.append(Failure(input=article.source or aid, stage="extract",
                                        error=outcome.error or "Exception",
                                        reason=outcome.reason or "extraction failed",
                                        article_id=aid))
                continue
            result = outcome.result
            result["article"].setdefault("text", article.text)
            items.append(Stored(aid, article.url, article.source, result))
        start = time.perf_counter()
        counts = self.store.write_batch(self.summary.run_id, items, failures,
                                        replace=self.reprocess, read=read, skipped=skipped)
        self.summary.store_seconds += time.perf_counter() - start
        self.summary.add(counts)
        room = _KEEP_FAILURES - len(self.summary.failures)
        if room > 0:
            self.summary.failures.extend(failures[:room])
        read_failures = sum(1 for f in failures if f.stage in ("read", "fetch"))
        self.progress.advance(read + read_failures, self.status())

    def status(self) -> str:
        s = self.summary
        return (f"{s.new + s.replaced:,} stored, {s.skipped:,} skipped, "
                f"{s.failed:,} failed")


def ingest(
    inputs: Sequence[str],
    *,
    db: str | None = None,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    reprocess: bool = False,
    allow_private: bool = False,
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    actors: Iterable[str | Path] = (),
    model: str | None = None,
    max_bytes: int | None = None,
    batch_size: int | None = None,
    progress: bool = False,
    client: Any = None,
    on_warning: Callable[[str], None] | None = None,
    budget: float | None = None,
) -> IngestSummary:
    """Ingest INPUTS (paths, directories, globs, URLs, ``-``) into the store at DB.

    ENGINE ``local`` extracts in this process; ``dask`` on a Dask cluster: CLIENT (a
    ``distributed.Client``) when given, else the scheduler at SCHEDULER, else a new
    ``LocalCluster`` of WORKERS processes (default: the number of CPUs). BATCH_SIZE
    (setting ``ingest_batch_size``) is articles per transaction and per task. REPROCESS
    extracts articles already stored again and replaces their rows. PROGRESS shows a
    progress bar on stderr. Returns the summary; raises StoreError when the store cannot
    be used and ConfigError for bad options. Ctrl-C returns the summary so far, with
    ``interrupted`` set. BUDGET (setting ``article_time_budget``) is the seconds detente's
    stages may spend on one article; one over it is recorded as a failure (BudgetExceeded).
    """
    started = time.perf_counter()
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if engine == "local" and (workers is not None or scheduler or client is not None):
        raise ConfigError("--workers and --scheduler need --engine dask")
    if scheduler and workers is not None:
        raise ConfigError("--workers starts a local Dask cluster; with --scheduler the "
                          "cluster's own workers are used, so drop --workers")
    _positive("--workers", workers)
    size = _positive("ingest_batch_size", settings.get("ingest_batch_size", batch_size))
    budget = settings.get("article_time_budget", budget)
    if budget < 0:
        raise ConfigError(f"article_time_budget must be 0 (no limit) or more seconds, got {budget}")
    actor_files = tuple(str(p) for p in actors)
    for path in actor_files:
        if not Path(path).is_file():
            raise ConfigError(f"actor file {path} not found; check --actors")
    inputs = list(inputs)
    if published is not None:
        override_date(published)  # BadMetadata now, before a run is recorded

    store = Store.open(db)  # (marks runs whose process died as interrupted)
    try:
        resumes = _interrupted_run(store, inputs)
        run_id = store.start_run(
            inputs=inputs, engine=engine, workers=workers if engine == "dask" else None,
            reprocess=reprocess, run_settings={**settings_snapshot(), "ingest_batch_size": size,
                                               "model": settings.get("model", model),
                                               "article_time_budget": budget})
        summary = IngestSummary(run_id=run_id, db=store.display_url, engine=engine,
                                workers=workers if engine == "dask" else None, resumes=resumes)
        total = estimate_total(inputs) if progress else None
        status = "failed"
        with IngestProgress(total, enabled=progress) as bar:
            run = _Run(store, summary, reprocess, bar)
            articles = iter_articles(inputs, published=published, outlet=outlet, title=title,
                                     max_bytes=max_bytes, allow_private=allow_private,
                                     on_error=run.on_error, on_warning=on_warning)
            try:
                if engine == "local":
                    _local(run, articles, size, model, actor_files, budget)
                else:
                    _dask(run, articles, size, model, actor_files, workers, scheduler, client,
                          budget)
                if run.pending:  # failures after the last article
                    run.write([], [], 0, 0)
                status = "done"
            except KeyboardInterrupt:
                status = "interrupted"
                summary.interrupted = True
            finally:
                try:
                    store.finish_run(run_id, status)
                except Exception:  # the store is gone: the original error matters more
                    log.exception("could not mark run %s as %s", run_id, status)
        summary.seconds = time.perf_counter() - started
        return summary
    finally:
        store.close()


def _interrupted_run(store: Store, inputs: list[str]) -> str | None:
    """The id of the last run over INPUTS when it was interrupted (killed, Ctrl-C): this run
    resumes it, since what it stored is skipped."""
    same = [r for r in store.runs() if r.get("inputs") == inputs]
    return same[-1]["id"] if same and same[-1]["status"] == "interrupted" else None


def _local(run: _Run, articles: Iterator[Article], size: int, model: str | None,
           actor_files: tuple[str, ...], budget: float | None = None) -> None:
    from ..nlp.load import load_pipeline

    nlp = None
    nlp_batch = settings.get("batch_size")
    run.progress.status("")
    for chunk in _chunks(articles, size):
        keyed, skipped = run.select(chunk)
        if keyed and nlp is None:  # loaded only when something needs extracting
            run.progress.status("loading the model")
            start = time.perf_counter()
            nlp = load_pipeline(model, actor_files)
            run.summary.load_seconds += time.perf_counter() - start
            info = model_info(nlp)
            run.store.set_run_model(run.summary.run_id, info["name"], info["version"],
                                    info["spacy"])
        start = time.perf_counter()
        outcomes = extract_batch([a for a, _ in keyed], nlp, nlp_batch, budget) if keyed else []
        run.summary.extract_seconds += time.perf_counter() - start
        run.write(keyed, outcomes, len(chunk), skipped)


def _dask(run: _Run, articles: Iterator[Article], size: int, model: str | None,
          actor_files: tuple[str, ...], workers: int | None, scheduler: str | None,
          client: Any, budget: float | None = None) -> None:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:  # pragma: no cover - a dependency
        raise ConfigError("--engine dask needs dask[distributed]: pip install "
                          "'dask[distributed]'") from None

    owned: list[Any] = []
    state: dict[str, Any] = {"client": client, "n_workers": 1}

    def connect() -> Any:
        """The client, the cluster started (or reached) on first use."""
        if state["client"] is not None and state.get("ready"):
            return state["client"]
        start = time.perf_counter()
        run.progress.status("starting Dask")
        c = state["client"]
        if c is None and scheduler:
            try:
                c = Client(scheduler, timeout="30s")
            except (OSError, TimeoutError) as exc:
                raise ConfigError(f"cannot reach the Dask scheduler at {scheduler} "
                                  f"({exc}); check --scheduler") from None
            owned.append(c)
        elif c is None:
            n = workers or os.cpu_count() or 1
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            c = Client(cluster)
            owned.extend([c, cluster])
        if not c.scheduler_info().get("workers"):
            c.wait_for_workers(1, timeout=120)
        state.update(client=c, ready=True,
                     n_workers=len(c.scheduler_info().get("workers") or {}) or 1)
        run.summary.workers = run.summary.workers or state["n_workers"]
        run.summary.load_seconds += time.perf_counter() - start
        run.progress.status("")
        return c

    try:
        model_name = settings.get("model", model)
        blobs = tuple((p, Path(p).read_bytes()) for p in actor_files)
        nlp_batch = settings.get("batch_size")
        in_flight: dict[Any, tuple[list[tuple[Article, str]], int, int]] = {}
        done: Any = None  # as_completed, once there is a client
        model_recorded = False

        def handle(future: Any) -> None:
            nonlocal model_recorded
            keyed, read, skipped = in_flight.pop(future)
            wait = time.perf_counter()
            try:
                result = future.result()
                outcomes = result["outcomes"]
                if not model_recorded:
                    info = result["model"]
                    run.store.set_run_model(run.summary.run_id, info["name"],
                                            info["version"], info["spacy"])
                    model_recorded = True
            except Exception as exc:  # the task itself failed (a worker died, ...)
                reason = " ".join(str(exc).split())[:300] or type(exc).__name__
                outcomes = [Outcome(None, type(exc).__name__, f"Dask task failed: {reason}")
                            for _ in keyed]
            finally:
                future.release()
            run.summary.extract_seconds += time.perf_counter() - wait
            run.write(keyed, outcomes, read, skipped)

        try:
            for chunk in _chunks(articles, size):
                keyed, skipped = run.select(chunk)
                if not keyed:
                    run.write([], [], len(chunk), skipped)
                    continue
                c = connect()  # started only when something needs extracting
                if done is None:
                    done = as_completed(loop=c.loop)
                future = c.submit(extract_task, [a for a, _ in keyed], model_name, blobs,
                                  nlp_batch, budget, pure=False)
                in_flight[future] = (keyed, len(chunk), skipped)
                done.add(future)
                # tasks queued or running at once: bounded memory on the client
                while len(in_flight) >= 2 * state["n_workers"] + 1:
                    handle(next(done))
            while in_flight:
                handle(next(done))
        except BaseException:
            for future in list(in_flight):
                future.cancel()
            raise
    finally:
        for thing in owned:
            try:
                thing.close()
            except Exception:  # pragma: no cover - best effort at shutdown
                pass
