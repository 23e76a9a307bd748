"""Importers: one reader per source format, each returning the same normalised value.

    original file -> reader (html, pdf, pandoc, captions, text) -> Imported (blocks + stated metadata)
                  -> layouts (speaker turns, Q/A) -> canonical text the checker reads (canonical.py)

A reader never guesses a fact: metadata holds only what the file itself states (title, author, date,
publisher, url). A block is one paragraph of the original with its speaker, if the format marks one,
and its locator (page, start time).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reportgen.problems import InputError, Problem, display_path

METADATA = ("title", "author", "date", "publisher", "url")


@dataclass(frozen=True)
class Block:
    """One paragraph of the original, as the reader found it."""

    text: str
    speaker: str | None = None  # who speaks, where the format says so (voice tag, label)
    locator: str | None = None  # "p. 4" or "00:12:31"
    turn: bool = False  # opens a new speaker turn even if the speaker is the same


@dataclass(frozen=True)
class Options:
    """What the editor tells `source add` about a file."""

    kind: str | None = None  # transcript | interview | article; None: detect
    interviewer: str | None = None
    interviewee: str | None = None
    encoding: str | None = None  # for plain text: skip detection


@dataclass(frozen=True)
class Imported:
    """What every reader returns: paragraphs with speakers and locators, and the metadata the file states."""

    blocks: tuple[Block, ...]
    converter: str  # the library (and version) that read the file
    kind: str | None = None  # what the format says it is (captions: transcript); None: let layouts decide
    metadata: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None  # of a text file: "utf-8", or the detected legacy encoding
    encoding_guessed: bool = False
    layout: str | None = None  # the transcript layout recognised, for the editor to confirm


def unusable(path: Path, message: str, hint: str | None = None) -> InputError:
    """One line, exit 2: the file cannot be imported."""
    return InputError([Problem(display_path(path), None, None, message, hint)])


def stated(metadata: Mapping[str, object]) -> dict[str, str]:
    """Only the fields we keep, only when the file states them."""
    out = {}
    for name in METADATA:
        value = metadata.get(name)
        if isinstance(value, str) and " ".join(value.split()):
            out[name] = " ".join(value.split())
    return out
