"""bench/adversarial.py: the adversarial shapes, the cases it runs, and one small run."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "adversarial.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("detente_bench_adversarial", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shapes_grow_with_their_repetitions(bench, blank_nlp):
    for name, build in bench.SHAPES.items():
        small, large = len(blank_nlp.make_doc(build(100))), len(blank_nlp.make_doc(build(400)))
        assert 3.5 < large / small < 4.5, name


def test_cases_are_the_issue_inputs_unless_asked(bench):
    args = bench.parse_args([])
    assert bench.cases(args) == [("countries", 2500), ("countries", 10000), ("quotes", 750),
                                 ("quotes", 3000), ("transcript", 2250)]
    assert len(bench.cases(bench.parse_args(["--all"]))) == len(bench.ISSUE) + len(bench.MORE)
    assert bench.cases(bench.parse_args(["--shapes", "verbs,quotes", "--scale", "0.01"])) == [
        ("verbs", 20), ("quotes", 30)]
    with pytest.raises(SystemExit):
        bench.parse_args(["--shapes", "nope"])


@pytest.mark.slow
def test_one_small_run_prints_ratios(bench, nlp, capsys):
    assert bench.main(["--shapes", "quotes", "--scale", "0.005", "--stages"]) == 0
    out = capsys.readouterr().out
    assert "quotes" in out and "ratio" in out and "attribution" in out
