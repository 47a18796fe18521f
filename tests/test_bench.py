"""bench/throughput.py: the timing harness, its corpus handling and its output."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "throughput.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("detente_bench_throughput", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write_corpus(path: Path, texts: list[str]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(texts):
            f.write(json.dumps({"id": f"a{i}", "title": f"T{i}", "date": "2022-03-01", "text": text}))
            f.write("\n")
    return path


def test_missing_corpus_exits_2(bench, tmp_path, capsys):
    assert bench.main(["--corpus", str(tmp_path / "nope.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "corpus not found" in err and err.count("\n") == 1


def test_read_corpus_skips_empty_texts(bench, tmp_path):
    path = _write_corpus(tmp_path / "c.jsonl", ["one two", "", "three", "four five six"])
    records = bench.read_corpus(path, 2)
    assert [r["text"] for r in records] == ["one two", "three"]


def test_run_benchmark_figures(bench):
    texts = ["a b c", "d e", "f"]
    calls: list[tuple[str, int]] = []

    def bare(k):
        calls.append(("bare", k))
        return k

    def detente(k):
        calls.append(("detente", k))
        return k

    r = bench.run_benchmark(texts, bare, detente, warmup=2, rounds=2)
    assert calls == [("bare", 2), ("detente", 2), ("bare", 3), ("detente", 3), ("bare", 3), ("detente", 3)]
    assert r["articles"] == 3 and r["words"] == 6
    for name in ("bare", "detente"):
        assert len(r[name]["all_seconds"]) == 2
        assert r[name]["seconds"] >= 0 and r[name]["rss_after_mb"] > 0
    assert r["peak_rss_mb"] > 0
    assert "ratio detente/bare" in bench.format_report(r)


def test_run_benchmark_rejects_short_results(bench):
    with pytest.raises(RuntimeError):
        bench.run_benchmark(["x", "y"], lambda k: k, lambda k: k - 1, warmup=0)


@pytest.mark.slow
@pytest.mark.shared
def test_main_json_on_real_corpus(bench, shared, capsys):
    corpus = shared("corpora/ukraine_press/articles.jsonl")
    assert bench.main(["--corpus", str(corpus), "--n", "2", "--warmup", "1", "--json"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert r["articles"] == 2 and r["words"] > 0
    assert r["model"].startswith("en_core_web")
    assert r["bare"]["seconds"] > 0 and r["detente"]["seconds"] > 0
    assert r["ratio_detente_over_bare"] > 0
    assert r["peak_rss_mb"] >= 0.95 * r["rss_after_load_mb"] > 0
