"""The verified edition as frozen values: what every renderer, the diff and the handout read."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportgen.load.loader import Document


@dataclass(frozen=True)
class Source:
    id: str
    file: Path
    title: str
    kind: str  # transcript | interview | article
    label: str  # short name used in citations ("GWU panel")
    author: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    body: tuple[tuple[int, int], ...] = ()  # paragraph ranges that are the text itself; () for all

    def in_body(self, number: int) -> bool:
        return not self.body or any(lo <= number <= hi for lo, hi in self.body)


@dataclass(frozen=True)
class Analyst:
    id: str
    name: str
    affiliation: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    author_of: tuple[str, ...] = ()
    kind: str | None = None  # person | organisation | group | unnamed; None in files written before it


@dataclass(frozen=True)
class Stance:
    id: str
    label: str


@dataclass(frozen=True)
class Cut:
    """Words an elision removed, as the source has them, and why the check flags the cut (if it does)."""

    words: str
    flag: str | None = None
    at: str = "gap"  # "gap" between fragments; "start" or "end": words of the quote's sentence left out
    rule: str | None = None  # the rule that flags it (reportgen/rules.py)


@dataclass(frozen=True)
class Excerpt:
    topic: str
    source: str
    analyst: str
    quote: str
    stance: str | None = None
    note: str | None = None
    handout: bool = False
    reported: bool = False  # the source's own words reporting the analyst's speech: printed unquoted
    accept_cut: str | None = None  # the editor's reason for keeping a flagged cut
    key: tuple = ()  # where it stands in topics.yaml: ("topics", i, "excerpts", j)
    # Set by verification:
    paragraph: int | None = None  # the locator
    check: str | None = None  # how attribution was checked; None if it failed
    cuts: tuple[Cut, ...] = ()  # what each elision removed, in order
    display: str | None = None  # the words as printed: the source's own text, cuts as "[…]"
    locator: str | None = None  # page or time in the original ("p. 4", "00:12:31"), for imported sources

    @property
    def where(self) -> str:
        """The citation's locator: "para. 21", or "p. 4, para. 21" / "00:12:31, para. 21" when imported."""
        return f"{self.locator}, para. {self.paragraph}" if self.locator else f"para. {self.paragraph}"

    @property
    def verified(self) -> bool:
        """Found in its source and attributed: set by verification, so no second pass is needed."""
        return self.paragraph is not None and self.check is not None

    @property
    def words(self) -> int:
        return len(self.quote.split())

    @property
    def text(self) -> str:
        """What the briefing prints: the verified source text, or the quote as typed."""
        return self.display or self.quote


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    question: str
    summary: str | None = None
    takeaway: str | None = None  # one sentence for the 'In brief' page
    stances: tuple[Stance, ...] = ()
    excerpts: tuple[Excerpt, ...] = ()
    background: str | None = None
    discussion: tuple[str, ...] = ()

    def stance(self, stance_id: str | None) -> Stance | None:
        return next((s for s in self.stances if s.id == stance_id), None)

    def words_by(self, attribute: str) -> dict[str, int]:
        """Quoted words per analyst or per source ('analyst' / 'source'): the balance of voices."""
        counts: dict[str, int] = {}
        for excerpt in self.excerpts:
            who = getattr(excerpt, attribute)
            counts[who] = counts.get(who, 0) + excerpt.words
        return counts


@dataclass(frozen=True)
class TimelineEntry:
    date: str
    event: str


@dataclass(frozen=True)
class Edition:
    """One edition of the briefing: its metadata and everything topics.yaml declares."""

    path: Path  # the topics file
    title: str
    number: int
    date: str
    subtitle: str | None = None
    editor: str | None = None
    summary: str | None = None
    previous: str | None = None
    as_of: str | None = None  # information current to this date (ISO)
    key_points: tuple[str, ...] = ()
    sources: dict[str, Source] = field(default_factory=dict)
    analysts: dict[str, Analyst] = field(default_factory=dict)
    topics: tuple[Topic, ...] = ()
    glossary: dict[str, str] = field(default_factory=dict)
    timeline: tuple[TimelineEntry, ...] = ()
    document: Document = field(default=None, compare=False, repr=False)  # type: ignore[assignment]  # file:line:col

    @property
    def excerpts(self) -> list[Excerpt]:
        return [e for t in self.topics for e in t.excerpts]

    def topic(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)
