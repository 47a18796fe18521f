#!/usr/bin/env python3
"""Cost of detente on adversarial shapes of text, against the bare spaCy parse.

    python bench/adversarial.py [--all] [--scale 1.0] [--shapes countries,quotes,...]
                                [--repeats 1] [--model M] [--stages] [--json]

Each shape is a synthetic text we write here (no corpus needed): a sentence listing a
country thousands of times, a fragment with two quote marks and a cue repeated thousands of
times, an 80,000-token transcript with many speakers and quotes, many different entities in
one sentence, long runs of unbalanced quotes, a very long sentence with many verbs, one
subject shared by thousands of coordinated verbs.

For each shape, in the same process and with the same model:

  bare     ``load_bare_model(model)(text)``
  detente  ``extract_articles([Article(text)], nlp=load_pipeline(model))`` (all stages, and
           the contract dict)

and the ratio detente/bare (the issue's target: within 2x). By default the inputs are the
issue's four (the country sentence 2,500 and 10,000 times, the quote fragment 750 and
3,000 times) and the 80,000-token transcript; ``--all`` adds the other shapes. With
``--stages`` the text also goes through the detente pipeline one component at a time, and
the seconds of each component are printed (the model's own ones and each ``detente_*``).
``--scale`` multiplies every shape's repetitions (0.25 for a quick look).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from typing import Callable, Sequence

# --------------------------------------------------------------------------- the shapes

_COUNTRIES = ("Ukraine", "Russia", "France", "Germany", "Poland", "Turkey", "Iran", "China")
_PEOPLE = ("Olena Marchenko", "Pavel Orlov", "Jean Dufour", "Karl Weber", "Anna Nowak",
           "Mehmet Kaya", "Reza Tehrani", "Li Wei")
_ORGS = ("NATO", "the United Nations", "the European Union", "the Red Cross", "Reuters",
         "the Kremlin", "the Pentagon", "the OSCE")
_VERBS = ("met", "warned", "attacked", "praised", "criticized", "visited", "threatened", "accused")


def countries(n: int) -> str:
    """One sentence listing a country N times (about 2 tokens per repetition), as the
    targets of one event."""
    return "Russia attacked " + ", ".join(["Ukraine"] * n) + " and Poland on Monday.\n"


def quotes(n: int) -> str:
    """A fragment with two quote marks and a cue, N times, with no sentence end between."""
    return "".join(f'officials insisted "talks must go on," said {name.split()[1]}, and '
                   for name in (_PEOPLE * (n // len(_PEOPLE) + 1))[:n]) + "nothing more.\n"


def transcript(n: int) -> str:
    """A transcript of N speaker turns (about 40 tokens each): labels, quotes, names, places."""
    lines = []
    for k in range(n):
        speaker = _PEOPLE[k % len(_PEOPLE)].split()[1].upper()
        country, other = _COUNTRIES[k % len(_COUNTRIES)], _COUNTRIES[(k + 3) % len(_COUNTRIES)]
        org = _ORGS[k % len(_ORGS)]
        verb = _VERBS[k % len(_VERBS)]
        lines.append(
            f'{speaker}: Yesterday {country} {verb} {other}. As {org} said, "we will not '
            f'accept this," and I told {_PEOPLE[(k + 1) % len(_PEOPLE)]} that we would meet again '
            f'in {country} next week.'
        )
    return "\n\n".join(lines) + "\n"


def entities(n: int) -> str:
    """Many different entities (people, organisations, places) in one sentence."""
    parts = []
    for k in range(n):
        parts.append(f"{_PEOPLE[k % len(_PEOPLE)]} of {_ORGS[(k * 3) % len(_ORGS)]} in "
                     f"{_COUNTRIES[(k * 5) % len(_COUNTRIES)]}")
    return "The meeting brought together " + ", ".join(parts) + ".\n"


def unbalanced(n: int) -> str:
    """Long runs of unbalanced quote marks of every kind, in one paragraph."""
    marks = ('"', "“", "”", "„", "«", "»", "''", "``")
    return "".join(f'{marks[k % len(marks)]}Moscow said Kyiv {_VERBS[k % len(_VERBS)]} '
                   for k in range(n)) + "again.\n"


def verbs(n: int) -> str:
    """A very long sentence with many verbs: clauses chained by "and" and "said that"."""
    parts = []
    for k in range(n):
        parts.append(f"{_COUNTRIES[k % len(_COUNTRIES)]} said that {_PEOPLE[k % len(_PEOPLE)]} "
                     f"{_VERBS[k % len(_VERBS)]} {_COUNTRIES[(k + 1) % len(_COUNTRIES)]}")
    return " and ".join(parts) + ".\n"


def shared(n: int) -> str:
    """One subject for N coordinated verbs: "Russia attacked Kyiv, shelled Kharkiv, ..."."""
    parts = [f"{_VERBS[k % len(_VERBS)]} {_COUNTRIES[(k + 1) % len(_COUNTRIES)]}" for k in range(n)]
    return "Officials said that Russia " + ", ".join(parts) + " and left.\n"


SHAPES: dict[str, Callable[[int], str]] = {
    "countries": countries,
    "quotes": quotes,
    "transcript": transcript,
    "entities": entities,
    "unbalanced": unbalanced,
    "verbs": verbs,
    "shared": shared,
}

# (shape, repetitions at scale 1): the issue's four inputs and an 80,000-token transcript,
# then the other shapes
ISSUE = (("countries", 2_500), ("countries", 10_000), ("quotes", 750), ("quotes", 3_000),
         ("transcript", 2_250))
MORE = (("entities", 2_000), ("unbalanced", 3_000), ("verbs", 2_000), ("shared", 5_000))


# --------------------------------------------------------------------------- measuring


def time_stages(nlp, text: str) -> dict[str, float]:
    """Seconds of each component of NLP on TEXT, run one after the other."""
    from detente.models import Article

    doc = nlp.make_doc(text)
    doc._.article = Article(text=text)
    seconds: dict[str, float] = {}
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        doc = proc(doc)
        seconds[name] = round(time.perf_counter() - start, 4)
    return seconds


def measure(shape: str, text: str, bare, nlp, stages: bool, repeats: int = 1) -> dict:
    from detente.extract import extract_articles
    from detente.models import Article

    bare_times, detente_times = [], []
    for _ in range(max(1, repeats)):  # alternating, the best of each kept
        gc.collect()
        start = time.perf_counter()
        doc = bare(text)
        bare_times.append(time.perf_counter() - start)
        tokens = len(doc)
        del doc
        gc.collect()
        start = time.perf_counter()
        (result,) = extract_articles([Article(text=text)], nlp=nlp)
        detente_times.append(time.perf_counter() - start)
    bare_s, detente_s = min(bare_times), min(detente_times)
    row = {
        "shape": shape,
        "chars": len(text),
        "tokens": tokens,
        "bare_s": round(bare_s, 3),
        "detente_s": round(detente_s, 3),
        "ratio": round(detente_s / bare_s, 2) if bare_s else None,
        "events": len(result["events"]),
        "attributions": len(result["attributions"]),
    }
    if stages:
        row["stages"] = time_stages(nlp, text)
    return row


def format_rows(rows: list[dict]) -> str:
    lines = [f"{'shape':<12}{'times':>7}{'tokens':>8}{'bare s':>9}{'detente s':>11}{'ratio':>7}"]
    for r in rows:
        lines.append(f"{r['shape']:<12}{r['times']:>7,}{r['tokens']:>8,}{r['bare_s']:>9.2f}"
                     f"{r['detente_s']:>11.2f}{r['ratio'] or 0:>7.2f}")
        if "stages" in r:
            lines.append("    " + ", ".join(f"{k.replace('detente_', '')} {v:.2f}"
                                          for k, v in r["stages"].items()))
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="bench/adversarial.py", description=__doc__.split("\n")[0])
    p.add_argument("--scale", type=float, default=1.0, help="multiply every shape's size (default 1)")
    p.add_argument("--all", action="store_true",
                   help="after the issue's inputs, the other shapes: " + ", ".join(s for s, _ in MORE))
    p.add_argument("--shapes", default=None,
                   help=f"comma-separated shapes instead, at their default sizes, of {', '.join(SHAPES)}")
    p.add_argument("--repeats", type=int, default=1, help="timed runs of each side, best kept (default 1)")
    p.add_argument("--model", default=None, help="spaCy model, as for detente's model setting")
    p.add_argument("--stages", action="store_true", help="also time each pipeline component")
    p.add_argument("--json", action="store_true", help="print one JSON object per shape")
    args = p.parse_args(argv)
    unknown = [s for s in (args.shapes or "").split(",") if s and s not in SHAPES]
    if unknown or args.scale <= 0 or args.repeats < 1:
        p.error(f"unknown shape(s) {', '.join(unknown)}" if unknown else "--scale and --repeats must be > 0")
    return args


def cases(args: argparse.Namespace) -> list[tuple[str, int]]:
    """(shape, repetitions) to run, scaled."""
    if args.shapes:
        sizes = dict(ISSUE[1:2] + ISSUE[3:] + MORE)  # the larger size of each
        chosen = [(s, sizes[s]) for s in args.shapes.split(",") if s]
    else:
        chosen = list(ISSUE + (MORE if args.all else ()))
    return [(s, max(1, int(n * args.scale))) for s, n in chosen]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    from detente.nlp.load import load_bare_model, load_pipeline

    bare = load_bare_model(args.model)
    nlp = load_pipeline(args.model)
    nlp("Warm-up: Russia said on Monday that talks with Ukraine would resume.")
    bare("Warm-up: Russia said on Monday that talks with Ukraine would resume.")
    rows = []
    for shape, n in cases(args):
        row = {"times": n, **measure(shape, SHAPES[shape](n), bare, nlp, args.stages, args.repeats)}
        rows.append(row)
        text = json.dumps(row) if args.json else format_rows([row])
        if not args.json and len(rows) > 1:
            text = text.split("\n", 1)[1]  # the header once
        print(text, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
