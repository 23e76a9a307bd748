"""The one writer: HTML to PDF (WeasyPrint), DOCX (pandoc) and a self-contained HTML file.

Every output is written to a temporary file beside its target and moved into place only when all
of them succeeded, so a failed build leaves the previous outputs intact.
"""

from __future__ import annotations

import gc
import mimetypes
import os
import re
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import pypandoc
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from reportgen.docx_finish import DocxSettings, finish_parts
from reportgen.render import TEMPLATES

REFERENCE_DOCX = TEMPLATES / "reference.docx"
PDF_VARIANT = "pdf/ua-1"
_UMASK = os.umask(0o022)
os.umask(_UMASK)


class AssetFetcher(URLFetcher):
    """Serves the project's own template assets (fonts, CSS) and refuses everything else: the
    network, and any file outside templates/ (a `<link rel=attachment href=file:///...>` would
    otherwise embed that file in the PDF)."""

    def __init__(self, root: Path = TEMPLATES):
        super().__init__(allowed_protocols=("file",))
        self.root = root.resolve()

    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        path = Path(url2pathname(parts.path)).resolve() if parts.scheme == "file" else None
        if path is None or not path.is_relative_to(self.root) or not path.is_file():
            raise ValueError(f"refused to fetch {url}: only the project's template assets are served")
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": mime})


@contextmanager
def collecting_less():
    """WeasyPrint holds about a million boxes, styles and text objects while it lays out and writes
    a long document, and Python's cyclic garbage collector, tuned for small heaps, walks them over
    and over. Collecting after 100,000 allocations instead of 700 makes the 94-page benchmark
    briefing about a fifth faster for a sixth more peak memory; garbage is still collected."""
    threshold = gc.get_threshold()
    gc.set_threshold(100_000, 50, 50)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def layout(html: str):
    """The print HTML laid out in pages (a WeasyPrint Document): what pdf_bytes writes, for measuring."""
    document = HTML(string=html, base_url=TEMPLATES.as_uri() + "/", url_fetcher=AssetFetcher())
    with collecting_less():
        return document.render(pdf_variant=PDF_VARIANT)


def pdf_bytes(html: str) -> bytes:
    """Lay out the print HTML; tagged (PDF/UA) for screen readers, fonts embedded as subsets."""
    document = layout(html)
    with collecting_less():
        return document.write_pdf(pdf_variant=PDF_VARIANT)


def docx_file(html: str, target: Path, toc: bool = True, reference: Path = REFERENCE_DOCX) -> None:
    """pandoc reads our HTML (Word style names ride on data-custom-style) and writes DOCX with the
    styles of `reference` (templates/reference.docx); --sandbox keeps it from reading or fetching
    anything else. A table of contents comes from the template's pre-filled entries when it has
    them, else (unless `toc` is False) from pandoc's empty TOC field. Then docx_finish adds what
    pandoc cannot: page size, running header, cover page break, shading, properties."""
    own_contents = "[[reportgen:toc-start]]" in html
    contents = ["--toc", "--toc-depth=1"] if toc and not own_contents else []
    pypandoc.convert_text(html, "docx", format="html", outputfile=str(target), sandbox=True,
                          extra_args=[*contents, f"--reference-doc={reference}"])
    finish_docx(target, DocxSettings.from_html(html))


def finish_docx(docx: Path, settings: DocxSettings) -> None:
    """Rewrite the package once: every table row 'cantSplit' (Word and LibreOffice never cut a row
    across pages; pandoc sets no row properties but the header's), then docx_finish's steps."""
    with zipfile.ZipFile(docx) as archive:
        parts = {item.filename: archive.read(item.filename) for item in archive.infolist()}
    xml = parts["word/document.xml"].decode("utf-8")
    xml = xml.replace("<w:trPr>", "<w:trPr><w:cantSplit />")
    xml = re.sub(r"<w:tr>(?!<w:trPr>)", "<w:tr><w:trPr><w:cantSplit /></w:trPr>", xml)
    parts["word/document.xml"] = xml.encode("utf-8")
    parts = finish_parts(parts, settings)
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def write_outputs(jobs: dict[Path, tuple[str, str]], progress=lambda stage: None, toc: bool = True,
                  reference: Path = REFERENCE_DOCX) -> None:
    """Write every output {path: (format, html)} through temp files, then move them all into place.
    A DOCX takes its styles from `reference`, and a table of contents unless `toc` is False (the
    handout has its own reference.docx and no contents).

    PDF layout (Python, in this thread) and pandoc (a subprocess) run side by side.
    """
    temps: dict[Path, Path] = {}
    try:
        for path in jobs:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
            os.close(fd)
            temps[path] = Path(temp)
        with ThreadPoolExecutor(max_workers=1) as pool:
            pending = [pool.submit(docx_file, html, temps[p], toc, reference)
                       for p, (fmt, html) in jobs.items() if fmt == "docx"]
            for path, (fmt, html) in jobs.items():
                if fmt == "pdf":
                    temps[path].write_bytes(pdf_bytes(html))
                elif fmt == "html":
                    temps[path].write_text(html, encoding="utf-8")
                if fmt != "docx":
                    progress(f"{fmt.upper()} written")
            for future in pending:
                future.result()
                progress("DOCX written")
        for path, temp in temps.items():
            os.chmod(temp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
            os.replace(temp, path)
    finally:
        for temp in temps.values():
            temp.unlink(missing_ok=True)
