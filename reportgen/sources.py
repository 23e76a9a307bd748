"""Source text -> numbered paragraphs with their speakers, normalised for matching quotes."""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from reportgen.textfiles import read_text

# Folding that never changes the words: quote marks, dashes, spacing, invisible characters.
_FOLD = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    "\u00ad": None, "\u200b": None, "\ufeff": None,
})
_SPACE = re.compile(r"\s+")
ELISION = re.compile(r"\s*\[?\s*(?:\.\.\.|…)\s*\]?\s*")

# A transcript turn opens with a line holding just "Name:".
_TURN = re.compile(r"^([^\W\d][\w .’'\-]{1,60}):$")
# An interview label opens a paragraph: "IWPR: ..." or "Sultonnazarov: ...".
_LABEL = re.compile(r"^([^\W\d][\w.’'\-]*(?: [\w.’'\-]+){0,2}):\s+(\S.*)$")


def normalize(text: str) -> str:
    """Fold what does not change the words, so a quote copied by hand still matches."""
    # Fold first, then compose: dropping a soft hyphen can bring a letter and its accent together.
    text = unicodedata.normalize("NFC", text.translate(_FOLD))
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based, counting non-empty lines: the locator printed in citations
    text: str
    speaker: str | None = None  # the label of whoever speaks, where the structure shows it
    part: str | None = None  # "turn", "question" or "answer"


class SourceText:
    """A source's paragraphs, with one normalised string for fast search."""

    def __init__(self, path: Path, kind: str, text: str):
        self.path, self.kind = path, kind
        self.paragraphs = _structure(kind, [line.strip() for line in text.splitlines() if line.strip()])
        self.normalized = [normalize(p.text) for p in self.paragraphs]
        self._joined = "\n".join(self.normalized)
        self._starts = []
        offset = 0
        for para in self.normalized:
            self._starts.append(offset)
            offset += len(para) + 1

    @property
    def speakers(self) -> set[str]:
        return {p.speaker for p in self.paragraphs if p.speaker}

    def find(self, quote: str) -> Paragraph | None:
        """The first paragraph holding the quote, its elided fragments in order; None if nowhere."""
        return self.find_fragments(fragments(quote))

    def find_fragments(self, fragments: list[str]) -> Paragraph | None:
        """As find(), for a quote already split at its elisions and normalised."""
        if not fragments:
            return None
        first, rest = fragments[0], fragments[1:]
        at = self._joined.find(first)
        while at != -1:
            index = bisect.bisect_right(self._starts, at) - 1
            para, pos = self.normalized[index], at - self._starts[index] + len(first)
            for fragment in rest:
                pos = para.find(fragment, pos)
                if pos == -1:
                    break
                pos += len(fragment)
            else:
                return self.paragraphs[index]
            at = self._joined.find(first, at + 1)
        return None

    def paragraphs_naming(self, names: list[str]) -> list[int]:
        """Numbers of the paragraphs that mention any of the names."""
        folded = [normalize(n).casefold() for n in names if n.strip()]
        return [p.number for p, text in zip(self.paragraphs, self._casefolded)
                if any(n in text for n in folded)]

    @cached_property
    def _casefolded(self) -> list[str]:
        return [text.casefold() for text in self.normalized]


def checksum(path: Path) -> str:
    """SHA-256 of a file: the method note prints it, snapshots record it."""
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def fragments(quote: str) -> list[str]:
    """The quote split at its elision marks, each part normalised; empty parts dropped."""
    return [part for part in (normalize(f) for f in ELISION.split(quote)) if part]


def read_source(path: Path, kind: str) -> SourceText:
    return SourceText(path, kind, read_text(path))  # UTF-8, or an error naming the encoding


def _structure(kind: str, lines: list[str]) -> list[Paragraph]:
    if kind == "transcript":
        return _speaker_turns(lines)
    if kind == "interview":
        return _questions_and_answers(lines)
    return [Paragraph(n, line) for n, line in enumerate(lines, 1)]


def _speaker_turns(lines: list[str]) -> list[Paragraph]:
    """Each `Name:` line opens that speaker's turn; what comes before the first is nobody's."""
    out, speaker = [], None
    for n, line in enumerate(lines, 1):
        label = _TURN.match(line)
        if label:
            speaker = label.group(1).strip()
            out.append(Paragraph(n, line))
        else:
            out.append(Paragraph(n, line, speaker, "turn" if speaker else None))
    return out


def _questions_and_answers(lines: list[str]) -> list[Paragraph]:
    """The first labelled question names the interviewer, the first other label the interviewee;
    later bare paragraphs ending in '?' are questions, the rest answers (as in the IWPR interview,
    where only the first pair is labelled). What precedes the first question is nobody's."""
    out, interviewer, interviewee = [], None, None
    for n, line in enumerate(lines, 1):
        label = _LABEL.match(line)
        name = label.group(1) if label else None
        if interviewer is None:
            if not (name and line.endswith("?")):
                out.append(Paragraph(n, line))
                continue
            interviewer = name
        if name == interviewer or (name is None and line.endswith("?")):
            out.append(Paragraph(n, line, interviewer, "question"))
        else:
            interviewee = interviewee or name
            out.append(Paragraph(n, line, name or interviewee, "answer"))
    return out
