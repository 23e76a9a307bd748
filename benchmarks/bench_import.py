"""Time `reportgen source add` on a long report PDF, a long panel recording's captions and a long DOCX,
with the peak memory of the command (the largest of its process and pandoc's, as `/usr/bin/time -v` gives).

    python benchmarks/bench_import.py [--pages 100] [--hours 2] [--docx-pages 2000] [--repeat 3]

The inputs are synthetic, made here (the PDF with WeasyPrint: running head, page numbers, hyphenated
justified text; the VTT with voice tags, one cue every 3 seconds, speakers taking turns; the DOCX of
varied sentences, about 420 words a page, benchmarks/hostile_files.py). Generating them is not timed;
each run imports into a fresh project, in a fresh process (read, layouts, canonical text, record,
topics.yaml).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from hostile_files import honest_docx  # noqa: E402

WORDS = ("tariff utility reform ministry household protest network pressure consultation engineer budget "
         "subsidy pensioner council drought investment accounts trust decade capital region price").split()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
    return " ".join(words).capitalize() + "."


def make_pdf(path: Path, pages: int) -> None:
    from weasyprint import HTML

    rng = random.Random(1)
    # about 4.3 paragraphs a page; one more page's worth, then cut to exactly `pages` below
    paragraphs = "".join(f"<p>{' '.join(sentence(rng) for _ in range(5))}</p>" for _ in range(pages * 6))
    document = HTML(string=f"""<html lang="en"><head><style>
    @page {{ size: A4; margin: 25mm 20mm; @top-center {{ content: "Synthetic Report · Benchmark" }}
             @bottom-center {{ content: "Page " counter(page) " of " counter(pages) }} }}
    body {{ font: 11pt/1.4 serif }} p {{ text-align: justify; hyphens: auto; margin: 0 0 8pt }}
    </style></head><body>{paragraphs}</body></html>""").render()
    document.copy(document.pages[:pages]).write_pdf(path)


def make_vtt(path: Path, hours: float) -> None:
    rng = random.Random(2)
    speakers = ["Anna Berg", "Tomas Lind", "Grace Mbeki", "Peter Voss"]
    lines, speaker = ["WEBVTT", ""], speakers[0]
    for n in range(int(hours * 3600 / 3)):
        if rng.random() < 0.05:
            speaker = rng.choice(speakers)
        start, end = n * 3, n * 3 + 3
        lines += [f"{_ts(start)} --> {_ts(end)}", f"<v {speaker}>{sentence(rng)}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def _ts(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}.000"


def time_import(original: Path, repeat: int) -> tuple[float, float, str]:
    """(best seconds, peak MB of the largest process, the 'added source' line), each run a fresh process."""
    env = dict(os.environ, PYTHONPATH=str(REPO))  # this checkout's reportgen, however it is run
    best, peak, report = float("inf"), 0.0, ""
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "reportgen", "init", tmp], env=env, check=True, capture_output=True)
            start = time.perf_counter()
            with tempfile.TemporaryFile() as out:
                child = subprocess.Popen([sys.executable, "-m", "reportgen", "source", "add", str(original),
                                          "--topics", str(Path(tmp) / "topics.yaml")], env=env, stdout=out,
                                         stderr=subprocess.DEVNULL)
                _, status, usage = os.wait4(child.pid, 0)
                elapsed = time.perf_counter() - start
                out.seek(0)
                printed = out.read().decode()
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"import of {original} failed (exit {os.waitstatus_to_exitcode(status)})")
            added = next(line for line in printed.splitlines() if line.startswith("added source"))
            best, peak, report = min(best, elapsed), max(peak, usage.ru_maxrss / 1024), added.split(": ", 1)[1]
    return best, peak, report


def main_(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--hours", type=float, default=2)
    parser.add_argument("--docx-pages", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--make-pdf", type=Path, help=argparse.SUPPRESS)  # in a child: WeasyPrint stays out of here
    args = parser.parse_args(argv)
    if args.make_pdf:
        make_pdf(args.make_pdf, args.pages)
        return
    with tempfile.TemporaryDirectory() as tmp:
        pdf, vtt, docx = Path(tmp) / "report.pdf", Path(tmp) / "panel.vtt", Path(tmp) / "book.docx"
        # Made in a child process: a child forked from a process holding WeasyPrint would count its memory
        # as the import's peak (Linux keeps the peak across exec).
        subprocess.run([sys.executable, __file__, "--make-pdf", str(pdf), "--pages", str(args.pages)], check=True)
        make_vtt(vtt, args.hours)
        honest_docx(docx, args.docx_pages)
        print(f"inputs: {pdf.name} {args.pages} pages, {pdf.stat().st_size // 1024} KB; "
              f"{vtt.name} {args.hours:g} h, {vtt.read_text().count(' --> ')} cues, {vtt.stat().st_size // 1024} KB; "
              f"{docx.name} {args.docx_pages} pages, {docx.stat().st_size // 1024} KB")
        for original in (pdf, vtt, docx):
            seconds, peak, report = time_import(original, args.repeat)
            print(f"{original.name:12} {seconds:7.2f} s (best of {args.repeat}), peak {peak:5.0f} MB  "
                  f"{report.strip()}")


if __name__ == "__main__":
    sys.exit(main_())
