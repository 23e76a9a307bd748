"""Page breaks a reader expects, read from the laid-out pages: a heading, an appendix entry's name or
a matrix group label never ends a page, and no page holds only a table's tail. Checked on the
shipped briefing (A4 and Letter) and on a synthetic edition of 12 topics and 40 analysts."""

import sys

import pypdf
import pytest
from conftest import REPO

from reportgen.document.briefing import build_briefing
from reportgen.load.schema import load_edition
from reportgen.output.render import render_html
from reportgen.output.writer import layout
from reportgen.verify.excerpts import require_verified

sys.path.insert(0, str(REPO / "benchmarks"))
from synth import make_edition  # noqa: E402

KEEP_WITH_NEXT = {"h1", "h2", "h3", "h4", "dt"}
TAIL_ROWS = 3  # a table's last rows keep together (print.css): a page holds no fewer of them alone


def _classes(box) -> set[str]:
    element = getattr(box, "element", None)
    return set((element.get("class") or "").split()) if element is not None else set()


def text_lines(page):
    """Each text box in the page's flow (not its running header or footer), with its ancestors."""
    from weasyprint.formatting_structure import boxes

    found = []

    def walk(box, ancestors):
        if isinstance(box, boxes.MarginBox):
            return
        if isinstance(box, boxes.TextBox) and box.text.strip():
            found.append((box, ancestors))
        for child in getattr(box, "children", ()):
            walk(child, (*ancestors, box))

    walk(page._page_box, ())
    return found


def break_faults(document) -> list[str]:
    """Every page that ends on a heading, a name or a group label, or holds nothing but a table's
    last row or two (under its repeated header)."""
    from weasyprint.formatting_structure import boxes

    faults = []
    for number, page in enumerate(document.pages[:-1], start=1):
        lines = text_lines(page)
        if not lines:
            continue
        last, ancestors = lines[-1]
        tags = {getattr(a, "element_tag", None) for a in ancestors}
        if tags & KEEP_WITH_NEXT:
            faults.append(f"page {number} ends on a {sorted(tags & KEEP_WITH_NEXT)[0]}: {last.text[:50]!r}")
        if any("group" in _classes(a) for a in ancestors if isinstance(a, boxes.TableRowBox)):
            faults.append(f"page {number} ends on a group label: {last.text[:50]!r}")
    for number, page in enumerate(document.pages, start=1):
        lines = text_lines(page)
        in_rows = [any(isinstance(a, boxes.TableBox) for a in ancestors) for _, ancestors in lines]
        rows = {id(a) for _, ancestors in lines for a in ancestors if isinstance(a, boxes.TableRowBox)
                and not any(isinstance(g, boxes.TableRowGroupBox) and g.is_header for g in ancestors)}
        if lines and all(in_rows) and len(rows) < TAIL_ROWS:
            faults.append(f"page {number} holds only a table's tail: {lines[0][0].text[:50]!r}")
    return faults


HALF = 0.5  # a page a topic leaves before the next one opens is at least this full


def topic_gaps(document) -> list[str]:
    """Every page a topic's tail leaves less than half full when the next topic opens the page after:
    a topic follows the last one's tail unless its opening does not fit below it."""
    faults = []
    for number, (page, after) in enumerate(zip(document.pages, document.pages[1:], strict=False), start=1):
        lines, following = text_lines(page), text_lines(after)
        if not lines or not following:
            continue
        ancestors = following[0][1]
        if not any(getattr(a, "element_tag", None) == "h1" for a in ancestors):
            continue
        sections = [a.element.get("id") for a in ancestors if "topic" in _classes(a)]
        if not sections or sections[0] == "topic-1":
            continue  # no topic opens the page, or the first, which opens a page of its own
        box = page._page_box
        top, height = box.content_box_y(), box.height
        bottom = max(line.position_y + line.height for line, _ in lines)
        if (bottom - top) / height < HALF:
            faults.append(f"page {number} is {(bottom - top) / height:.0%} full before {following[0][0].text[:40]!r}")
    return faults


@pytest.fixture(scope="module")
def shipped():
    return build_briefing(require_verified(load_edition(REPO / "topics.yaml")))


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_briefing_breaks_pages_where_a_reader_expects(shipped, paper):
    document = layout(render_html(shipped, "pdf", paper))
    assert break_faults(document) == []
    assert topic_gaps(document) == []


def test_a_synthetic_edition_of_12_topics_and_40_analysts_breaks_pages_alike(tmp_path):
    topics = make_edition(tmp_path, sources=30, source_kb=6, excerpts=160, topics=12)
    report = require_verified(load_edition(topics))
    assert len(report.edition.topics) == 12 and len(report.edition.analysts) >= 40
    model = build_briefing(report)
    for paper in ("a4", "letter"):
        document = layout(render_html(model, "pdf", paper))
        assert break_faults(document) == []
        assert topic_gaps(document) == []


def test_the_letter_pdf_ends_on_more_than_a_table(tmp_path):
    from reportgen.cli import main

    assert main(["build", str(REPO / "topics.yaml"), "--out", str(tmp_path), "--quiet", "--format", "pdf",
                 "--paper", "letter"]) == 0
    last = pypdf.PdfReader(next(tmp_path.glob("*.pdf"))).pages[-1].extract_text()
    assert "Inputs of this build" in last  # the heading and its paragraph go with the checksums table
