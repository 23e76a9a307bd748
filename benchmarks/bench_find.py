"""Time `reportgen find` on the 200-source benchmark corpus (synth.py: 200 sources of 50 KB, 5,000 excerpts).

    python benchmarks/bench_find.py [--sources 200] [--source-kb 50] [--repeat 5]

Each query is timed as the editor runs it: `python -m reportgen find ...` in a fresh process (Python's
start, imports, loading topics.yaml, the search, the printing), best and median of --repeat; and in-process,
split into loading topics.yaml (its sources and analysts: find skips the topics) and the search
itself. Queries: a rare phrase (one sentence of one source), a phrase found in many sources, a
common two-word phrase, a misspelled phrase (no exact match: the closest passages), and words
found nowhere.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # synth.py beside this file, however it is run
from synth import make_edition  # noqa: E402

from reportgen.commands.find import find_words, load_for_search  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def queries(folder: Path) -> dict[str, str]:
    text = (folder / "sources" / "s017.txt").read_text(encoding="utf-8")
    sentence = next(line for line in text.splitlines() if len(line.split()) > 30)
    rare = " ".join(sentence.split()[3:11])
    return {"rare phrase": rare, "phrase in many sources": "kept postponing the gas subsidies",
            "common words": "the government", "misspelled (closest)": "kept postponing the gas subsidys",
            "found nowhere (closest)": "zebra crossing moonlight"}


def cli_times(topics: Path, words: str, repeat: int) -> tuple[list[float], str]:
    """Wall times of `python -m reportgen find words` in fresh processes, and its first output line."""
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: modules load compiled, not from source each run
    times, first = [], ""
    for n in range(repeat + 1):  # the first run warms the file cache and is not counted
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "reportgen", "find", *words.split(), "--topics", str(topics)],
                                capture_output=True, text=True, env=env, cwd=topics.parent)
        if n:
            times.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise SystemExit(result.stderr)
        first = result.stdout.splitlines()[0]
    return times, first


def best_search(topics: Path, words: str, repeat: int) -> tuple[float, float]:
    load = search = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        edition = load_for_search(topics)
        loaded = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            find_words(edition, words)
        load, search = min(load, loaded - start), min(search, time.perf_counter() - loaded)
    return load, search


def run(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Time reportgen find on a synthetic corpus.")
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--source-kb", type=int, default=50)
    parser.add_argument("--excerpts", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-find-") as tmp:
        topics = make_edition(Path(tmp), sources=args.sources, source_kb=args.source_kb, excerpts=args.excerpts)
        megabytes = sum(f.stat().st_size for f in (Path(tmp) / "sources").iterdir()) / 1e6
        print(f"reportgen find: {args.sources} sources ({megabytes:.1f} MB), {args.excerpts} excerpts in "
              f"topics.yaml; best and median of {args.repeat}")
        print(f"{'query':<26} {'command s':>9} {'median s':>8} {'load s':>7} {'search s':>8}  result")
        for name, words in queries(Path(tmp)).items():
            times, first = cli_times(topics, words, args.repeat)
            load, search = best_search(topics, words, args.repeat)
            print(f"{name:<26} {min(times):>9.2f} {statistics.median(times):>8.2f} {load:>7.2f} {search:>8.3f}  "
                  f"{first[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(run())
