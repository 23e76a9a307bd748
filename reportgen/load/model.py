"""The verified edition as frozen values: what every renderer, the diff and the handout read.

Each field of topics.yaml is declared here once, with `declare()`: its type in topics.yaml, what it
means to the editor, whether it is required. The shape checks, `reportgen schema` (and so the README's
field list) and the JSON Schema are derived from these declarations (load/schema.py, load/jsonschema.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reportgen.load.fields import declare

if TYPE_CHECKING:
    from reportgen.load.loader import Document


SOURCE_KINDS = ("transcript", "interview", "article")
LANGUAGES = {"en": "English", "ru": "Russian", "kk": "Kazakh"}
"""The languages whose rules the check knows (reportgen/text/lexicon.py), by ISO 639-1 code."""
ANALYST_KINDS = ("person", "organisation", "group", "unnamed")


@dataclass(frozen=True)
class Source:
    id: str
    file: Path = declare(str, "The source text, relative to topics.yaml; must stay inside its folder.", required=True)
    title: str = declare(
        str,
        "The title as the text gives it; a supplied one goes in [square brackets].",
        required=True)
    kind: str = declare(
        str,
        "How attribution is checked: speaker turns, questions and answers, or named voices.",
        required=True,
        choices=SOURCE_KINDS)
    label: str = declare(str, "Short name for citations, e.g. 'GWU panel' in 'GWU panel, para. 23' (default: the id).")
    author: str | None = declare(str, "Author as the text states it; leave out if not stated.", default=None)
    publisher: str | None = declare(str, "Publisher as the text states it; leave out if not stated.", default=None)
    date: str | None = declare(str, "Date as the text states it (YYYY-MM-DD); leave out if not stated.", default=None)
    url: str | None = declare(str, "Where the text was found, if known.", default=None)
    body: tuple[tuple[int, int], ...] = declare(
        str,
        "Paragraphs that are the text itself, e.g. '14-106' or '3-7, 9-15'; headers, captions "
        "and site furniture outside them are nobody's words (default: every paragraph).",
        default=())
    language: str | None = declare(
        str,
        "The text's language; quotes are checked in it (default: the edition's).",
        choices=tuple(LANGUAGES),
        default=None)

    def in_body(self, number: int) -> bool:
        return not self.body or any(lo <= number <= hi for lo, hi in self.body)


@dataclass(frozen=True)
class Analyst:
    id: str
    name: str = declare(str, "The name as the sources give it (or a description of an unnamed voice).", required=True)
    affiliation: str | None = declare(str, "Institution or position, as the source states it.", default=None)
    role: str | None = declare(
        str,
        "moderator, panelist, interviewee, author, quoted expert, official, unnamed source...",
        default=None)
    aliases: tuple[str, ...] = declare(
        list,
        "Other exact strings the sources use for this voice ('a Western diplomatic source').",
        default=())
    author_of: tuple[str, ...] = declare(
        list,
        "Ids of the sources this analyst wrote (for an unnamed author).",
        default=())
    kind: str | None = declare(
        str,
        "What the voice is; a surname alone names only a person.",
        choices=ANALYST_KINDS,
        default=None)


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
    rule: str | None = None  # the rule that flags it (reportgen/verify/rules.py)


@dataclass(frozen=True)
class Excerpt:
    topic: str
    source: str = declare(str, "Id of the source the quote is taken from.", required=True)
    analyst: str = declare(str, "Id of the analyst whose words these are.", required=True)
    quote: str = declare(str, "The words, verbatim; '...' or '…' marks an elision within one paragraph.", required=True)
    stance: str | None = declare(str, "Id of one of the topic's stances.", default=None)
    note: str | None = declare(str, "An editor's note printed under the quote.", default=None)
    handout: bool = declare(bool, "Handouts: pick this excerpt for the topic's handout.", default=False)
    reported: bool = declare(
        bool,
        "The source's own words reporting what the analyst said (a paraphrase), not their "
        "words: printed without quotation marks, 'as reported in ...'.",
        default=False)
    accept_cut: str | None = declare(
        str,
        "The editor's reason for keeping a cut the check flags (one that removes a negation "
        "or hedge, or jumps into the middle of a sentence); the method note lists it.",
        default=None)
    translation: str | None = declare(
        str,
        "The editor's rendering of the quote in the edition's language: required when the source's language "
        "differs, refused when it is the same.",
        default=None)
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

    @property
    def readings(self) -> tuple[str, ...]:
        """Every text a reader sees of it: the original, and the editor's translation if it has one."""
        return (self.text, self.translation) if self.translation else (self.text,)


@dataclass(frozen=True)
class Topic:
    id: str = declare(str, "Short id, unique; `--topic` and `diff` use it.", required=True)
    title: str = declare(str, "The topic's heading in the briefing.", required=True)
    question: str = declare(str, "The question the analysts answer.", required=True)
    summary: str | None = declare(str, "The editor's synthesis, printed before the excerpts.", default=None)
    takeaway: str | None = declare(
        str,
        "One sentence: what the reader should take away on this topic; 'In brief' page.",
        default=None)
    stances: tuple[Stance, ...] = declare(
        dict,
        "Stance id -> label: the positions analysts take on this topic.",
        default=())
    excerpts: tuple[Excerpt, ...] = declare(
        list,
        "What each analyst says on the topic, quoted verbatim.",
        required=True,
        default=())
    background: str | None = declare(str, "Handouts: a short context paragraph for students.", default=None)
    discussion: tuple[str, ...] = declare(list, "Handouts: questions for class discussion.", default=())

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
    date: str = declare(str, "When it happened, as the sources date it.", required=True)
    event: str = declare(str, "What happened, in a sentence.", required=True)


@dataclass(frozen=True)
class Edition:
    """One edition of the briefing: its metadata and everything topics.yaml declares."""

    path: Path  # the topics file
    title: str = declare(str, "The briefing's title: cover, running header, file name.", required=True)
    number: int = declare(int, "Edition number; `reportgen edition new` bumps it.", required=True)
    date: str = declare(str, "The edition's date, YYYY-MM-DD.", required=True)
    subtitle: str | None = declare(str, "A line under the title on the cover.", default=None)
    editor: str | None = declare(str, "Who edited this edition (left out: the cover says 'not stated').", default=None)
    summary: str | None = declare(str, "A short paragraph on the cover: what this edition covers.", default=None)
    previous: str | None = declare(
        str,
        "The previous edition's snapshot (set by `edition new`); turns on 'Changes since'.",
        default=None)
    as_of: str | None = declare(
        str,
        "Information as of: the date the content is current to (YYYY-MM-DD); cover and footer.",
        default=None)
    language: str = declare(
        str,
        "The briefing's language, and each source's unless it says otherwise (default: en).",
        choices=tuple(LANGUAGES),
        default="en")
    key_points: tuple[str, ...] = declare(
        list,
        "Key judgements: the few sentences a reader must take away; 'In brief' page.",
        default=())
    sources: dict[str, Source] = declare(
        dict,
        "Source id -> the text and its citation.",
        required=True,
        section="top",
        default_factory=dict)
    analysts: dict[str, Analyst] = declare(
        dict,
        "Analyst id -> the voice and who they are.",
        required=True,
        section="top",
        default_factory=dict)
    topics: tuple[Topic, ...] = declare(
        list,
        "The topics, in the order the briefing prints them.",
        required=True,
        section="top",
        default=())
    glossary: dict[str, str] = declare(
        dict, "Term -> definition: each sheet of the handout and its glossary, the briefing's Appendix C.",
        section="top", default_factory=dict)
    timeline: tuple[TimelineEntry, ...] = declare(
        list,
        "Handouts: the events in order (date, event).",
        section="top",
        default=())
    document: Document = field(default=None, compare=False, repr=False)  # type: ignore[assignment]  # file:line:col

    def language_of(self, source_id: str) -> str:
        """The language a source is written in: its own, else the edition's."""
        return self.sources[source_id].language or self.language

    @property
    def excerpts(self) -> list[Excerpt]:
        return [e for t in self.topics for e in t.excerpts]

    def topic(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)
