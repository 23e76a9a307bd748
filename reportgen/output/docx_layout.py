"""The DOCX laid out once, roughly, to number its contents' pages.

A TOC field's page numbers are PAGEREF fields whose cached result is what LibreOffice shows (it
does not update them) and what Word shows until it updates the fields (it is asked to, on opening).
This module estimates that result from the finished document.xml and styles.xml: paragraphs wrapped
word by word in the package's own fonts (DejaVu Serif for the serif text, which is also LibreOffice's
stand-in for Georgia; DejaVu Sans Condensed, scaled, for Arial's metric twin Liberation Sans), the
styles' spacing, indents, keepNext and pageBreakBefore, tables row by row with their repeated header,
images by their extent. An estimate: a page number may be one off where a page is nearly full.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace

from reportgen.output.render import TEMPLATES

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
FONTS = TEMPLATES / "fonts"
# A sans font (Arial, Liberation Sans) is measured in DejaVu Sans Condensed times these factors
# (Liberation Sans's advance over DejaVu Sans Condensed's on English text: regular, bold).
SANS_SCALE = {False: 0.973, True: 0.928}
LINE_HEIGHT = {"serif": 1.164, "sans": 1.150}  # ascent + descent (+ gap) in ems, as LibreOffice spaces a line
TAB_TWIPS = 720  # a tab stop every half inch
DEFAULT_CELL_MARGIN = 108  # twips left and right of a table cell's text (Word's default)


@dataclass(frozen=True)
class Style:
    """A paragraph's properties that take room: in twips, sizes in half points."""

    before: int = 0
    after: int = 0
    line: int = 240  # 240ths of a line ("auto"), or twips when exact
    exact: bool = False
    left: int = 0
    right: int = 0
    first: int = 0  # first-line indent (negative: hanging)
    size: int = 24
    sans: bool = False
    bold: bool = False
    keep_next: bool = False
    keep_lines: bool = False
    break_before: bool = False


def _attr(element: ET.Element | None, name: str) -> str | None:
    return None if element is None else element.get(W + name)


def _flag(parent: ET.Element, name: str) -> bool | None:
    element = parent.find(W + name)
    if element is None:
        return None
    return _attr(element, "val") not in ("0", "false", "off")


def _apply(style: Style, ppr: ET.Element | None, rpr: ET.Element | None) -> Style:
    """`style` with what a pPr and an rPr say (either may be None)."""
    changes: dict = {}
    if ppr is not None:
        spacing = ppr.find(W + "spacing")
        if spacing is not None:
            for key, name in (("before", "before"), ("after", "after"), ("line", "line")):
                if _attr(spacing, name) is not None:
                    changes[key] = int(_attr(spacing, name) or 0)
            if _attr(spacing, "lineRule") is not None:  # "auto": 240ths of a line
                changes["exact"] = _attr(spacing, "lineRule") in ("exact", "atLeast")
        ind = ppr.find(W + "ind")
        if ind is not None:
            for key, names in (("left", ("left", "start")), ("right", ("right", "end"))):
                value = next((_attr(ind, n) for n in names if _attr(ind, n) is not None), None)
                if value is not None:
                    changes[key] = int(value)
            if _attr(ind, "firstLine") is not None:
                changes["first"] = int(_attr(ind, "firstLine") or 0)
            if _attr(ind, "hanging") is not None:
                changes["first"] = -int(_attr(ind, "hanging") or 0)
        for key, name in (("keep_next", "keepNext"), ("keep_lines", "keepLines"),
                          ("break_before", "pageBreakBefore")):
            flag = _flag(ppr, name)
            if flag is not None:
                changes[key] = flag
    if rpr is not None:
        size = rpr.find(W + "sz")
        if size is not None and _attr(size, "val"):
            changes["size"] = int(_attr(size, "val") or 24)
        fonts = rpr.find(W + "rFonts")
        if fonts is not None and _attr(fonts, "ascii"):
            changes["sans"] = _is_sans(_attr(fonts, "ascii") or "")
        bold = _flag(rpr, "b")
        if bold is not None:
            changes["bold"] = bold
    return replace(style, **changes)


def _is_sans(font: str) -> bool:
    return any(word in font.lower() for word in ("arial", "sans", "helvetica", "calibri"))


class Styles:
    """The paragraph styles of styles.xml, each resolved through its basedOn chain."""

    def __init__(self, xml: bytes):
        root = ET.fromstring(xml)
        defaults = root.find(f"{W}docDefaults")
        base = Style()
        if defaults is not None:
            base = _apply(base, defaults.find(f"{W}pPrDefault/{W}pPr"), defaults.find(f"{W}rPrDefault/{W}rPr"))
        self.base = base
        self.raw = {s.get(W + "styleId"): s for s in root.findall(W + "style")
                    if s.get(W + "type") in ("paragraph", "character", "table")}
        self.default = next((s.get(W + "styleId") for s in root.findall(W + "style")
                             if s.get(W + "type") == "paragraph" and s.get(W + "default") == "1"), None)

    @functools.cache  # noqa: B019 - one Styles per layout, dropped with it
    def paragraph(self, style_id: str | None) -> Style:
        element = self.raw.get(style_id or self.default)
        if element is None:
            return self.base if style_id == self.default else self.paragraph(self.default)
        parent = _attr(element.find(W + "basedOn"), "val")
        style = self.paragraph(parent) if parent and parent != style_id else self.base
        return _apply(style, element.find(W + "pPr"), element.find(W + "rPr"))

    def cell_margins(self, style_id: str | None) -> int:
        element = self.raw.get(style_id or "")
        margins = element.find(f"{W}tblPr/{W}tblCellMar") if element is not None else None
        if margins is None:
            return 2 * DEFAULT_CELL_MARGIN
        return sum(int(_attr(margins.find(W + side), "w") or DEFAULT_CELL_MARGIN) for side in ("left", "right"))


@functools.cache
def _advances(name: str) -> dict[int, float]:
    from fontTools.ttLib import TTFont  # WeasyPrint's dependency

    font = TTFont(FONTS / name)
    units, metrics = font["head"].unitsPerEm, font["hmtx"]
    return {code: metrics[glyph][0] / units for code, glyph in font.getBestCmap().items()}


def _width(text: str, style: Style) -> float:
    """The width of `text` in twips in the style's font and size."""
    name = ("DejaVuSansCondensed" if style.sans else "DejaVuSerif") + ("-Bold" if style.bold else "") + ".ttf"
    advances = _advances(name)
    fallback = advances.get(ord("M"), 1.0)
    ems = sum(advances.get(ord(c), fallback) for c in text)
    return ems * (SANS_SCALE[style.bold] if style.sans else 1.0) * style.size * 10


def _line_height(style: Style) -> float:
    if style.exact:
        return float(style.line)
    return LINE_HEIGHT["sans" if style.sans else "serif"] * style.size * 10 * style.line / 240


@dataclass
class Block:
    """A paragraph as laid out at one width: its lines' heights, spacing, and what it keeps with."""

    lines: list[float]
    before: float
    after: float
    keep_next: bool
    keep_lines: bool
    break_before: bool
    page_break_after: bool = False  # a <w:br w:type="page"/> inside it
    bookmarks: tuple[str, ...] = ()


def _runs(paragraph: ET.Element, styles: Styles, style: Style):
    """(kind, value, style) for each piece of the paragraph: text, tab, line break, page break, image."""
    for element in paragraph.iter():
        if element.tag == W + "r":
            rpr = element.find(W + "rPr")
            run_style = style
            if rpr is not None:
                character = _attr(rpr.find(W + "rStyle"), "val")
                if character and character in styles.raw:
                    run_style = _apply(run_style, None, styles.raw[character].find(W + "rPr"))
                run_style = _apply(run_style, None, rpr)
            for child in element:  # a field's instruction (instrText) takes no room; its result does
                if child.tag == W + "t" and child.text:
                    yield "text", child.text, run_style
                elif child.tag == W + "tab":
                    yield "tab", "", run_style
                elif child.tag == W + "br":
                    yield ("page" if _attr(child, "type") == "page" else "line"), "", run_style
                elif child.tag == W + "drawing":
                    extent = child.find(f".//{WP}extent")
                    if extent is not None:
                        yield "image", int(extent.get("cy", "0")) / 635, run_style


def _paragraph(paragraph: ET.Element, styles: Styles, width: float, numbered_indent: int = 720) -> Block:
    ppr = paragraph.find(W + "pPr")
    style_id = _attr(ppr.find(W + "pStyle"), "val") if ppr is not None else None
    style = _apply(styles.paragraph(style_id), ppr, ppr.find(W + "rPr") if ppr is not None else None)
    if ppr is not None and ppr.find(W + "numPr") is not None and style.left == 0:
        style = replace(style, left=numbered_indent, first=-360)
    available = max(width - style.left - style.right, 1000.0)
    lines: list[float] = []
    x, height = float(max(style.first, 0)), 0.0
    page_break = False

    def end_line():
        nonlocal x, height
        lines.append(height or _line_height(style))
        x, height = 0.0, 0.0

    for kind, value, run_style in _runs(paragraph, styles, style):
        if kind == "page":
            page_break = True
            continue
        if kind == "line":
            end_line()
            continue
        if kind == "image":
            if x > 0:
                end_line()
            lines.append(float(value))
            continue
        if kind == "tab":
            x = (x // TAB_TWIPS + 1) * TAB_TWIPS
            x = min(x, available)
            height = max(height, _line_height(run_style))
            continue
        for word in re.findall(r"\S+\s*|\s+", value):
            w = _width(word, run_style)
            if x > 0 and x + _width(word.rstrip(), run_style) > available:
                end_line()
            while w > available:  # a word longer than the line breaks anywhere
                lines.append(max(height, _line_height(run_style)))
                w -= available
            x += w
            height = max(height, _line_height(run_style))
    if x > 0 or height or not lines:
        end_line()
    bookmarks = tuple(b.get(W + "name", "") for b in paragraph.iter(W + "bookmarkStart"))
    return Block(lines, style.before, style.after, style.keep_next, style.keep_lines, style.break_before,
                 page_break, bookmarks)


def _cell_height(cell: ET.Element, styles: Styles, width: float) -> float:
    height = 0.0
    for child in cell:
        if child.tag == W + "p":
            block = _paragraph(child, styles, width)
            height += block.before + sum(block.lines) + block.after
        elif child.tag == W + "tbl":
            height += sum(row[0] for row in _rows(child, styles, width))
    return height


def _rows(table: ET.Element, styles: Styles, width: float) -> list[tuple[float, bool, bool]]:
    """Each row's height, whether it is a header row (repeated on each page), and whether it keeps
    with the next (its paragraphs keepNext: a group label)."""
    style_id = _attr(table.find(f"{W}tblPr/{W}tblStyle"), "val")
    margins = styles.cell_margins(style_id)
    grid = [int(_attr(c, "w") or 0) for c in table.findall(f"{W}tblGrid/{W}gridCol")]
    scale = width / sum(grid) if grid and sum(grid) else 1.0
    columns = [g * scale for g in grid] or [width]
    rows = []
    for row in table.findall(W + "tr"):
        header = row.find(f"{W}trPr/{W}tblHeader") is not None
        at, tallest = 0, 0.0
        for cell in row.findall(W + "tc"):
            span = int(_attr(cell.find(f"{W}tcPr/{W}gridSpan"), "val") or 1)
            cell_width = sum(columns[at:at + span]) or width
            at += span
            tallest = max(tallest, _cell_height(cell, styles, cell_width - margins))
        keep = all(_flag(ppr, "keepNext") for ppr in row.iter(W + "pPr")) and row.find(f".//{W}pPr") is not None
        rows.append((tallest + 20, header, keep))  # and the rule under it
    return rows


def page_numbers(document: bytes, styles_xml: bytes, page: tuple[int, int], margins: dict[str, int]) -> dict[str, int]:
    """The page (from 1) each bookmark of the body starts on, laid out roughly as a word processor would."""
    styles = Styles(styles_xml)
    width = page[0] - int(margins["left"]) - int(margins["right"]) - int(margins.get("gutter", 0))
    height = page[1] - int(margins["top"]) - int(margins["bottom"])
    body = ET.fromstring(document).find(W + "body")
    assert body is not None
    found: dict[str, int] = {}
    number, y = 1, 0.0
    pending: list[str] = []
    previous_after = 0.0

    def new_page():
        nonlocal number, y, previous_after
        number, y, previous_after = number + 1, 0.0, 0.0

    children = list(body)
    blocks: list = []
    for child in children:
        if child.tag == W + "p":
            blocks.append(_paragraph(child, styles, width))
        elif child.tag == W + "tbl":
            blocks.append(_rows(child, styles, width))
        elif child.tag == W + "bookmarkStart":
            blocks.append(child.get(W + "name", ""))
    for index, block in enumerate(blocks):
        if isinstance(block, str):
            pending.append(block)
            continue
        if isinstance(block, list):  # a table's rows
            header = sum(row[0] for row in block if row[1])
            for name in pending:
                found.setdefault(name, number)
            pending = []
            y += previous_after
            for at, (row, _, keep) in enumerate(block):
                need = row + (block[at + 1][0] if keep and at + 1 < len(block) else 0)
                if y + need > height and y > header:
                    new_page()
                    y = header
                y += row
            previous_after = 0.0
            continue
        if block.break_before and y > 0:
            new_page()
        # Between two paragraphs the larger of the one's space after and the next's space before,
        # as LibreOffice lays out a Word file (measured on its PDF: not their sum)
        space = max(block.before, previous_after) if y > 0 else block.before
        # keepNext: this paragraph goes with the first line of the next one (a chain moves whole)
        need = space + (sum(block.lines) if block.keep_lines or block.keep_next else block.lines[0])
        if block.keep_next:
            for after in blocks[index + 1:]:
                if isinstance(after, str):
                    continue
                if isinstance(after, list):  # a table: its first row (and the next if it keeps with it)
                    need += sum(row[0] for row in after[:2 if after and after[0][2] else 1])
                    break
                need += after.before + after.lines[0]
                if not after.keep_next:
                    break
                need += sum(after.lines[1:]) + after.after
        if y > 0 and y + need > height and need <= height:
            new_page()
            space = block.before
        for name in (*pending, *block.bookmarks):
            found.setdefault(name, number)
        pending = []
        y += space
        for line in block.lines:
            if y + line > height and y > 0:
                new_page()
            y += line
        previous_after = block.after
        if block.page_break_after:
            new_page()
    return found
