"""Charts fit their container at any width: on a 390 px phone the HTML shows each chart's narrow
layout, whose every label and number lies inside its viewBox, at no less than its print size."""

import re

import pytest
from conftest import REPO
from fontTools.ttLib import TTFont

from reportgen.document.briefing import build_briefing
from reportgen.document.charts import NARROW_WIDTH, WIDTH
from reportgen.load.schema import load_edition
from reportgen.output.render import TEMPLATES, render_html
from reportgen.verify.excerpts import require_verified

PHONE = 390  # CSS px
FONTS = {False: TTFont(TEMPLATES / "fonts" / "DejaVuSansCondensed.ttf"),
         True: TTFont(TEMPLATES / "fonts" / "DejaVuSansCondensed-Bold.ttf")}


def text_width(text: str, size: float, bold: bool) -> float:
    font = FONTS[bold]
    cmap, advances = font.getBestCmap(), font["hmtx"]
    return sum(advances[cmap.get(ord(c), cmap[ord("M")])][0] for c in text) / font["head"].unitsPerEm * size


@pytest.fixture(scope="module")
def html():
    return render_html(build_briefing(require_verified(load_edition(REPO / "topics.yaml"))), "html")


def svgs(html: str, kind: str) -> list[str]:
    return re.findall(rf'<svg [^>]*class="chart-svg {kind}".*?</svg>', html, re.S)


def test_every_chart_has_a_narrow_layout_that_fits_a_phone(html):
    charts_fit_a_phone(html)


def charts_fit_a_phone(html: str) -> int:
    """Assert each chart has a narrow layout NARROW_WIDTH units across that fits a 390 px column at
    11 px text or more, and no label in either layout runs past its viewBox; how many charts."""
    figures = re.findall(r'<figure class="chart".*?</figure>', html, re.S)
    assert figures and all(len(svgs(f, "wide")) == 1 and len(svgs(f, "narrow")) == 1 for f in figures)
    # body.target-html at a phone's width: 10 pt text, 1 em padding each side
    column = PHONE - 2 * 10 * 4 / 3
    for svg in svgs(html, "narrow"):
        width = float(re.search(r'viewBox="0 0 ([\d.]+) ', svg).group(1))
        assert width == NARROW_WIDTH <= column
        scale = column / width
        assert all(float(size) * scale >= 11 for size in re.findall(r'font-size="([\d.]+)"', svg)
                   if float(size) >= 11)  # labels and numbers at least 11 px on the phone
    for kind, width in (("wide", WIDTH), ("narrow", NARROW_WIDTH)):
        labels_inside(html, kind, width)
    return len(figures)


@pytest.mark.parametrize("kind, width", [("wide", WIDTH), ("narrow", NARROW_WIDTH)])
def test_no_label_or_number_runs_past_the_chart(html, kind, width):
    labels_inside(html, kind, width)


def labels_inside(html: str, kind: str, width: float) -> None:
    for svg in svgs(html, kind):
        for x, size, bold, text in re.findall(
                r'<text x="([\d.]+)" y="[\d.]+" font-size="([\d.]+)" text-anchor="start"( font-weight="bold")?[^>]*>'
                r"([^<]*)</text>", svg):
            text = text.replace("&amp;", "&").replace("&#34;", '"').replace("&#39;", "'")
            assert float(x) + text_width(text, float(size), bool(bold)) <= width, text


def test_the_stylesheet_swaps_the_layouts_on_a_phone_and_never_scrolls_a_chart(html):
    css = html[html.index("<style>"):html.index("</style>")]
    phone = css[css.index("@media (max-width: 600px)"):]
    phone = phone[:phone.index("\n}\n")]
    assert "svg.wide { display: none; }" in phone and "svg.narrow { display: block; }" in phone
    assert "svg.narrow { display: none; }" in css
    assert not re.search(r"figure\.chart[^{]*\{[^}]*(min-width|overflow-x)", css)


def test_a_value_is_drawn_over_the_half_rule_on_a_white_ground(html):
    for svg in svgs(html, "wide") + svgs(html, "narrow"):
        body = svg[svg.index("<g "):]
        if "stroke-dasharray" in body:
            assert body.index("stroke-dasharray") < body.index("<rect")  # the rule first, under the bars
        grounds = re.findall(r'<rect class="halo" x="([\d.]+)" y="[\d.-]+" width="([\d.]+)"[^>]*/><text x="([\d.]+)" '
                             r'y="[\d.]+" font-size="([\d.]+)"[^>]*>([^<]*)</text>', body)
        assert grounds
        for x, width, text_x, size, text in grounds:
            bold = not text.startswith("half")
            assert float(x) <= float(text_x) and float(x) + float(width) >= float(text_x) + text_width(
                text, float(size), bold)


def test_a_column_title_never_breaks_mid_word_on_a_phone(html):
    css = html[html.index("<style>"):html.index("</style>")]
    assert re.search(r"thead th \{[^}]*overflow-wrap: normal", css)
    phone = css[css.index("@media (max-width: 600px)"):]
    assert ".target-html .shares { table-layout: auto; }" in phone[:phone.index("\n}\n")]


def test_the_html_printed_from_a_browser_has_black_headers_and_a_ruled_first_column(html):
    css = html[html.index("<style>"):html.index("</style>")]
    printed = css[css.rindex("@media print {"):]  # the HTML file printed from a browser
    printed = printed[:printed.index("\n}\n")]
    assert re.search(r"\.target-html \.matrix th a \{ color: inherit; text-decoration: none; \}", printed)
    assert re.search(r"td\.who[^{]*\{[^}]*position: static;[^}]*border: 0\.6pt solid", printed, re.S)
