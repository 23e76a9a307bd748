"""Word processor files (DOCX, ODT, RTF) and Markdown through pandoc's AST: one paragraph a block or
table cell, and the document's stated title, author and date."""

from __future__ import annotations

import json
from pathlib import Path

from reportgen.importers import Block, Imported, Options, stated, unusable

# Markdown without "smart" typography, so that straight quotes and "--" stay as written
_FORMATS = {".docx": "docx", ".odt": "odt", ".rtf": "rtf", ".md": "markdown-smart"}


def read(path: Path, options: Options) -> Imported:
    import pypandoc

    source_format = _FORMATS[path.suffix.lower()]
    try:
        document = json.loads(pypandoc.convert_file(str(path), "json", format=source_format, extra_args=["--sandbox"]))
    except (RuntimeError, OSError, ValueError) as err:
        first = str(err).strip().splitlines()[-1] if str(err).strip() else type(err).__name__
        raise unusable(path, f"pandoc cannot read it as {path.suffix.lstrip('.').upper()}: {first}",
                       "open it in a word processor and save it again") from err
    blocks = tuple(Block(text) for text in paragraphs(document.get("blocks", [])) if text.strip())
    meta = document.get("meta", {})
    metadata = {name: _plain(meta.get(name)) for name in ("title", "author", "date")}
    for name, value in _package_properties(path).items():  # DOCX/ODT: title and author the file records
        metadata[name] = metadata.get(name) or value
    return Imported(blocks, f"pandoc {pypandoc.get_pandoc_version()}", metadata=stated(metadata))


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
_PROPERTIES = {"docProps/core.xml": ((f"{_DC}title", "title"), (f"{_DC}creator", "author")),
               "meta.xml": ((f"{_DC}title", "title"), (f"{_ODF_META}initial-creator", "author"),
                            (f"{_DC}creator", "author"))}


def _package_properties(path: Path) -> dict[str, str]:
    """Title and author from a DOCX's docProps/core.xml or an ODT's meta.xml (never its dates: the file's)."""
    import zipfile
    from xml.etree import ElementTree

    found: dict[str, str] = {}
    try:
        with zipfile.ZipFile(path) as package:
            for member, fields in _PROPERTIES.items():
                if member in package.namelist():
                    root = ElementTree.fromstring(package.read(member))
                    for tag, name in fields:
                        element = root.find(f".//{tag}")
                        value = (element.text or "").strip() if element is not None else ""
                        if value and name not in found:
                            found[name] = value
    except (zipfile.BadZipFile, ElementTree.ParseError, OSError):
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
