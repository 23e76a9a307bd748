"""One pipeline and its variants (the briefing, the classroom handout, the data export); one Outcome per run.

The loop is written once (Sphinx's builders are the model): load topics.yaml, let the variant
check its options, refuse outputs that would land on inputs, skip when every output's fingerprint
is unchanged, verify (a misquote must never reach print), let the variant render its HTML per
output, write everything through the one writer (temp files, atomic moves), record the
fingerprints, and report progress and warnings. A variant says only what differs: its name, its
formats, its output paths, what else its fingerprint depends on, how it renders and how it writes.
Every command that verifies (check, build, handout, export, serve) verifies through verify_run(),
so the same input gives the same warnings in each, and each run ends in one Outcome (black's Report
is the model) that the command line turns into its exit code in one place.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportgen import __version__
from reportgen.document.charts import Chart
from reportgen.editions.snapshots import Previous, read_previous, snapshot_warnings
from reportgen.load.guards import check_outputs
from reportgen.load.model import Edition
from reportgen.load.schema import load_edition
from reportgen.output.atomic import write_atomically
from reportgen.output.render import TEMPLATES, Roots, find_template_file, slugify, template_roots
from reportgen.problems import OK, VERIFICATION_FAILED, Problem, SortsProblems
from reportgen.text.sources import Checksums, checksum
from reportgen.verify.excerpts import Report, verify_edition
from reportgen.verify.stale import stale_report

STAMPS = ".reportgen-stamps.json"  # in the output folder: the input fingerprint of each output
WARNINGS = "_warnings"  # in the stamps: fingerprint -> the warnings of the build that wrote those outputs
PACKAGE = Path(__file__).resolve().parent.parent  # reportgen/: the code of every stage

Jobs = dict[Path, tuple[str, str]]  # output path -> (format, HTML to write it from)


@dataclass
class Outcome(SortsProblems):
    """How one run ended, the same for every command: what it wrote (or found up to date), every
    problem in the order printed (errors and warnings), the verified edition, and so the exit code."""

    outputs: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    report: Report | None = None  # the verification, when it ran
    previous: Previous | None = None  # the previous edition, read once for the whole run
    sums: Checksums = field(default_factory=Checksums)  # each input hashed once for the whole run
    skipped: bool = False  # every output was up to date: nothing verified, nothing written

    @property
    def exit_code(self) -> int:
        return VERIFICATION_FAILED if self.errors else OK


def verify_run(edition: Edition, sums: Checksums | None = None) -> Outcome:
    """Verify every excerpt, and gather every warning a run gives, whichever command runs it: the
    checker's, the quotes a source changed since the previous edition broke, a changed snapshot."""
    sums = sums or Checksums()
    previous = read_previous(edition)  # once: the stale quotes here, the diff in the document step
    report = verify_edition(edition)
    problems = [*report.problems, *stale_report(report, previous, sums), *snapshot_warnings(report.edition, sums=sums)]
    return Outcome(problems=problems, report=report, previous=previous, sums=sums)


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


def fingerprint(edition: Edition, *options, sums: Callable[[Path], str] = checksum) -> str:
    """Everything an output depends on: topics.yaml, sources, the previous edition, templates,
    the code and the options. Equal fingerprints mean an identical output."""
    digest = hashlib.sha256(repr((__version__, options)).encode())
    files = [edition.path, *(s.file for s in edition.sources.values())]
    if edition.previous:
        files.append(edition.path.parent / edition.previous)
    for root in template_roots(edition):  # the project's house style (templates/) and the package's
        files += sorted(p for p in root.rglob("*") if p.is_file())
    files += sorted(PACKAGE.rglob("*.py"))
    for file in files:
        digest.update(str(file).encode())
        digest.update(sums(file).encode() if file.is_file() else b"missing")
    return digest.hexdigest()


@dataclass
class Stamps:
    """The fingerprint each output in a folder was built from: what lets a rebuild skip."""

    folder: Path

    def read(self) -> dict:
        try:
            stamps = json.loads((self.folder / STAMPS).read_text())
            return stamps if isinstance(stamps, dict) else {}
        except (OSError, ValueError):
            return {}

    def fresh(self, paths: list[Path], key: str) -> bool:
        stamps = self.read()
        return all(p.is_file() and stamps.get(p.name) == key for p in paths)

    def record(self, paths: list[Path], key: str, warnings: list[Problem] | None = None) -> None:
        """Each output's fingerprint, and the warnings the build that wrote them gave (a skipped rebuild
        repeats them: an unchanged input has the same imbalance, the same stale quote)."""
        stamps = self.read() | {p.name: key for p in paths}
        kept = {k: v for k, v in (stamps.get(WARNINGS) or {}).items() if k in stamps.values()}
        stamps[WARNINGS] = kept | {key: [dataclasses.asdict(w) for w in warnings or []]}
        write_atomically(self.folder / STAMPS, json.dumps(stamps, indent=1, sort_keys=True).encode())

    def warnings(self, key: str) -> list[Problem]:
        """The warnings recorded with the outputs of fingerprint `key`."""
        try:
            return [Problem(**w) for w in (self.read().get(WARNINGS) or {}).get(key, [])]
        except TypeError:  # a stamp file of another version: the warnings are lost, never the build
            return []

    def skip(self, paths: list[Path], key: str, force: bool, progress: Progress) -> bool:
        """True when every output is up to date and no --force asks for a rebuild."""
        if force or not self.fresh(paths, key):
            return False
        progress("unchanged: outputs are up to date (use --force to rebuild)")
        return True


class Variant:
    """What one kind of document adds to the pipeline; subclasses override what differs."""

    name = "document"
    formats: tuple[str, ...] = ()
    toc = True  # a DOCX table of contents
    reference = "reference.docx"  # the DOCX's Word styles, looked up in the template roots
    roots: Roots = (TEMPLATES,)  # set by run: the project's templates/ (house style), then the package's
    stamped = True  # fingerprinted, so an unchanged rebuild is skipped
    charts: tuple[Chart, ...] = ()  # the model's, set by render: the DOCX writer draws them

    def prepare(self, edition: Edition) -> None:
        """Check the variant's own options against the edition (InputError if unusable)."""

    def outputs(self, edition: Edition, out: Path, formats: tuple[str, ...]) -> dict[Path, str]:
        """Every output path and its format."""
        return {output_path(edition, out, fmt): fmt for fmt in formats}

    def options(self) -> tuple:
        """What the output depends on besides the inputs, the code and the paper (its fingerprint)."""
        return ()

    def render(self, run: Outcome, outputs: dict[Path, str], paper: str, progress: Progress) -> tuple[Jobs,
                                                                                                       list[Problem]]:
        """The HTML for each output from the verified run (`run.report`), and the variant's warnings."""
        raise NotImplementedError

    def write(self, jobs: Jobs, progress: Progress) -> None:
        """Write every output through the one writer (temp files first, then all moved into place)."""
        from reportgen.output.writer import write_outputs  # WeasyPrint takes most of a second to import

        write_outputs(jobs, progress, toc=self.toc, reference=find_template_file(self.reference, self.roots),
                      charts=self.charts, roots=self.roots)


def run(variant: Variant, topics: Path, formats: tuple[str, ...], paper: str = "a4", out: Path = Path("out"),
        force: bool = False, progress: Progress | None = None) -> Outcome:
    """Build `variant` from `topics`: load, verify, render, write; the Outcome says what came of it."""
    progress = progress or Progress(False)
    progress(f"load {topics.name}")
    edition = load_edition(topics)
    variant.roots = template_roots(edition)
    variant.prepare(edition)
    outputs = variant.outputs(edition, out, formats)
    paths = list(outputs)
    check_outputs(edition, out, paths)
    sums = Checksums()
    key = fingerprint(edition, variant.name, paper, *variant.options(), sums=sums)
    stamps = Stamps(out)
    if variant.stamped and stamps.skip(paths, key, force, progress):
        return Outcome(paths, stamps.warnings(key), skipped=True)
    progress(f"verify {len(edition.excerpts)} excerpts")
    outcome = verify_run(edition, sums)  # before anything is rendered: a misquote must never reach print
    if outcome.errors or outcome.report is None:
        return outcome
    jobs, warnings = variant.render(outcome, outputs, paper, progress)
    side_by_side = " (PDF layout and pandoc side by side)" if {"pdf", "docx"} <= set(outputs.values()) else ""
    progress("write " + ", ".join(p.name for p in paths) + side_by_side)
    variant.write(jobs, progress)
    if variant.stamped:
        stamps.record(paths, key, [*outcome.warnings, *warnings])
    progress("done")
    outcome.outputs = paths
    outcome.problems += warnings
    return outcome
