"""Speaker layouts of transcripts and interviews, recognised in the paragraphs of any format.

Recognised (the README lists them, with examples):
  qa           `Q: ...` / `A: ...` (or `Question:` / `Answer:`); the speakers are named by --interviewer /
               --interviewee or by the file's header lines `Interviewer: Name`, `Interviewee: Name`
  timestamped  `Name (00:01:23):` (Rev), `[00:01:23] Name:`, `Name  0:01` (Otter); the text follows on the
               same line or the next ones; the time becomes the locator of the turn's paragraphs
  name-line    a line holding just `Name:` opens the turn (reportgen's own form: kept verbatim)
  inline       `NAME: text`, with at least two different names and three labelled paragraphs, which make at
               least a quarter of the paragraphs from the first label on
A label is a name: one to five words, each starting with a capital letter or a digit (`Speaker 1`), or a
particle (de, van, al...); a few words that label other things (Note, Source, Photo...) are never names.
An article is never searched for speakers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from reportgen.importers import Block
from reportgen.importers.canonical import one_line
from reportgen.sources import SourceText

_WORD = r"[\w.'’\-]+"
NAME = rf"[^\W\d_]{_WORD[:-1]}*(?: {_WORD}){{0,4}}"
TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"

_NAME_LINE = re.compile(rf"^(?P<name>{NAME}):$")
_INLINE = re.compile(rf"^(?P<name>{NAME}):\s+(?P<text>\S.*)$")
_STAMPED = (
    re.compile(rf"^(?P<name>{NAME})\s*\((?P<time>{TIME})\)\s*:?(?:\s+(?P<text>\S.*))?$"),  # Rev
    re.compile(rf"^[\[(](?P<time>{TIME})[\])]\s*(?P<name>{NAME})\s*:(?:\s+(?P<text>\S.*))?$"),  # [00:01:23] Name:
    re.compile(rf"^(?P<name>{NAME})\s+(?P<time>{TIME})$"),  # Otter: "Name  0:01"
)
# A name line with an affiliation or a dash: `Name (Chatham House):`, `Name, Chatham House:`, `Name —`.
_LABEL_VARIANT = re.compile(rf"^(?P<name>{NAME})\s*(?:\([^)]{{1,80}}\)\s*:|,[^:,]{{1,60}}:|[—–-])$")
_QA = re.compile(r"^(?P<mark>Q|A|Question|Answer)\s*:\s*(?P<text>\S.*)$")
_ROLE = re.compile(r"^(?P<role>Interviewer|Interviewee|Respondent)\s*:\s*(?P<name>\S.*?)\s*$", re.IGNORECASE)

INLINE_SHARE = 0.25  # of the paragraphs from the first label on: "Word: text" is common in prose too
PARTICLES = {"de", "da", "del", "der", "di", "du", "la", "le", "van", "von", "al", "bin", "ibn", "el", "y"}
NOT_NAMES = {"note", "notes", "source", "sources", "photo", "photos", "update", "updated", "editor's note",
             "read more", "related", "tags", "share", "advertisement", "copyright", "caption", "image", "video",
             "q", "a", "question", "answer", "interview", "interviewer", "interviewee", "respondent", "transcript",
             "date", "title", "subject", "location", "time", "duration"}


def is_name(label: str) -> bool:
    """A label that reads as a person's name (see the module docstring)."""
    words = label.split()
    if not 1 <= len(words) <= 5 or label.casefold() in NOT_NAMES:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.casefold() in PARTICLES for w in words)


def unread_label(line: str, kind: str) -> str | None:
    """The name in a speaker label the checker would not read as one (it reads `Name:` lines, and in
    interviews `Name: words`): a time-stamped label, a label in Markdown bold or with a full-width
    colon, a name line with an affiliation or a dash, or in a transcript an inline `NAME: words`
    whose name is in capitals or two words or more.
    None for anything else, the checker's own labels included."""
    plain = re.sub(r"^(\*\*|__)(.+?)\1", r"\2", line).replace("：", ":")  # **Name:** / **Name**:
    if plain != line and (m := _NAME_LINE.match(plain) or _INLINE.match(plain)) and is_name(m.group("name")):
        return m.group("name")
    if stamped := _stamp(plain):
        return clean_name(stamped.group("name"))
    if (m := _LABEL_VARIANT.match(plain)) and is_name(m.group("name")):
        return m.group("name")
    m = _INLINE.match(plain) if kind == "transcript" else None
    if m and is_name(m.group("name")) and (m.group("name").isupper() or len(m.group("name").split()) > 1):
        return m.group("name")
    return None


def clock(text: str) -> str:
    """'1:23' -> '00:01:23', '1:02:03.5' -> '01:02:03': the locator as printed."""
    parts = [int(float(p.replace(",", "."))) for p in text.split(":")]
    while len(parts) < 3:
        parts.insert(0, 0)
    h, m, s = parts
    return f"{h:02d}:{m:02d}:{s:02d}"


def seconds_clock(seconds: float) -> str:
    """3723.4 -> '01:02:03'."""
    s = int(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def clean_name(name: str) -> str:
    """A speaker label the checker reads: no parenthesised asides, nothing but name characters."""
    name = re.sub(r"\s*[(\[][^)\]]*[)\]]", "", name)
    name = re.sub(r"[^\w .'’\-]", "", name)
    return " ".join(name.split()).strip(" .-")


def structure(blocks: list[Block], kind: str | None, interviewer: str | None = None,
              interviewee: str | None = None) -> tuple[list[Block], str | None, str | None]:
    """(blocks with speakers, kind, layout name). kind None: decided by the layout found (or 'article')."""
    if kind == "article":
        return blocks, kind, None
    lines = [b.text for b in blocks]
    # --interviewer/--interviewee or `Interviewer:` header lines make a speaker layout an interview
    spoken = kind or ("interview" if interviewer or interviewee or roles(blocks) else "transcript")
    if any(_QA.match(t) for t in lines if t.startswith(("Q", "Question"))) and \
            any(_QA.match(t) for t in lines if t.startswith(("A", "Answer"))):
        return _qa(blocks, interviewer, interviewee), kind or "interview", "qa"
    if spoken == "interview" and len(reading_speakers(lines, spoken)) >= 2:
        return blocks, spoken, "labels"  # the checker reads it as it stands (e.g. only the first Q/A labelled)
    if sum(1 for t in lines if _stamp(t)) >= 2:
        return _stamped(blocks), spoken, "timestamped"
    if sum(1 for t in lines if _name_line(t)) >= 2:
        if spoken == "interview":
            return _name_lines(blocks), spoken, "name-line"
        return blocks, spoken, "name-line"  # reportgen's own form: verbatim
    labelled = [(i, m.group("name")) for i, t in enumerate(lines)
                if (m := _INLINE.match(t)) and is_name(m.group("name"))]
    names = {name for _, name in labelled}
    if len(names) >= 2 and len(labelled) >= 3 and len(labelled) >= INLINE_SHARE * (len(lines) - labelled[0][0]):
        return _inline(blocks), spoken, "inline"
    return blocks, kind, None


def reading_speakers(lines: list[str], kind: str) -> set[str]:
    """The speakers the checker finds in these lines as they stand."""
    body = "".join(one_line(t) + "\n" for t in lines)
    return SourceText(Path("imported.txt"), kind, body).speakers if body.strip() else set()


def roles(blocks: list[Block]) -> dict[str, str]:
    """`Interviewer: Name` / `Interviewee: Name` header lines (before the first question)."""
    found: dict[str, str] = {}
    for block in blocks:
        if _QA.match(block.text):
            break
        m = _ROLE.match(block.text)
        if m:
            role = "interviewer" if m.group("role").lower() == "interviewer" else "interviewee"
            found.setdefault(role, clean_name(m.group("name")))
    return found


def _stamp(text: str):
    for pattern in _STAMPED:
        m = pattern.match(text)
        if m and is_name(m.group("name")):
            return m
    return None


def _name_line(text: str):
    m = _NAME_LINE.match(text)
    return m if m and is_name(m.group("name")) else None


def _qa(blocks: list[Block], interviewer: str | None, interviewee: str | None) -> list[Block]:
    named = roles(blocks)
    names = {"Q": interviewer or named.get("interviewer"), "A": interviewee or named.get("interviewee")}
    if not names["Q"] or not names["A"]:
        missing = "interviewer" if not names["Q"] else "interviewee"
        raise LayoutError(f"Q:/A: interview without the {missing}'s name",
                          f"pass --{missing} NAME, or add a line '{missing.capitalize()}: Name' at the top")
    out, speaker = [], None
    for block in blocks:
        m = _QA.match(block.text)
        if m:
            speaker = names[m.group("mark")[0]]
            out.append(replace(block, text=m.group("text"), speaker=speaker, turn=True))
        else:
            out.append(replace(block, speaker=speaker))
    return out


def _stamped(blocks: list[Block]) -> list[Block]:
    out, speaker, time = [], None, None
    for block in blocks:
        m = _stamp(block.text)
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
        m = _name_line(block.text)
        if m:
            speaker = m.group("name")
            out.append(Block("", speaker, block.locator, turn=True))
        else:
            out.append(replace(block, speaker=speaker))
    return _fold_empty(out)


def _inline(blocks: list[Block]) -> list[Block]:
    out, speaker = [], None
    for block in blocks:
        m = _INLINE.match(block.text)
        if m and is_name(m.group("name")):
            speaker = clean_name(m.group("name"))
            out.append(replace(block, text=m.group("text"), speaker=speaker, turn=True))
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
