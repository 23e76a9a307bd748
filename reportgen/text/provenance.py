"""The import record kept beside an imported source: where its text came from, and its locators.

`reportgen source add` writes sources/<id>.txt (the normalised text the checker reads, verbatim) and
sources/<id>.json beside it:
  {"format": 1,
   "original": {"name": "report.pdf", "sha256": "<hex>", "encoding": "utf-8"},
   "converter": "pdfminer.six 20260107",
   "text_sha256": "<hex of the .txt as written>",
   "locators": {"<paragraph number>": "p. 4" | "00:12:31", ...},
   "pages": {"<paragraph number>": [[0, 1], [412, 2]], ...}}
The paragraph's locator is where it starts. A PDF paragraph that runs over a page break also has its
"pages": the character offset (in the paragraph's line) where each of its pages starts, so that a
citation gives the page or pages of the quoted words ("p. 2", "pp. 1–2"), not the paragraph's first.
Locators are what a reader of the original finds the passage by: a page of a PDF, the start time of
a recording. They are read only while the text is the one they were written for (text_sha256), so a
hand-edited text never gets a page number that no longer fits.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

RECORD_FORMAT = 1


def record_path(text_path: Path) -> Path:
    """sources/<id>.txt -> sources/<id>.json."""
    return text_path.with_suffix(".json")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def imported_originals(sources) -> tuple[tuple[str, str, str], ...]:
    """(original name, how it was converted, sha256) of each imported source, for the method note."""
    rows = []
    for source in sources:
        try:
            record = json.loads(record_path(source.file).read_text(encoding="utf-8"))
            original = record["original"]
            rows.append((str(original["name"]), f"converted into {source.file.name} by {record['converter']}",
                         str(original["sha256"])))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not imported (or no record): the text file's own checksum stands
    return tuple(rows)


PageStarts = tuple[tuple[int, int], ...]  # (offset in the paragraph, page) of each page it spans


def read_locators(text_path: Path, text: str) -> dict[int, str]:
    """Paragraph number -> locator, from the record beside the text; empty if none or out of date."""
    return read_places(text_path, text)[0]


def read_places(text_path: Path, text: str) -> tuple[dict[int, str], dict[int, PageStarts]]:
    """(paragraph number -> locator, paragraph number -> its page starts), from the record beside the
    text; empty if none or out of date."""
    path = record_path(text_path)
    if not path.is_file():
        return {}, {}
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("text_sha256") != text_sha256(text):
            return {}, {}
        locators = {int(n): str(loc) for n, loc in record.get("locators", {}).items()}
        pages = {int(n): tuple((int(at), int(page)) for at, page in starts)
                 for n, starts in record.get("pages", {}).items()}
        return locators, pages
    except (OSError, ValueError, TypeError, AttributeError):
        return {}, {}  # a damaged record costs the locators, never the check


def page_locator(starts: PageStarts, start: int, end: int) -> str:
    """The page or pages on which the characters [start, end) of a paragraph stand: "p. 2", "pp. 1–2"."""
    first = max((page for at, page in starts if at <= start), default=starts[0][1])
    last = max((page for at, page in starts if at < end), default=first)
    return f"p. {first}" if first == last else f"pp. {first}\u2013{last}"
