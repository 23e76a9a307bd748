"""Time `reportgen check` on synthetic editions: the time should grow linearly with the corpus,
not with sources x excerpts.

    python benchmarks/bench_check.py [--quick] [--repeat 3] [--no-gc]

Three series, each read against its first row: corpus and excerpts growing together (the issue's case),
more excerpts over a fixed corpus, and a larger corpus under a fixed number of excerpts.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # synth.py beside this file, however it is run
from synth import make_edition  # noqa: E402

from reportgen.cli import main  # noqa: E402
from reportgen.load.schema import load_edition  # noqa: E402
from reportgen.verify.excerpts import verify_edition  # noqa: E402
from reportgen.verify.summary import format_summary  # noqa: E402

# (sources, excerpts) per series; sources are source_kb each.
FULL = {
    "corpus and excerpts grow together": [(50, 1250), (100, 2500), (200, 5000)],
    "fixed corpus, more excerpts": [(200, 1250), (200, 2500), (200, 5000)],
    "fixed excerpts, larger corpus": [(50, 1250), (100, 1250), (200, 1250)],
}
QUICK = {
    "corpus and excerpts grow together": [(10, 250), (20, 500), (40, 1000)],
    "fixed corpus, more excerpts": [(40, 250), (40, 500), (40, 1000)],
    "fixed excerpts, larger corpus": [(10, 250), (20, 250), (40, 250)],
}


def time_check(path: Path, repeat: int) -> float:
    """Best of `repeat` wall times of `reportgen check`, in-process, its output swallowed."""
    best = float("inf")
    for _ in range(repeat):
        out, err = io.StringIO(), io.StringIO()
        start = time.perf_counter()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["check", str(path)])
        best = min(best, time.perf_counter() - start)
        if code != 0:
            raise SystemExit(f"check failed on the synthetic edition {path} (exit {code}):\n{err.getvalue()}")
    return best


def time_phases(path: Path, repeat: int) -> dict[str, float]:
    """Best of `repeat` for each step of check, to show which one breaks linearity if any does."""
    best = {"load": float("inf"), "verify": float("inf"), "summary": float("inf")}
    for _ in range(repeat):
        t0 = time.perf_counter()
        edition = load_edition(path)
        t1 = time.perf_counter()
        report = verify_edition(edition)
        t2 = time.perf_counter()
        format_summary(report)
        t3 = time.perf_counter()
        for phase, seconds in (("load", t1 - t0), ("verify", t2 - t1), ("summary", t3 - t2)):
            best[phase] = min(best[phase], seconds)
    best["analysts"] = len(edition.analysts)
    return best


def measure(folder: Path, sources: int, excerpts: int, source_kb: int, repeat: int) -> dict:
    path = make_edition(folder, sources=sources, source_kb=source_kb, excerpts=excerpts)
    megabytes = sum(f.stat().st_size for f in (folder / "sources").iterdir()) / 1e6
    return {"sources": sources, "MB": megabytes, "excerpts": excerpts, "seconds": time_check(path, repeat),
            **time_phases(path, repeat)}


def print_series(title: str, rows: list[dict]) -> None:
    print(f"\n{title}")
    print(f"{'sources':>7} {'MB':>6} {'excerpts':>8} {'analysts':>8} {'check s':>8} {'s/MB':>6} "
          f"{'x MB':>5} {'x exc':>5} {'x time':>6} {'load s':>7} {'verify s':>8} {'summary s':>9}")
    base = rows[0]
    for r in rows:
        print(f"{r['sources']:>7} {r['MB']:>6.1f} {r['excerpts']:>8} {r['analysts']:>8} {r['seconds']:>8.2f} "
              f"{r['seconds'] / r['MB']:>6.3f} {r['MB'] / base['MB']:>5.1f} {r['excerpts'] / base['excerpts']:>5.1f} "
              f"{r['seconds'] / base['seconds']:>6.2f} {r['load']:>7.2f} {r['verify']:>8.2f} {r['summary']:>9.3f}")


def run(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Time `reportgen check` on synthetic editions of growing size.")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke test")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best counts (default: 3)")
    parser.add_argument("--no-gc", action="store_true",
                        help="turn off Python's cyclic garbage collector, to tell its share from reportgen's own")
    args = parser.parse_args(argv)
    if args.no_gc:
        gc.disable()
    series, source_kb = (QUICK, 10) if args.quick else (FULL, 50)
    print(f"reportgen check, best of {args.repeat}; sources of {source_kb} KB; garbage collector "
          f"{'off' if args.no_gc else 'on'}; 'x' columns are ratios to each series' first row")
    measured: dict[tuple[int, int], dict] = {}  # an edition shared by two series is measured once
    with tempfile.TemporaryDirectory(prefix="bench-check-") as tmp:
        for title, sizes in series.items():
            for sources, excerpts in sizes:
                if (sources, excerpts) not in measured:
                    folder = Path(tmp) / f"{sources}-{excerpts}"
                    measured[sources, excerpts] = measure(folder, sources, excerpts, source_kb, args.repeat)
            print_series(title, [measured[size] for size in sizes])
    return 0


if __name__ == "__main__":
    sys.exit(run())
