"""Charts of the briefing: voices per stance, and how the quoted words concentrate by source and voice.

A chart is first a list of shapes (bars, rules, text) in one coordinate system; two small
renderers draw it: SVG for the PDF and the HTML (vector, tagged as a figure with its alt text),
PNG through Pillow for the DOCX (pandoc runs sandboxed, so the image travels as a data: URI and
Word and LibreOffice need no SVG support). Every bar is labelled in words and filled with a
pattern as well as a colour, so the chart reads in black and white.
"""

from __future__ import annotations

import base64
import hashlib
import io
import textwrap
import zlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from markupsafe import Markup, escape

WIDTH = 600  # user units; the SVG scales to the column, the PNG renders at SCALE px per unit
LABEL_WIDTH = 230  # left column for the bar labels
BAR_WIDTH = 290
ROW = 15  # one text line
FONT = 11
SCALE = 2  # PNG pixels per unit: 600 units -> 1200 px, printed 16 cm wide (about 190 dpi)
PRINT_WIDTH_CM = 16
CHARS_PER_LINE = 40  # of a label in LABEL_WIDTH at FONT (DejaVu Sans Condensed averages ~0.5 em)
# The fonts the PDF embeds; found by path, since the document stage never imports output/.
FONTS = Path(__file__).resolve().parent.parent / "output" / "templates" / "fonts"
MOST_BARS = 6  # of a concentration panel; the rest are summed in one "others" bar
# The narrow layout (the HTML on a phone): each label on its own lines above its bar, so the chart
# fits a 320 px column at about its print size instead of scrolling sideways or shrinking.
NARROW_WIDTH = 320
NARROW_BAR = 250
NARROW_CHARS = 52  # of a label across NARROW_WIDTH at FONT
HALO_EM = 0.72  # a value's white ground, per character: wider than DejaVu Sans Condensed's digits, '%' and 'half'

# Fills: a colour and a pattern each, so stances stay apart in black and white.
PATTERNS = (
    ("solid", "#1f4e79"),
    ("diagonal", "#b34700"),
    ("dots", "#2e6b1f"),
    ("cross", "#6a2c91"),
    ("horizontal", "#7a5c00"),
    ("vertical", "#005f73"),
)
NO_STANCE = ("none", "#777777")  # light grey, no pattern: no position taken


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # in the chart's unit (voices, per cent)
    text: str  # printed after the bar: "3 voices", "56%"
    fill: tuple[str, str]  # (pattern, colour)


@dataclass(frozen=True)
class Panel:
    heading: str | None
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart: one or more panels of labelled bars, a scale maximum and an optional
    reference line (the 'half' mark of a concentration chart)."""

    ident: str  # unique in the document: the SVG's ids derive from it
    caption: str
    alt: str  # what a screen reader says; also the chart's data in words
    panels: tuple[Panel, ...]
    maximum: float
    reference: float | None = None  # a dashed rule at this value
    reference_label: str = ""

    @cached_property
    def shapes(self) -> tuple[list, float]:
        return _layout(self)

    @property
    def svg(self) -> Markup:
        return Markup(_svg(self, self.shapes, WIDTH, self.ident))

    @cached_property
    def narrow_shapes(self) -> tuple[list, float]:
        return _layout(self, narrow=True)

    @property
    def svg_narrow(self) -> Markup:
        """The chart laid out for a narrow screen (labels above bars), NARROW_WIDTH units wide."""
        return Markup(_svg(self, self.narrow_shapes, NARROW_WIDTH, self.ident + "-narrow", "narrow"))

    @cached_property
    def png_uri(self) -> str:
        """The chart as a PNG data: URI (--sandbox pandoc reads no files)."""
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")

    @cached_property
    def png(self) -> bytes:
        return _png(self)

    @cached_property
    def placeholder(self) -> bytes:
        """A 2 x 1 px PNG standing in for the chart in the HTML pandoc reads: pandoc parses a
        100 KB data: URI slowly, and the chart is drawn later, beside the PDF's layout, by
        docx_finish, which the model hands its charts to. Its pixels are a digest of the chart:
        distinct per chart, equal for equal charts."""
        digest = hashlib.sha1(repr((self.ident, self.alt, self.panels)).encode()).digest()
        return _tiny_png(digest[:6])

    @cached_property
    def placeholder_uri(self) -> str:
        return "data:image/png;base64," + base64.b64encode(self.placeholder).decode("ascii")


def _tiny_png(pixels: bytes) -> bytes:
    """A 2 x 1 RGB PNG of the given six bytes, written by hand: no Pillow import for it."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (len(data).to_bytes(4, "big") + kind + data
                + zlib.crc32(kind + data).to_bytes(4, "big"))
    header = (2).to_bytes(4, "big") + (1).to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" + pixels))
            + chunk(b"IEND", b""))


def stance_chart(ident: str, topic_title: str, spread) -> Chart:
    """Voices per stance on a topic; `spread` holds (label, voices, pattern index or None)."""
    bars = tuple(Bar(label, voices, f"{voices} voice{'s' if voices != 1 else ''}",
                     NO_STANCE if index is None else PATTERNS[index % len(PATTERNS)])
                 for label, voices, index in spread)
    alt = (f"Bar chart: voices per stance on {topic_title}. "
           + "; ".join(f"{b.label}: {b.text}" for b in bars) + ".")
    return Chart(ident, "Voices per stance (an analyst counts once per stance)", alt, (Panel(None, bars),),
                 max([b.value for b in bars] + [1]))


def concentration_chart(ident: str, topic_title: str, by_source, by_voice, threshold: float) -> Chart:
    """Share of a topic's quoted words by source and by voice, with a rule at `threshold` (per cent):
    a bar past it is one text or one voice carrying most of the topic."""
    panels = tuple(Panel(heading, _share_bars(shares)) for heading, shares in
                   (("By source", by_source), ("By voice", by_voice)))
    alt = (f"Bar chart: share of quoted words on {topic_title}. "
           + " ".join(f"{p.heading}: " + "; ".join(f"{b.label} {b.text}" for b in p.bars) + "." for p in panels)
           + f" The dashed line marks {threshold:g}%.")
    return Chart(ident, "Share of quoted words by source and by voice", alt, panels, 100, threshold, "half")


def _share_bars(shares) -> tuple[Bar, ...]:
    shares = list(shares)
    shown, rest = shares[:MOST_BARS], shares[MOST_BARS:]
    if len(rest) == 1:
        shown, rest = shares, []
    bars = [Bar(s.name, s.percent, f"{s.percent}%", PATTERNS[0] if s.percent > 50 else PATTERNS[1])
            for s in shown]
    if rest:
        percent = sum(s.percent for s in rest)
        bars.append(Bar(f"{len(rest)} others together", percent, f"{percent}%", NO_STANCE))
    return tuple(bars)


def _layout(chart: Chart, narrow: bool = False) -> tuple[list, float]:
    """The shapes in user units, and the chart's height: labels beside the bars, or (narrow) above
    them. The reference rule comes first, so bars and values are drawn over it, and each value
    has a white ground: a dashed 'half' never strikes through '44%'."""
    shapes: list[tuple] = []  # ("text" | "value" | "bar" | "line", ...): each kind its own fields
    left, span, chars = (0, NARROW_BAR, NARROW_CHARS) if narrow else (LABEL_WIDTH, BAR_WIDTH, CHARS_PER_LINE)
    y = 4.0
    top_of_bars = 4.0 + (ROW + 4 if chart.panels[0].heading else 0)
    for panel in chart.panels:
        if panel.heading:
            shapes.append(("text", 0, y + FONT, panel.heading, FONT, "start", True))
            y += ROW + 4
        for bar in panel.bars:
            lines = textwrap.wrap(bar.label, chars) or [""]
            for n, line in enumerate(lines):
                shapes.append(("text", 0, y + FONT + n * ROW, line, FONT, "start", False))
            if narrow:
                y += ROW * len(lines)
                height = ROW
            else:
                height = max(ROW, ROW * len(lines))
            length = span * bar.value / chart.maximum if chart.maximum else 0
            top = y + (height - 12) / 2
            shapes.append(("bar", left, top, max(length, 0.5), 12, bar.fill))
            shapes.append(("value", left + length + 5, top + 10, bar.text, FONT, "start", True))
            y += height + 5
        y += 6
    rules: list[tuple] = [("line", left, top_of_bars - 2, left, y - 8, False)]
    if chart.reference is not None:
        x = left + span * chart.reference / chart.maximum
        rules.append(("line", x, 2, x, y - 8, True))
        rules.append(("value", x + 3, 12, chart.reference_label, 9, "start", False))
    return rules + shapes, y


def _pattern_defs(chart: Chart, ident: str) -> str:
    fills = {shape[5] for shape in chart.shapes[0] if shape[0] == "bar"}
    defs = []
    for pattern, colour in sorted(fills):
        pid = f"{ident}-{pattern}"
        marks = {
            "diagonal": f'<path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="{colour}" stroke-width="1.6"/>',
            "dots": f'<circle cx="3" cy="3" r="1.4" fill="{colour}"/>',
            "cross": f'<path d="M0,3 h6 M3,0 v6" stroke="{colour}" stroke-width="1.2"/>',
            "horizontal": f'<path d="M0,3 h6" stroke="{colour}" stroke-width="1.6"/>',
            "vertical": f'<path d="M3,0 v6" stroke="{colour}" stroke-width="1.6"/>',
        }.get(pattern)
        if marks:
            defs.append(f'<pattern id="{pid}" width="6" height="6" patternUnits="userSpaceOnUse">'
                        f'<rect width="6" height="6" fill="#fff"/>{marks}</pattern>')
    return "".join(defs)


def _fill(ident: str, fill: tuple[str, str]) -> str:
    pattern, colour = fill
    if pattern in ("solid", "none"):
        return colour if pattern == "solid" else "#d9d9d9"
    return f"url(#{ident}-{pattern})"


def _svg(chart: Chart, layout: tuple[list, float], width: int, ident: str, kind: str = "wide") -> str:
    shapes, height = layout
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg {kind}" viewBox="0 0 {width} {height:.0f}" '
             f'width="100%" role="img" aria-labelledby="{ident}-title">',
             f'<title id="{ident}-title">{escape(chart.alt)}</title>',
             f"<defs>{_pattern_defs(chart, ident)}</defs>",
             '<g font-family="Briefing Sans, DejaVu Sans Condensed, DejaVu Sans, sans-serif" fill="#111">']
    for shape in shapes:
        if shape[0] in ("text", "value"):
            _, x, y, text, size, anchor, bold = shape
            weight = ' font-weight="bold"' if bold else ""
            if shape[0] == "value":  # a white ground under the value: a rule beneath never strikes it
                parts.append(f'<rect class="halo" x="{x - 1:.1f}" y="{y - size * 0.8:.1f}" '
                             f'width="{len(text) * size * HALO_EM + 3:.1f}" height="{size:.1f}" fill="#fff"/>')
            parts.append(f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}"{weight}>'
                         f"{escape(text)}</text>")
        elif shape[0] == "bar":
            _, x, y, w, h, fill = shape
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h}" '
                         f'fill="{_fill(ident, fill)}" stroke="#111" stroke-width="0.8"/>')
        else:
            _, x1, y1, x2, y2, dashed = shape
            dash = ' stroke-dasharray="4 3"' if dashed else ""
            parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#111" '
                         f'stroke-width="0.8"{dash}/>')
    parts.append("</g></svg>")
    return "".join(parts)


def _png(chart: Chart) -> bytes:
    from PIL import Image, ImageDraw, ImageFont  # Pillow comes with WeasyPrint

    shapes, height = chart.shapes
    image = Image.new("RGB", (WIDTH * SCALE, int(height * SCALE)), "white")
    draw = ImageDraw.Draw(image)
    fonts = {}

    def font(size, bold):
        name = "DejaVuSansCondensed-Bold.ttf" if bold else "DejaVuSansCondensed.ttf"
        if (size, bold) not in fonts:
            fonts[size, bold] = ImageFont.truetype(str(FONTS / name), int(size * SCALE))
        return fonts[size, bold]

    for shape in shapes:
        if shape[0] in ("text", "value"):
            _, x, y, text, size, _, bold = shape
            halo = SCALE + 1 if shape[0] == "value" else 0
            draw.text((x * SCALE, y * SCALE), text, fill="#111111", font=font(size, bold), anchor="ls",
                      stroke_width=halo, stroke_fill="white")
        elif shape[0] == "bar":
            _, x, y, w, h, fill = shape
            box = [round(x * SCALE), round(y * SCALE), round((x + w) * SCALE), round((y + h) * SCALE)]
            image.paste(_tile(fill, box[2] - box[0], box[3] - box[1]), (box[0], box[1]))
            draw.rectangle(box, outline="#111111", width=2)
        else:
            _, x1, y1, x2, y2, dashed = shape
            if dashed:
                for start in range(int(y1 * SCALE), int(y2 * SCALE), 7 * SCALE):
                    draw.line([(x1 * SCALE, start), (x2 * SCALE, min(start + 4 * SCALE, y2 * SCALE))],
                              fill="#111111", width=2)
            else:
                draw.line([(x1 * SCALE, y1 * SCALE), (x2 * SCALE, y2 * SCALE)], fill="#111111", width=2)
    buffer = io.BytesIO()
    dpi = WIDTH * SCALE / (PRINT_WIDTH_CM / 2.54)
    image.save(buffer, "PNG", dpi=(dpi, dpi), compress_level=1)  # fast; charts are flat colour
    return buffer.getvalue()


def _tile(fill: tuple[str, str], width: int, height: int):
    """A bar's fill as an image: the SVG pattern, drawn at PNG scale."""
    from PIL import Image, ImageDraw

    pattern, colour = fill
    if pattern in ("solid", "none"):
        return Image.new("RGB", (max(width, 1), max(height, 1)), colour if pattern == "solid" else "#d9d9d9")
    image = Image.new("RGB", (max(width, 1), max(height, 1)), "white")
    draw, step, stroke = ImageDraw.Draw(image), 6 * SCALE, max(2, int(1.5 * SCALE))
    for offset in range(-height - step, width + step, step):
        if pattern == "diagonal":
            draw.line([(offset, height), (offset + height, 0)], fill=colour, width=stroke)
        if pattern in ("cross", "vertical"):
            draw.line([(offset + step // 2, 0), (offset + step // 2, height)], fill=colour, width=stroke)
    for row in range(step // 2, height + step, step):
        if pattern in ("cross", "horizontal"):
            draw.line([(0, row), (width, row)], fill=colour, width=stroke)
        if pattern == "dots":
            for col in range(step // 2, width + step, step):
                r = int(1.4 * SCALE)
                draw.ellipse([col - r, row - r, col + r, row + r], fill=colour)
    return image
