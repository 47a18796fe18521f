#!/usr/bin/env python3
"""Throughput of detente against the bare spaCy model it is built on.

    python bench/throughput.py [--n 200] [--model en_core_web_md] [--batch-size 32]
                               [--corpus ../shared/corpora/ukraine_press/articles.jsonl]
                               [--warmup 8] [--rounds 1] [--json]

Both sides get the same N texts, the same model (loaded the way detente loads it) and the
same batch size, in the same process:

  bare     ``load_bare_model(model)``, then ``nlp.pipe(texts, batch_size)`` consumed fully
  detente  ``extract_articles(articles, nlp=load_pipeline(model), batch_size)``: the
           pipeline with its ``detente_*`` stages plus conversion to contract dicts

Each side is warmed up on the first few texts first (not timed). With ``--rounds R`` the two
phases alternate R times (bare, detente, bare, ...) and the median time of each is reported.
Memory: resident set size after loading and after each phase (from /proc/self/statm), and
the process's peak (``getrusage`` maxrss); both models are loaded in this one process.

Exit status 2 when the corpus file is missing (it lives in ../shared, outside the repo).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_CORPUS, peak_rss_mb, read_corpus, rss_mb  # noqa: E402

# --------------------------------------------------------------------------- measuring


def run_benchmark(
    texts: Sequence[str],
    run_bare: Callable[[int], int],
    run_detente: Callable[[int], int],
    *,
    warmup: int = 8,
    rounds: int = 1,
) -> dict[str, Any]:
    """Time RUN_BARE and RUN_DETENTE over the same TEXTS.

    Each callable takes K, processes the first K texts and returns how many results it made.
    Returns the figures (no model loading in here, so tests can pass stand-ins).
    """
    n_articles = len(texts)
    n_words = sum(len(t.split()) for t in texts)
    if warmup:
        run_bare(min(warmup, n_articles))
        run_detente(min(warmup, n_articles))
    times: dict[str, list[float]] = {"bare": [], "detente": []}
    rss_after: dict[str, float] = {}
    phases = (("bare", run_bare), ("detente", run_detente))
    for _ in range(max(1, rounds)):
        for name, fn in phases:
            gc.collect()
            start = time.perf_counter()
            produced = fn(n_articles)
            elapsed = time.perf_counter() - start
            if produced != n_articles:
                raise RuntimeError(f"{name}: {produced} results for {n_articles} texts")
            times[name].append(elapsed)
            rss_after[name] = rss_mb()

    result: dict[str, Any] = {"articles": n_articles, "words": n_words}
    median = {name: statistics.median(times[name]) for name in times}
    for name in times:
        seconds = median[name]
        result[name] = {
            "seconds": round(seconds, 6),
            "articles_per_s": round(n_articles / seconds, 2) if seconds else None,
            "words_per_s": round(n_words / seconds, 1) if seconds else None,
            "rss_after_mb": round(rss_after[name], 1),
            "all_seconds": [round(t, 6) for t in times[name]],
        }
    bare_s, detente_s = median["bare"], median["detente"]
    result["ratio_detente_over_bare"] = round(detente_s / bare_s, 3) if bare_s else None
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return result


# --------------------------------------------------------------------------- reporting


def format_report(r: dict[str, Any]) -> str:
    lines = [
        "detente throughput benchmark",
        f"corpus     {r.get('corpus', '?')}",
        f"texts      {r['articles']:,} articles, {r['words']:,} words (whitespace split)",
    ]
    if "model" in r:
        lines.append(
            f"model      {r['model']}, batch_size {r['batch_size']}, "
            f"warm-up {r['warmup']} articles, {r['rounds']} round(s), median time shown"
        )
    if "detente_stages" in r:
        lines.append(f"stages     {', '.join(r['detente_stages']) or '(none)'}")
    if "load_seconds" in r:
        ls = r["load_seconds"]
        lines.append(
            f"load       bare {ls['bare']:.2f} s, detente {ls['detente']:.2f} s; "
            f"RSS after loading {r['rss_after_load_mb']:,.0f} MB"
        )
    lines.append("")
    lines.append(f"{'phase':<10}{'seconds':>10}{'articles/s':>12}{'words/s':>12}{'RSS after (MB)':>16}")
    for name in ("bare", "detente"):
        p = r[name]
        lines.append(
            f"{name:<10}{p['seconds']:>10.2f}{p['articles_per_s'] or 0:>12.1f}"
            f"{p['words_per_s'] or 0:>12,.0f}{p['rss_after_mb']:>16,.0f}"
        )
    lines.append("")
    ratio = r["ratio_detente_over_bare"]
    lines.append(f"ratio detente/bare time: {ratio:.2f}x" if ratio else "ratio: n/a")
    lines.append(f"peak RSS: {r['peak_rss_mb']:,.0f} MB")
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="bench/throughput.py",
        description="Throughput of detente's extraction against the bare spaCy model.",
    )
    p.add_argument("--n", type=int, default=200, help="articles to read (default 200)")
    p.add_argument(
        "--model",
        default=None,
        help="spaCy model, as for detente's model setting "
        "(default: DETENTE_MODEL or en_core_web_md)",
    )
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL with a text field")
    p.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size (default 32)")
    p.add_argument("--warmup", type=int, default=8, help="untimed warm-up articles (default 8)")
    p.add_argument("--rounds", type=int, default=1, help="alternating timed rounds (default 1)")
    p.add_argument("--stages", default=None,
                   help="comma-separated detente stages to run (the others are disabled), e.g. "
                        "detente_paragraphs,detente_places,detente_actors,detente_attribution "
                        "to measure the actor and attribution stages alone; default: all")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = p.parse_args(argv)
    if args.n < 1 or args.batch_size < 1 or args.rounds < 1 or args.warmup < 0:
        p.error("--n, --batch-size and --rounds must be >= 1, --warmup >= 0")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.corpus.is_file():
        print(f"bench: corpus not found: {args.corpus} (pass --corpus PATH)", file=sys.stderr)
        return 2
    records = read_corpus(args.corpus, args.n)
    if not records:
        print(f"bench: no records with a 'text' field in {args.corpus}", file=sys.stderr)
        return 2

    from detente.extract import extract_articles
    from detente.models import Article
    from detente.nlp.load import load_bare_model, load_pipeline

    texts = [r["text"] for r in records]
    articles = [
        Article(
            text=r["text"],
            id=str(r.get("id") or ""),
            title=r.get("title"),
            published=r.get("published") or r.get("date"),
        )
        for r in records
    ]

    rss_start = rss_mb()
    t0 = time.perf_counter()
    bare = load_bare_model(args.model)
    t1 = time.perf_counter()
    nlp = load_pipeline(args.model)
    t2 = time.perf_counter()
    rss_loaded = rss_mb()

    def ident(lang) -> str:
        return f"{lang.meta.get('lang', '?')}_{lang.meta.get('name', '?')} {lang.meta.get('version', '?')}"

    if ident(bare) != ident(nlp):
        print(f"bench: models differ: bare {ident(bare)}, detente {ident(nlp)}", file=sys.stderr)
        return 1
    stages = [name for name in nlp.pipe_names if name.startswith("detente_")]
    shared_pipes = [name for name in nlp.pipe_names if not name.startswith("detente_")]
    if shared_pipes != bare.pipe_names:
        print(
            f"bench: spaCy components differ: bare {bare.pipe_names}, detente {shared_pipes}",
            file=sys.stderr,
        )
        return 1

    def run_bare(k: int) -> int:
        count = 0
        for _doc in bare.pipe(texts[:k], batch_size=args.batch_size):
            count += 1
        return count

    if args.stages:
        wanted = [name.strip() for name in args.stages.split(",") if name.strip()]
        unknown = sorted(set(wanted) - set(stages))
        if unknown:
            print(f"bench: unknown stage(s) {', '.join(unknown)}; stages are {', '.join(stages)}",
                  file=sys.stderr)
            return 2
        disabled = [name for name in stages if name not in wanted]
        stages = [name for name in stages if name in wanted]
    else:
        disabled = []

    def run_detente(k: int) -> int:
        with nlp.select_pipes(disable=disabled):
            return len(extract_articles(articles[:k], nlp=nlp, batch_size=args.batch_size))

    figures = run_benchmark(texts, run_bare, run_detente, warmup=args.warmup, rounds=args.rounds)
    if len(records) < args.n:
        figures["note"] = f"corpus has only {len(records)} usable records (asked for {args.n})"
    figures.update(
        {
            "corpus": str(args.corpus),
            "model": ident(nlp),
            "batch_size": args.batch_size,
            "warmup": args.warmup,
            "rounds": args.rounds,
            "detente_stages": stages,
            "load_seconds": {"bare": round(t1 - t0, 3), "detente": round(t2 - t1, 3)},
            "rss_start_mb": round(rss_start, 1),
            "rss_after_load_mb": round(rss_loaded, 1),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
        }
    )
    print(json.dumps(figures) if args.json else format_report(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
