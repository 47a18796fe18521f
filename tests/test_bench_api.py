"""bench/api.py: store reuse, the request mix, the load runner and the report, against a
small hand-made store and a real server (no model loaded)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "api.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("detente_bench_api", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_api_missing_corpus_exits_2(bench, tmp_path, capsys):
    code = bench.main(["--db", f"sqlite:///{tmp_path / 'none.db'}",
                       "--corpus", str(tmp_path / "nope.jsonl")])
    assert code == 2
    err = capsys.readouterr().err
    assert "corpus not found" in err and err.count("\n") == 1


def test_bench_api_percentiles(bench):
    values = [i / 1000 for i in range(1, 101)]  # 1..100 ms
    s = bench.summarize(values)
    assert s["n"] == 100 and s["p50_ms"] == pytest.approx(50.0, abs=1)
    assert s["p95_ms"] == pytest.approx(95.0, abs=1) and s["max_ms"] == 100.0
    assert bench.summarize([])["n"] == 0


def test_bench_api_fill_tops_up_a_short_corpus(bench, tmp_path):
    import json

    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("".join(json.dumps({"text": f"a{i}"}) + "\n" for i in range(3)))
    b.write_text("".join(json.dumps({"text": f"b{i}"}) + "\n" for i in range(5)))
    records, origin = bench.build_records(6, a, [b])
    assert [r["text"] for r in records] == ["a0", "a1", "a2", "b0", "b1", "b2"]
    assert origin == {str(a): 3, str(b): 3}


def test_bench_api_load_against_a_live_server(bench, query_store, live_server):
    url = query_store.url
    assert bench.store_size(url) == 4
    mix = bench.request_mix(url, 40, 5, seed=3)
    assert len(mix) == 40 and {k for k, _ in mix} == {"events", "article"}
    assert all(p.startswith("/api/v1/events?") for k, p in mix if k == "events")
    port = int(live_server(query_store).rsplit(":", 1)[1])
    result = bench.run_load(port, mix, 4)
    assert result["requests"] == 40 and result["errors"] == 0
    assert result["by_kind"]["events"]["n"] == 20
    direct = bench.baseline(url, mix, 10)
    report = bench.format_report({
        "db": url, "clients": 4, "workers": 1, "per_page": 5, "cpus": 2, "python": "3.11",
        "loadavg": "0.1", "events": 13, "store": {"reused": True, "articles": 4},
        "baseline": direct, "load": result, "serial": result})
    assert "requests/s" in report and "errors     0" in report and "events" in report
