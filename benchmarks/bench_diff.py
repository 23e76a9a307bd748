"""Time `reportgen diff` of two synthetic editions (5,000 excerpts, a few hundred changed) beside
`reportgen check` of the newer one: diff should take well under check's time.

    python benchmarks/bench_diff.py [--sources 200 --excerpts 5000 --changes 300] [--repeat 3]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import make_edition, mutate_edition  # noqa: E402

from reportgen.cli import main  # noqa: E402


def timed(argv: list[str], repeat: int) -> tuple[float, str]:
    """Best wall time of `reportgen argv` in-process, and its output."""
    best, out = float("inf"), ""
    for _ in range(repeat):
        buffer = io.StringIO()
        start = time.perf_counter()
        with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(io.StringIO()):
            assert main(argv) == 0
        best, out = min(best, time.perf_counter() - start), buffer.getvalue()
    return best, out


def run(args) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-diff-") as work:
        old = make_edition(Path(work), sources=args.sources, excerpts=args.excerpts)
        new = mutate_edition(old, changes=args.changes)
        check, _ = timed(["check", str(new)], args.repeat)
        diff, out = timed(["diff", str(old), str(new), "--format", "json"], args.repeat)
        topics = json.loads(out)["topics"]
        counts = {kind: sum(len(t[kind]) for t in topics) for kind in ("added", "removed", "changed")}
        print(f"{args.sources} sources, {args.excerpts} excerpts, {args.changes} changes asked; diff found {counts}")
        print(f"  check (new edition)  {check:6.2f} s")
        print(f"  diff old new         {diff:6.2f} s")
        print(f"  diff / check         {diff / check:6.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--excerpts", type=int, default=5000)
    parser.add_argument("--changes", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    run(parser.parse_args())
