"""bench/ingest.py: corpus handling, sizes, report (no model loaded here)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "ingest.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("detente_bench_ingest", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_missing_corpus_exits_2(bench, tmp_path, capsys):
    assert bench.main(["--corpus", str(tmp_path / "nope.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "corpus not found" in err and err.count("\n") == 1


def test_bench_subset_keeps_records_with_text(bench, tmp_path):
    src = tmp_path / "c.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": t}) + "\n"
                           for i, t in enumerate(["a", "", "b", "c"])), encoding="utf-8")
    records = bench.read_corpus(src, 2)
    assert [r["text"] for r in records] == ["a", "b"]
    out = bench.write_subset(records, tmp_path / "s.jsonl")
    assert bench.read_corpus(out, 10) == records


def test_bench_memory_sizes(bench):
    assert bench.memory_sizes(300, None) == [75, 150, 300]
    assert bench.memory_sizes(300, "50, 100,400") == [50, 100]
    assert bench.memory_sizes(2, None) == [1, 2]


def test_bench_report_ratios(bench):
    figures = {
        "corpus": "c.jsonl", "articles": 100, "chars": 1000, "batch_size": 32, "workers": 2,
        "cpus": 2, "loadavg": "0.1", "python": "3.11", "model": "en_core_web_md 3.8.0",
        "bare": {"seconds": 10.0, "articles_per_s": 10.0},
        "local": {"seconds": 20.0, "articles_per_s": 5.0, "store_share": 0.02,
                  "vs_bare": 0.5},
        "dask": {"seconds": 11.0, "articles_per_s": 9.09, "store_share": 0.04,
                 "vs_bare": 0.909, "vs_local": 1.818},
        "dask_start_seconds": 1.0, "dask_warm_seconds": 5.0,
        "memory": [{"articles": 25, "peak_rss_mb": 1000.0, "seconds": 3.0},
                   {"articles": 100, "peak_rss_mb": 1010.0, "seconds": 9.0}],
    }
    report = bench.format_report(figures)
    assert "dask/local throughput: 1.82x" in report
    assert "store share (local): 2.0%" in report
    assert "+10.0 MB (+1.0%)" in report
    assert bench.ratio(9.0, 4.5) == 2.0 and bench.ratio(1.0, 0) is None
