"""Regenerate reportgen/output/templates/handout/reference.docx: the briefing's reference.docx with classroom sizes and
the handout's own Word styles ("Question", "Answer Space": ruled lines to write on).

Run `python scripts/make_handout_reference_docx.py` after changing a style here or after regenerating
templates/reference.docx. The DOCX handout takes every style from this file, so a teacher restyles
the whole handout from Word's style pane. Needs python-docx (pip install -e ".[test]").
"""

import sys
from pathlib import Path

import docx
from docx.enum.text import WD_LINE_SPACING
from docx.shared import Cm, Pt
from make_reference_docx import HEADINGS, border_set, paragraph_style, save_reproducibly
from make_reference_docx import TARGET as BRIEFING

TARGET = BRIEFING.parent / "handout" / "reference.docx"


def borders(style, edges):
    """Black paragraph borders on the given edges ('between' rules each of consecutive paragraphs)."""
    style.element.get_or_add_pPr().append(border_set("w:pBdr", edges, "6", "4", "666666"))


def main(target: Path = TARGET, briefing: Path = BRIEFING):
    document = docx.Document(str(briefing))
    styles = document.styles
    styles["Normal"].font.size = Pt(12)  # 12.5 pt ran topics to three pages in LibreOffice
    for name, size in (("Title", 24), ("Subtitle", 13), ("Heading 1", 19), ("Heading 2", 13.5)):
        styles[name].font.size = Pt(size)
    styles["Quote"].font.size = Pt(11.5)
    styles["Reported Speech"].font.size = Pt(11.5)
    styles["Translation"].font.size = Pt(11)
    styles["Quote Attribution"].font.size = Pt(10)
    styles["Note"].font.size = Pt(10)
    for name in ("Definition Term", "Definition"):
        styles[name].font.size = Pt(11)
    # Compact: table cells (timeline, key). 10.5 pt with no space around the paragraph in a cell,
    # so the timeline stays on the cover page, as in the PDF (at 11 pt its last row took page 2).
    styles["Compact"].font.size = Pt(10.5)
    styles["Compact"].paragraph_format.space_before = styles["Compact"].paragraph_format.space_after = Pt(0)
    styles["Definition Term"].font.bold = True
    styles["Definition Term"].font.name = HEADINGS

    question = paragraph_style(document, "Question")
    question.font.name, question.font.size, question.font.bold = HEADINGS, Pt(12), True
    question.paragraph_format.keep_with_next = True
    question.paragraph_format.space_after = Pt(8)
    borders(question, ("top", "left", "bottom", "right"))

    answer = paragraph_style(document, "Answer Space")
    answer.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    answer.paragraph_format.line_spacing = Cm(0.7)
    answer.paragraph_format.space_before = answer.paragraph_format.space_after = Pt(0)
    borders(answer, ("bottom", "between"))

    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(1.8)
    section.top_margin = section.bottom_margin = Cm(1.6)
    save_reproducibly(document, target)
    print(f"wrote {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
