"""Regenerate reportgen/templates/reference.docx: pandoc's default reference document with our Word styles.

Run `python scripts/make_reference_docx.py` after changing a style here. The DOCX briefing takes
every style from this file, so an editor restyles the whole document from Word's style pane.
Needs python-docx (pip install -e ".[test]").
"""

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pypandoc
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TARGET = Path(__file__).resolve().parent.parent / "reportgen" / "output" / "templates" / "reference.docx"
BODY, HEADINGS = "Georgia", "Arial"


def paragraph_style(document, name, base="Normal"):
    styles = document.styles
    if name in [s.name for s in styles]:
        return styles[name]
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.quick_style = True
    return style


def field(paragraph, instruction):
    """Append a Word field (PAGE, NUMPAGES) that Word and LibreOffice update on display."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {instruction} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def border_set(tag, edges, size, space, color):
    """A <w:tblBorders> or <w:pBdr> element with a single line on each edge."""
    borders = OxmlElement(tag)
    for edge in edges:
        element = OxmlElement(f"w:{edge}")
        for key, value in (("val", "single"), ("sz", size), ("space", space), ("color", color)):
            element.set(qn(f"w:{key}"), value)
        borders.append(element)
    return borders


def table_borders(style):
    """Thin borders on every cell of the 'Table' style pandoc assigns to tables."""
    tbl_pr = style.element.find(qn("w:tblPr"))
    if tbl_pr is None:
        tbl_pr = OxmlElement("w:tblPr")
        style.element.append(tbl_pr)
    tbl_pr.append(border_set("w:tblBorders", ("top", "left", "bottom", "right", "insideH", "insideV"),
                             "4", "0", "999999"))


FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the zip format's epoch: the same styles give the same bytes


def save_reproducibly(document, target: Path) -> None:
    """Save a python-docx document as a zip whose members carry a fixed timestamp and mode, in a fixed
    order, so that regenerating an unchanged reference document changes no byte."""
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as source:
        parts = [(item.filename, source.read(item)) for item in source.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            member = zipfile.ZipInfo(name, FIXED_TIME)
            member.compress_type, member.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            archive.writestr(member, data)
    Path(target).write_bytes(out.getvalue())


def main(target: Path = TARGET):
    pandoc_default = subprocess.run([pypandoc.get_pandoc_path(), "--print-default-data-file", "reference.docx"],
                                    check=True, capture_output=True).stdout
    document = docx.Document(io.BytesIO(pandoc_default))
    styles = document.styles
    styles["Normal"].font.name = BODY
    styles["Normal"].font.size = Pt(10.5)
    for name, size in (("Title", 26), ("Subtitle", 14), ("Heading 1", 16), ("Heading 2", 12.5), ("Heading 3", 11)):
        style = styles[name]
        style.font.name, style.font.size = HEADINGS, Pt(size)
        style.font.color.rgb = RGBColor(0x11, 0x11, 0x11)
        style.paragraph_format.keep_with_next = True
    styles["Heading 1"].paragraph_format.page_break_before = True
    quote = paragraph_style(document, "Quote")
    quote.font.italic = True
    quote.paragraph_format.left_indent = Cm(1)
    quote.paragraph_format.keep_with_next = True
    quote.paragraph_format.space_after = Pt(2)
    attribution = paragraph_style(document, "Quote Attribution")
    attribution.font.name, attribution.font.size = HEADINGS, Pt(8.5)
    attribution.paragraph_format.left_indent = Cm(1)
    attribution.paragraph_format.space_after = Pt(8)
    # Reported speech is the source's account, not the analyst's words: upright, not italic, and
    # ruled with dots down its left edge, where a quotation has none.
    reported = paragraph_style(document, "Reported Speech")
    reported.font.italic = False
    reported.paragraph_format.left_indent = Cm(1)
    reported.paragraph_format.keep_with_next = True
    reported.paragraph_format.space_after = Pt(2)
    edge = border_set("w:pBdr", ("left",), "8", "8", "888888")
    edge[0].set(qn("w:val"), "dotted")
    reported.element.get_or_add_pPr().append(edge)
    # The editor's translation of a quote in another language: upright (the original is the italic
    # quotation), under it, kept with the attribution that follows.
    translation = paragraph_style(document, "Translation")
    translation.font.italic = False
    translation.font.size = Pt(9.5)
    translation.paragraph_format.left_indent = Cm(1)
    translation.paragraph_format.keep_with_next = True
    translation.paragraph_format.space_after = Pt(2)
    note = paragraph_style(document, "Note")
    note.font.size, note.font.italic = Pt(8.5), True
    note.paragraph_format.left_indent = Cm(1)
    styles["Compact"].font.size = Pt(8.5)  # table cells: the matrix has a column per topic
    table_borders(styles["Table"])
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.6), Cm(1.8)
    footer = section.footer.paragraphs[0] if section.footer.paragraphs else section.footer.add_paragraph()
    footer.alignment = 1
    footer.add_run("Page ")
    field(footer, "PAGE")
    footer.add_run(" of ")
    field(footer, "NUMPAGES")
    save_reproducibly(document, target)
    print(f"wrote {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
