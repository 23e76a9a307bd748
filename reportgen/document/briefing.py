"""The briefing's document model: everything a reader sees, computed once from the verified edition.

Every output (PDF, DOCX, HTML) and the handout render from this model through the same templates,
so the formats cannot drift apart.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportgen import __version__
from reportgen.document.charts import Chart, concentration_chart, stance_chart
from reportgen.document.diffreport import describe
from reportgen.document.typography import smart_quotes
from reportgen.load.model import LANGUAGES, Analyst, Edition, Excerpt, Source, Stance, Topic
from reportgen.text.provenance import imported_originals
from reportgen.text.sources import checksum
from reportgen.verify.balance import DOMINANT_SHARE, dominates, percent
from reportgen.verify.excerpts import Report

NOT_STATED = "not stated"


@dataclass(frozen=True)
class Quote:
    """An excerpt as printed: the words, who said them, and where to find them."""

    excerpt: Excerpt
    analyst: Analyst
    source: Source
    status: str | None = None  # "new" or "changed" since the previous edition

    @property
    def citation(self) -> str:
        return f"{self.source.label}, {self.excerpt.where}"

    @property
    def original_language(self) -> str | None:
        """The code of the language the quote is printed in, where it is another than the edition's."""
        return self.source.language if self.excerpt.translation else None

    @property
    def language_name(self) -> str:
        """The original's language, named for the translation's label ("Russian")."""
        return LANGUAGES.get(self.source.language or "", "the original")


@dataclass(frozen=True)
class StanceGroup:
    stance: Stance | None  # None: excerpts the editor gave no stance
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class Share:
    """One voice's part of a topic: excerpts and quoted words."""

    name: str
    excerpts: int
    words: int
    percent: int


@dataclass(frozen=True)
class TopicSection:
    number: int  # 1-based, as printed in headings and contents
    topic: Topic
    groups: tuple[StanceGroup, ...]
    silent: tuple[Analyst, ...]  # analysts of the edition who did not address the topic
    by_source: tuple[Share, ...]
    by_analyst: tuple[Share, ...]
    dominant: Share | None  # a voice above DOMINANT_SHARE of the quoted words
    spread: tuple[tuple[str, int, int | None], ...] = ()  # (stance label, voices, pattern index; None: no stance)
    source_dominant: Share | None = None  # a source above DOMINANT_SHARE of the quoted words
    stance_chart: Chart | None = None
    concentration_chart: Chart | None = None

    @property
    def anchor(self) -> str:
        return f"topic-{self.number}"  # by number: unique whatever script the topic ids are written in


@dataclass(frozen=True)
class MatrixRow:
    analyst: Analyst
    cells: tuple[tuple[str, str], ...]  # per topic: (kind, text); kind is stance / spoke / silent
    sources: tuple[Source, ...] = ()  # every source the analyst is quoted from, named in the row


@dataclass(frozen=True)
class MatrixGroup:
    source: Source | None  # None: the group of analysts quoted in several sources
    rows: tuple[MatrixRow, ...]
    label: str = ""


MATRIX_TOPICS = 6  # most topic columns in one "At a glance" table; more split into parts
SEVERAL_SOURCES = "Quoted in several sources"


@dataclass(frozen=True)
class AnalystEntry:
    analyst: Analyst
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Term:
    """A glossary term and its definition, as topics.yaml's glossary gives them."""

    term: str
    definition: str


@dataclass(frozen=True)
class Briefing:
    edition: Edition
    sections: tuple[TopicSection, ...]
    matrix: tuple[MatrixGroup, ...]
    analysts: tuple[AnalystEntry, ...]
    checksums: tuple[tuple[str, str], ...]  # (file name, sha256) of topics.yaml and each source
    version: str = __version__
    changes: tuple[str, ...] = ()  # "Changes since edition N", in prose
    previous_number: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    not_stated: str = NOT_STATED
    originals: tuple[tuple[str, str, str], ...] = ()  # (original, "converted into X by Y", sha256) of imports

    @property
    def charts(self) -> tuple[Chart, ...]:
        """Every chart of the document, in order: the writers draw them (SVG in the HTML, PNG in the DOCX)."""
        return tuple(c for s in self.sections for c in (s.stance_chart, s.concentration_chart) if c is not None)

    @property
    def glossary(self) -> tuple[Term, ...]:
        """The edition's glossary in alphabetical order (Appendix C)."""
        terms = (Term(term, definition) for term, definition in self.edition.glossary.items())
        return tuple(sorted(terms, key=lambda t: t.term.casefold()))

    @property
    def speech(self) -> dict[str, int]:
        """Direct quotations and reported speech, counted for the method note."""
        reported = sum(e.reported for e in self.edition.excerpts)
        return {"direct": len(self.edition.excerpts) - reported, "reported": reported}

    @property
    def translations(self) -> dict[str, int]:
        """Translated excerpts per original language ("Russian": 3), for the method note."""
        counts: dict[str, int] = {}
        for excerpt in self.edition.excerpts:
            if excerpt.translation:
                name = LANGUAGES[self.edition.language_of(excerpt.source)]
                counts[name] = counts.get(name, 0) + 1
        return dict(sorted(counts.items()))

    @property
    def accepted_cuts(self) -> list[Quote]:
        """Excerpts whose flagged cuts the editor kept: the method note lists them with the reason."""
        return [q for s in self.sections for g in s.groups for q in g.quotes if q.excerpt.accept_cut]

    @property
    def unbalanced(self) -> list[TopicSection]:
        """The topics where one voice holds more than half of the quoted words."""
        return [s for s in self.sections if s.dominant]

    @property
    def source_heavy(self) -> list[TopicSection]:
        """The topics where one source holds more than half of the quoted words."""
        return [s for s in self.sections if s.source_dominant]

    @property
    def matrix_parts(self) -> list[tuple[int, int]]:
        """'At a glance' in parts of at most MATRIX_TOPICS topic columns, as even as possible
        (12 topics: 6 + 6; 7: 4 + 3), so no column gets too narrow to read: (start, stop) indices."""
        count = len(self.edition.topics)
        parts = max(1, -(-count // MATRIX_TOPICS))
        size = -(-count // parts) if count else 0
        return [(start, min(start + size, count)) for start in range(0, count, size or 1)] or [(0, 0)]


def build_briefing(report: Report, changes=None, sums: Callable[[Path], str] = checksum) -> Briefing:
    """The document model for a verified edition; `changes` is a diff.EditionDiff or None; `sums`
    the run's checksums (each input hashed once per run)."""
    edition = typeset(report.edition)
    status = changes.status if changes else (lambda excerpt: None)
    sections = tuple(_section(edition, n, topic, status) for n, topic in enumerate(edition.topics, 1))
    speakers = _speakers_by_source(edition)
    matrix = _matrix(edition, speakers)
    entries = tuple(AnalystEntry(a, tuple(edition.sources[sid] for sid in speakers if a in speakers[sid]))
                    for a in edition.analysts.values())
    files = [edition.path] + [s.file for s in edition.sources.values()]
    checksums = tuple((f.name, sums(f)) for f in files)
    counts = {"sources": len(edition.sources), "analysts": len(edition.analysts),
              "topics": len(edition.topics), "excerpts": len(edition.excerpts)}
    return Briefing(edition, sections, matrix, entries, checksums, counts=counts,
                    originals=imported_originals(edition.sources.values()),
                    changes=tuple(describe(changes)) if changes else (),
                    previous_number=changes.old_number if changes else None)


def _section(edition: Edition, number: int, topic: Topic, status) -> TopicSection:
    def quote(e: Excerpt) -> Quote:
        return Quote(e, edition.analysts[e.analyst], edition.sources[e.source], status(e))

    groups = [StanceGroup(s, tuple(quote(e) for e in topic.excerpts if e.stance == s.id)) for s in topic.stances]
    unstanced = tuple(quote(e) for e in topic.excerpts if e.stance is None)
    if unstanced:
        groups.append(StanceGroup(None, unstanced))
    spoke = {e.analyst for e in topic.excerpts}
    silent = tuple(a for a in edition.analysts.values() if a.id not in spoke)
    by_source = _shares(topic, "source", {s.id: s.label for s in edition.sources.values()})
    by_analyst = _shares(topic, "analyst", {a.id: a.name for a in edition.analysts.values()})
    total = sum(e.words for e in topic.excerpts)
    dominant = next((s for s in by_analyst if dominates(s.words, total)), None)  # the rule `check` warns by
    source_dominant = next((s for s in by_source if len(edition.sources) > 1 and dominates(s.words, total)), None)
    spread = _spread(topic)
    ident = f"chart-{number}"
    charts = {"stance_chart": stance_chart(f"{ident}-stances", topic.title, spread),
              "concentration_chart": concentration_chart(f"{ident}-words", topic.title, by_source, by_analyst,
                                                         DOMINANT_SHARE * 100)}
    return TopicSection(number, topic, tuple(g for g in groups if g.quotes), silent, by_source, by_analyst, dominant,
                        spread, source_dominant, **charts)


def _spread(topic: Topic) -> tuple[tuple[str, int, int | None], ...]:
    """How many voices take each stance (an analyst counts once per stance), and how many spoke
    without one; the stance's position picks its chart pattern."""
    spread: list[tuple[str, int, int | None]] = [
        (s.label, len({e.analyst for e in topic.excerpts if e.stance == s.id}), i) for i, s in enumerate(topic.stances)]
    unstanced = {e.analyst for e in topic.excerpts if e.stance is None}
    if unstanced:
        spread.append(("No stance given", len(unstanced), None))
    return tuple(spread)


def _shares(topic: Topic, attribute: str, names: dict[str, str]) -> tuple[Share, ...]:
    words = topic.words_by(attribute)
    total = sum(words.values())
    count = {k: sum(1 for e in topic.excerpts if getattr(e, attribute) == k) for k in words}
    shares = [Share(names[k], count[k], w, percent(w, total)) for k, w in words.items()]
    return tuple(sorted(shares, key=lambda s: -s.words))


def _speakers_by_source(edition: Edition) -> dict[str, list[Analyst]]:
    """Analysts grouped by the sources they are quoted from, in the order topics.yaml lists them."""
    quoted = {(e.source, e.analyst) for e in edition.excerpts}
    return {sid: [a for a in edition.analysts.values() if (sid, a.id) in quoted] for sid in edition.sources}


def _matrix(edition: Edition, speakers: dict[str, list[Analyst]]) -> tuple[MatrixGroup, ...]:
    """One row per analyst: grouped under their source when they speak in one, else under
    'Quoted in several sources'; the row names every source."""
    sources_of = {a.id: [edition.sources[sid] for sid in speakers if a in speakers[sid]]
                  for a in edition.analysts.values()}
    groups = [MatrixGroup(edition.sources[sid], tuple(_matrix_row(edition, sources_of[a.id], a) for a in analysts
                                                      if len(sources_of[a.id]) == 1), edition.sources[sid].label)
              for sid, analysts in speakers.items()]
    several = tuple(_matrix_row(edition, sources_of[a.id], a) for a in edition.analysts.values()
                    if len(sources_of[a.id]) > 1)
    groups.append(MatrixGroup(None, several, SEVERAL_SOURCES))
    return tuple(g for g in groups if g.rows)


def _matrix_row(edition: Edition, sources: list[Source], analyst: Analyst) -> MatrixRow:
    cells = []
    ids = {s.id for s in sources}
    for topic in edition.topics:
        said = [e for e in topic.excerpts if e.analyst == analyst.id and e.source in ids]
        stances = list(dict.fromkeys(s.label for s in (topic.stance(e.stance) for e in said if e.stance) if s))
        if stances:
            cells.append(("stance", "; ".join(stances)))
        elif said:
            cells.append(("spoke", "spoke, no stance"))
        else:
            cells.append(("silent", "—"))
    return MatrixRow(analyst, tuple(cells), tuple(sources))


def typeset(edition: Edition) -> Edition:
    """The edition with typographic quotes and apostrophes in everything the editor typed (titles,
    labels, questions, summaries, notes, reasons for kept cuts, names...), for every format alike. Verbatim quotes are
    left to the templates (they alternate their inner marks inside ours); ids and dates untouched."""
    def text(value):
        return smart_quotes(value) if isinstance(value, str) else value

    def fields(obj, *names):
        return dataclasses.replace(obj, **{n: text(getattr(obj, n)) for n in names})

    topics = []
    for t in edition.topics:
        excerpts = tuple(fields(e, "note", "accept_cut") for e in t.excerpts)
        stances = tuple(fields(s, "label") for s in t.stances)
        topic = fields(t, "title", "question", "summary", "takeaway", "background")
        topics.append(dataclasses.replace(topic, stances=stances, excerpts=excerpts,
                                          discussion=tuple(map(text, t.discussion))))
    return dataclasses.replace(
        fields(edition, "title", "subtitle", "editor", "summary"),
        key_points=tuple(map(text, edition.key_points)),
        sources={k: fields(s, "title", "label", "author", "publisher") for k, s in edition.sources.items()},
        analysts={k: fields(a, "name", "affiliation", "role") for k, a in edition.analysts.items()},
        topics=tuple(topics),
        glossary={text(k): text(v) for k, v in edition.glossary.items()},
        timeline=tuple(fields(entry, "event") for entry in edition.timeline))
