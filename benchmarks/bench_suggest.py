"""Recall of `reportgen suggest`: hide each excerpt of an edition in turn and ask whether its paragraph
is among the topic's top K suggestions (the query then holds the topic and its other excerpts only).

    python benchmarks/bench_suggest.py [TOPICS] [--k 10] [--no-stem]

Prints recall@K per topic and overall. An excerpt whose paragraph another excerpt of the same topic
also quotes cannot be suggested (that paragraph is quoted already): it is counted apart, not as a miss.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from reportgen.commands import suggest as suggest_module
from reportgen.commands.suggest import Ranker, passages, rank
from reportgen.load.schema import load_edition
from reportgen.verify.excerpts import read_sources, require_verified


def recall(topics: Path, k: int) -> tuple[dict[str, tuple[int, int, int]], float]:
    """Per topic: (found in top k, excerpts tried, excerpts whose paragraph stays quoted); seconds per query."""
    report = require_verified(load_edition(topics))
    edition = report.edition
    texts = read_sources(edition)
    ranker = Ranker(passages(edition, texts))
    results, queries, seconds = {}, 0, 0.0
    for topic in edition.topics:
        found = tried = shadowed = 0
        for hidden in topic.excerpts:
            rest = tuple(e for e in topic.excerpts if e is not hidden)
            if any((e.source, e.paragraph) == (hidden.source, hidden.paragraph) for e in rest):
                shadowed += 1
                continue
            start = time.perf_counter()
            top = rank(edition, texts, topic, rest, ranker)[:k]
            seconds += time.perf_counter() - start
            queries += 1
            tried += 1
            found += any((c.source.id, c.paragraph.number) == (hidden.source, hidden.paragraph) for c in top)
        results[topic.id] = (found, tried, shadowed)
    return results, seconds / max(queries, 1)


def run(argv=None) -> int:
    parser = argparse.ArgumentParser(description="recall@K of reportgen suggest, hiding one excerpt at a time")
    parser.add_argument("topics", nargs="?", type=Path, default=Path("topics.yaml"))
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--no-stem", action="store_true", help="BM25 without stemming, for comparison")
    args = parser.parse_args(argv)
    if args.no_stem:
        suggest_module._stemmer = lambda: None
    results, per_query = recall(args.topics, args.k)
    print(f"recall@{args.k} of suggest on {args.topics} ({'no stemming' if args.no_stem else 'stemmed'}); "
          f"{per_query * 1000:.1f} ms per ranking")
    print(f"{'topic':<20} {'found':>5} {'tried':>5} {'recall':>7} {'skipped':>8}")
    total_found = total_tried = 0
    for topic, (found, tried, shadowed) in results.items():
        total_found, total_tried = total_found + found, total_tried + tried
        print(f"{topic:<20} {found:>5} {tried:>5} {found / max(tried, 1):>7.0%} {shadowed:>8}")
    print(f"{'overall':<20} {total_found:>5} {total_tried:>5} {total_found / max(total_tried, 1):>7.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(run())
