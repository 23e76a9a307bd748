"""Speaker labels: the one grammar of who speaks, shared by the reader (text/sources.py) and the importers.

The reader takes a line holding just `Name:` as a transcript's turn (TURN), and `Name: words` as an
interview's label (LABEL). The importers recognise more layouts (importers/layouts.py) and rewrite them
into those two forms; a name there is one to five words, each starting with a capital letter or a digit
(`Speaker 1`), or a particle (de, van, al...); a few words that label other things (Note, Source,
Photo...) are never names. unread_label() names a label the reader would not read as one.
"""

from __future__ import annotations

import re

# A transcript turn opens with a line holding just "Name:".
TURN = re.compile(r"^([^\W\d][\w .’'\-]{1,60}):$")
# An interview label opens a paragraph: "IWPR: ..." or "Sultonnazarov: ...".
LABEL = re.compile(r"^([^\W\d][\w.’'\-]*(?: [\w.’'\-]+){0,2}):\s+(\S.*)$")

_WORD = r"[\w.'’\-]+"
NAME = rf"[^\W\d_]{_WORD[:-1]}*(?: {_WORD}){{0,4}}"
TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"

_NAME_LINE = re.compile(rf"^(?P<name>{NAME}):$")
INLINE = re.compile(rf"^(?P<name>{NAME}):\s+(?P<text>\S.*)$")
_STAMPED = (
    re.compile(rf"^(?P<name>{NAME})\s*\((?P<time>{TIME})\)\s*:?(?:\s+(?P<text>\S.*))?$"),  # Rev
    re.compile(rf"^[\[(](?P<time>{TIME})[\])]\s*(?P<name>{NAME})\s*:(?:\s+(?P<text>\S.*))?$"),  # [00:01:23] Name:
    re.compile(rf"^(?P<name>{NAME})\s+(?P<time>{TIME})$"),  # Otter: "Name  0:01"
)
# A name line with an affiliation or a dash: `Name (Chatham House):`, `Name, Chatham House:`, `Name —`.
_LABEL_VARIANT = re.compile(rf"^(?P<name>{NAME})\s*(?:\([^)]{{1,80}}\)\s*:|,[^:,]{{1,60}}:|[—–-])$")
QA = re.compile(r"^(?P<mark>Q|A|Question|Answer)\s*:\s*(?P<text>\S.*)$")
ROLE = re.compile(r"^(?P<role>Interviewer|Interviewee|Respondent)\s*:\s*(?P<name>\S.*?)\s*$", re.IGNORECASE)

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
    if plain != line and (m := _NAME_LINE.match(plain) or INLINE.match(plain)) and is_name(m.group("name")):
        return m.group("name")
    if stamped := stamp(plain):
        return clean_name(stamped.group("name"))
    if (m := _LABEL_VARIANT.match(plain)) and is_name(m.group("name")):
        return m.group("name")
    m = INLINE.match(plain) if kind == "transcript" else None
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


def stamp(text: str):
    for pattern in _STAMPED:
        m = pattern.match(text)
        if m and is_name(m.group("name")):
            return m
    return None


def name_line(text: str):
    m = _NAME_LINE.match(text)
    return m if m and is_name(m.group("name")) else None
