"""Saved web pages: the main text without menus, footers or teasers (trafilatura), and the metadata the page states."""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path
from typing import Any

from reportgen.importers import Block, Imported, Options, damaged_if_it_fails, stated, unusable
from reportgen.importers.text import decode


def read(path: Path, options: Options) -> Imported:
    import trafilatura  # imported only when a page is read: it is slow to load

    markup, encoding, guessed = decode(path, path.read_bytes(), options.encoding)
    with damaged_if_it_fails(path, "web page", "save the page again from the browser (File > Save Page As)"):
        document: Any = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
            favor_precision=True, deduplicate=False,
            # dates only from the page's markup (meta tags, <time>), never guessed from the text or the URL
            date_extraction_params={"extensive_search": False, "original_date": True})
    if document is None or not (document.text or "").strip():
        raise unusable(path, "no main text found in the page (trafilatura)",
                       "save the article's own page, not an index; or copy its text into a .txt file")
    blocks = tuple(Block(text) for text in paragraphs(document.body) if text.strip())
    found = {"title": document.title, "author": document.author, "date": document.date,
             "publisher": document.sitename, "url": document.url}
    # "Stated" means written in the file: a site name derived from a host name is not kept.
    page = html_lib.unescape(markup)
    found = {k: v for k, v in found.items() if isinstance(v, str) and (k == "date" or v in page)}
    return Imported(blocks, f"trafilatura {trafilatura.__version__}", metadata=stated(found),
                    encoding=encoding, encoding_guessed=guessed)


# trafilatura's tree of the main text: a paragraph is an element holding none of these
_BLOCKS = {"p", "head", "list", "item", "table", "row", "cell", "quote", "code", "div"}
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")  # what HTML collapses; a no-break space stays


def paragraphs(body) -> list[str]:
    """Headings, paragraphs, list items, table cells and block quotes of trafilatura's tree, each one
    paragraph: its words only (its text output would add '- ' and '| ' marks the page does not have)."""
    out: list[str] = []
    _walk(body, out)
    return out


def _walk(element, out: list[str]) -> None:
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in child):
            if (child.text or "").strip():
                out.append(_space(child.text))
            _walk(child, out)
        elif child.tag in _BLOCKS:
            for brk in child.iter("lb"):  # a line break inside a paragraph: a space
                brk.tail = " " + (brk.tail or "")
            out.append(_space("".join(child.itertext())))
        if (child.tail or "").strip():
            out.append(_space(child.tail))


def _space(text: str) -> str:
    return _HTML_SPACE.sub(" ", text).strip()
