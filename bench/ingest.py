#!/usr/bin/env python3
"""Ingest throughput: the local engine, Dask on W workers, bare spaCy; store share; memory.

    python bench/ingest.py [--n 300] [--workers 2] [--batch-size 32] [--warmup 8]
                           [--memory-sizes 75,150,300 | --no-memory] [--model M]
                           [--corpus ../shared/corpora/ukraine_press/articles.jsonl] [--json]

The first N records of the corpus (those with a text) are written to a temporary JSONL
file, then, in this one process:

  bare   ``load_bare_model()``, ``nlp.pipe(texts)`` consumed fully: the baseline
  local  ``ingest(subset, engine="local")`` into a fresh SQLite store (model loaded first)
  dask   ``ingest(subset, engine="dask")`` on a LocalCluster of W processes x 1 thread,
         every worker's model loaded first (cluster start and model loading reported apart)

Times exclude loading the model (each side is warmed up on a few texts first). The store
share is the time spent checking and writing the store over the ingest's wall time.

Memory: for each of --memory-sizes a child process ingests the first K articles with the
local engine and reports its peak RSS (getrusage maxrss); flat peaks as K grows mean the
ingest streams (memory bounded by a batch, not by the corpus).

Exit status 2 when the corpus is missing (it lives in ../shared, outside the repo).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_CORPUS, peak_rss_mb, read_corpus  # noqa: E402

def _cpu_seconds() -> float:
    """CPU seconds used by this process so far (run on the Dask workers too)."""
    return time.process_time()


def write_subset(records: Sequence[dict[str, Any]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def memory_sizes(n: int, spec: str | None) -> list[int]:
    """The corpus sizes for the memory runs: SPEC (``75,150,300``), else N/4, N/2, N."""
    if spec:
        sizes = sorted({int(x) for x in spec.split(",") if x.strip()})
    else:
        sizes = sorted({max(1, n // 4), max(1, n // 2), n})
    return [k for k in sizes if 0 < k <= n]


def median_run(runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median time (the slower middle one for an even count), and all times."""
    ordered = sorted(runs, key=lambda r: r["seconds"])
    chosen = dict(ordered[len(ordered) // 2])
    chosen["all_seconds"] = [round(r["seconds"], 2) for r in runs]
    return chosen


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a and b else None


# --------------------------------------------------------------------------- phases


def time_bare(texts: Sequence[str], model: str | None, batch_size: int, warmup: int
              ) -> dict[str, Any]:
    from detente.nlp.load import load_bare_model

    start = time.perf_counter()
    nlp = load_bare_model(model)
    load = time.perf_counter() - start
    for _ in nlp.pipe(texts[:warmup], batch_size=batch_size):
        pass
    start, cpu = time.perf_counter(), time.process_time()
    count = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    return {"seconds": seconds, "articles": count, "load_seconds": load, "cpu_seconds": cpu,
            "cores_used": cpu / seconds if seconds else None}


def time_ingest(subset: Path, db: str, *, engine: str, client: Any = None,
                batch_size: int) -> dict[str, Any]:
    from detente.ingest import ingest

    cpu0 = time.process_time()
    workers0 = client.run(_cpu_seconds) if client is not None else {}
    summary = ingest([str(subset)], db=db, engine=engine, client=client,
                     batch_size=batch_size)
    client_cpu = time.process_time() - cpu0
    workers_cpu = 0.0
    if client is not None:
        workers1 = client.run(_cpu_seconds)
        workers_cpu = sum(workers1[w] - workers0.get(w, 0.0) for w in workers1)
    cpu = client_cpu + workers_cpu
    if summary.failed or summary.new != summary.read:
        raise RuntimeError(f"{engine}: {summary.new} stored of {summary.read}, "
                           f"{summary.failed} failed")
    return {"seconds": summary.seconds, "articles": summary.new,
            "store_seconds": summary.store_seconds,
            "store_share": summary.store_seconds / summary.seconds if summary.seconds else None,
            "events": summary.events, "attributions": summary.attributions,
            "cpu_seconds": cpu, "client_cpu_seconds": client_cpu,
            "workers_cpu_seconds": workers_cpu,
            "cores_used": cpu / summary.seconds if summary.seconds else None}


def child_memory(subset: Path, k: int, batch_size: int) -> dict[str, Any]:
    """Run in a child process: ingest the first K articles of SUBSET, report peak RSS."""
    from detente.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        part = write_subset(read_corpus(subset, k), Path(tmp) / "part.jsonl")
        summary = ingest([str(part)], db=f"sqlite:///{tmp}/m.db", batch_size=batch_size)
    return {"articles": summary.new, "peak_rss_mb": round(peak_rss_mb(), 1),
            "seconds": round(summary.seconds, 2)}


def measure_memory(subset: Path, sizes: Sequence[int], batch_size: int) -> list[dict[str, Any]]:
    out = []
    for k in sizes:
        proc = subprocess.run(
            [sys.executable, __file__, "--child-memory", str(k), "--corpus", str(subset),
             "--batch-size", str(batch_size)],
            capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"memory run for {k} articles failed: {proc.stderr[-2000:]}")
        out.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return out


def _warm_worker(texts: Sequence[str] = ()) -> bool:
    """Load the pipeline in a Dask worker, with the arguments ingest will use, and run it
    over TEXTS (the warm-up the local side gets too)."""
    from detente import settings
    from detente.extract import extract_articles
    from detente.ingest.work import worker_pipeline
    from detente.models import Article

    nlp = worker_pipeline(settings.get("model"))
    extract_articles([Article(text=x) for x in texts], nlp)
    return True


# --------------------------------------------------------------------------- report


def format_report(r: dict[str, Any]) -> str:
    lines = [
        "detente ingest benchmark",
        f"corpus     {r['corpus']}: first {r['articles']:,} articles, {r['chars']:,} characters",
        f"machine    {r['cpus']} CPUs, load average {r['loadavg']} at start; "
        f"Python {r['python']}",
        f"model      {r.get('model', '?')}; batch {r['batch_size']} articles per "
        f"transaction/task; Dask {r['workers']} workers x 1 thread",
        "",
        f"{'phase':<8}{'seconds':>9}{'articles/s':>12}{'store share':>13}{'vs bare':>9}"
        f"{'vs local':>10}{'cores used':>12}",
    ]
    def fmt(value: float | None, spec: str) -> str:
        return "-" if value is None else format(value, spec)

    for name in ("bare", "local", "dask"):
        p = r.get(name)
        if not p:
            continue
        lines.append(
            f"{name:<8}{p['seconds']:>9.2f}{p['articles_per_s']:>12.2f}"
            f"{fmt(p.get('store_share'), '.1%'):>13}{fmt(p.get('vs_bare'), '.3f'):>9}"
            f"{fmt(p.get('vs_local'), '.3f'):>10}{fmt(p.get('cores_used'), '.2f'):>12}")
    lines.append("(cores used: CPU seconds of the ingest process and its Dask workers over "
                 "wall seconds; under 2 for Dask means the workers did not get two idle cores)")
    if any(len(r.get(n, {}).get("all_seconds", [])) > 1 for n in ("local", "dask")):
        lines.append("rounds: " + "; ".join(f"{n} {r[n]['all_seconds']}" for n in
                                            ("local", "dask") if r.get(n)))
    lines.append("")
    if r.get("dask"):
        lines.append(f"dask/local throughput: {r['dask']['vs_local']:.2f}x (target >= 1.7x); "
                     f"cluster start {r['dask_start_seconds']:.1f} s, worker models "
                     f"{r['dask_warm_seconds']:.1f} s with warm-up (not in the time above)")
        local_cpu, dask_cpu = r["local"].get("cpu_seconds"), r["dask"].get("cpu_seconds")
        if local_cpu and dask_cpu:
            lines.append(
                f"CPU seconds: local {local_cpu:.1f}, dask {dask_cpu:.1f} (client "
                f"{r['dask'].get('client_cpu_seconds', 0):.1f} + workers "
                f"{r['dask'].get('workers_cpu_seconds', 0):.1f}); "
                f"with a free core per worker dask/local would be about "
                f"{r['workers'] * local_cpu / dask_cpu:.2f}x (a projection, not a measurement)")
    if r.get("local"):
        lines.append(f"local/bare throughput: {r['local']['vs_bare']:.3f} "
                     f"(detente extraction plus store against spaCy parsing alone)")
        lines.append(f"store share (local): {r['local']['store_share']:.1%} of the ingest "
                     "time (target < 10%)")
    if r.get("memory"):
        lines.append("")
        lines.append("peak memory (local engine, one child process per size):")
        for m in r["memory"]:
            lines.append(f"  {m['articles']:>6,} articles  peak RSS {m['peak_rss_mb']:>8,.1f} MB"
                         f"  ({m['seconds']:.1f} s)")
        peaks = [m["peak_rss_mb"] for m in r["memory"]]
        lines.append(f"  growth from the smallest to the largest: "
                     f"{peaks[-1] - peaks[0]:+.1f} MB ({(peaks[-1] / peaks[0] - 1):+.1%})")
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="bench/ingest.py", description=__doc__.split("\n")[0])
    p.add_argument("--n", type=int, default=300, help="articles (default 300)")
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                   help="JSONL with a text field (default ukraine_press)")
    p.add_argument("--workers", type=int, default=2, help="Dask workers (default 2)")
    p.add_argument("--batch-size", type=int, default=32,
                   help="articles per transaction and per Dask task (default 32)")
    p.add_argument("--warmup", type=int, default=8, help="untimed warm-up texts (default 8)")
    p.add_argument("--rounds", type=int, default=1,
                   help="alternating local/dask rounds; the median is shown (default 1)")
    p.add_argument("--model", default=None, help="spaCy model (default: the model setting)")
    p.add_argument("--memory-sizes", default=None,
                   help="comma-separated corpus sizes for the memory runs (default N/4,N/2,N)")
    p.add_argument("--no-memory", action="store_true", help="skip the memory runs")
    p.add_argument("--no-dask", action="store_true", help="skip the Dask run")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.add_argument("--child-memory", type=int, default=None, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if min(args.n, args.workers, args.batch_size, args.rounds) < 1 or args.warmup < 0:
        p.error("--n, --workers, --batch-size and --rounds must be >= 1, --warmup >= 0")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.corpus.is_file():
        print(f"bench: corpus not found: {args.corpus} (pass --corpus PATH)", file=sys.stderr)
        return 2
    if args.model:
        os.environ["DETENTE_MODEL"] = args.model  # the Dask workers inherit it
    if args.child_memory is not None:
        print(json.dumps(child_memory(args.corpus, args.child_memory, args.batch_size)))
        return 0
    records = read_corpus(args.corpus, args.n)
    if not records:
        print(f"bench: no records with a 'text' field in {args.corpus}", file=sys.stderr)
        return 2

    from detente.ingest.work import model_info
    from detente.nlp.load import load_pipeline

    texts = [r["text"] for r in records]
    figures: dict[str, Any] = {
        "corpus": str(args.corpus), "articles": len(records), "chars": sum(map(len, texts)),
        "batch_size": args.batch_size, "workers": args.workers, "cpus": os.cpu_count(),
        "loadavg": ", ".join(f"{x:.1f}" for x in os.getloadavg()),
        "python": platform.python_version(),
    }
    with tempfile.TemporaryDirectory(prefix="detente-bench-") as tmp:
        subset = write_subset(records, Path(tmp) / "subset.jsonl")

        bare = time_bare(texts, args.model, args.batch_size, args.warmup)
        figures["bare"] = bare

        nlp = load_pipeline(args.model)  # warm: loaded and run once before timing
        figures["model"] = "{name} {version}".format(**model_info(nlp))
        from detente.extract import extract_articles
        from detente.models import Article

        extract_articles([Article(text=x) for x in texts[:args.warmup]], nlp)

        client = cluster = None
        if not args.no_dask:
            from distributed import Client, LocalCluster

            start = time.perf_counter()
            cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1,
                                   processes=True, dashboard_address=None,
                                   silence_logs=logging.ERROR)
            client = Client(cluster)
            figures["dask_start_seconds"] = time.perf_counter() - start
            start = time.perf_counter()
            client.run(_warm_worker, texts[:args.warmup])
            figures["dask_warm_seconds"] = time.perf_counter() - start
        runs: dict[str, list[dict[str, Any]]] = {"local": [], "dask": []}
        try:
            for i in range(args.rounds):  # alternate, so that load from elsewhere hits both
                runs["local"].append(time_ingest(subset, f"sqlite:///{tmp}/local{i}.db",
                                                 engine="local", batch_size=args.batch_size))
                if client is not None:
                    runs["dask"].append(time_ingest(subset, f"sqlite:///{tmp}/dask{i}.db",
                                                    engine="dask", client=client,
                                                    batch_size=args.batch_size))
        finally:
            if client is not None:
                client.close()
                cluster.close()
        for name, timed in runs.items():
            if timed:
                figures[name] = median_run(timed)

        if not args.no_memory:
            figures["memory"] = measure_memory(subset, memory_sizes(len(records),
                                                                    args.memory_sizes),
                                               args.batch_size)

    for name in ("bare", "local", "dask"):
        p = figures.get(name)
        if p:
            p["articles_per_s"] = p["articles"] / p["seconds"] if p["seconds"] else 0.0
            p["vs_bare"] = ratio(p["articles_per_s"], figures["bare"]["articles_per_s"]) \
                if name != "bare" else None
            p["vs_local"] = ratio(p["articles_per_s"], figures["local"]["articles_per_s"]) \
                if name == "dask" else None
    figures["peak_rss_mb"] = round(peak_rss_mb(), 1)
    print(json.dumps(figures, default=str) if args.json else format_report(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
