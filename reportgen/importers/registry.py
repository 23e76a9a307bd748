"""Which reader reads which file: by extension, like pelican's readers."""

from __future__ import annotations

import importlib
from pathlib import Path

from reportgen.importers import Imported, Options, unusable

# Each suffix names its reader as "module.function" in reportgen.importers, imported when a file of
# that kind is read: the command line lists the formats without loading PDF or caption parsers.
READERS = {
    ".html": "html.read", ".htm": "html.read", ".xhtml": "html.read",
    ".pdf": "pdf.read",
    ".docx": "pandoc.read", ".odt": "pandoc.read", ".rtf": "pandoc.read",
    ".vtt": "captions.read_vtt", ".srt": "captions.read_srt",
    ".md": "pandoc.read",
    ".txt": "text.read", ".text": "text.read",
}


def supported() -> str:
    return ", ".join(sorted(READERS))


def read_original(path: Path, options: Options) -> Imported:
    """The file read by the reader for its format; unusable input raises InputError (exit 2)."""
    name = READERS.get(path.suffix.lower())
    if name is None:
        raise unusable(path, f"unsupported format '{path.suffix or path.name}'",
                       f"supported: {supported()}; convert the file to one of them first")
    if not path.is_file():
        raise unusable(path, "file not found", "check the path")
    try:
        size = path.stat().st_size
    except OSError as err:
        raise unusable(path, f"cannot read file: {err.strerror or err}") from err
    if size == 0:
        raise unusable(path, "the file is empty", "export the source again")
    module, function = name.split(".")
    reader = getattr(importlib.import_module(f"reportgen.importers.{module}"), function)
    try:
        imported = reader(path, options)
    except OSError as err:
        raise unusable(path, f"cannot read file: {err.strerror or err}", "check its permissions") from err
    if not any(b.text.strip() for b in imported.blocks):
        raise unusable(path, f"no text found ({imported.converter})", "is it the right file?")
    return imported
