"""What pandoc's DOCX lacks, added to its parts: page size, running header, cover page and contents,
shaded group rows, update-on-open, document properties.

pandoc writes the body; this module finishes the package in one pass over its XML parts. What to
set comes from the DOCX HTML itself (`<meta name="docx-...">`, marker paragraphs), so the template
decides and export.py stays one writer. Markers are paragraphs whose whole text is `[[reportgen:NAME]]`:
  page-break            a page break
  toc-start / toc-end   the contents entries between them become one TOC field, pre-filled with
                        each entry's page number as a PAGEREF field whose cached result comes from
                        laying the document out once (docx_layout): LibreOffice shows it, Word
                        updates it on opening
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from reportgen.document.charts import PRINT_WIDTH_CM, WIDTH, Chart
from reportgen.output.docx_layout import page_numbers
from reportgen.output.render import TEMPLATES

# Page sizes and margins in twentieths of a point (twips): A4 210 x 297 mm, US Letter 8.5 x 11 in.
PAGE_SIZES = {"a4": (11906, 16838), "letter": (12240, 15840)}
MARGINS = {"top": 1247, "bottom": 1247, "left": 1474, "right": 1020, "header": 624, "footer": 624, "gutter": 0}
GROUP_FILL = "D9D9D9"  # the shade of a table's group rows (cells spanning the whole row), as in print
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADER_REL = "rIdReportgenHeader"
HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
HEADER_SIZE = 16  # the running header's size in half points (8 pt)
# The header is measured in DejaVu Serif, wider than the reference's Georgia and LibreOffice's
# stand-in for it where Georgia is missing: what fits in it fits in either.
MEASURE_FONT = TEMPLATES / "fonts" / "DejaVuSerif.ttf"
# pandoc turns every <meta> of the HTML into a custom property; these are the reader's, the rest
# (docx-paper, viewport, ...) are how reportgen built the file and stay out of it.
KEPT_PROPERTIES = ("subtitle", "date", "generator")


@dataclass(frozen=True)
class DocxSettings:
    paper: str = "a4"
    header: str = ""  # the running header's text; none when empty
    title: str = ""
    creator: str = ""  # the editor, when stated
    created: str = ""  # YYYY-MM-DD: the edition's date

    @classmethod
    def from_html(cls, text: str) -> DocxSettings:
        """The settings the template put in the HTML head as <meta name="docx-..." content="...">."""
        found = {m.group(1): html.unescape(m.group(2))
                 for m in re.finditer(r'<meta name="docx-([a-z]+)" content="([^"]*)">', text)}
        return cls(**{k: v for k, v in found.items() if k in cls.__dataclass_fields__})


def finish_parts(parts: dict[str, bytes], settings: DocxSettings, charts: Iterable[Chart] = ()) -> dict[str, bytes]:
    """The package's parts (name -> bytes) with every finishing step applied; `charts` are the
    document model's, each drawn where pandoc placed its placeholder."""
    parts = dict(parts)
    body = parts["word/document.xml"].decode("utf-8")
    body = _draw_charts(parts, body, {chart.placeholder: chart for chart in charts})
    margins = _margins(body)
    width = PAGE_SIZES.get(settings.paper, PAGE_SIZES["a4"])[0] - int(margins["left"]) - int(margins["right"])
    body = _markers(body, width)
    body = _shade_group_rows(body)
    body = _keep_table_tails(body)
    body = _keep_questions_with_their_lines(body)
    body = _section(body, settings, with_header=bool(settings.header))
    if _PAGEREF_RESULT.search(body) and "word/styles.xml" in parts:
        body = _number_pages(body, parts["word/styles.xml"], settings)
    parts["word/document.xml"] = body.encode("utf-8")
    if settings.header:
        _add_header(parts, fitted_header(settings.header, width))
    if "docProps/custom.xml" in parts:
        parts["docProps/custom.xml"] = _custom(parts["docProps/custom.xml"].decode("utf-8")).encode("utf-8")
    if "word/settings.xml" in parts:
        xml = parts["word/settings.xml"].decode("utf-8")
        if "<w:updateFields" not in xml:
            # Word asks to update fields on opening (page numbers in the contents); LibreOffice
            # shows the pre-filled entries and refreshes the index on load.
            xml = re.sub(r"(<w:settings[^>]*>)", r'\1<w:updateFields w:val="true" />', xml, count=1)
        parts["word/settings.xml"] = xml.encode("utf-8")
    if "docProps/core.xml" in parts:
        parts["docProps/core.xml"] = _core(parts["docProps/core.xml"].decode("utf-8"), settings).encode("utf-8")
    return parts


def _draw_charts(parts: dict[str, bytes], body: str, charts: dict[bytes, Chart]) -> str:
    """Each chart placeholder image replaced by the chart drawn as PNG (charts.Chart.png), and its
    drawing sized to the chart: PRINT_WIDTH_CM wide, the height in proportion."""
    rels = parts.get("word/_rels/document.xml.rels", b"").decode("utf-8")
    targets = dict(re.findall(r'<Relationship [^>]*?Id="([^"]+)" [^>]*?Target="(media/[^"]+)"', rels))
    targets |= {k: v for v, k in re.findall(r'<Relationship [^>]*?Target="(media/[^"]+)" [^>]*?Id="([^"]+)"', rels)}
    sizes = {}
    for rid, target in targets.items():
        name = "word/" + target
        chart = charts.get(parts.get(name, b""))
        if chart is None:
            continue
        parts[name] = chart.png
        width = round(PRINT_WIDTH_CM * 360000)  # EMU
        height = chart.shapes[1]
        sizes[rid] = (width, round(width * height / WIDTH))
    if not sizes:
        return body

    def resize(match: re.Match) -> str:
        drawing = match.group(0)
        rid = re.search(r'r:embed="([^"]+)"', drawing)
        if not rid or rid.group(1) not in sizes:
            return drawing
        cx, cy = sizes[rid.group(1)]
        drawing = re.sub(r'<wp:extent cx="\d+" cy="\d+" />', f'<wp:extent cx="{cx}" cy="{cy}" />', drawing)
        return re.sub(r'<a:ext cx="\d+" cy="\d+" />', f'<a:ext cx="{cx}" cy="{cy}" />', drawing)
    return re.sub(r"<w:drawing>.*?</w:drawing>", resize, body, flags=re.S)


def _marker(name: str) -> str:
    """A whole paragraph holding only the marker text (pandoc may add a style to it)."""
    return rf"<w:p>(?:(?!</w:p>).)*?<w:t[^>]*>\[\[reportgen:{name}\]\]</w:t>(?:(?!</w:p>).)*?</w:p>"


def _markers(xml: str, width: int) -> str:
    xml = re.sub(_marker("page-break"), '<w:p><w:r><w:br w:type="page" /></w:r></w:p>', xml, flags=re.S)
    match = re.search(_marker("toc-start") + r"(.*?)" + _marker("toc-end"), xml, flags=re.S)
    if match:
        xml = xml[:match.start()] + _toc_field(match.group(1), width) + xml[match.end():]
    return xml


# An entry's page number: a PAGEREF field to the bookmark its link names, its cached result after
# the separator (0 until _number_pages lays the document out).
_PAGEREF = ('<w:r><w:tab /></w:r><w:r><w:fldChar w:fldCharType="begin" /></w:r>'
            '<w:r><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate" /></w:r><w:r><w:t>0</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end" /></w:r>')
_PAGEREF_RESULT = re.compile(r'(<w:instrText xml:space="preserve"> PAGEREF (\S+) \\h </w:instrText></w:r>'
                             r'<w:r><w:fldChar w:fldCharType="separate" /></w:r><w:r><w:t>)0(</w:t>)')


def _with_page_number(paragraph: str, width: int) -> str:
    """A contents entry with a right tab stop at `width` (dot leaders) and its page number."""
    anchor = re.search(r'<w:hyperlink w:anchor="([^"]+)"', paragraph)
    if not anchor:
        return paragraph
    tabs = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{width}" /></w:tabs>'
    paragraph = re.sub(r"(<w:pPr>.*?)(</w:pPr>)", lambda m: m.group(1) + tabs + m.group(2), paragraph, count=1,
                       flags=re.S)
    return paragraph[: -len("</w:p>")] + _PAGEREF.format(anchor=anchor.group(1)) + "</w:p>"


def _margins(body: str) -> dict[str, int]:
    """The body's last section's margins in twips: those the reference document sets, MARGINS the rest."""
    stated = re.search(r"<w:pgMar([^>]*)/>", body[body.rfind("<w:sectPr"):])
    return dict(MARGINS) | {k: int(v) for k, v in re.findall(r'w:(\w+)="(\d+)"', stated.group(1) if stated else "")}


def _number_pages(body: str, styles: bytes, settings: DocxSettings) -> str:
    """Each PAGEREF's cached result: the page its bookmark starts on when the body is laid out once."""
    size = PAGE_SIZES.get(settings.paper, PAGE_SIZES["a4"])
    pages = page_numbers(body.encode("utf-8"), styles, size, _margins(body))
    return _PAGEREF_RESULT.sub(lambda m: f"{m.group(1)}{pages.get(m.group(2), 0) or ''}{m.group(3)}", body)


def _toc_field(entries: str, width: int) -> str:
    """The entry paragraphs wrapped in one TOC field: begin, instruction and separator open the
    first paragraph, end closes the last; the entries, each with its page number, are the field's
    cached result."""
    paragraphs = [_with_page_number(p, width) for p in re.findall(r"<w:p>.*?</w:p>", entries, flags=re.S)]
    if not paragraphs:
        return entries
    begin = ('<w:r><w:fldChar w:fldCharType="begin" w:dirty="true" /></w:r>'
             '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate" /></w:r>')
    end = '<w:r><w:fldChar w:fldCharType="end" /></w:r>'
    first = re.sub(r"(<w:p>(?:<w:pPr>.*?</w:pPr>)?)", lambda m: m.group(1) + begin, paragraphs[0], count=1,
                   flags=re.S)
    paragraphs[0] = first
    paragraphs[-1] = paragraphs[-1][: -len("</w:p>")] + end + "</w:p>"
    return "".join(paragraphs)


def _shade_group_rows(xml: str) -> str:
    """A cell spanning the whole row (the group label of 'At a glance') shaded as in print, and kept
    on the page of the row after it (keepNext on its paragraphs: Word and LibreOffice keep the row
    with the next), so no label ends a page."""
    xml = re.sub(r"<w:tcPr>(<w:gridSpan [^>]*/>)</w:tcPr>",
                 rf'<w:tcPr>\1<w:shd w:val="clear" w:color="auto" w:fill="{GROUP_FILL}" /></w:tcPr>', xml)

    def keep(row: re.Match) -> str:
        text = row.group(0)
        if f'w:fill="{GROUP_FILL}"' not in text:
            return text
        text = re.sub(r"<w:pPr>(?!<w:keepNext)", "<w:pPr><w:keepNext />", text)
        return re.sub(r"<w:p>(?!<w:pPr>)", "<w:p><w:pPr><w:keepNext /></w:pPr>", text)
    return re.sub(r"<w:tr>(?:(?!</w:tr>).)*</w:tr>", keep, xml, flags=re.S)


TAIL_ROWS = 3  # a table's last rows keep together, as in print: no page holds only one or two of them


def _keep_table_tails(xml: str) -> str:
    """The rows before a table's last one keep with the next (keepNext on their paragraphs), the last
    TAIL_ROWS together: no page holds only a table's last row or two under its repeated header."""
    def keep(table: re.Match) -> str:
        text = table.group(0)
        if "<w:tbl>" in text[5:]:
            return text  # a table inside a cell: left as it is
        rows = list(re.finditer(r"<w:tr>(?:(?!</w:tr>).)*</w:tr>", text, flags=re.S))
        out, last = [], 0
        for row in rows[-TAIL_ROWS:-1] if len(rows) > TAIL_ROWS else []:
            kept = re.sub(r"<w:pPr>(?!<w:keepNext)", "<w:pPr><w:keepNext />", row.group(0))
            kept = re.sub(r"<w:p>(?!<w:pPr>)", "<w:p><w:pPr><w:keepNext /></w:pPr>", kept)
            out += [text[last:row.start()], kept]
            last = row.end()
        return "".join(out) + text[last:]
    return re.sub(r"<w:tbl>(?:(?!</w:tbl>).)*</w:tbl>", keep, xml, flags=re.S)


def _keep_questions_with_their_lines(xml: str) -> str:
    """A paragraph followed by 'Answer Space' paragraphs (a question and its ruled lines) is kept
    on one page with them: keepNext on the question and on every line but the last; the same for
    the paragraph before a chart, and the chart with its caption."""
    paragraphs = list(re.finditer(r"<w:p>(?:(?!</w:p>).)*</w:p>|<w:p/>", xml, flags=re.S))
    spaces = [bool(re.search(r'<w:pStyle w:val="AnswerSpace"', p.group(0))) for p in paragraphs]
    charts = [bool("<w:drawing>" in p.group(0)) for p in paragraphs]
    # Likewise a heading or warning stays with the chart under it, and a chart with its caption.
    keep = {i for i in range(len(paragraphs) - 1) if spaces[i + 1] or charts[i + 1] or charts[i]}
    if not keep:
        return xml
    out, last = [], 0
    for i in sorted(keep):
        match = paragraphs[i]
        text = match.group(0)
        if "<w:keepNext" not in text:
            text = (text.replace("<w:pPr>", "<w:pPr><w:keepNext />", 1) if "<w:pPr>" in text
                    else text.replace("<w:p>", "<w:p><w:pPr><w:keepNext /></w:pPr>", 1))
        out += [xml[last:match.start()], text]
        last = match.end()
    out.append(xml[last:])
    return "".join(out)


def _section(xml: str, settings: DocxSettings, with_header: bool) -> str:
    """The body's last sectPr: page size for --paper, margins, the header, no header or footer on
    the cover (titlePg)."""
    width, height = PAGE_SIZES.get(settings.paper, PAGE_SIZES["a4"])
    start = xml.rfind("<w:sectPr")
    end = xml.find("</w:sectPr>", start) + len("</w:sectPr>")
    if start < 0 or end < start:
        return xml
    section = xml[start:end]
    # Margins the reference document sets (pandoc copies them) win; MARGINS fill in the rest.
    margins = _margins(section)
    section = re.sub(r"<w:pgSz[^>]*/>", "", section)
    section = re.sub(r"<w:pgMar[^>]*/>", "", section)
    section = re.sub(r"<w:titlePg[^>]*/>", "", section)
    margin_attributes = " ".join(f'w:{k}="{v}"' for k, v in margins.items())
    references = f'<w:headerReference w:type="default" r:id="{HEADER_REL}" />' if with_header else ""
    # Order matters to Word: header/footer references first, then ..., pgSz, pgMar, ..., titlePg.
    section = re.sub(r"(<w:sectPr[^>]*>)", rf"\1{references}", section, count=1)
    tail = f'<w:pgSz w:w="{width}" w:h="{height}" /><w:pgMar {margin_attributes} /><w:titlePg />'
    section = section.replace("</w:sectPr>", tail + "</w:sectPr>")
    return xml[:start] + section + xml[end:]


@functools.cache
def _advances() -> tuple[dict[int, int], float]:
    """Each character's advance in MEASURE_FONT, in ems; the widest for a character it lacks."""
    from fontTools.ttLib import TTFont  # WeasyPrint's dependency; loaded only to fit a header

    font = TTFont(MEASURE_FONT)
    units, metrics = font["head"].unitsPerEm, font["hmtx"]
    advances = {code: metrics[glyph][0] / units for code, glyph in font.getBestCmap().items()}
    return advances, max(advances.values())


def text_width(text: str, size: int = HEADER_SIZE) -> float:
    """The width of one line of `text` at `size` half points, in twips."""
    advances, widest = _advances()
    return sum(advances.get(ord(c), widest) for c in text) * size * 10


def fitted_header(text: str, width: int, size: int = HEADER_SIZE) -> str:
    """The running header on one line of `width` twips: its trailing ' · ' parts dropped, last
    first, until it fits, then the first part cut at a word with an ellipsis."""
    parts = text.split(" · ")
    while len(parts) > 1 and text_width(" · ".join(parts), size) > width:
        parts.pop()
    line = " · ".join(parts)
    while text_width(line, size) > width and " " in line.strip():
        line = line.rstrip("…").rsplit(" ", 1)[0].rstrip(" :;,·") + "…"
    return line


def _custom(xml: str) -> str:
    """The custom properties without reportgen's build settings, numbered again from 2."""
    properties = list(re.finditer(r"<property [^>]*name=\"([^\"]*)\"[^>]*>.*?</property>", xml, flags=re.S))
    kept = [m for m in properties if m.group(1) in KEPT_PROPERTIES]
    if len(kept) == len(properties):
        return xml
    body = "".join(re.sub(r'pid="\d+"', f'pid="{n}"', m.group(0), count=1) for n, m in enumerate(kept, start=2))
    start, end = xml.find(">", xml.find("<Properties")) + 1, xml.rfind("</Properties>")
    return xml[:start] + body + xml[end:]


def _add_header(parts: dict[str, bytes], text: str) -> None:
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              f'<w:hdr xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:pStyle w:val="Header" /><w:jc w:val="center" />'
              f'</w:pPr><w:r><w:rPr><w:sz w:val="{HEADER_SIZE}" /><w:color w:val="555555" /></w:rPr>'
              f'<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r></w:p></w:hdr>')
    parts["word/header-reportgen.xml"] = header.encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    if HEADER_REL not in rels:
        rels = rels.replace("</Relationships>", f'<Relationship Id="{HEADER_REL}" Target="header-reportgen.xml" '
                            f'Type="{R}/header" /></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    if "/word/header-reportgen.xml" not in types:
        types = types.replace("</Types>", f'<Override PartName="/word/header-reportgen.xml" '
                              f'ContentType="{HEADER_TYPE}" /></Types>')
    parts["[Content_Types].xml"] = types.encode("utf-8")


def _core(xml: str, settings: DocxSettings) -> str:
    """Title, creator (the editor, when stated) and the edition's date instead of pandoc's 1970."""
    def put(tag: str, value: str, attributes: str = "") -> None:
        nonlocal xml
        element = f"<{tag}{attributes}>{html.escape(value, quote=False)}</{tag}>"
        pattern = rf"<{tag}(?:\s[^>]*)?(?:/>|>.*?</{tag}>)"
        if re.search(pattern, xml, flags=re.S):
            xml = re.sub(pattern, lambda m: element, xml, count=1, flags=re.S)
        else:
            xml = xml.replace("</cp:coreProperties>", element + "</cp:coreProperties>")

    if settings.title:
        put("dc:title", settings.title)
    if settings.creator:
        put("dc:creator", settings.creator)
        put("cp:lastModifiedBy", settings.creator)
    if settings.created:
        stamp = f"{settings.created}T00:00:00Z"
        put("dcterms:created", stamp, ' xsi:type="dcterms:W3CDTF"')
        put("dcterms:modified", stamp, ' xsi:type="dcterms:W3CDTF"')
    return xml
