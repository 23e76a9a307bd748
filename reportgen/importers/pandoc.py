"""Word processor files (DOCX, ODT, RTF) and Markdown through pandoc: plain text, one paragraph a
line, and the document's stated title, author and date."""

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
        text = pypandoc.convert_file(str(path), "plain", format=source_format,
                                     extra_args=["--wrap=none", "--sandbox"])
        meta = json.loads(pypandoc.convert_file(str(path), "json", format=source_format,
                                                extra_args=["--sandbox"])).get("meta", {})
    except (RuntimeError, OSError, ValueError) as err:
        first = str(err).strip().splitlines()[-1] if str(err).strip() else type(err).__name__
        raise unusable(path, f"pandoc cannot read it as {path.suffix.lstrip('.').upper()}: {first}",
                       "open it in a word processor and save it again") from err
    # pandoc's plain writer separates paragraphs by a blank line; --wrap=none keeps each on one line
    blocks = tuple(Block(" ".join(p.split())) for p in text.split("\n\n") if p.strip())
    metadata = {name: _plain(meta.get(name)) for name in ("title", "author", "date")}
    for name, value in _package_properties(path).items():  # DOCX/ODT: title and author the file records
        metadata[name] = metadata.get(name) or value
    return Imported(blocks, f"pandoc {pypandoc.get_pandoc_version()}", metadata=stated(metadata))


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
