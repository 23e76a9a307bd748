"""Saved web pages: the main text without menus, footers or teasers (trafilatura), and the metadata the page states."""

from __future__ import annotations

import html as html_lib
from pathlib import Path
from typing import Any

from reportgen.importers import Block, Imported, Options, stated, unusable
from reportgen.importers.text import decode


def read(path: Path, options: Options) -> Imported:
    import trafilatura  # imported only when a page is read: it is slow to load

    markup, encoding, guessed = decode(path, path.read_bytes(), options.encoding)
    document: Any = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
        favor_precision=True, deduplicate=False,
        # dates only from the page's markup (meta tags, <time>), never guessed from the text or the URL
        date_extraction_params={"extensive_search": False, "original_date": True})
    if document is None or not (document.text or "").strip():
        raise unusable(path, "no main text found in the page (trafilatura)",
                       "save the article's own page, not an index; or copy its text into a .txt file")
    blocks = tuple(Block(line.strip()) for line in document.text.splitlines() if line.strip())
    found = {"title": document.title, "author": document.author, "date": document.date,
             "publisher": document.sitename, "url": document.url}
    # "Stated" means written in the file: a site name derived from a host name is not kept.
    page = html_lib.unescape(markup)
    found = {k: v for k, v in found.items() if isinstance(v, str) and (k == "date" or v in page)}
    return Imported(blocks, f"trafilatura {trafilatura.__version__}", metadata=stated(found),
                    encoding=encoding, encoding_guessed=guessed)
