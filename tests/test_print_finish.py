"""The last mile to print, read back from the files: key points as body text, a one-line running
header, custom properties without build settings, a PDF Author only when an editor is stated."""

import zipfile

import docx
import pytest
from conftest import REPO
from fontTools.ttLib import TTFont

from reportgen.output.docx_finish import MARGINS, PAGE_SIZES, fitted_header
from reportgen.output.render import TEMPLATES

SERIF = TTFont(TEMPLATES / "fonts" / "DejaVuSerif.ttf")  # wider than Georgia: LibreOffice's stand-in for it


def width_pt(text: str, size: float = 8) -> float:
    cmap, advances = SERIF.getBestCmap(), SERIF["hmtx"]
    return sum(advances[cmap.get(ord(c), cmap[ord("M")])][0] for c in text) / SERIF["head"].unitsPerEm * size


def size_of(paragraph):
    """A paragraph's font size in points, from its runs or up its style chain."""
    sizes = {run.font.size.pt for run in paragraph.runs if run.font.size}
    if sizes:
        return min(sizes)
    style = paragraph.style
    while style is not None:
        if style.font.size:
            return style.font.size.pt
        style = style.base_style
    return None


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from reportgen.cli import main

    out = tmp_path_factory.mktemp("out")
    assert main(["build", str(REPO / "topics.yaml"), "--out", str(out), "--quiet", "--format", "docx"]) == 0
    return next(out.glob("*.docx"))


def test_the_key_points_are_body_text_not_fine_print(built):
    import yaml

    points = yaml.safe_load((REPO / "topics.yaml").read_text(encoding="utf-8"))["edition"]["key_points"]
    key_points_are_body_text(built, points)


def key_points_are_body_text(path, points) -> None:
    """Assert the DOCX's key points follow their heading in a style no smaller than Normal's, not Compact."""
    document = docx.Document(path)
    body = document.styles["Normal"].font.size.pt
    texts = [p.text for p in document.paragraphs]
    start = texts.index("Key points") + 1
    found = document.paragraphs[start:start + len(points)]
    assert [p.text[:40] for p in found] == [point[:40] for point in points]
    for paragraph in found:
        assert paragraph.style.name != "Compact"
        assert size_of(paragraph) >= body


def test_the_running_header_is_one_line(built):
    document = docx.Document(built)
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    assert header.startswith("Kazakhstan in Crisis")
    width = (PAGE_SIZES["a4"][0] - MARGINS["left"] - MARGINS["right"]) / 20
    assert width_pt(header) < width


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_any_header_is_fitted_to_one_line(paper):
    width = PAGE_SIZES[paper][0] - MARGINS["left"] - MARGINS["right"]
    for text in ("A short title · Edition 2 · Information as of 1 May 2024",
                 "Kazakhstan in Crisis: What the Analysts Say about the January 2022 Unrest · Edition 1 · "
                 "Information as of 15 January 2022", "Word " * 60 + "· Edition 3"):
        line = fitted_header(text, width)
        assert width_pt(line) < width / 20 and line.split(" · ")[0][:10] == text[:10]
    assert fitted_header("A short title · Edition 2", width) == "A short title · Edition 2"


def test_the_docx_properties_hold_no_build_settings(built):
    with zipfile.ZipFile(built) as archive:
        custom = archive.read("docProps/custom.xml").decode("utf-8")
    for setting in ("docx-", "viewport", "initial-scale"):
        assert setting not in custom
    assert 'name="subtitle"' in custom and 'pid="2"' in custom
    assert docx.Document(built).core_properties.title.startswith("Kazakhstan in Crisis")


def test_the_pdf_author_is_the_editor_when_stated(tmp_path):
    import pypdf
    from test_build import build, small_project

    topics = small_project(tmp_path)  # editor: Test Desk
    assert build(topics, "--format", "pdf") == 0
    assert pypdf.PdfReader(next((tmp_path / "out").glob("*.pdf"))).metadata.author == "Test Desk"


def test_xlsx_row_heights_follow_the_wrapped_text(tmp_path):
    from reportgen.cli import main

    assert main(["export", str(REPO / "topics.yaml"), "--out", str(tmp_path), "--format", "xlsx"]) == 0
    assert rows_fit_their_text(next(tmp_path.glob("*.xlsx"))) > 100


def rows_fit_their_text(path) -> int:
    """Assert each row of the workbook is tall enough for its wrapped cells; how many cells were checked."""
    import math

    import openpyxl

    book = openpyxl.load_workbook(path)
    checked = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows(min_row=2):
            height = sheet.row_dimensions[row[0].row].height
            for cell in row:
                if cell.value is None or not cell.alignment.wrap_text:
                    continue
                width = sheet.column_dimensions[cell.column_letter].width
                # at least one line per `width` characters, and one more where a word breaks the line early
                lines = sum(math.ceil(len(part) / width) or 1 for part in str(cell.value).split("\n"))
                assert height >= 15 * lines, (sheet.title, cell.coordinate, height, lines)
                checked += 1
    return checked


def test_the_docx_appendix_keeps_italic_titles_and_no_doubled_punctuation(built):
    entries = [p for p in docx.Document(built).paragraphs if "Author:" in p.text and "Publisher:" in p.text]
    assert entries
    for entry in entries:
        assert entry.runs[0].italic  # the title
        assert not any(mark + "." in entry.text for mark in ("?", "!", "…", ".."))


def test_the_handout_timeline_cells_are_set_to_stay_on_the_cover(tmp_path):
    """At 11 pt with spaced cell paragraphs the timeline's last row took page 2 of the DOCX (12 pages
    where the PDF takes 11); 10.5 pt, unspaced, keeps it on the cover in LibreOffice and Word."""
    from reportgen.cli import main

    assert main(["handout", str(REPO / "topics.yaml"), "--out", str(tmp_path), "--quiet", "--format", "docx"]) == 0
    document = docx.Document(next(tmp_path.glob("*-handout.docx")))
    compact = document.styles["Compact"]
    assert compact.font.size.pt == 10.5
    assert compact.paragraph_format.space_before.pt == compact.paragraph_format.space_after.pt == 0
    timeline = document.tables[0]
    assert all(p.style.name == "Compact" for row in timeline.rows[1:] for cell in row.cells for p in cell.paragraphs)


def test_silent_cells_of_the_exported_matrix_read_as_in_print(tmp_path):
    import csv

    import openpyxl

    from reportgen.cli import main

    assert main(["export", str(REPO / "topics.yaml"), "--out", str(tmp_path), "--format", "csv,xlsx"]) == 0
    rows = list(csv.reader(next(tmp_path.glob("*-matrix.csv")).read_text(encoding="utf-8-sig").splitlines()))
    cells = [c for row in rows[1:] for c in row[1:]]
    assert "—" in cells and "" not in cells
    sheet = openpyxl.load_workbook(next(tmp_path.glob("*.xlsx")))["Matrix"]
    values = [c.value for row in sheet.iter_rows(min_row=2, min_col=2) for c in row]
    assert "—" in values and None not in values


def test_the_exported_tables_set_quotation_marks_as_the_briefing_does(tmp_path):
    import csv

    from reportgen.cli import main

    assert main(["export", str(REPO / "topics.yaml"), "--out", str(tmp_path), "--format", "csv"]) == 0
    for table in ("excerpts", "matrix", "balance"):
        rows = list(csv.reader(next(tmp_path.glob(f"*-{table}.csv")).read_text(encoding="utf-8-sig").splitlines()))
        for row in rows:
            for cell in row:
                assert '"' not in cell and not any(c in cell for c in "'") or cell.startswith("'="), (table, cell)
    stances = [row[1] for row in csv.reader(next(tmp_path.glob("*-excerpts.csv")).read_text(
        encoding="utf-8-sig").splitlines())]
    assert any("“terrorist”" in s for s in stances)


def test_the_docx_keeps_each_tables_last_three_rows_together(built):
    """No page holds only a table's last row or two: the two rows before the last keep with the next."""
    from reportgen.output.docx_finish import TAIL_ROWS

    tables = [t for t in docx.Document(built).tables if len(t.rows) > TAIL_ROWS]
    assert len(tables) >= 5  # at a glance, the shares tables, the checksums
    for table in tables:
        for index, row in enumerate(table.rows):
            kept = all(p.paragraph_format.keep_with_next for cell in row.cells for p in cell.paragraphs)
            if index >= len(table.rows) - TAIL_ROWS and index < len(table.rows) - 1:
                assert kept, (table.rows[0].cells[0].text, index)
