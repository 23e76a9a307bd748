"""The briefing as its readers get it, read back from the files of one build (--paper letter):
key judgements and currency, charts and their alt text, "At a glance", the DOCX's page, header,
footer, contents and properties, the HTML on a phone, and typographic quotes."""

import re
import zipfile

import docx
import pypdf
import pytest
import yaml
from conftest import REPO
from docx.oxml.ns import qn
from docx.shared import Inches

from reportgen.document.typography import smart_quotes


@pytest.fixture(scope="module")
def letter(tmp_path_factory):
    """The shipped topics.yaml built once on US Letter, every format."""
    from reportgen.cli import main

    out = tmp_path_factory.mktemp("letter")
    assert main(["build", str(REPO / "topics.yaml"), "--out", str(out), "--paper", "letter", "--quiet"]) == 0
    files = {p.suffix: p for p in out.iterdir() if not p.name.startswith(".")}
    pdf = pypdf.PdfReader(files[".pdf"])
    return {"files": files, "pdf": pdf, "pages": [page.extract_text() for page in pdf.pages],
            "docx": docx.Document(files[".docx"]), "html": files[".html"].read_text(encoding="utf-8"),
            "topics": yaml.safe_load((REPO / "topics.yaml").read_text(encoding="utf-8"))}


def docx_part(path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


# --- key judgements and currency ----------------------------------------------------------

def test_in_brief_follows_the_cover_with_key_points_takeaways_and_spread(letter):
    edition, topics = letter["topics"]["edition"], letter["topics"]["topics"]
    brief = " ".join(" ".join(page.split()) for page in letter["pages"][1:3])
    assert brief.lstrip().startswith(letter["topics"]["edition"]["title"].split(":")[0]) or "In brief" in brief
    assert "In brief" in letter["pages"][1]
    for point in edition["key_points"]:
        assert smart_quotes(point)[:60] in brief
    for topic in topics:
        assert smart_quotes(topic["question"])[:50] in brief
        assert smart_quotes(topic["takeaway"])[:50] in brief
    assert brief.count("How the voices divide:") == len(topics)


def test_as_of_is_on_the_cover_and_in_every_footer_and_dates_read_as_words(letter):
    cover = " ".join(letter["pages"][0].split())
    assert "Information as of 15 January 2022" in cover and "23 November 2026" in cover
    assert all("Information as of 15 January 2022 · Page" in " ".join(p.split()) for p in letter["pages"])
    text = " ".join(letter["pages"])
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text)  # no ISO date where a reader looks
    assert "10 January 2022" in text  # a source's date in the appendix


def test_docx_and_html_carry_in_brief_and_as_of(letter):
    body = " ".join(p.text for p in letter["docx"].paragraphs)
    assert "In brief" in body and "Information as of 15 January 2022" in body
    assert "Information as of 15 January 2022" in letter["html"] and 'id="in-brief"' in letter["html"]


# --- charts --------------------------------------------------------------------------------

def pdf_figures(pdf) -> list[str]:
    """The alt text of every Figure in the PDF's structure tree."""
    found = []

    def walk(node):
        node = node.get_object()
        if isinstance(node, dict):
            if node.get("/S") == "/Figure":
                found.append(str(node.get("/Alt", "")))
            kids = node.get("/K")
            for kid in (kids if isinstance(kids, list) else [kids] if kids is not None else []):
                walk(kid)
        elif isinstance(node, list):
            for kid in node:
                walk(kid)

    walk(pdf.trailer["/Root"]["/StructTreeRoot"])
    return found


def test_every_chart_is_a_tagged_figure_with_alt_text_in_the_pdf(letter):
    topics = letter["topics"]["topics"]
    alts = pdf_figures(letter["pdf"])
    assert len(alts) == 2 * len(topics)  # a stance chart and a concentration chart per topic
    for topic in topics:
        assert any(a.startswith("Bar chart: voices per stance on " + smart_quotes(topic["title"])) for a in alts)
        assert any(a.startswith("Bar chart: share of quoted words on " + smart_quotes(topic["title"])) for a in alts)
    stance_alt = next(a for a in alts if "voices per stance on What drove" in a)
    for label in topics[0]["stances"].values():
        assert smart_quotes(label) in stance_alt  # the alt text carries the chart's data


def test_every_chart_has_alt_text_in_the_html_and_the_docx(letter):
    count = 2 * len(letter["topics"]["topics"])
    for kind in ("wide", "narrow"):  # the narrow layout (a phone's) says the same
        titles = re.findall(rf'<svg[^>]*class="chart-svg {kind}"[^>]*role="img"[^>]*><title id="[^"]+">'
                            r"(Bar chart: [^<]+)</title>", letter["html"])
        assert len(titles) == count
    descriptions = re.findall(r'<wp:docPr [^>]*descr="([^"]*)"', docx_part(letter["files"][".docx"],
                                                                             "word/document.xml"))
    assert len(descriptions) == count and all(d.startswith("Bar chart: ") for d in descriptions)


def test_one_source_over_half_a_topic_is_warned_in_check_and_the_method_note(letter, run):
    code, _, err = run("check", REPO / "topics.yaml")
    assert code == 0
    warned = re.findall(r"warning: one source, GWU panel, holds (\d+)% of the quoted words in topic '([\w-]+)'", err)
    assert warned and all(int(share) > 50 for share, _ in warned)
    method = " ".join(" ".join(p.split()) for p in letter["pages"] if "Method note" in p)
    for _, topic_id in warned:
        title = next(t["title"] for t in letter["topics"]["topics"] if t["id"] == topic_id)
        assert f"on “{title}”" in method
    assert "one source, GWU panel, holds" in method


# --- At a glance ----------------------------------------------------------------------------

def test_at_a_glance_has_one_row_per_analyst_with_sources_and_linked_topic_headers(letter):
    tables = [t for t in letter["docx"].tables if t.rows[0].cells[0].text == "Analyst (sources)"]
    assert len(tables) == 1
    names = [row.cells[0].paragraphs[0].text for row in tables[0].rows[1:]]
    tokayev = [n for n in names if n.startswith("Kassym-Jomart Tokayev")]
    assert len(tokayev) == 1  # one row, though quoted in two sources
    assert "Article on Tokayev’s statement" in tokayev[0] and "Darker Than Ever" in tokayev[0]
    html = letter["html"]
    legend, table = html.index('class="legend"><strong>How to read'), html.index('class="matrix"')
    assert legend < table  # the legend comes first
    for number, _ in enumerate(letter["topics"]["topics"], 1):
        assert f'<th><a href="#topic-{number}">' in html  # anchors by section number


def test_docx_group_rows_are_shaded_and_bold(letter):
    table = next(t for t in letter["docx"].tables if t.rows[0].cells[0].text == "Analyst (sources)")
    group_rows = [row for row in table.rows if len(row.cells) and row._tr.tc_lst[0].tcPr is not None
                  and row._tr.tc_lst[0].tcPr.find(qn("w:gridSpan")) is not None]
    assert group_rows
    for row in group_rows:
        cell = row._tr.tc_lst[0]
        assert cell.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "D9D9D9"
        assert all(run.bold for p in row.cells[0].paragraphs for run in p.runs)
        assert all(p.paragraph_format.keep_with_next for p in row.cells[0].paragraphs)  # never ends a page


# --- the DOCX ---------------------------------------------------------------------------------

def test_docx_page_size_follows_paper(letter):
    section = letter["docx"].sections[0]
    assert (section.page_width, section.page_height) == (Inches(8.5), Inches(11))


def test_docx_has_a_running_header_page_numbers_and_a_bare_cover(letter):
    section = letter["docx"].sections[0]
    header = " ".join(p.text for p in section.header.paragraphs)
    assert letter["topics"]["edition"]["title"].split(":")[0] in header
    assert "Edition 1 · as of 15 January 2022" in header  # on one line: test_print_finish.py
    footer = section.footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert section.different_first_page_header_footer  # the cover page carries neither


def test_docx_contents_is_filled_and_fields_update_on_open(letter):
    path = letter["files"][".docx"]
    body = docx_part(path, "word/document.xml")
    field = body[body.index("TOC \\o"):body.index("</w:p>", body.index('w:anchor="method"'))]
    for number, _ in enumerate(letter["topics"]["topics"], 1):
        assert f'w:anchor="topic-{number}"' in field  # a pre-filled, linked entry per topic (anchors by number)
    assert '<w:updateFields w:val="true" />' in docx_part(path, "word/settings.xml")
    first_heading = next(p for p in letter["docx"].paragraphs if p.style.name == "Heading 1")
    cover = [p.text for p in letter["docx"].paragraphs[:12]]
    assert any("Information as of" in t or "Edition" in t for t in cover) and first_heading.text == "In brief"


def contents_entries(path) -> list[tuple[str, str, int | None]]:
    """(title, anchor, page) of each DOCX contents entry: its link's text and bookmark, and the cached
    result of its PAGEREF field (what LibreOffice shows, and Word until it updates the fields)."""
    entries = []
    for paragraph in re.findall(r'<w:p><w:pPr><w:pStyle w:val="TOC1" />.*?</w:p>',
                                docx_part(path, "word/document.xml"), re.S):
        anchor = re.search(r'<w:hyperlink w:anchor="([^"]+)"', paragraph).group(1)
        title = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", paragraph.split("</w:hyperlink>")[0]))
        page = re.search(r"PAGEREF (\S+) \\h </w:instrText>.*?<w:t>(\d*)</w:t>", paragraph, re.S)
        assert page and page.group(1) == anchor, paragraph
        entries.append((title, anchor, int(page.group(2)) if page.group(2) else None))
    return entries


def pages_in_libreoffice(path, folder) -> list[str] | None:
    """The text of each page of the DOCX as LibreOffice lays it out (its own PDF), or None without it."""
    import shutil
    import subprocess

    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        return None
    profile = folder / "profile"  # a profile of its own: never a running LibreOffice's
    subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), str(path)], check=True, capture_output=True, timeout=180)
    return [page.extract_text() for page in pypdf.PdfReader(folder / (path.stem + ".pdf")).pages]


def assert_contents_numbered(path, folder) -> int:
    """Each contents entry carries a page number, in order from the page after the cover; where
    LibreOffice is installed, each is the page its heading opens in LibreOffice's layout. How many match."""
    entries = contents_entries(path)
    numbers = [page for _, _, page in entries]
    assert None not in numbers and numbers[0] == 2 and numbers == sorted(numbers), entries
    pages = pages_in_libreoffice(path, folder)
    if pages is None:
        return 0
    for title, _, page in entries:
        lines = [" ".join(line.split()) for line in pages[page - 1].splitlines()[:6]]
        assert title in lines, (title, page, lines)
    return len(entries)


def test_docx_contents_gives_each_entry_the_page_of_its_heading(letter, tmp_path):
    """Page numbers in the contents when LibreOffice and Word open the file: the layout estimate
    (docx_layout) agrees with LibreOffice's own, heading by heading, on US Letter."""
    titles = [title for title, _, _ in contents_entries(letter["files"][".docx"])]
    assert titles[0] == "In brief" and titles[-1] == "Method note" and "Appendix C: Glossary" in titles
    assert assert_contents_numbered(letter["files"][".docx"], tmp_path) in (0, len(titles))


def test_docx_questions_keep_their_italics(letter):
    for topic in letter["topics"]["topics"]:
        question = smart_quotes(topic["question"])
        paragraph = next(p for p in letter["docx"].paragraphs if p.text == question)
        assert all(run.italic for run in paragraph.runs)


def test_docx_properties_carry_title_and_edition_date(letter):
    properties = letter["docx"].core_properties
    assert properties.title.startswith("Kazakhstan in Crisis")
    assert properties.created.date().isoformat() == letter["topics"]["edition"]["date"]
    assert properties.author == ""  # no editor stated: none invented


# --- the HTML ---------------------------------------------------------------------------------

def test_html_has_a_viewport_a_scrolling_matrix_visible_links_and_print_styles(letter):
    html = letter["html"]
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert re.search(r'<div class="scroll"[^>]*>\s*<table class="matrix"', html)
    assert re.search(r"\.target-html \.scroll \{[^}]*overflow-x: auto", html)
    assert re.search(r"\.target-html a \{[^}]*text-decoration: underline", html)
    assert "@media print" in html


# --- typography ---------------------------------------------------------------------------------

def test_no_straight_double_quote_in_the_pdf_text(letter):
    text = "\n".join(letter["pages"])
    assert '"' not in text
    straight_apostrophes = re.findall(r"\w'\w", text)
    assert not straight_apostrophes


def test_source_appendix_gives_publisher_date_and_link_and_no_file_names(letter):
    pages = [p for p in letter["pages"] if "Appendix A: Sources" in p and "Publisher:" in p]
    appendix = " ".join(" ".join(p.split()) for p in pages)
    assert "Publisher: Eurozine. Date: 15 January 2022." in appendix
    assert ".txt" not in appendix.split("Appendix B")[0]
    assert "URL:" in appendix
