"""Caption files (WebVTT via webvtt-py, SubRip via srt): cues merged into speaker turns.

The speaker of a cue is its voice tag (`<v Name>`), or a `NAME:` prefix (also after `-` or `>>`), which
holds until the next one. A turn is one speaker's cues in a row; it is cut into paragraphs where a cue
ends a sentence after PARAGRAPH_SECONDS, so that no paragraph runs for minutes. Each paragraph keeps the
start time of its first cue as its locator. A line repeating the previous cue's last line (roll-up
captions) is dropped.

WebVTT metadata: a NOTE block (or the header after WEBVTT) holding `Title: ...`, `Author: ...`,
`Publisher: ...`, `URL: ...` or `Date: YYYY-MM-DD` lines states those fields; a NOTE of free text
states nothing (it is a comment, not a title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reportgen.importers import Block, Imported, Options, damaged_if_it_fails, stated
from reportgen.importers.text import decode
from reportgen.text.speakers import NAME, clean_name, is_name, seconds_clock

PARAGRAPH_SECONDS = 30
_PREFIX = re.compile(rf"^(?:-|>>)?\s*(?P<name>{NAME}):\s+(?P<text>\S.*)$")
_TAG = re.compile(r"<[^>]+>")
_NOTE_FIELD = re.compile(r"^(?P<key>title|author|publisher|url|date)\s*:\s*(?P<value>\S.*?)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.?!…][\"'”’)\]]*$")


@dataclass(frozen=True)
class Cue:
    start: float  # seconds
    text: str
    voice: str | None = None


def read_vtt(path: Path, options: Options) -> Imported:
    import webvtt

    text, _, _ = decode(path, path.read_bytes(), options.encoding)
    with damaged_if_it_fails(path, "WebVTT file", "check that it starts with 'WEBVTT', or export the captions again"):
        cues = [Cue(c.start_in_seconds, c.text, c.voice) for c in webvtt.from_string(text).captions]
    return Imported(tuple(merge(cues)), f"webvtt-py {_version('webvtt-py')}", kind=_kind(cues),
                    metadata=vtt_metadata(text))


def vtt_metadata(text: str) -> dict[str, str]:
    """The fields a WebVTT file states in its header or its NOTE blocks (`Title: ...`), before the first cue."""
    found: dict[str, str] = {}
    first_cue = text.find("-->")  # what follows is spoken, not stated about the file
    head = text[:first_cue if first_cue >= 0 else len(text)].replace("\r\n", "\n").replace("\r", "\n")
    for number, block in enumerate(re.split(r"\n[ \t]*\n", head)):
        lines = block.strip().splitlines()
        if not lines or not (number == 0 or lines[0].startswith("NOTE")):
            continue
        lines[0] = re.sub(r"^(?:WEBVTT|NOTE)\b\s*", "", lines[0])
        for line in lines:
            m = _NOTE_FIELD.match(line.strip())
            if m and m.group("key").casefold() not in found:
                key, value = m.group("key").casefold(), m.group("value")
                if key != "date" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                    found[key] = value
    return stated(found)


def read_srt(path: Path, options: Options) -> Imported:
    import srt

    text, _, _ = decode(path, path.read_bytes(), options.encoding)
    with damaged_if_it_fails(path, "SubRip file", "each cue needs a number, a time line and text; "
                                                  "or export the captions again"):
        cues = [Cue(s.start.total_seconds(), _TAG.sub("", s.content)) for s in srt.parse(text)]
    return Imported(tuple(merge(cues)), f"srt {_version('srt')}", kind=_kind(cues))


def merge(cues: list[Cue]) -> list[Block]:
    """Cues -> paragraphs of speaker turns, each with its start time."""
    blocks: list[Block] = []
    words: list[str] = []
    speaker, start, previous_line, turn = None, 0.0, None, False
    for cue in cues:
        for line in (ln.strip() for ln in cue.text.splitlines()):
            voice, line = _speaker(cue.voice, line)
            if not line or line == previous_line:
                continue
            previous_line = line
            new_turn = voice is not None and voice != speaker
            long = words and cue.start - start >= PARAGRAPH_SECONDS and _SENTENCE_END.search(words[-1])
            if words and (new_turn or long):
                blocks.append(Block(" ".join(words), speaker, seconds_clock(start), turn))
                words, turn = [], False
            if new_turn:
                speaker, turn = voice, True
            if not words:
                start = cue.start
            words.append(line)
    if words:
        blocks.append(Block(" ".join(words), speaker, seconds_clock(start), turn))
    return blocks


def _speaker(voice: str | None, line: str) -> tuple[str | None, str]:
    if voice:
        return clean_name(voice), line
    m = _PREFIX.match(line)
    if m and is_name(m.group("name")):
        return clean_name(m.group("name")), m.group("text")
    return None, line


def _kind(cues: list[Cue]) -> str:
    """Captions with speakers are a transcript; without, nobody can be attributed: an article."""
    return "transcript" if any(_speaker(c.voice, ln.strip())[0] for c in cues for ln in c.text.splitlines()) \
        else "article"


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)
