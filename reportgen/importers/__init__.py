"""Importers: one reader per source format, each returning the same normalised value.

    original file -> reader (html, pdf, pandoc, captions, text) -> Imported (blocks + stated metadata)
                  -> layouts (speaker turns, Q/A) -> canonical text the checker reads (canonical.py)

A reader never guesses a fact: metadata holds only what the file itself states (title, author, date,
publisher, url). A block is one paragraph of the original with its speaker, if the format marks one,
and its locator (page, start time).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
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
    pages: tuple[tuple[int, int], ...] = ()  # (offset in text, page) where each page starts, if it spans pages

    def pages_in(self, text: str) -> tuple[tuple[int, int], ...]:
        """The page starts moved into `text`, which holds this block's text at its end (a label cut off
        or put before it); none if it does not (the paragraph then keeps only its first page)."""
        if not self.pages:
            return ()
        shift = len(text) - len(self.text)
        if (shift >= 0 and text.endswith(self.text)) or (shift < 0 and self.text.endswith(text)):
            return tuple((max(0, offset + shift), page) for offset, page in self.pages)
        return ()


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
    warnings: tuple[str, ...] = ()  # what the reader could not keep (text past the parser's depth, ...)


def unusable(path: Path, message: str, hint: str | None = None) -> InputError:
    """One line, exit 2: the file cannot be imported."""
    return InputError([Problem(display_path(path), None, None, message, hint)])


@contextmanager
def damaged_if_it_fails(path: Path, what: str, hint: str) -> Iterator[None]:
    """Whatever a converter library raises while it reads a file (pdfminer's PSEOF or PSSyntaxError, a
    KeyError from an odd dictionary, a caption parser's own errors...) means the file is damaged: exit 2,
    "damaged: not a readable <what> (<the library's words>)", never an internal error. Running out of
    memory or stack is left to the command's outcome (also exit 2)."""
    try:
        yield
    except (InputError, MemoryError, RecursionError):
        raise
    except Exception as err:  # noqa: BLE001 (any error of the library is the file's, as above)
        said = " ".join(f"{type(err).__name__}: {err}".split()) if str(err).strip() else type(err).__name__
        raise unusable(path, f"damaged: not a readable {what} ({said[:200]})", hint) from err


def stated(metadata: Mapping[str, object]) -> dict[str, str]:
    """Only the fields we keep, only when the file states them."""
    out = {}
    for name in METADATA:
        value = metadata.get(name)
        if isinstance(value, str) and " ".join(value.split()):
            out[name] = " ".join(value.split())
    return out
