"""Word processor files (DOCX, ODT, RTF) and Markdown through pandoc's AST: one paragraph a block or
table cell, and the document's stated title, author and date.

pandoc runs bounded: a zip package is measured first (packages.py), and pandoc itself gets at most
PANDOC_MEMORY_MB of heap (its runtime's `+RTS -M`, with the address space capped at twice that as a
backstop) and PANDOC_SECONDS; reportgen reads at most MAX_AST_BYTES of the JSON tree it writes (Python's
copy of it takes about 16 times as much). A 2,000-page DOCX needs about 620 MB and 8 s.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from reportgen.importers import Block, Imported, Options, stated, unusable
from reportgen.importers.packages import PROPERTIES, check_package, is_package, read_member

# Markdown without "smart" typography, so that straight quotes and "--" stay as written
_FORMATS = {".docx": "docx", ".odt": "odt", ".rtf": "rtf", ".md": "markdown-smart"}
PANDOC_MEMORY_MB = 1024  # pandoc's heap, at most, while it reads one file
PANDOC_SECONDS = 120  # and its time
MAX_AST_BYTES = 128 * 2**20  # of pandoc's JSON document tree (a 2,000-page DOCX gives 34 MB): Python's copy stays
# within about 2 GB
_HEAP_EXHAUSTED = 251  # pandoc's exit code when its runtime reaches the heap limit
_REEXPORT = "open it in a word processor and save it again (or export it as PDF) and add that"


def read(path: Path, options: Options) -> Imported:
    import pypandoc

    if is_package(path):
        check_package(path)  # before pandoc inflates anything
    document = _pandoc_json(path, _FORMATS[path.suffix.lower()])
    blocks = tuple(Block(text) for text in paragraphs(document.get("blocks", [])) if text.strip())
    meta = document.get("meta", {})
    metadata = {name: _plain(meta.get(name)) for name in ("title", "author", "date")}
    for name, value in _package_properties(path).items():  # DOCX/ODT: title and author the file records
        metadata[name] = metadata.get(name) or value
    return Imported(blocks, f"pandoc {pypandoc.get_pandoc_version()}", metadata=stated(metadata))


def _pandoc_json(path: Path, source_format: str) -> dict:
    """pandoc's AST of the file, read within PANDOC_MEMORY_MB and PANDOC_SECONDS; InputError if it cannot."""
    import pypandoc

    what = path.suffix.lstrip(".").upper()
    command = [pypandoc.get_pandoc_path(), "+RTS", f"-M{PANDOC_MEMORY_MB}m", "-RTS", "--sandbox",
               f"--from={source_format}", "--to=json", str(path.resolve())]
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log,
                                   preexec_fn=_bounded if sys.platform.startswith("linux") else None)
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            process.kill()

        timer = threading.Timer(PANDOC_SECONDS, expire)
        timer.start()
        stdout = process.stdout
        assert stdout is not None
        try:
            output = stdout.read(MAX_AST_BYTES + 1)  # no more than that is ever held
            if len(output) > MAX_AST_BYTES:
                raise unusable(path, f"the document is longer than reportgen imports at once (MAX_AST_BYTES: "
                                     f"{MAX_AST_BYTES // 2**20} MiB of pandoc's document tree, about 7,500 pages)",
                               "split it into smaller files and add each")
            returncode = process.wait()
        finally:
            timer.cancel()
            if process.poll() is None:
                process.kill()
                process.wait()
            stdout.close()
        if expired.is_set():
            raise unusable(path, f"pandoc did not finish reading it in {PANDOC_SECONDS} s (PANDOC_SECONDS)",
                           f"split it into smaller files, or {_REEXPORT}")
        log.seek(0)
        message = log.read().decode("utf-8", "replace").strip().splitlines()
    # the heap limit reached, or the address space's backstop (the runtime then dies of a signal)
    if returncode == _HEAP_EXHAUSTED or returncode < 0 or any("out of memory" in m for m in message):
        raise unusable(path, f"pandoc needs more than {PANDOC_MEMORY_MB} MB to read it (PANDOC_MEMORY_MB)",
                       f"split it into smaller files, or {_REEXPORT}")
    if returncode:
        last = message[-1].removeprefix("pandoc: ") if message else f"exit {returncode}"
        raise unusable(path, f"damaged: pandoc cannot read it as {what} ({last})", _REEXPORT)
    try:
        document = json.loads(output)
    except ValueError as err:
        raise unusable(path, f"damaged: pandoc read it as {what} but gave no document ({err})", _REEXPORT) from err
    if not isinstance(document, dict) or not isinstance(document.get("blocks"), list):
        raise unusable(path, f"damaged: pandoc read it as {what} but gave no document", _REEXPORT)
    return document


def _bounded() -> None:  # runs in the child between fork and exec
    """pandoc's address space capped at twice its heap, a backstop to `+RTS -M`; and it dies with reportgen."""
    import resource

    from reportgen.output.pandoc import _die_with_parent

    limit = 2 * PANDOC_MEMORY_MB * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    _die_with_parent()


def paragraphs(blocks: list) -> list[str]:
    """The document's paragraphs from pandoc's AST: headings, paragraphs, list items, each table cell;
    footnotes last, their markers dropped. Emphasis and links keep only their words."""
    out: list[str] = []
    notes: list[str] = []
    _blocks(blocks, out, notes)
    return out + notes


def _blocks(blocks: list, out: list[str], notes: list[str]) -> None:
    for block in blocks:
        kind, content = block.get("t"), block.get("c")
        if kind in ("Para", "Plain"):
            out.append(_inlines(content, notes))
        elif kind == "Header":
            out.append(_inlines(content[2], notes))
        elif kind == "LineBlock":
            out.append(" ".join(_inlines(line, notes) for line in content))
        elif kind == "CodeBlock":
            out.append(content[1])
        elif kind == "BlockQuote":
            _blocks(content, out, notes)
        elif kind == "BulletList":
            for item in content:
                _blocks(item, out, notes)
        elif kind == "OrderedList":
            for item in content[1]:
                _blocks(item, out, notes)
        elif kind == "DefinitionList":
            for term, definitions in content:
                out.append(_inlines(term, notes))
                for definition in definitions:
                    _blocks(definition, out, notes)
        elif kind == "Div":
            _blocks(content[1], out, notes)
        elif kind == "Figure":
            _blocks(content[2], out, notes)
            _blocks(content[1][1], out, notes)  # the caption
        elif kind == "Table":
            for cell in _cells(content):
                words: list[str] = []
                _blocks(cell, words, notes)
                out.append(" ".join(w for w in words if w.strip()))
        # HorizontalRule, RawBlock, Null: no words


def _cells(node) -> list[list]:
    """The blocks of each table cell, row by row (a Cell is [attr, alignment, rowspan, colspan, blocks])."""
    if isinstance(node, list):
        if len(node) == 5 and isinstance(node[1], dict) and str(node[1].get("t", "")).startswith("Align") \
                and isinstance(node[4], list):
            return [node[4]]
        return [cell for item in node for cell in _cells(item)]
    return []


_WORDS_INSIDE = {"Emph", "Strong", "Underline", "Strikeout", "Superscript", "Subscript", "SmallCaps"}


def _inlines(nodes: list, notes: list[str]) -> str:
    parts = []
    for node in nodes:
        kind, content = node.get("t"), node.get("c")
        if kind == "Str":
            parts.append(content)
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            parts.append(" ")
        elif kind in _WORDS_INSIDE:
            parts.append(_inlines(content, notes))
        elif kind == "Quoted":
            marks = "“”" if content[0].get("t") == "DoubleQuote" else "‘’"
            parts.append(marks[0] + _inlines(content[1], notes) + marks[1])
        elif kind in ("Cite", "Link", "Span"):
            parts.append(_inlines(content[1], notes))
        elif kind in ("Code", "Math"):
            parts.append(content[1])
        elif kind == "Note":
            _blocks(content, notes, notes)
        # Image, RawInline: no words of the text
    return "".join(parts)


_DC = "{http://purl.org/dc/elements/1.1/}"
_ODF_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_PROPERTIES = {PROPERTIES[0]: ((f"{_DC}title", "title"), (f"{_DC}creator", "author")),
               PROPERTIES[1]: ((f"{_DC}title", "title"), (f"{_ODF_META}initial-creator", "author"),
                            (f"{_DC}creator", "author"))}


def _package_properties(path: Path) -> dict[str, str]:
    """Title and author from a DOCX's docProps/core.xml or an ODT's meta.xml (never its dates: the file's)."""
    import zipfile
    from xml.etree import ElementTree

    found: dict[str, str] = {}
    try:
        with zipfile.ZipFile(path) as package:
            for member, fields in _PROPERTIES.items():
                data = read_member(package, member) if member in package.namelist() else None
                if data is not None:  # a larger one was refused by check_package
                    root = ElementTree.fromstring(data)
                    for tag, name in fields:
                        element = root.find(f".//{tag}")
                        value = (element.text or "").strip() if element is not None else ""
                        if value and name not in found:
                            found[name] = value
    except (zipfile.BadZipFile, ElementTree.ParseError, OSError, EOFError, ValueError):
        return {}  # an RTF, or a damaged package: pandoc's reading stands
    return found


def _plain(node) -> str | None:
    """The text of a pandoc metadata value (MetaInlines, MetaString, MetaList of authors)."""
    if node is None:
        return None
    if isinstance(node, list):
        values = [_plain(n) for n in node]
        if node and isinstance(node[0], dict) and str(node[0].get("t", "")).startswith("Meta"):
            return "; ".join(v for v in values if v)  # a MetaList: several authors
        return "".join(v for v in values if v)  # inlines
    if not isinstance(node, dict):
        return str(node)
    kind, content = node.get("t"), node.get("c")
    if kind in ("Str", "MetaString"):
        return content
    if kind in ("Space", "SoftBreak", "LineBreak"):
        return " "
    if kind in ("MetaInlines", "MetaList", "MetaBlocks", "Para", "Plain", "Emph", "Strong"):
        return _plain(content)
    if kind in ("Link", "Span", "Quoted") and isinstance(content, list):
        return _plain(content[-2] if kind == "Link" else content[-1])
    return None
