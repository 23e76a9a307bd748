"""`reportgen handout`: the classroom handout, a variant of the one pipeline (build/pipeline.py).

Its model is document/handout.py; here each topic is fitted on two pages (laid out, measured, and
trimmed where it overflows) and rendered through the same templates, with templates/handout/
overriding only what differs.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from pathlib import Path

from reportgen.build import ANSWER_LINES, HANDOUT
from reportgen.build.pipeline import Jobs, Outcome, Progress, Variant, output_path, run
from reportgen.document.handout import (
    FEWEST_LINES,
    MIN_EXCERPTS,
    MOST_LINES,
    Handout,
    HandoutTopic,
    _section,
    build_handout,
    question_warnings,
    select_topics,
    thin_topics,
)
from reportgen.load.model import Edition
from reportgen.output.render import render_html, template_roots
from reportgen.problems import Problem

FORMATS = HANDOUT
VARIANT = "handout"
REFERENCE_DOCX = f"{VARIANT}/reference.docx"  # classroom sizes, "Question" and "Answer Space" styles
MAX_PAGES = 2  # per topic, in the PDF


@dataclass(frozen=True)
class Measure:
    """How a topic lays out in the PDF (lengths in CSS px)."""

    pages: int
    over: float  # how far it runs past its last allowed page; 0 when it fits
    room: float  # the height of all its ruled lines


def fit_pages(handout: Handout, paper: str) -> tuple[Handout, list[Problem]]:
    """Lay the handout out and shrink every topic that runs over two pages: as few ruled lines fewer
    as the overrun needs, down to FEWEST_LINES a question; past that one excerpt fewer (never below
    two), with full room again. Each topic starts a page, so each shrinks on its own; the loop lays
    out again until every topic fits or none can shrink."""
    while True:
        measures = measure_topics(handout, paper)
        smaller = {s.topic.id: _smaller(handout, s, measures[s.anchor])
                   for s in handout.sections if measures[s.anchor].over}
        shrunk = {topic_id: section for topic_id, section in smaller.items() if section}
        if not shrunk:
            break
        handout = dataclasses.replace(handout, sections=tuple(shrunk.get(s.topic.id, s) for s in handout.sections))
    return handout, _fit_warnings(handout, measures, paper)


def measure_topics(handout: Handout, paper: str) -> dict[str, Measure]:
    """Each topic's pages, overrun and writing room, from the anchors of one layout: a box's anchor
    is on every page the box spans, with its extent on that page."""
    from reportgen.output.writer import (
        layout,  # imported when needed: WeasyPrint is slow to import
    )

    html = render_html(handout, "pdf", paper, VARIANT)
    pages = [page.anchors for page in layout(html, template_roots(handout.edition)).pages]
    measures = {}
    for section in handout.sections:
        on = [n for n, anchors in enumerate(pages) if section.anchor in anchors]
        first, last = on[0], next(n for n, anchors in enumerate(pages) if f"end-{section.anchor}" in anchors)
        over = 0.0
        for n in range(first + MAX_PAGES, last + 1):
            top, bottom = pages[n][section.anchor][1], pages[n][section.anchor][3]
            over += (pages[n][f"end-{section.anchor}"][1] if n == last else bottom) - top
        room = sum(box[3] - box[1] for anchors in pages for name, box in anchors.items()
                   if name.startswith(f"{section.anchor}-lines-"))
        measures[section.anchor] = Measure(last - first + 1, over, room)
    return measures


def _smaller(handout: Handout, section: HandoutTopic, measure: Measure) -> HandoutTopic | None:
    """The next smaller layout of a topic that runs over, or None when it cannot shrink any further."""
    count, lines = len(section.quotes), section.lines
    if section.fixed_lines:  # the teacher asked for this many lines: only an excerpt can give way
        if count <= MIN_EXCERPTS:
            return None
        return dataclasses.replace(_section(section.number, section.topic, list(section.chosen),
                                            handout.edition.glossary, handout.anonymize, count - 1, lines,
                                            section.all_voices), fixed_lines=True)
    if lines == 0:
        return None
    blocks = max(1, len(section.topic.discussion))  # one block of lines per question, or one for notes
    pitch = measure.room / (lines * blocks) or 1.0
    # Hopeful: an overrun also holds the gap a page break leaves, so take off the lines it measures,
    # spread over the blocks, rounded down (at least one); the next layout tells if that was enough.
    needed = lines - max(1, math.floor(measure.over / pitch / blocks))  # lines each block keeps
    if needed >= FEWEST_LINES or (count <= MIN_EXCERPTS and needed >= 0):
        lines = needed
    elif count > MIN_EXCERPTS:
        count, lines = count - 1, MOST_LINES
    else:
        lines = 0
    return _section(section.number, section.topic, list(section.chosen), handout.edition.glossary,
                    handout.anonymize, count, lines, section.all_voices)


def _fit_warnings(handout: Handout, measures: dict[str, Measure], paper: str) -> list[Problem]:
    doc, warnings = handout.edition.document, []
    for section in handout.sections:
        for quote in section.left_out:
            if quote.excerpt.handout:
                warnings.append(doc.problem(quote.excerpt.key + ("handout",),
                                            f"left out of the handout: topic '{section.topic.id}' must fit "
                                            f"{MAX_PAGES} pages", "shorten a quote, or mark fewer excerpts",
                                            warning=True))
        pages = measures[section.anchor].pages
        if pages > MAX_PAGES:
            index = [t.id for t in handout.edition.topics].index(section.topic.id)  # topics print typeset
            warnings.append(doc.problem(("topics", index, "id"),
                                        f"topic '{section.topic.id}' takes {pages} pages of the "
                                        f"handout ({paper})", "shorten its background or discussion questions",
                                        warning=True))
    return warnings


class HandoutVariant(Variant):
    """The classroom handout as a variant of the one pipeline: chosen topics, and with `anonymize` an
    answer key in separate files; each topic fitted on two pages, the same content in every format."""

    name = VARIANT
    formats = FORMATS
    toc = False
    reference = REFERENCE_DOCX

    def __init__(self, topic_ids: list[str] | None = None, anonymize: bool = False, lines: int | None = ANSWER_LINES):
        self.topic_ids, self.anonymize, self.lines = topic_ids, anonymize, lines
        self.chosen: list[str] = []
        self.is_key: dict[Path, bool] = {}

    def prepare(self, edition: Edition) -> None:
        self.chosen = select_topics(edition, self.topic_ids)

    def outputs(self, edition: Edition, out: Path, formats: tuple[str, ...]) -> dict[Path, str]:
        parts = {"-handout": False, **({"-handout-key": True} if self.anonymize else {})}
        self.is_key = {output_path(edition, out, fmt, suffix): key for suffix, key in parts.items() for fmt in formats}
        return {path: path.suffix[1:] for path in self.is_key}

    def options(self) -> tuple:
        return self.anonymize, tuple(self.chosen), self.lines

    def render(self, run: Outcome, outputs: dict[Path, str], paper: str, progress: Progress) -> tuple[Jobs,
                                                                                                       list[Problem]]:
        report = run.report
        assert report is not None  # the pipeline renders only a verified run
        warnings = thin_topics(report.edition, self.chosen)
        progress("fit each topic on two pages")
        # The fit decides the content (which excerpts) for every format, so the PDF and DOCX agree.
        model, fit = fit_pages(build_handout(report, self.chosen, self.anonymize, self.lines), paper)
        fit = question_warnings(model) + fit
        jobs = {}
        for path, fmt in outputs.items():
            key = self.is_key[path]
            progress(f"render HTML for {fmt.upper()}{' (answer key)' if key else ''}")
            jobs[path] = (fmt, render_html(dataclasses.replace(model, answer_key=key), fmt, paper, VARIANT))
        return jobs, warnings + fit


def write_handout(topics: Path, topic_ids: list[str] | None = None, anonymize: bool = False,
                  formats=FORMATS, paper: str = "a4", out: Path = Path("out"), force: bool = False,
                  progress: Progress | None = None,
                  lines: int | None = ANSWER_LINES) -> Outcome:
    """Build the handout (and with `anonymize`, its answer key in separate files); the Outcome holds
    the outputs, the problems and the exit code."""
    return run(HandoutVariant(topic_ids, anonymize, lines), topics, tuple(formats), paper, out, force, progress)
