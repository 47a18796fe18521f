#!/usr/bin/env python3
"""The long fuzzing run (``make fuzz``): every fuzz test of tests/fuzz, again and again.

    python tests/fuzz/drive.py [--minutes 10] [--only readers,pipeline,contract,store]

Each fuzz test (``test_fuzz_*`` in ``tests/fuzz/test_fuzz_*.py``) gets an equal share of the
time and is called in rounds of the ``fuzz`` Hypothesis profile's examples (new random
examples each round; failures are saved in ``.hypothesis/`` and replayed first next time).
The model is loaded once. At the end it prints the examples run per target (readers,
pipeline, contract, store) and every failure, with Hypothesis's reproduction, and exits 1
when there was one.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import os
import sys
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
    share = args.minutes * 60 / max(1, len(tests))
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
    for module in modules:
        examples.update(getattr(module, "EXAMPLES", {}))
    minutes = (time.monotonic() - started) / 60
    print(f"\nfuzzing: {minutes:.1f} min, {len(tests)} tests")
    for target in sorted(examples):
        print(f"  {target:<10} {examples[target]:>8,} examples")
    for name, text in failures:
        print(f"\nFAILED {name}\n{text}")
    print(f"\n{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
