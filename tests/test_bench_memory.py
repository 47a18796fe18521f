"""bench/memory.py: RSS checkpoints over a long run."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "memory.py"


@pytest.fixture(scope="module")
def memory_bench():
    spec = importlib.util.spec_from_file_location("detente_bench_memory", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_memory_missing_corpus_exits_2(memory_bench, tmp_path, capsys):
    assert memory_bench.main(["--corpus", str(tmp_path / "none.jsonl")]) == 2
    assert "none.jsonl" in capsys.readouterr().err


@pytest.mark.slow
def test_bench_memory_cycles_corpus_and_reports_ratios(memory_bench, tmp_path, capsys, nlp):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"text": f"Talks {i} were held in Geneva."}) + "\n"
                              for i in range(3)), encoding="utf-8")
    assert memory_bench.main(["--corpus", str(corpus), "--n", "5", "--every", "2", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [p["articles"] for p in report["points"]] == [2, 4, 5]
    assert report["points"][0]["ratio"] == 1.0
