#!/usr/bin/env python3
"""API load: filtered, paginated events and articles/{id} against `detente serve`.

    python bench/api.py [--db sqlite:///PATH] [--n 2000] [--clients 16] [--requests 3200]
                        [--per-page 50] [--corpus ../shared/corpora/ukraine_press/articles.jsonl]
                        [--fill ../shared/corpora/wikinews/articles.jsonl] [--seed 7] [--json]

1. The store: --db when it already holds at least N articles (reused as it is), else the
   first N articles of the corpus are ingested into it (into a temporary SQLite file when
   --db is not given). ukraine_press has 1,790 articles; when the corpus has fewer than N,
   the --fill corpora top it up (Wikinews by default) and the report says how many came
   from where. Ingesting 2,000 articles takes about 15 minutes on 2 cores: pass --db to
   keep the store for the next run.
2. `detente serve --db URL --host 127.0.0.1 --port FREE` in a child process; only loopback
   traffic.
3. A fixed, seeded mix of requests: half ``GET /api/v1/events`` with random filters
   (actor code, type, modality, a date range, an outlet; one to three of them) and a random
   page within the filter's rows, half ``GET /api/v1/articles/{id}`` of random stored
   articles. CLIENTS threads, each with its own keep-alive connection, send them in a
   closed loop (a client sends its next request when the last one answered) until all
   REQUESTS are done.
4. Baseline, in this process: the same requests' query functions (``count_events`` +
   ``find_events``, ``Store.extract``) called directly, one at a time, on a sample; the
   ratios say what HTTP, JSON and concurrency add.

Prints requests/s, latency p50/p95/p99/max per kind, errors (non-2xx answers and failed
connections). Target: 0 errors, p95 under 100 ms for the paginated queries on SQLite.
Exit status 2 when the corpus is missing (it lives in ../shared, outside the repo), 1 when
a request failed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_CORPUS, SHARED, read_corpus  # noqa: E402

DEFAULT_FILL = (SHARED / "corpora" / "wikinews" / "articles.jsonl",)


# --------------------------------------------------------------------------- the store


def store_size(db: str) -> int:
    """Articles in the store DB (0 when there is none yet)."""
    from detente.errors import StoreError
    from detente.store import Store

    try:
        with Store.open(db, create=False) as store:
            return store.counts().get("articles", 0)
    except StoreError:
        return 0


def build_records(n: int, corpus: Path, fill: Sequence[Path]) -> tuple[list[dict], dict]:
    """The first N records of CORPUS, topped up from FILL when it has fewer; and how many
    came from each file."""
    records = read_corpus(corpus, n)
    origin = {str(corpus): len(records)}
    for extra in fill:
        if len(records) >= n:
            break
        if extra.is_file():
            more = read_corpus(extra, n - len(records))
            records.extend(more)
            origin[str(extra)] = len(more)
    return records, origin


def ensure_store(db: str, n: int, corpus: Path, fill: Sequence[Path]) -> dict[str, Any]:
    """A store at DB with at least N articles: reused, or built by ``ingest``."""
    have = store_size(db)
    if have >= n:
        return {"reused": True, "articles": have, "origin": None, "ingest_seconds": None}
    from detente.ingest import ingest

    records, origin = build_records(n, corpus, fill)
    with tempfile.TemporaryDirectory(prefix="detente-bench-api-") as tmp:
        path = Path(tmp) / "subset.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        summary = ingest([str(path)], db=db, progress=sys.stderr.isatty())
    return {"reused": False, "articles": store_size(db), "origin": origin,
            "ingest_seconds": round(summary.seconds, 1)}


# --------------------------------------------------------------------------- requests


def request_mix(db: str, total: int, per_page: int, seed: int) -> list[tuple[str, str]]:
    """TOTAL (kind, path) pairs: half filtered event pages, half article extracts."""
    from sqlalchemy import func, select

    from detente.query import count_events
    from detente.store import Store
    from detente.store import schema as t

    rng = random.Random(seed)
    with Store.open(db, create=False) as store, store.engine.connect() as conn:
        ids = list(conn.execute(select(t.articles.c.id).order_by(t.articles.c.id)).scalars())
        codes = [c for c, _ in conn.execute(
            select(t.event_codes.c.code, func.count()).group_by(t.event_codes.c.code)
            .order_by(func.count().desc()).limit(30))]
        types = list(conn.execute(select(t.events.c.type).distinct()).scalars())
        outlets = [o for o in conn.execute(select(t.articles.c.outlet).distinct()).scalars()
                   if o]
        days = sorted(d for d in conn.execute(
            select(t.articles.c.published).distinct()).scalars() if d)
        filters_seen: dict[str, int] = {}
        out: list[tuple[str, str]] = []
        for i in range(total):
            if i % 2:
                out.append(("article", f"/api/v1/articles/{rng.choice(ids)}"))
                continue
            params: dict[str, str] = {}
            for name in rng.sample(["actor", "type", "modality", "period", "outlet"],
                                   rng.randint(1, 3)):
                if name == "actor" and codes:
                    params["actor"] = rng.choice(codes).split(".")[0]
                elif name == "type" and types:
                    params["type"] = rng.choice(types)
                elif name == "modality":
                    params["modality"] = rng.choice(["asserted", "negated", "future",
                                                     "hypothetical"])
                elif name == "period" and days:
                    a, b = sorted(rng.sample(range(len(days)), 2)) if len(days) > 1 else (0, 0)
                    params["since"], params["until"] = days[a].isoformat(), days[b].isoformat()
                elif name == "outlet" and outlets:
                    params["outlet"] = rng.choice(outlets)
            key = urllib.parse.urlencode(sorted(params.items()))
            if key not in filters_seen:
                filters_seen[key] = count_events(store, **params)
            pages = max(1, -(-filters_seen[key] // per_page))
            params["page"] = str(rng.randint(1, min(pages, 20)))
            params["per_page"] = str(per_page)
            out.append(("events", "/api/v1/events?" + urllib.parse.urlencode(params)))
    return out


def baseline(db: str, mix: Sequence[tuple[str, str]], sample: int) -> dict[str, Any]:
    """The query functions behind SAMPLE requests of MIX, called directly, one by one."""
    from detente.query import count_events, find_events
    from detente.store import Store

    timings: dict[str, list[float]] = {"events": [], "article": []}
    with Store.open(db, create=False) as store:
        for kind, path in mix[:sample]:
            start = time.perf_counter()
            if kind == "article":
                store.extract(path.rsplit("/", 1)[1])
            else:
                query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(path).query))
                page, size = int(query.pop("page")), int(query.pop("per_page"))
                count_events(store, **query)
                find_events(store, **query, limit=size, offset=(page - 1) * size)
            timings[kind].append(time.perf_counter() - start)
    return {k: summarize(v) for k, v in timings.items() if v}


# --------------------------------------------------------------------------- load


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int, workers: int = 1) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "detente", "serve", "--db", db, "--host", "127.0.0.1",
           "--port", str(port), "--workers", str(workers), "--log-level", "warning"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"detente serve exited with {proc.returncode}: "
                               f"{proc.stderr.read()[-2000:]}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/v1/health")
            if conn.getresponse().status == 200:
                conn.close()
                return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("detente serve did not answer /api/v1/health within 60 s")


def run_load(port: int, mix: Sequence[tuple[str, str]], clients: int) -> dict[str, Any]:
    """Send MIX from CLIENTS threads (closed loop, keep-alive); timings and errors."""
    lock = threading.Lock()
    queue = list(reversed(mix))
    results: list[tuple[str, float, int]] = []
    errors: list[str] = []

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with lock:
                if not queue:
                    break
                kind, path = queue.pop()
            start = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                status = 0
                with lock:
                    errors.append(f"{path}: {type(exc).__name__}: {exc}")
            elapsed = time.perf_counter() - start
            with lock:
                results.append((kind, elapsed, status))
                if status and not 200 <= status < 300:
                    errors.append(f"{path}: HTTP {status}")
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - start
    by_kind: dict[str, list[float]] = {}
    for kind, elapsed, _ in results:
        by_kind.setdefault(kind, []).append(elapsed)
    return {"requests": len(results), "seconds": wall,
            "requests_per_s": len(results) / wall if wall else 0.0,
            "all": summarize([e for _, e, _ in results]),
            "by_kind": {k: summarize(v) for k, v in sorted(by_kind.items())},
            "errors": len(errors), "error_samples": errors[:5]}


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


def summarize(values: Sequence[float]) -> dict[str, float]:
    ms = [v * 1000 for v in values]
    return {"n": len(ms), "p50_ms": round(percentile(ms, 0.5), 2),
            "p95_ms": round(percentile(ms, 0.95), 2), "p99_ms": round(percentile(ms, 0.99), 2),
            "max_ms": round(max(ms), 2) if ms else 0.0,
            "mean_ms": round(sum(ms) / len(ms), 2) if ms else 0.0}


# --------------------------------------------------------------------------- report


def format_report(r: dict[str, Any]) -> str:
    s = r["store"]
    how = "reused" if s["reused"] else f"ingested in {s['ingest_seconds']} s from " + ", ".join(
        f"{Path(k).parent.name} {v:,}" for k, v in (s["origin"] or {}).items())
    load = r["load"]
    lines = [
        "detente API benchmark",
        f"store      {r['db']}: {s['articles']:,} articles, {r['events']:,} events ({how})",
        f"machine    {r['cpus']} CPUs, load average {r['loadavg']} at start; "
        f"Python {r['python']}",
        f"load       {load['requests']:,} requests from {r['clients']} clients (keep-alive, "
        f"closed loop) to detente serve on 127.0.0.1 ({r['workers']} worker process(es)); "
        f"per_page {r['per_page']}",
        "",
        f"{'requests':<10}{'n':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}"
        f"{'1 client p50':>14}{'direct p50':>12}{'x direct':>10}",
    ]
    for kind, label in (("events", "events"), ("article", "article")):
        k = load["by_kind"].get(kind)
        if not k:
            continue
        d = r["baseline"].get(kind, {})
        one = r.get("serial", {}).get("by_kind", {}).get(kind, {})
        ratio = k["p50_ms"] / d["p50_ms"] if d.get("p50_ms") else None
        lines.append(f"{label:<10}{k['n']:>7,}{k['p50_ms']:>9.1f}{k['p95_ms']:>9.1f}"
                     f"{k['p99_ms']:>9.1f}{k['max_ms']:>9.1f}{one.get('p50_ms', 0):>14.2f}"
                     f"{d.get('p50_ms', 0):>12.2f}{ratio if ratio else 0:>10.1f}")
    a = load["all"]
    lines.append(f"{'all':<10}{a['n']:>7,}{a['p50_ms']:>9.1f}{a['p95_ms']:>9.1f}"
                 f"{a['p99_ms']:>9.1f}{a['max_ms']:>9.1f}")
    lines += [
        "",
        f"throughput {load['requests_per_s']:.1f} requests/s over {load['seconds']:.1f} s",
        f"errors     {load['errors']}" + (": " + "; ".join(load["error_samples"])
                                         if load["errors"] else ""),
        f"target     0 errors, p95 < 100 ms for the event pages: "
        + ("met" if load["errors"] == 0 and load["by_kind"].get("events", {}).get(
            "p95_ms", 1e9) < 100 else "NOT met"),
        f"1 client   {r['serial']['requests_per_s']:.1f} requests/s (the server's time per "
        "request, without queueing)" if r.get("serial") else "",
        "(direct: the same query functions called in this process, one at a time, no HTTP;"
        " x direct = served p50 with all clients / direct p50)",
    ]
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="bench/api.py", description=__doc__.split("\n")[0])
    p.add_argument("--db", default=None, help="store URL to reuse or fill (default: a "
                                             "temporary SQLite file)")
    p.add_argument("--n", type=int, default=2000, help="articles in the store (default 2000)")
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                   help="JSONL with a text field (default ukraine_press)")
    p.add_argument("--fill", type=Path, action="append", default=None,
                   help="corpora that top the store up when --corpus has fewer than N "
                        "(default: Wikinews; repeat for several)")
    p.add_argument("--clients", type=int, default=16, help="concurrent clients (default 16)")
    p.add_argument("--workers", type=int, default=1,
                   help="server processes (detente serve --workers; default 1)")
    p.add_argument("--requests", type=int, default=3200, help="requests in all (default 3200)")
    p.add_argument("--per-page", type=int, default=50, help="events per page (default 50)")
    p.add_argument("--baseline", type=int, default=400,
                   help="requests run directly for the baseline (default 400)")
    p.add_argument("--seed", type=int, default=7, help="seed of the request mix")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = p.parse_args(argv)
    if min(args.n, args.clients, args.requests, args.per_page) < 1 or args.baseline < 0:
        p.error("--n, --clients, --requests and --per-page must be >= 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    fill = tuple(args.fill) if args.fill is not None else DEFAULT_FILL
    with tempfile.TemporaryDirectory(prefix="detente-bench-api-") as tmp:
        db = args.db or f"sqlite:///{Path(tmp) / 'bench-api.db'}"
        if store_size(db) < args.n and not args.corpus.is_file():
            print(f"bench: corpus not found: {args.corpus} (pass --corpus PATH)",
                  file=sys.stderr)
            return 2
        figures: dict[str, Any] = {
            "db": db, "clients": args.clients, "workers": args.workers, "per_page": args.per_page,
            "cpus": os.cpu_count(), "python": platform.python_version(),
            "loadavg": ", ".join(f"{x:.1f}" for x in os.getloadavg())}
        figures["store"] = ensure_store(db, args.n, args.corpus, fill)
        from detente.store import Store

        with Store.open(db, create=False) as store:
            figures["events"] = store.counts().get("events", 0)
        mix = request_mix(db, args.requests, args.per_page, args.seed)
        figures["baseline"] = baseline(db, mix, args.baseline)
        proc = start_server(db, free_port(), args.workers)
        try:
            port = int(proc.args[proc.args.index("--port") + 1])
            run_load(port, mix[: min(len(mix), 4 * args.clients)], args.clients)  # warm-up
            figures["load"] = run_load(port, mix, args.clients)
            # one client: the time the server takes per request, without queueing
            figures["serial"] = run_load(port, mix[:max(1, args.baseline)], 1)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    print(json.dumps(figures, default=str) if args.json else format_report(figures))
    return 1 if figures["load"]["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
