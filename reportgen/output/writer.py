"""The one writer: HTML to PDF (WeasyPrint), DOCX (pandoc) and a self-contained HTML file.

Every output is written to a temporary file beside its target and moved into place only when all
of them succeeded, so a failed build leaves the previous outputs intact.
"""

from __future__ import annotations

import base64
import gc
import mimetypes
import os
import re
import threading
import zipfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlsplit
from urllib.request import url2pathname

from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from reportgen.document.charts import Chart
from reportgen.output.atomic import commit, naming, temp_files
from reportgen.output.docx_finish import DocxSettings, finish_parts
from reportgen.output.pandoc import Conversion, to_docx
from reportgen.output.render import TEMPLATES, Roots

REFERENCE_DOCX = TEMPLATES / "reference.docx"
PDF_VARIANT = "pdf/ua-1"


class AssetFetcher(URLFetcher):
    """Serves template assets (fonts, CSS, images) and refuses everything else: the network, and any
    file outside the template roots (a `<link rel=attachment href=file:///...>` would otherwise
    embed that file in the PDF). A URL into any root names a relative path, served from the first
    root holding it: a project's templates/fonts/X.ttf replaces the package's."""

    def __init__(self, roots: Roots = (TEMPLATES,)):
        super().__init__(allowed_protocols=("file",))
        self.roots = tuple(root.resolve() for root in roots)

    def fetch(self, url, headers=None):
        if url.startswith("data:"):  # in the page itself (an image a template embeds with asset()): nothing fetched
            header, _, payload = url[5:].partition(",")
            data = base64.b64decode(payload) if header.endswith(";base64") else unquote_to_bytes(payload)
            return URLFetcherResponse(url, data, {"Content-Type": header.split(";")[0] or "text/plain"})
        parts = urlsplit(url)
        path = self.locate(Path(url2pathname(parts.path)).resolve()) if parts.scheme == "file" else None
        if path is None:
            raise ValueError(f"refused to fetch {url}: only the project's template assets are served")
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": mime})

    def locate(self, path: Path) -> Path | None:
        """The file a path into any root stands for: the first root's at the same relative path."""
        for root in (r for r in self.roots if path.is_relative_to(r)):
            relative = path.relative_to(root)
            for candidate in ((r / relative).resolve() for r in self.roots):
                if candidate.is_file() and any(candidate.is_relative_to(r) for r in self.roots):
                    return candidate
        return None


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


def layout(html: str, roots: Roots = (TEMPLATES,)):
    """The print HTML laid out in pages (a WeasyPrint Document): what pdf_bytes writes, for measuring.
    Relative URLs (fonts.css's url(fonts/...)) resolve against the package's templates/ and are
    served from the first of `roots` holding that file."""
    document = HTML(string=html, base_url=TEMPLATES.resolve().as_uri() + "/", url_fetcher=AssetFetcher(roots))
    with collecting_less():
        return document.render(pdf_variant=PDF_VARIANT)


_CLOCK_LOCK = threading.Lock()
_clock_users = 0  # PDFs being written now; SOURCE_DATE_EPOCH is ours while any is, if the user had not set it
_clock_ours = False


@contextmanager
def fixed_font_clock():
    """Where WeasyPrint subsets fonts with fontTools (no HarfBuzz subsetter on the system), fontTools
    stamps each subset's `head` table with the time of writing, so two builds of the same inputs differ.
    It takes the time from SOURCE_DATE_EPOCH, the reproducible-builds convention, when that is set: set
    it (to 0) while PDFs are written, unless the user has, and unset it after the last one; nested or concurrent
    writes share it. The variable is the process's: a thread or child started meanwhile would see it too (none is:
    pandoc runs before the PDFs are written)."""
    global _clock_users, _clock_ours
    with _CLOCK_LOCK:
        if _clock_users == 0:
            _clock_ours = "SOURCE_DATE_EPOCH" not in os.environ
            if _clock_ours:
                os.environ["SOURCE_DATE_EPOCH"] = "0"
        _clock_users += 1
    try:
        yield
    finally:
        with _CLOCK_LOCK:
            _clock_users -= 1
            if _clock_users == 0 and _clock_ours:
                os.environ.pop("SOURCE_DATE_EPOCH", None)


def pdf_bytes(html: str, roots: Roots = (TEMPLATES,)) -> bytes:
    """Lay out the print HTML; tagged (PDF/UA) for screen readers, fonts embedded as subsets."""
    document = layout(html, roots)
    with collecting_less(), fixed_font_clock():
        return document.write_pdf(pdf_variant=PDF_VARIANT)


def docx_args(html: str, toc: bool = True, reference: Path = REFERENCE_DOCX) -> list[str]:
    """pandoc reads our HTML (Word style names ride on data-custom-style) and writes DOCX with the
    styles of `reference` (templates/reference.docx); --sandbox keeps it from reading or fetching
    anything else. A table of contents comes from the template's pre-filled entries when it has
    them, else (unless `toc` is False) from pandoc's empty TOC field."""
    own_contents = "[[reportgen:toc-start]]" in html
    contents = ["--toc", "--toc-depth=1"] if toc and not own_contents else []
    return [*contents, f"--reference-doc={reference}"]


def docx_file(html: str, target: Path, toc: bool = True, reference: Path = REFERENCE_DOCX,
              charts: Iterable[Chart] = ()) -> None:
    """Write `target` as DOCX (see docx_args), waiting for pandoc; then docx_finish adds what pandoc
    cannot: page size, running header, cover page break, shading, properties."""
    to_docx(html, target, docx_args(html, toc, reference))
    finish_docx(target, DocxSettings.from_html(html), charts)


def finish_docx(docx: Path, settings: DocxSettings, charts: Iterable[Chart] = ()) -> None:
    """Rewrite the package once: every table row 'cantSplit' (Word and LibreOffice never cut a row
    across pages; pandoc sets no row properties but the header's), then docx_finish's steps."""
    with zipfile.ZipFile(docx) as archive:
        parts = {item.filename: archive.read(item.filename) for item in archive.infolist()}
    xml = parts["word/document.xml"].decode("utf-8")
    xml = xml.replace("<w:trPr>", "<w:trPr><w:cantSplit />")
    xml = re.sub(r"<w:tr>(?!<w:trPr>)", "<w:tr><w:trPr><w:cantSplit /></w:trPr>", xml)
    parts["word/document.xml"] = xml.encode("utf-8")
    parts = finish_parts(parts, settings, charts)
    write_package(docx, parts)


ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can say: no build clock in the file


def write_package(path: Path, parts: dict[str, bytes]) -> None:
    """Write a DOCX package so the same parts give the same bytes: every entry with one fixed time
    and mode, in the order given (pandoc's, [Content_Types].xml first), compressed alike."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # unix, whatever the machine
            archive.writestr(info, data, compresslevel=6)


def write_outputs(jobs: dict[Path, tuple[str, str]], progress=lambda stage: None, toc: bool = True,
                  reference: Path = REFERENCE_DOCX, charts: Iterable[Chart] = (),
                  roots: Roots = (TEMPLATES,)) -> None:
    """Write every output {path: (format, html)} through temp files, then move them all into place.
    A DOCX takes its styles from `reference`, a table of contents unless `toc` is False (the
    handout has its own reference.docx and no contents), and its charts from the model's `charts`;
    a PDF its fonts and images from the template `roots`.

    pandoc (a child process) converts the DOCX while WeasyPrint lays out the PDF here; if anything
    fails or the run is interrupted, pandoc is killed and every temp file removed before returning.
    """
    pandoc_inputs = {path: path.with_name(path.name + ".html") for path, (fmt, _) in jobs.items() if fmt == "docx"}
    with temp_files([*jobs, *pandoc_inputs.values()]) as temps:
        conversions: dict[Path, Conversion] = {}

        def docx_done(path: Path) -> None:  # in a worker thread: wait for pandoc, then finish the package
            conversions[path].wait()
            finish_docx(temps[path], DocxSettings.from_html(jobs[path][1]), charts)

        with ThreadPoolExecutor(max_workers=1) as pool:
            try:
                for path, html in pandoc_inputs.items():
                    conversions[path] = Conversion(jobs[path][1], temps[path], docx_args(jobs[path][1], toc, reference),
                                                   temps[html])
                pending = {path: pool.submit(docx_done, path) for path in conversions}
                write_in_place(jobs, temps, progress, roots)
                for path, future in pending.items():
                    with naming(path):
                        future.result()
                    progress("DOCX written")
            finally:  # before the pool waits for its thread: a failed or interrupted build stops pandoc now
                for conversion in conversions.values():
                    conversion.stop()
        for path in jobs:
            with naming(path):
                commit(temps[path], path)


def write_in_place(jobs: dict[Path, tuple[str, str]], temps: dict[Path, Path], progress,
                   roots: Roots = (TEMPLATES,)) -> None:
    """The PDF (laid out here, beside pandoc) and the HTML, each into its temp file."""
    for path, (fmt, html) in jobs.items():
        if fmt == "pdf":
            data = pdf_bytes(html, roots)
            with naming(path):
                temps[path].write_bytes(data)
        elif fmt == "html":
            with naming(path):
                temps[path].write_text(html, encoding="utf-8")
        if fmt != "docx":
            progress(f"{fmt.upper()} written")
