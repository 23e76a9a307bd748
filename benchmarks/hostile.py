"""Try reportgen on hostile and unlucky input, each case in a fresh copy of the project and a fresh
process (memory capped at 2 GB, 60 s), and count how many keep the promise: the expected exit code,
every line on stderr a one-line problem, and no Python traceback.

    python benchmarks/hostile.py [--verbose]
    REPORTGEN_CODE=/old/checkout REPORTGEN_PROJECT=/old/checkout python benchmarks/hostile.py  # other code
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROJECT = Path(os.environ.get("REPORTGEN_PROJECT", REPO))  # where topics.yaml and seeds/ are copied from
ORIGINAL_DATE = 'date: "2026-11-23"'
SOURCE = "file: seeds/000_e701942f58be631c.txt"


def edit(old: str, new: str, count: int = 1):
    def apply(project: Path) -> None:
        topics = project / "topics.yaml"
        text = topics.read_text(encoding="utf-8")
        assert old in text, old
        topics.write_text(text.replace(old, new, count), encoding="utf-8")
    return apply


def write(name: str, data: bytes):
    def apply(project: Path) -> None:
        (project / name).write_bytes(data)
    return apply


def chmod(name: str, mode: int):
    def apply(project: Path) -> None:
        (project / name).chmod(mode)
    return apply


def source_bytes(data: bytes):
    return write("seeds/000_e701942f58be631c.txt", data)


BOMB = b"edition: {title: t, number: 1, date: '2026-01-01'}\na: &a [x, x, x, x, x, x, x, x, x, x]\n" + b"".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n".encode() for i in range(9))
MERGE_BOMB = b"a0: &a0 {k: 1}\n" + b"".join(
    f"a{i}: &a{i} {{<<: [*a{i - 1}, *a{i - 1}], k{i}: 1}}\n".encode() for i in range(1, 40))
CYRILLIC = "Протесты в Казахстане начались второго января, когда цены на газ выросли вдвое.\n" * 20

# (name, setup steps, argv after `reportgen`, expected exit code)
CASES = [
    ("impossible date (edition)", [edit(ORIGINAL_DATE, "date: 2022-02-30")], ["check"], 2),
    ("impossible date (source)", [edit("    kind: transcript\n", "    kind: transcript\n    date: 2021-13-01\n")],
     ["check"], 2),
    ("YAML 1.1 octal 010 as number", [edit("  number: 1\n", "  number: 010\n")], ["check"], 2),
    ("YAML 1.1 hex 0x10 as text", [edit("    label: GWU panel", "    label: 0x10")], ["check"], 2),
    ("YAML 1.1 sexagesimal 1:30", [edit("    label: GWU panel", "    label: 1:30")], ["check"], 2),
    ("YAML 1.1 binary 0b101", [edit("  number: 1\n", "  number: 0b101\n")], ["check"], 2),
    ("unknown tag on a scalar", [edit("    label: GWU panel", "    label: !shout GWU panel")], ["check"], 2),
    ("python object tag", [edit("    label: GWU panel", "    label: !!python/object/apply:os.system [ls]")],
     ["check"], 2),
    ("unknown tag on a mapping", [edit("  gwu-panel:\n", "  gwu-panel: !src\n")], ["check"], 2),
    ("binary tag", [edit("    label: GWU panel", "    label: !!binary aGVsbG8=")], ["check"], 2),
    ("deep flow nesting (100k)", [write("topics.yaml", b"a: " + b"[" * 100_000 + b"]" * 100_000)], ["check"], 2),
    ("deep block nesting (500)", [write("topics.yaml", "".join(f"{' ' * i}k{i}:\n" for i in range(500)).encode())],
     ["check"], 2),
    ("billion laughs (aliases)", [write("topics.yaml", BOMB)], ["check"], 2),
    ("merge-key bomb", [write("topics.yaml", MERGE_BOMB)], ["check"], 2),
    ("raw control character", [edit("    label: GWU panel", "    label: GWU\x07panel")], ["check"], 2),
    ("escaped control character", [edit("    label: GWU panel", '    label: "GWU\\x1b[31mpanel"')], ["check"], 2),
    ("lone surrogate escape", [edit("    label: GWU panel", '    label: "GWU \\ud800 panel"')], ["check"], 2),
    ("bidi override in a quote", [edit("quote: >-\n          However", "quote: >-\n          \u202eHowever")],
     ["check"], 2),
    ("bidi isolate, escaped", [edit("    label: GWU panel", '    label: "GWU \\u2067panel"')], ["check"], 2),
    ("NUL in a source path", [edit(SOURCE, 'file: "seeds/000\\0.txt"')], ["check"], 2),
    ("NUL in --out", [], ["build", "--out", "out\x01x"], 2),
    ("topics is a folder", [], ["check", "seeds"], 2),
    ("topics missing", [], ["check", "nothere.yaml"], 2),
    ("topics is a FIFO", [lambda p: os.mkfifo(p / "fifo.yaml")], ["check", "fifo.yaml"], 2),
    ("topics empty", [write("topics.yaml", b"")], ["check"], 2),
    ("topics binary garbage", [write("topics.yaml", bytes(range(256)) * 4)], ["check"], 2),
    ("topics in UTF-16", [lambda p: (p / "topics.yaml").write_bytes((p / "topics.yaml").read_text().encode("utf-16"))],
     ["check"], 2),
    ("topics in cp1251", [write("topics.yaml", ("title: " + CYRILLIC[:60] + "\n").encode("cp1251"))], ["check"], 2),
    ("source in cp1251", [source_bytes(CYRILLIC.encode("cp1251"))], ["check"], 2),
    ("source in UTF-16 without BOM", [source_bytes(CYRILLIC.encode("utf-16-le"))], ["check"], 2),
    ("source in UTF-16LE Latin, no BOM", [source_bytes(("Hello there, panel.\n" * 50).encode("utf-16-le"))],
     ["check"], 2),
    ("source unreadable (a folder)", [edit(SOURCE, "file: seeds")], ["check"], 2),
    ("source is the topics file", [edit(SOURCE, "file: topics.yaml")], ["check"], 2),
    ("source is a snapshot", [lambda p: (p / "editions/1").mkdir(parents=True),
                              lambda p: shutil.copy(p / "topics.yaml", p / "editions/1/topics.yaml"),
                              edit(SOURCE, "file: editions/1/topics.yaml")], ["check"], 2),
    ("source under --out", [], ["build", "--out", "seeds", "--format", "html"], 2),
    ("--out names a file", [write("afile", b"x")], ["build", "--out", "afile", "--format", "html"], 2),
    ("--out under a file", [write("afile", b"x")], ["build", "--out", "afile/sub", "--format", "html"], 2),
    ("--out read-only (unwritable /proc)", [], ["build", "--out", "/proc/reportgen", "--format", "html"], 2),
    ("unknown format", [], ["build", "--format", "odt"], 2),
    ("bad --date for edition new", [], ["edition", "new", "--date", "2022-02-30"], 2),
    ("edition new, read-only topics.yaml", [chmod("topics.yaml", 0o444)], ["edition", "new"], 2),
    ("previous outside editions/", [edit("  number: 1\n", "  number: 1\n  previous: seeds/000_e701942f58be631c.txt\n")],
     ["check"], 2),
    ("diff of a missing snapshot", [], ["diff", "7", "topics.yaml"], 2),
    ("source is a symlink loop", [lambda p: os.symlink("loop", p / "seeds/loop"), edit(SOURCE, "file: seeds/loop")],
     ["check"], 2),
    ("source path too long", [edit(SOURCE, "file: seeds/" + "x" * 300 + ".txt")], ["check"], 2),
    ("--out path too long", [], ["build", "--out", "o" * 300, "--format", "html"], 2),
    ("a list where an id belongs", [edit("  - id: causes", "  - id: [causes, more]")], ["check"], 2),
    ("a date with a time as edition date", [edit(ORIGINAL_DATE, "date: 2022-01-01 12:00:00")], ["check"], 0),
    ("a huge edition number", [edit("  number: 1\n", "  number: 99999999999999999999999\n")], ["check"], 0),
    ("topics is a list", [write("topics.yaml", b"- a\n- b\n")], ["check"], 2),
    ("topics is a scalar", [write("topics.yaml", b"just text\n")], ["check"], 2),
    ("snapshot record damaged", [lambda p: (p / "editions/1").mkdir(parents=True),
                                 lambda p: shutil.copy(p / "topics.yaml", p / "editions/1/topics.yaml"),
                                 write("editions/1/sources.json", b"{not json"),
                                 edit("  number: 1\n", "  number: 2\n  previous: editions/1/topics.yaml\n")],
     ["check"], 2),
    ("diff of a folder", [], ["diff", "seeds", "topics.yaml"], 2),
    ("edition new with editions/ a file", [write("editions", b"x")], ["edition", "new"], 2),
    ("handout of an unknown topic", [], ["handout", "--topic", "nope", "--format", "pdf"], 2),
    ("topics holding only a BOM", [write("topics.yaml", b"\xef\xbb\xbf")], ["check"], 2),
    ("topics of 10 MB of one line", [write("topics.yaml", b"a: " + b"x" * 10_000_000)], ["check"], 2),
    ("a verification failure", [edit("the peaceful protest was genuine", "the peaceful protest was invented")],
     ["check"], 1),
    ("a tab after a colon, then excerpt add", [edit("        note: She adds", "        note:\tShe adds")],
     ["excerpt", "add", "causes", "--source", "iwpr-interview", "--para", "21"], 0),
    ("excerpt add, read-only topics.yaml", [chmod("topics.yaml", 0o444)],
     ["excerpt", "add", "causes", "--source", "iwpr-interview", "--para", "21"], 2),
    ("excerpt add, a note with ESC", [],
     ["excerpt", "add", "causes", "--source", "iwpr-interview", "--para", "21", "--note", "a\x1b[31m b"], 2),
    ("argument not UTF-8 (init --title)", [], ["init", "q", "--title", "\udccf\udcf0"], 2),
    ("export into the sources' folder", [], ["export", "--out", "seeds", "--format", "json"], 2),
    ("control character in export --out", [], ["export", "--out", "out\x01x", "--format", "json"], 2),
    ("handout --lines 1000000000", [], ["handout", "--lines", "1000000000", "--format", "pdf"], 2),
    ("serve --port 70000", [], ["serve", "--port", "70000"], 2),
    # Real file systems, when prepared as root beforehand (skipped otherwise):
    #   mount -t tmpfs -o ro,size=1m tmpfs /tmp/reportgen-ro
    #   mount -t tmpfs -o size=200k tmpfs /tmp/reportgen-full && dd if=/dev/zero of=/tmp/reportgen-full/fill bs=1k
    *([("--out on a read-only file system", [], ["build", "--out", "/tmp/reportgen-ro/out", "--format", "html"], 2)]
      if os.path.ismount("/tmp/reportgen-ro") else []),
    *([("--out on a full file system", [], ["build", "--out", "/tmp/reportgen-full/out", "--format", "html"], 2)]
      if os.path.ismount("/tmp/reportgen-full") else []),
]


def limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def run_case(name, steps, argv, expected, verbose=False) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        shutil.copy(PROJECT / "topics.yaml", project / "topics.yaml")
        shutil.copytree(PROJECT / "seeds", project / "seeds")
        for step in steps:
            step(project)
        env = dict(os.environ, PYTHONPATH=os.environ.get("REPORTGEN_CODE", str(REPO)))  # another checkout's code
        try:
            done = subprocess.run([sys.executable, "-m", "reportgen", *argv], cwd=project, env=env,
                                  capture_output=True, text=True, timeout=60, preexec_fn=limit_memory)
            code, err = done.returncode, done.stderr
        except subprocess.TimeoutExpired:
            code, err = "timeout", ""
    lines = err.strip().splitlines()
    problem_lines = [line for line in lines if ": error:" in line or ": warning:" in line or line.endswith("written")]
    kept = (code == expected and "Traceback" not in err and len(lines) >= 1
            and len(problem_lines) == len([line for line in lines if not line.startswith(" ")])
            and all(len(line) < 2000 for line in lines))
    if expected == 0:
        kept = code == 0 and "Traceback" not in err
    if expected == 2:  # unusable input: one problem, one line
        kept = kept and (len(lines) == 1 or "errors: fix them" in lines[-1])
    mark = "ok  " if kept else "FAIL"
    print(f"{mark} {name:<40} exit {code} (want {expected})" + (f"\n       {lines[0][:300] if lines else ''}"
                                                                 if verbose or not kept else ""))
    return kept


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print the first stderr line of every case")
    args = parser.parse_args()
    results = [run_case(*case, verbose=args.verbose) for case in CASES]
    print(f"{sum(results)} of {len(results)} cases kept the promise")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
