"""`reportgen export`: the verified edition as data, for spreadsheets and scripts.

Three tables, from the verified edition (the balance from the briefing's own document model, so
the two cannot disagree):
  excerpts  one row per excerpt (topic, stance, analyst and affiliation, source, locator, how it
            was verified, the quote as printed, note, word count)
  matrix    one row per analyst, one column per topic: the stances they take there
  balance   per topic, each voice's and each source's excerpts, quoted words and share
written as CSV (UTF-8 with a byte-order mark, so Excel keeps non-Latin names), one XLSX workbook
with a sheet per table, or one JSON document (see as_json for its structure).
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import textwrap
from pathlib import Path

from reportgen.build import DATA
from reportgen.build.pipeline import Jobs, Outcome, Progress, Variant, output_path, run
from reportgen.document.briefing import build_briefing
from reportgen.document.typography import smart_quotes
from reportgen.load.model import LANGUAGES, Edition
from reportgen.output.atomic import commit, naming, temp_files
from reportgen.problems import Problem
from reportgen.verify.excerpts import Report

FORMATS = DATA
TABLES = ("excerpts", "matrix", "balance")  # one CSV file each, in this order
JSON_FORMAT = 1  # bump when the structure of the JSON export changes
SILENT = "—"  # a matrix cell of an analyst silent on the topic, in the CSV and XLSX as in print

# (column header, width in the XLSX, wrapped) for the excerpts table, in order.
EXCERPT_COLUMNS = (("Topic", 20, True), ("Stance", 22, True), ("Analyst", 18, True), ("Affiliation", 24, True),
                   ("Source", 18, True), ("Locator", 9, False), ("Verified by", 24, True), ("Quote", 70, True),
                   ("Note", 30, True), ("Words", 7, False), ("Language", 10, False), ("Editor’s translation", 60, True))
BALANCE_COLUMNS = (("Topic", 24, True), ("By", 9, False), ("Name", 36, True), ("Excerpts", 10, False),
                   ("Quoted words", 14, False), ("Share %", 9, False))
# A CSV cell a spreadsheet would run as a formula (OWASP's CSV-injection advice): one that begins with one
# of these is written with a single quote before it, so spreadsheets take it as text. The JSON keeps the
# exact text; the XLSX needs nothing (every cell is typed).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LINE_HEIGHT = 15  # points per line of 11-point text: row heights are set, as LibreOffice does not fit them


def excerpt_rows(report: Report) -> list[dict]:
    """One dict per excerpt, in the order of topics.yaml; ids kept beside the printed names."""
    edition = report.edition
    rows = []
    for topic in edition.topics:
        for e in topic.excerpts:
            analyst, source, stance = edition.analysts[e.analyst], edition.sources[e.source], topic.stance(e.stance)
            rows.append({"topic_id": topic.id, "topic": topic.title,
                         "stance_id": e.stance, "stance": stance.label if stance else None,
                         "analyst_id": analyst.id, "analyst": analyst.name, "affiliation": analyst.affiliation,
                         "source_id": source.id, "source": source.label,
                         "paragraph": e.paragraph, "locator": e.where, "verified_by": e.check,
                         "quote": e.text, "language": edition.language_of(source.id), "translation": e.translation,
                         "reported": e.reported, "note": e.note, "words": e.words,
                         "line": edition.document.where(e.key)[0]})
    return rows


def stance_matrix(edition: Edition) -> list[dict]:
    """Per analyst (in topics.yaml's order): per topic id, the stance labels they take ('; '-joined),
    'spoke, no stance', or None when silent on it."""
    rows = []
    for analyst in edition.analysts.values():
        cells = {}
        for topic in edition.topics:
            said = [e for e in topic.excerpts if e.analyst == analyst.id]
            labels = list(dict.fromkeys(s.label for e in said if (s := topic.stance(e.stance))))
            cells[topic.id] = "; ".join(labels) if labels else ("spoke, no stance" if said else None)
        rows.append({"analyst_id": analyst.id, "analyst": analyst.name, "stances": cells})
    return rows


def balance_rows(report: Report) -> list[dict]:
    """Per topic, the share of quoted words of each voice, then of each source: the briefing's balance."""
    rows = []
    for section in build_briefing(report).sections:
        for by, shares in (("analyst", section.by_analyst), ("source", section.by_source)):
            rows += [{"topic_id": section.topic.id, "topic": section.topic.title, "by": by, "name": s.name,
                      "excerpts": s.excerpts, "words": s.words, "percent": s.percent} for s in shares]
    return rows


def as_json(report: Report) -> dict:
    """The JSON export; stable for scripts (bump JSON_FORMAT on change):

    {"format": 1,
     "edition": {"title", "number", "date", "file"},
     "topics": [{"id", "title", "question", "stances": {id: label}}],
     "excerpts": [{"topic_id", "topic", "stance_id", "stance", "analyst_id", "analyst", "affiliation",
                   "source_id", "source", "paragraph", "locator", "verified_by", "quote", "language",
                   "translation", "reported", "note", "words", "line"}],
     "matrix": [{"analyst_id", "analyst", "stances": {topic id: "label; label" | "spoke, no stance" | null}}],
     "balance": [{"topic_id", "topic", "by": "analyst"|"source", "name", "excerpts", "words", "percent"}]}
    "quote" is the text as the briefing prints it (the source's own characters, cuts as "[…]");
    "language" is the code of the quote's language ("en", "ru", "kk"); "translation" the editor's
    rendering of a quote in another language than the edition's.
    "reported" is true for reported speech (printed unquoted). Missing optional values (stance,
    affiliation, translation, note) are null; "line" is the excerpt's line in topics.yaml.
    """
    edition = report.edition
    return {"format": JSON_FORMAT,
            "edition": {"title": edition.title, "number": edition.number, "date": edition.date,
                        "file": edition.path.name},
            "topics": [{"id": t.id, "title": t.title, "question": t.question,
                        "stances": {s.id: s.label for s in t.stances}} for t in edition.topics],
            "excerpts": excerpt_rows(report), "matrix": stance_matrix(edition), "balance": balance_rows(report)}


def tables(report: Report) -> dict[str, tuple[list[str], list[list]]]:
    """The three tables as (header, rows) of printable cells, for CSV and XLSX: quotation marks and
    apostrophes set as the briefing prints them (“terrorist”, not "terrorist"), except in a quote,
    which keeps the source's own characters; the JSON keeps every text exactly."""
    edition = report.edition
    excerpts = [[*map(_printed, [r["topic"], r["stance"], r["analyst"], r["affiliation"], r["source"], r["locator"],
                                 r["verified_by"]]), r["quote"], _printed(r["note"]), r["words"],
                 LANGUAGES[r["language"]], _printed(r["translation"])]
                for r in excerpt_rows(report)]
    # Silent on a topic: "—", as the briefing's matrix prints it (the JSON keeps null).
    matrix = [[_printed(r["analyst"]), *(_printed(r["stances"][t.id]) or SILENT for t in edition.topics)]
              for r in stance_matrix(edition)]
    balance = [[_printed(r["topic"]), r["by"], _printed(r["name"]), r["excerpts"], r["words"], r["percent"]]
               for r in balance_rows(report)]
    return {"excerpts": ([c[0] for c in EXCERPT_COLUMNS], excerpts),
            "matrix": (["Analyst", *(_printed(t.title) for t in edition.topics)], matrix),
            "balance": ([c[0] for c in BALANCE_COLUMNS], balance)}


def _printed(cell):
    """A text cell with the briefing's quotation marks; anything else as it is, and a cell a
    spreadsheet would take for a formula keeps its characters exactly (it is written quoted)."""
    return smart_quotes(cell) if isinstance(cell, str) and not cell.startswith(FORMULA_STARTS) else cell


def csv_bytes(header: list[str], rows: list[list]) -> bytes:
    """UTF-8 with a byte-order mark (Excel then reads it as UTF-8), CRLF line ends as RFC 4180 says; a text
    cell a spreadsheet would run as a formula gets a single quote before it (spreadsheet_text)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([spreadsheet_text(cell) for cell in header])
    writer.writerows([["" if cell is None else spreadsheet_text(cell) for cell in row] for row in rows])
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def spreadsheet_text(cell):
    """A text cell beginning with one of FORMULA_STARTS, with a single quote before it; anything else as it is."""
    return f"'{cell}" if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell


def xlsx_bytes(report: Report) -> bytes:
    """One workbook: Excerpts, Matrix, Balance; frozen header, filters, set widths, wrapped long text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    edition = report.edition
    book = Workbook()
    layouts = {"excerpts": EXCERPT_COLUMNS,
               "matrix": (("Analyst", 30, True), *((t.title, 24, True) for t in edition.topics)),
               "balance": BALANCE_COLUMNS}
    for n, (name, (header, rows)) in enumerate(tables(report).items()):
        sheet = book.active if n == 0 else book.create_sheet()
        sheet.title = name.capitalize()
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        for cells in sheet.iter_rows():  # the header too: it holds topic titles
            for cell in cells:
                if cell.data_type == "f":  # a title or quote that begins with "=" is text, never a formula
                    cell.data_type = "s"
        for col, (_, width, wrap) in enumerate(layouts[name], 1):
            letter = get_column_letter(col)
            sheet.column_dimensions[letter].width = width
            align = Alignment(wrap_text=wrap, vertical="top")
            for cell in sheet[letter][1:]:
                cell.alignment = align
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDDDDD")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for number, cells in enumerate(sheet.iter_rows(), 1):
            sheet.row_dimensions[number].height = LINE_HEIGHT * max(
                [_lines(cell.value, width) for cell, (_, width, wrap) in zip(cells, layouts[name]) if wrap] or [1])
        sheet.freeze_panes = "B2" if name == "matrix" else "A2"
        sheet.auto_filter.ref = sheet.dimensions
        # Printed: landscape, as wide as the page, the header row on every page.
        sheet.print_title_rows = "1:1"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.properties.title = edition.title
    book.properties.subject = f"Edition {edition.number}, {edition.date}: verified excerpts"
    when = _edition_time(edition.date)  # the edition's date, not the clock: the same edition, the same bytes
    book.properties.created = book.properties.modified = when
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


class DataExport(Variant):
    """`reportgen export`: the verified edition as CSV, XLSX or JSON; a variant of the one pipeline that
    renders bytes, not HTML, and is written every time (a script asking for data gets fresh files)."""

    name = "data"
    formats = FORMATS
    stamped = False

    def outputs(self, edition: Edition, out: Path, formats: tuple[str, ...]) -> dict[Path, str]:
        self.out = out
        paths = {output_path(edition, out, "csv", f"-{name}"): "csv" for name in TABLES} if "csv" in formats else {}
        return paths | {output_path(edition, out, fmt): fmt for fmt in ("xlsx", "json") if fmt in formats}

    def render(self, run: Outcome, outputs: dict[Path, str], paper: str, progress: Progress) -> tuple[Jobs,
                                                                                                       list[Problem]]:
        report = run.report
        assert report is not None  # the pipeline renders only a verified run
        edition, formats, out = report.edition, set(outputs.values()), self.out
        data: dict[Path, bytes] = {}
        if "csv" in formats:
            for name, (header, rows) in tables(report).items():
                data[output_path(edition, out, "csv", f"-{name}")] = csv_bytes(header, rows)
        if "xlsx" in formats:
            data[output_path(edition, out, "xlsx")] = xlsx_bytes(report)
        if "json" in formats:
            data[output_path(edition, out, "json")] = (json.dumps(as_json(report), indent=2, ensure_ascii=False)
                                                       + "\n").encode("utf-8")
        self.data = data
        return {path: (fmt, "") for path, fmt in outputs.items()}, []

    def write(self, jobs: Jobs, progress: Progress) -> None:
        """The one atomic writer: every file into a temp file first, then all moved into place; a failure
        (a full disk, Ctrl-C) leaves the earlier outputs as they were and no temp file behind."""
        with temp_files(list(jobs)) as temps:
            for path in jobs:
                with naming(path):
                    temps[path].write_bytes(self.data[path])
            for path in jobs:
                with naming(path):
                    commit(temps[path], path)


def export(topics: Path, formats=FORMATS, out: Path = Path("out")) -> Outcome:
    """Verify (refusing on any failure, as build does), then write the chosen formats atomically."""
    return run(DataExport(), topics, tuple(formats), out=out)


def _lines(value, width: int) -> int:
    """How many lines a wrapped cell takes in a column `width` characters wide: wrapped at word
    breaks as a spreadsheet wraps them (a word never split unless longer than the line), so the
    estimate is generous and no text is hidden under the next row."""
    if value is None:
        return 1
    per_line = max(width - 1, 4)
    lines = 0
    for part in str(value).split("\n"):
        lines += len(textwrap.wrap(part, per_line, break_long_words=True, break_on_hyphens=False)) or 1
    return lines


def _edition_time(date: str) -> datetime.datetime:
    try:
        return datetime.datetime.fromisoformat(str(date))
    except ValueError:
        return datetime.datetime(2000, 1, 1)
