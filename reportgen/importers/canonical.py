"""Imported blocks -> the one text form the checker reads (sources.py), and the locators beside it.

  transcript  a line `Name:` opens each speaker turn; the turn's paragraphs follow, one a line
  interview   every spoken paragraph starts with its speaker's label, `Name: ...`; the first one is a question
  article     one paragraph a line
Text before the first speaker is nobody's (a title, a header). The words are never changed: only line
breaks inside a paragraph become spaces, and a transcript's paragraph that would read as a `Name:` line
("My three points are:") is joined to the next one of the same turn. The checker then reads the written
text back, and the speakers it finds must be the ones the import found; otherwise nothing is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from reportgen.importers import Block
from reportgen.text.sources import SourceText


@dataclass(frozen=True)
class Canonical:
    text: str  # UTF-8 text, one paragraph a line, ending in a newline
    locators: dict[int, str]  # paragraph number -> page or time
    pages: dict[int, tuple[tuple[int, int], ...]]  # paragraph number -> (offset, page) of each page it spans
    reading: SourceText  # how the checker reads `text`: paragraphs and speakers


class Mismatch(Exception):
    """The checker would read other speakers than the import found."""


def one_line(text: str) -> str:
    """A paragraph on one line: line breaks (and the spacing around them) become one space, nothing else."""
    return re.sub(r"\s*[\r\n\v\f\u2028\u2029\x85]+\s*", " ", text).strip()


def write_canonical(blocks: list[Block], kind: str) -> Canonical:
    """The text and locators for `kind`, read back by the checker; Mismatch if it reads other speakers."""
    if kind == "transcript":
        blocks = _join_label_lookalikes(blocks)
    lines: list[tuple[str, str | None, str | None]] = []  # (line, speaker expected, locator)
    spans: dict[int, tuple[tuple[int, int], ...]] = {}
    speaker = None
    for block in blocks:
        text = one_line(block.text)
        if not text:
            continue
        if block.speaker and kind == "transcript" and (block.turn or block.speaker != speaker):
            lines.append((f"{block.speaker}:", None, block.locator))
        if block.speaker and kind == "interview" and not text.startswith(f"{block.speaker}:"):
            text = f"{block.speaker}: {text}"
        speaker = block.speaker or speaker
        lines.append((text, block.speaker, block.locator))
        if block.pages_in(text):
            spans[len(lines)] = block.pages_in(text)
    body = "".join(line + "\n" for line, _, _ in lines)
    reading = SourceText(Path("imported.txt"), kind, body)
    if len(reading.paragraphs) != len(lines):  # cannot happen while every line is non-empty and stripped
        raise Mismatch(f"{len(lines)} paragraphs written, {len(reading.paragraphs)} read back")
    for para, (_, expected, _) in zip(reading.paragraphs, lines):
        if expected and para.speaker != expected:
            read = f"'{para.speaker}'" if para.speaker else "nobody's"
            raise Mismatch(f"paragraph {para.number} would read as {read} words, not {expected}'s: "
                           f"\"{para.text[:60]}\"")
    locators = {n: loc for n, (_, _, loc) in enumerate(lines, 1) if loc}
    return Canonical(body, locators, spans, reading)


def reads_as_label(text: str) -> bool:
    """Would the checker take this paragraph for a `Name:` line opening a turn ("My three points are:")?"""
    if not text.endswith(":"):
        return False
    probe = SourceText(Path("probe.txt"), "transcript", f"A:\nwords\n{text}\nwords\n")
    return probe.paragraphs[3].speaker != "A"


def _join_label_lookalikes(blocks: list[Block]) -> list[Block]:
    """A spoken paragraph that would read as a speaker label is joined to the next paragraph of the
    same turn (or else the previous one) with a space: the words stay, the turn stays whole."""
    out = list(blocks)
    i = 0
    while i < len(out):
        block = out[i]
        if block.speaker and reads_as_label(one_line(block.text)):
            after = out[i + 1] if i + 1 < len(out) else None
            before = out[i - 1] if i else None
            if after and after.speaker == block.speaker and not after.turn:
                out[i:i + 2] = [replace(block, text=f"{one_line(block.text)} {after.text}")]
                continue
            if before and before.speaker == block.speaker and not block.turn:
                out[i - 1:i + 1] = [replace(before, text=f"{one_line(before.text)} {block.text}")]
                continue
        i += 1
    return out
