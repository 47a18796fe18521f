#!/usr/bin/env python3
"""The long fuzzing run (``make fuzz``): every fuzz test of tests/fuzz, again and again.

    python tests/fuzz/drive.py [--minutes 10] [--only readers,pipeline,contract,store,api]

Each fuzz test (``test_fuzz_*`` in ``tests/fuzz/test_fuzz_*.py``) gets an equal share of the
time and is called in rounds of the ``fuzz`` Hypothesis profile's examples (new random
examples each round; failures are saved in ``.hypothesis/`` and replayed first next time).
The model is loaded once. The API (target ``api``) takes one share too: schemathesis
(tests/api/test_schemathesis.py) in a pytest subprocess, in rounds of new random requests to
every endpoint. At the end it prints the examples run per target (readers, pipeline,
contract, store, api) and every failure, with Hypothesis's reproduction, and exits 1 when
there was one.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(f"detente_fuzz_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="tests/fuzz/drive.py", description=__doc__.split("\n")[0])
    p.add_argument("--minutes", type=float, default=float(os.environ.get("FUZZ_MINUTES", 10)))
    p.add_argument("--only", default="", help="comma-separated targets (default: all)")
    args = p.parse_args(argv)

    os.environ.setdefault("HYPOTHESIS_PROFILE", "fuzz")
    sys.path.insert(0, str(HERE.parent))
    import conftest  # noqa: F401  (registers the Hypothesis profiles, loads "fuzz")
    from detente.nlp.load import load_pipeline

    nlp = load_pipeline()
    modules = [_load(path) for path in sorted(HERE.glob("test_fuzz_*.py"))]
    tests = [(m, name, fn) for m in modules for name, fn in inspect.getmembers(m)
             if name.startswith("test_fuzz_") and hasattr(fn, "hypothesis")]
    wanted = {t for t in args.only.split(",") if t}
    if wanted:
        tests = [(m, n, f) for m, n, f in tests if any(f"_{w}" in n for w in wanted)]
    api = not wanted or "api" in wanted
    share = args.minutes * 60 / max(1, len(tests) + api)
    failures: list[tuple[str, str]] = []
    rounds: Counter = Counter()
    started = time.monotonic()
    for module, name, fn in tests:
        needs_nlp = "nlp" in inspect.signature(fn.hypothesis.inner_test).parameters
        until = time.monotonic() + share
        print(f"{name}: {share:.0f} s", flush=True)
        while time.monotonic() < until:
            try:
                fn(nlp) if needs_nlp else fn()  # one round: the "fuzz" profile's examples
                rounds[name] += 1
            except Exception:  # a falsifying example: reported, then the next test
                failures.append((name, traceback.format_exc(limit=-8)))
                break
    examples: Counter = Counter()
    if api:
        made, failed = _fuzz_api(share)
        examples["api"] += made
        failures.extend(failed)
    for module in modules:
        examples.update(getattr(module, "EXAMPLES", {}))
    minutes = (time.monotonic() - started) / 60
    print(f"\nfuzzing: {minutes:.1f} min, {len(tests) + api} tests")
    for target in sorted(examples):
        print(f"  {target:<10} {examples[target]:>8,} examples")
    for name, text in failures:
        print(f"\nFAILED {name}\n{text}")
    print(f"\n{len(failures)} failure(s)")
    return 1 if failures else 0


def _fuzz_api(seconds: float, per_endpoint: int = 50) -> tuple[int, list[tuple[str, str]]]:
    """Schemathesis rounds over every endpoint for SECONDS: (requests made, failures)."""
    print(f"test_schemathesis_api: {seconds:.0f} s", flush=True)
    made = 0
    until = time.monotonic() + seconds
    with tempfile.TemporaryDirectory() as tmp:
        count = Path(tmp) / "count"
        while time.monotonic() < until:
            env = {**os.environ, "DETENTE_SCHEMATHESIS_EXAMPLES": str(per_endpoint),
                   "DETENTE_SCHEMATHESIS_RANDOM": "1", "DETENTE_SCHEMATHESIS_COUNT": str(count)}
            done = subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
                 str(HERE.parent / "api" / "test_schemathesis.py")],
                cwd=HERE.parent.parent, env=env, capture_output=True, text=True)
            made += int(count.read_text() or 0) if count.exists() else 0
            count.unlink(missing_ok=True)
            if done.returncode != 0:
                return made, [("test_schemathesis_api", done.stdout[-4000:] + done.stderr[-2000:])]
    return made, []


if __name__ == "__main__":
    sys.exit(main())
