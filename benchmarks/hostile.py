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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile_files import byte_flips, docx, docx_bomb, tiny_pdf, truncations, vtt  # noqa: E402

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


def made(name: str, make):
    """A file made on the spot in the project: make(path) writes it."""
    def apply(project: Path) -> None:
        make(project / name)
    return apply


def link(name: str, target: str):
    def apply(project: Path) -> None:
        (project / name).symlink_to(target)
    return apply


def unchanged(name: str, data: bytes):
    """After the run: the file outside the project is as it was (nothing written through a link)."""
    return lambda project, err: (project / name).read_bytes() == data


def one_line(project: Path, err: str) -> bool:
    """After the run: one cause, one line (no follow-up errors)."""
    return len(err.strip().splitlines()) == 1


def no_nul(name: str):
    return lambda project, err: b"\x00" not in (project / name).read_bytes()


def warned(project: Path, err: str) -> bool:
    return ": warning: " in err and len(err.strip().splitlines()) == 1


def source_bytes(data: bytes):
    return write("seeds/000_e701942f58be631c.txt", data)


BOMB = b"edition: {title: t, number: 1, date: '2026-01-01'}\na: &a [x, x, x, x, x, x, x, x, x, x]\n" + b"".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n".encode() for i in range(9))
MERGE_BOMB = b"a0: &a0 {k: 1}\n" + b"".join(
    f"a{i}: &a{i} {{<<: [*a{i - 1}, *a{i - 1}], k{i}: 1}}\n".encode() for i in range(1, 40))
TINY_PDF = tiny_pdf()
HONEST_DOCX = "Anna Berg said the tariffs rose. Prices doubled, the council said."
TRANSCRIPT = "Anna Berg:\nThe tariffs rose twice this year.\nTomas Lind:\nAnd nobody asked the residents.\n" * 5
DEEP_HTML = ("<html><body><article><h1>Tariffs</h1>" + "<p>The council met on Monday and the tariffs rose.</p>" * 5
             + "<div>" * 400 + "<p>The deep paragraph.</p>" + "</div>" * 400 + "</article></body></html>")
EXPORTED = "kazakhstan-in-crisis-what-the-analysts-ed1.json"  # what `export --format json` writes
CYRILLIC = "Протесты в Казахстане начались второго января, когда цены на газ выросли вдвое.\n" * 20

# (name, setup steps, argv after `reportgen`, expected exit code; None: 0 or 2, for a file damaged at random)
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
    # --- the commands added since (init, source add, export, find, excerpt add, suggest, serve), and three defects
    ("init: schema file links outside", [lambda p: (p / "new").mkdir(), write("outside.txt", b"mine\n"),
                                         link("new/topics.schema.json", "../outside.txt")], ["init", "new"], 0,
     unchanged("outside.txt", b"mine\n")),
    ("init: .gitignore links outside", [lambda p: (p / "new").mkdir(), write("outside.txt", b"mine\n"),
                                        link("new/.gitignore", "../outside.txt")], ["init", "new"], 0,
     unchanged("outside.txt", b"mine\n")),
    ("init: topics.yaml a dangling link", [lambda p: (p / "new").mkdir(), link("new/topics.yaml", "../nowhere.yaml")],
     ["init", "new"], 2),
    ("init: schema file is a folder", [lambda p: (p / "new/topics.schema.json").mkdir(parents=True)],
     ["init", "new"], 0),
    ("init: existing schema file", [lambda p: (p / "new").mkdir(), write("new/topics.schema.json", b"{}\n")],
     ["init", "new"], 0, unchanged("new/topics.schema.json", b"{}\n")),
    ("init: existing project", [], ["init", "."], 2),
    ("init: folder is a file", [write("afile", b"x")], ["init", "afile"], 2),
    ("init: title with a newline (YAML)", [], ["init", "new", "--title", "T\nedition: {number: 9}"], 2),
    ("init: title with ESC", [], ["init", "new", "--title", "T\x1b[31m"], 2),
    ("init: title with a bidi override", [], ["init", "new", "--title", "T \u202e x"], 2),
    ("init: title with quotes and #", [], ["init", "new", "--title", 'A "b": c\' # d'], 0),
    ("source add: DOCX bomb 20 MB", [made("bomb.docx", lambda f: docx_bomb(f, 20))], ["source", "add", "bomb.docx"], 2),
    ("source add: DOCX bomb 100 MB", [made("bomb.docx", lambda f: docx_bomb(f, 100))],
     ["source", "add", "bomb.docx"], 2),
    ("source add: core.xml bomb 400 MB", [made("core.docx", lambda f: docx_bomb(f, 0.01, core_mb=400))],
     ["source", "add", "core.docx"], 2),
    ("source add: ODT that is no zip", [write("a.odt", b"not a zip at all" * 10)], ["source", "add", "a.odt"], 2),
    ("source add: truncated DOCX", [made("t.docx", lambda f: f.write_bytes(
        truncations(docx(f, [HONEST_DOCX] * 20).read_bytes(), 3)[1]))], ["source", "add", "t.docx"], 2),
    *[(f"source add: PDF cut at {n + 1}/7", [write("cut.pdf", data)], ["source", "add", "cut.pdf"], 2)
      for n, data in enumerate(truncations(TINY_PDF, 7))],
    *[(f"source add: PDF page box {box}", [write("odd.pdf", tiny_pdf(mediabox=box))], ["source", "add", "odd.pdf"],
       code) for box, code in (("[0 0 612 /Foo]", 2), ("/Foo", 2), ("[0 0 612]", 0))],
    *[(f"source add: PDF byte flips {n + 1}", [write("flip.pdf", data)], ["source", "add", "flip.pdf"], None)
      for n, data in enumerate(byte_flips(TINY_PDF, 6))],
    ("source add: VTT byte flips", [write("flip.vtt", byte_flips(vtt().encode(), 1, seed=4)[0])],
     ["source", "add", "flip.vtt"], None),
    ("source add: SRT time out of range", [write("a.srt", b"1\n00:00:01,000 --> 99999999999:00:02,000\nHello\n")],
     ["source", "add", "a.srt"], None),
    ("source add: UTF-16LE, no BOM", [write("h.txt", TRANSCRIPT.encode("utf-16-le"))], ["source", "add", "h.txt"], 0,
     no_nul("sources/h.txt")),
    ("source add: UTF-16BE, no BOM", [write("h.txt", TRANSCRIPT.encode("utf-16-be"))], ["source", "add", "h.txt"], 0,
     no_nul("sources/h.txt")),
    ("source add: text full of NULs", [write("n.txt", b"words\x00\x00 more\n" * 20)], ["source", "add", "n.txt"], 2),
    ("source add: HTML 400 elements deep", [write("deep.html", DEEP_HTML.encode())], ["source", "add", "deep.html"], 0,
     warned),
    ("source add: a folder named .pdf", [lambda p: (p / "d.pdf").mkdir()], ["source", "add", "d.pdf"], 2),
    ("source add: a FIFO named .txt", [lambda p: os.mkfifo(p / "f.txt")], ["source", "add", "f.txt"], 2),
    ("export: a note that is a formula", [edit("        note: She adds", "        note: =cmd|' /C calc'!A0 She adds")],
     ["export", "--format", "csv", "--out", "data"], 0,
     lambda p, err: b"'=cmd|" in next((p / "data").glob("*-excerpts.csv")).read_bytes()),
    ("find: words with ESC", [], ["find", "prot\x1best"], 0),
    ("excerpt add: paragraph out of range", [],
     ["excerpt", "add", "causes", "--source", "iwpr-interview", "--para", "99999"], 2),
    ("excerpt add: --para -1", [], ["excerpt", "add", "causes", "--source", "iwpr-interview", "--para", "-1"], 2),
    ("suggest: unknown topic", [], ["suggest", "nope"], 2),
    ("suggest: --top 0", [], ["suggest", "causes", "--top", "0"], None),
    ("diff of '²'", [], ["diff", "²", "topics.yaml"], 2),
    ("merge key on a scalar", [edit("  gwu-panel:\n", "  gwu-panel:\n    <<: 5\n")], ["check"], 2, one_line),
    ("--out holding a source it would overwrite", [edit(SOURCE, f"file: data/{EXPORTED}"),
                                                  lambda p: (p / "data").mkdir(),
                                                  lambda p: shutil.copy(p / SOURCE[6:], p / "data" / EXPORTED)],
     ["export", "--format", "json", "--out", "data"], 2, one_line),
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


def run_case(name, steps, argv, expected, after=None, verbose=False) -> bool:
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
        promised = after is None or (code != "timeout" and after(project, err))  # what the run left behind
    lines = err.strip().splitlines()
    if expected is None:  # a file damaged at random: either imported, or refused in one line
        expected = code if code in (0, 2) else 2
    problem_lines = [line for line in lines if ": error:" in line or ": warning:" in line or line.endswith("written")]
    kept = (code == expected and "Traceback" not in err and len(lines) >= 1
            and len(problem_lines) == len([line for line in lines if not line.startswith(" ")])
            and all(len(line) < 2000 for line in lines))
    if expected == 0:
        kept = code == 0 and "Traceback" not in err
    if expected == 2:  # unusable input: one problem, one line
        kept = kept and (len(lines) == 1 or "errors: fix them" in lines[-1])
    kept = kept and promised
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
