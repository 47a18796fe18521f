"""Memory over a long run: RSS of the detente pipeline as it works through N articles.

    python bench/memory.py [--n 2000] [--every 250] [--corpus ../shared/corpora/ukraine_press/articles.jsonl]

The corpus is cycled when it has fewer than N articles (each copy gets its own id). After a
warm-up of ``--every`` articles, RSS is read every ``--every`` articles; the baseline is the RSS
after the first checkpoint in the same process, and the script prints each checkpoint's ratio
to it. Flat memory means ratios near 1.0 (the largest article seen so far sets the high-water
mark; growth with the number of articles would be a leak).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_CORPUS, read_corpus, rss_mb  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--every", type=int, default=250)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"error: {args.corpus}: corpus not found; pass --corpus FILE.jsonl", file=sys.stderr)
        return 2

    from detente.extract import iter_extract
    from detente.models import Article
    from detente.nlp.load import load_pipeline

    texts = [record["text"] for record in read_corpus(args.corpus, args.n)]
    articles = (
        Article(text=text, id=f"{i}")
        for i, text in zip(range(args.n), itertools.cycle(texts))
    )
    nlp = load_pipeline()
    points: list[tuple[int, float]] = []
    for done, _ in enumerate(iter_extract(articles, nlp), 1):
        if done % args.every == 0 or done == args.n:
            points.append((done, rss_mb()))
    base = points[0][1]
    rows = [{"articles": n, "rss_mb": round(mb, 1), "ratio": round(mb / base, 3)} for n, mb in points]
    if args.json:
        print(json.dumps({"baseline_mb": round(base, 1), "points": rows}))
    else:
        print(f"RSS baseline after {points[0][0]} articles: {base:,.0f} MB")
        print(f"{'articles':>9} {'RSS MB':>9} {'ratio':>7}")
        for row in rows:
            print(f"{row['articles']:>9} {row['rss_mb']:>9,.0f} {row['ratio']:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
