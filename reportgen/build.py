"""`reportgen build`: load, verify, model, render, write; skipped when nothing has changed.

Gather and check everything before writing anything: verification must run before rendering,
a misquote must never reach print.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from reportgen import __version__
from reportgen.atomic import write_atomically
from reportgen.briefing import build_briefing
from reportgen.diff import changes_since_previous
from reportgen.guards import check_outputs
from reportgen.model import Edition
from reportgen.render import TEMPLATES, render_html, slugify
from reportgen.schema import load_edition
from reportgen.snapshots import snapshot_warnings
from reportgen.verify import Report, require_verified

FORMATS = ("pdf", "docx", "html")
STAMPS = ".reportgen-stamps.json"  # in the output folder: the input fingerprint of each output
PACKAGE = Path(__file__).resolve().parent


class Progress:
    """Stage lines on stderr when it is a terminal (and not --quiet); silent otherwise."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.started = time.perf_counter()

    def __call__(self, stage: str) -> None:
        if self.enabled:
            print(f"  {time.perf_counter() - self.started:6.2f}s  {stage}", file=sys.stderr, flush=True)


def progress_for(quiet: bool) -> Progress:
    return Progress(not quiet and sys.stderr.isatty())


def output_path(edition: Edition, out: Path, fmt: str, suffix: str = "") -> Path:
    return out / f"{slugify(edition.title)}-ed{edition.number}{suffix}.{fmt}"


def fingerprint(edition: Edition, *options) -> str:
    """Everything an output depends on: topics.yaml, sources, the previous edition, templates,
    the code and the options. Equal fingerprints mean an identical output."""
    digest = hashlib.sha256(repr((__version__, options)).encode())
    files = [edition.path, *(s.file for s in edition.sources.values())]
    if edition.previous:
        files.append(edition.path.parent / edition.previous)
    files += sorted(p for p in TEMPLATES.rglob("*") if p.is_file())
    files += sorted(PACKAGE.glob("*.py"))
    for file in files:
        digest.update(str(file).encode())
        digest.update(file.read_bytes() if file.is_file() else b"missing")
    return digest.hexdigest()


@dataclass
class Stamps:
    """The fingerprint each output in a folder was built from: what lets a rebuild skip."""

    folder: Path

    def read(self) -> dict[str, str]:
        try:
            return json.loads((self.folder / STAMPS).read_text())
        except (OSError, ValueError):
            return {}

    def fresh(self, paths: list[Path], key: str) -> bool:
        stamps = self.read()
        return all(p.is_file() and stamps.get(p.name) == key for p in paths)

    def record(self, paths: list[Path], key: str) -> None:
        stamps = self.read() | {p.name: key for p in paths}
        write_atomically(self.folder / STAMPS, json.dumps(stamps, indent=1, sort_keys=True).encode())

    def skip(self, paths: list[Path], key: str, force: bool, progress: Progress) -> bool:
        """True, and says so, when every output is up to date and no --force asks for a rebuild."""
        if force or not self.fresh(paths, key):
            return False
        progress("unchanged: outputs are up to date (use --force to rebuild)")
        return True


def build(topics: Path, formats=FORMATS, paper: str = "a4", out: Path = Path("out"), force: bool = False,
          progress: Progress | None = None) -> tuple[list[Path], Report | None]:
    """Build the briefing; return the outputs and the verification report (None when skipped)."""
    progress = progress or Progress(False)
    progress(f"load {topics.name}")
    edition = load_edition(topics)
    paths = {fmt: output_path(edition, out, fmt) for fmt in formats}
    check_outputs(edition, out, list(paths.values()))
    key = fingerprint(edition, "briefing", paper)
    stamps = Stamps(out)
    if stamps.skip(list(paths.values()), key, force, progress):
        return list(paths.values()), None
    from reportgen.export import (
        write_outputs,  # WeasyPrint takes most of a second to import: only when writing
    )

    progress(f"verify {len(edition.excerpts)} excerpts")
    report = require_verified(edition)
    changes = changes_since_previous(report.edition)
    model = build_briefing(report, changes)
    progress("render HTML from the templates")
    jobs = {path: (fmt, render_html(model, fmt, paper)) for fmt, path in paths.items()}
    side_by_side = " (PDF layout and pandoc side by side)" if {"pdf", "docx"} <= set(formats) else ""
    progress("write " + ", ".join(fmt.upper() for fmt in formats) + side_by_side)
    write_outputs(jobs, progress)
    stamps.record(list(paths.values()), key)
    return list(paths.values()), dataclasses.replace(report, problems=report.problems + tuple(
        snapshot_warnings(report.edition)))
