"""`reportgen build`: the briefing, as a variant of the one pipeline (build/pipeline.py).

It adds "Changes since edition N" (the diff from `previous`) and one rendering per format.
"""

from __future__ import annotations

from pathlib import Path

from reportgen.build import BRIEFING
from reportgen.build.pipeline import Jobs, Outcome, Progress, Variant, run
from reportgen.document.briefing import build_briefing
from reportgen.document.diff import changes_since
from reportgen.load.guards import refuse_empty
from reportgen.load.model import Edition
from reportgen.output.render import render_html
from reportgen.problems import Problem

FORMATS = BRIEFING


class Briefing(Variant):
    """The comparative briefing: PDF, DOCX and HTML from one document model."""

    name = "briefing"
    formats = FORMATS

    def prepare(self, edition: Edition) -> None:
        refuse_empty(edition, "build")  # a new project: say what to fill in, never print an empty briefing

    def render(self, run: Outcome, outputs: dict[Path, str], paper: str, progress: Progress) -> tuple[Jobs,
                                                                                                       list[Problem]]:
        assert run.report is not None  # the pipeline renders only a verified run
        model = build_briefing(run.report, changes_since(run.previous, run.report.edition, run.sums), run.sums)
        self.charts = model.charts  # handed to the DOCX writer, which draws each in place of its placeholder
        progress("render HTML from the templates")
        return {path: (fmt, render_html(model, fmt, paper)) for path, fmt in outputs.items()}, []

    def html(self, run: Outcome, fmt: str = "html", paper: str = "a4") -> str:
        """One rendering, written nowhere (the live preview shows it)."""
        jobs, _ = self.render(run, {Path(f"preview.{fmt}"): fmt}, paper, Progress(False))
        return next(iter(jobs.values()))[1]


def build(topics: Path, formats=FORMATS, paper: str = "a4", out: Path = Path("out"), force: bool = False,
          progress: Progress | None = None) -> Outcome:
    """Build the briefing; the Outcome holds the outputs, the problems and the exit code."""
    return run(Briefing(), topics, tuple(formats), paper, out, force, progress)
