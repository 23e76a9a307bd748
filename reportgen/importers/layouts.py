"""Speaker layouts of transcripts and interviews, recognised in the paragraphs of any format.

Recognised (the README lists them, with examples):
  qa           `Q: ...` / `A: ...` (or `Question:` / `Answer:`); the speakers are named by --interviewer /
               --interviewee or by the file's header lines `Interviewer: Name`, `Interviewee: Name`
  timestamped  `Name (00:01:23):` (Rev), `[00:01:23] Name:`, `Name  0:01` (Otter); the text follows on the
               same line or the next ones; the time becomes the locator of the turn's paragraphs
  name-line    a line holding just `Name:` opens the turn (reportgen's own form: kept verbatim)
  inline       `NAME: text`, with at least two different names and three labelled paragraphs, which make at
               least a quarter of the paragraphs from the first label on; with --kind transcript, whatever
               their share, once a label starts INLINE_REPEATS paragraphs or more: that label, and every
               label shaped as a speaker's (`NAME:` in capitals, `Name Surname:`), opens a turn (a single
               capitalised word such as `Example:` only if it repeats too)
A label is a name as text/speakers.py defines it (the one speaker-label grammar).
An article is never searched for speakers.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reportgen.importers import Block
from reportgen.importers.canonical import one_line
from reportgen.text.sources import SourceText
from reportgen.text.speakers import INLINE, QA, ROLE, clean_name, clock, is_name, name_line, stamp

INLINE_SHARE = 0.25  # of the paragraphs from the first label on: "Word: text" is common in prose too
INLINE_REPEATS = 2  # with --kind transcript: a label starting this many paragraphs is a speaker's, not prose's


def structure(blocks: list[Block], kind: str | None, interviewer: str | None = None,
              interviewee: str | None = None) -> tuple[list[Block], str | None, str | None]:
    """(blocks with speakers, kind, layout name). kind None: decided by the layout found (or 'article')."""
    if kind == "article":
        return blocks, kind, None
    lines = [b.text for b in blocks]
    # --interviewer/--interviewee or `Interviewer:` header lines make a speaker layout an interview
    spoken = kind or ("interview" if interviewer or interviewee or roles(blocks) else "transcript")
    if any(QA.match(t) for t in lines if t.startswith(("Q", "Question"))) and \
            any(QA.match(t) for t in lines if t.startswith(("A", "Answer"))):
        return _qa(blocks, interviewer, interviewee), kind or "interview", "qa"
    if spoken == "interview" and len(reading_speakers(lines, spoken)) >= 2:
        return blocks, spoken, "labels"  # the checker reads it as it stands (e.g. only the first Q/A labelled)
    if sum(1 for t in lines if stamp(t)) >= 2:
        return _stamped(blocks), spoken, "timestamped"
    if sum(1 for t in lines if name_line(t)) >= 2:
        if spoken == "interview":
            return _name_lines(blocks), spoken, "name-line"
        return blocks, spoken, "name-line"  # reportgen's own form: verbatim
    labelled = [(i, m.group("name")) for i, t in enumerate(lines)
                if (m := INLINE.match(t)) and is_name(m.group("name"))]
    names = {name for _, name in labelled}
    if len(names) >= 2 and len(labelled) >= 3 and len(labelled) >= INLINE_SHARE * (len(lines) - labelled[0][0]):
        return _inline(blocks, names), spoken, "inline"
    repeated = {name for name in names if sum(1 for _, n in labelled if n == name) >= INLINE_REPEATS}
    if kind == "transcript" and repeated:  # the editor says it is one, and a label repeats: speakers
        return _inline(blocks, repeated | {n for n in names if n.isupper() or len(n.split()) >= 2}), spoken, "inline"
    return blocks, kind, None


def reading_speakers(lines: list[str], kind: str) -> set[str]:
    """The speakers the checker finds in these lines as they stand."""
    body = "".join(one_line(t) + "\n" for t in lines)
    return SourceText(Path("imported.txt"), kind, body).speakers if body.strip() else set()


def roles(blocks: list[Block]) -> dict[str, str]:
    """`Interviewer: Name` / `Interviewee: Name` header lines (before the first question)."""
    found: dict[str, str] = {}
    for block in blocks:
        if QA.match(block.text):
            break
        m = ROLE.match(block.text)
        if m:
            role = "interviewer" if m.group("role").lower() == "interviewer" else "interviewee"
            found.setdefault(role, clean_name(m.group("name")))
    return found


def _qa(blocks: list[Block], interviewer: str | None, interviewee: str | None) -> list[Block]:
    named = roles(blocks)
    names = {"Q": interviewer or named.get("interviewer"), "A": interviewee or named.get("interviewee")}
    if not names["Q"] or not names["A"]:
        missing = "interviewer" if not names["Q"] else "interviewee"
        raise LayoutError(f"Q:/A: interview without the {missing}'s name",
                          f"pass --{missing} NAME, or add a line '{missing.capitalize()}: Name' at the top")
    out, speaker = [], None
    for block in blocks:
        m = QA.match(block.text)
        if m:
            speaker = names[m.group("mark")[0]]
            out.append(replace(block, text=m.group("text"), speaker=speaker, turn=True,
                               pages=block.pages_in(m.group("text"))))
        else:
            out.append(replace(block, speaker=speaker))
    return out


def _stamped(blocks: list[Block]) -> list[Block]:
    out, speaker, time = [], None, None
    for block in blocks:
        m = stamp(block.text)
        if m:
            speaker, time = clean_name(m.group("name")), clock(m.group("time"))
            if m.groupdict().get("text"):
                out.append(Block(m.group("text"), speaker, time, turn=True))
            else:
                out.append(Block("", speaker, time, turn=True))  # the label alone: text follows
        else:
            out.append(replace(block, speaker=speaker, locator=time or block.locator))
    return _fold_empty(out)


def _name_lines(blocks: list[Block]) -> list[Block]:
    out, speaker = [], None
    for block in blocks:
        m = name_line(block.text)
        if m:
            speaker = m.group("name")
            out.append(Block("", speaker, block.locator, turn=True))
        else:
            out.append(replace(block, speaker=speaker))
    return _fold_empty(out)


def _inline(blocks: list[Block], names: set[str]) -> list[Block]:
    out, speaker = [], None
    for block in blocks:
        m = INLINE.match(block.text)
        if m and m.group("name") in names:
            speaker = clean_name(m.group("name"))
            out.append(replace(block, text=m.group("text"), speaker=speaker, turn=True,
                               pages=block.pages_in(m.group("text"))))
        else:
            out.append(replace(block, speaker=speaker))
    return out


def _fold_empty(blocks: list[Block]) -> list[Block]:
    """A label line without text opens the turn of the paragraphs that follow it."""
    out, pending = [], None
    for block in blocks:
        if not block.text:
            pending = block
            continue
        if pending is not None and block.speaker == pending.speaker:
            block = replace(block, turn=True, locator=pending.locator or block.locator)
        pending = None
        out.append(block)
    return out


class LayoutError(Exception):
    """A layout recognised but not usable as it stands: message and hint for the editor."""

    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.message, self.hint = message, hint
