"""`reportgen build`: the real briefing read back from its files, and the safety rules."""

import gc
import os
import re
import shutil
import textwrap

import docx
import pypdf
import pytest
import yaml
from conftest import REPO, SEEDS
from docx.oxml.ns import qn

from reportgen.output.render import TEMPLATES, name_markup
from reportgen.output.writer import AssetFetcher, collecting_less, pdf_bytes
from reportgen.text.sources import normalize


@pytest.fixture(scope="module")
def briefing(tmp_path_factory):
    """The shipped topics.yaml built once into a temporary out/."""
    from reportgen.cli import main

    out = tmp_path_factory.mktemp("out")
    assert main(["build", str(REPO / "topics.yaml"), "--out", str(out), "--quiet"]) == 0
    files = {p.suffix: p for p in out.iterdir() if not p.name.startswith(".")}
    assert set(files) == {".pdf", ".docx", ".html"}
    topics = yaml.safe_load((REPO / "topics.yaml").read_text(encoding="utf-8"))
    pdf = pypdf.PdfReader(files[".pdf"])
    pdf_text = normalize(" ".join(page.extract_text() for page in pdf.pages))
    document = docx.Document(files[".docx"])
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    docx_text = normalize(" ".join([p.text for p in document.paragraphs] + cells))
    return {"files": files, "topics": topics, "pdf": pdf, "pdf_text": pdf_text,
            "docx": document, "docx_text": docx_text}


def opening(quote: str, words: int = 6) -> str:
    return normalize(" ".join(quote.replace("…", " ").replace("...", " ").split()[:words]))


@pytest.mark.parametrize("fmt", ["pdf_text", "docx_text"])
def test_every_topic_analyst_and_quote_is_in_the_output(briefing, fmt):
    text, topics = briefing[fmt], briefing["topics"]
    for topic in topics["topics"]:
        assert normalize(topic["title"]) in text
        for excerpt in topic["excerpts"]:
            # Quotes inside a quote print one level down (“… ‘cleaning house’ …”): fold the levels.
            assert opening(excerpt["quote"]).replace('"', "'") in text.replace('"', "'"), excerpt["quote"]
    for analyst in topics["analysts"].values():
        assert normalize(analyst["name"]) in text


def test_the_appendix_defines_every_glossary_term_in_every_format(briefing):
    """Appendix C: the edition's glossary, each term with its definition, listed in the contents."""
    glossary = briefing["topics"]["glossary"]
    html = normalize(briefing["files"][".html"].read_text(encoding="utf-8"))
    for text in (briefing["pdf_text"], briefing["docx_text"], html):
        appendix = text[text.rindex("Appendix C: Glossary"):]
        fold = " ".join(appendix.replace("’", "'").replace("‘", "'").split())
        for term, definition in glossary.items():
            assert normalize(term) in appendix and " ".join(normalize(definition).split()[:8]) in fold, term
    contents = [p.text for p in briefing["docx"].paragraphs if p.style.name == "TOC 1"]
    assert any(t.startswith("Appendix C: Glossary") for t in contents)


def test_output_names_carry_the_edition(briefing):
    assert all(p.stem.endswith("-ed1") for p in briefing["files"].values())


def test_pdf_has_cover_contents_matrix_method_and_citations(briefing):
    text = briefing["pdf_text"]
    for heading in ("Contents", "At a glance", "Balance and blindspots", "Appendix A: Sources",
                    "Appendix B: Analysts", "Method note", "Did not address this topic"):
        assert heading in text
    assert "GWU panel, para." in text and "not stated" in text
    assert "Page 1 of" in text
    assert "20 analysts" in normalize(briefing["pdf"].pages[0].extract_text())


def test_pdf_fonts_are_all_embedded(briefing):
    for page in briefing["pdf"].pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptors = [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]
            assert any("/FontDescriptor" in d and any(k in d["/FontDescriptor"] for k in
                                                      ("/FontFile", "/FontFile2", "/FontFile3"))
                       for d in descriptors), font.get("/BaseFont")


def test_pdf_metadata_and_tags(briefing):
    pdf = briefing["pdf"]
    assert pdf.metadata.title.startswith("Kazakhstan in Crisis")
    assert not pdf.metadata.author  # topics.yaml names no editor: none is invented, no "Editor not stated"
    assert "/StructTreeRoot" in pdf.trailer["/Root"]  # tagged for screen readers


def test_docx_uses_word_styles_and_a_matrix_table(briefing):
    document = briefing["docx"]
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Quote", "Quote Attribution"} <= styles
    headers = [[c.text for c in t.rows[0].cells] for t in document.tables]
    titles = [t["title"] for t in briefing["topics"]["topics"]]
    assert ["Analyst (sources)", *(f"{n}. {title}" for n, title in enumerate(titles, 1))] in headers
    xml = document.element.xml
    assert 'w:instrText' in xml and "TOC" in xml  # a real table-of-contents field
    rows = [row for table in document.tables for row in table.rows]
    assert all(row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)


def test_balance_tables_count_every_excerpt_and_share_the_words(briefing):
    header = ["Analyst", "Excerpts", "Quoted words (share)"]
    tables = [t for t in briefing["docx"].tables if [c.text for c in t.rows[0].cells] == header]
    topics = briefing["topics"]["topics"]
    assert len(tables) == len(topics)
    for table, topic in zip(tables, topics):
        rows = [[c.text for c in row.cells] for row in table.rows[1:]]
        assert sum(int(excerpts) for _, excerpts, _ in rows) == len(topic["excerpts"])
        shares = [int(words_share.split("(")[1].rstrip("%)")) for _, _, words_share in rows]
        assert 97 <= sum(shares) <= 103 and shares == sorted(shares, reverse=True)


def test_reported_speech_prints_unquoted_and_cuts_print_as_brackets_in_every_format(briefing):
    html = normalize(re.sub(r"<[^>]+>", "", briefing["files"][".html"].read_text(encoding="utf-8")))
    for text in (briefing["pdf_text"], briefing["docx_text"], html):
        # Ukibay's words are reported by the article: no opening quotation mark, and said so.
        at = text.index("Nazarbayev spokesman Aidos Ukibay on Saturday")
        assert text[at - 2:at].strip() != '"', text[at - 40:at]
        # labelled as such where it starts, and credited once: "— Aidos Ukibay, ..., as reported in ..."
        assert text[max(0, at - 12):at].strip().lower().endswith("reported") or "Reported:" in text[at - 12:at]
        assert re.search(r"Aidos Ukibay, [^.]*, as reported in", text)
        assert not re.search(r"reported speech of Aidos Ukibay[^.]*as reported in", text)  # said once, not twice
        # The editor's cut in Kudaibergenova's quote; the open letter's own ellipsis stays as the source has it.
        assert "genuine and spontaneous, […] People have taken" in text
        assert "peaceful protests … We call on" in text
    assert "are reported speech" in briefing["pdf_text"]  # the method note counts them
    # its own Word style: upright, where a quotation is italic
    document = briefing["docx"]
    reported = [p for p in document.paragraphs if "Nazarbayev spokesman Aidos Ukibay on Saturday" in p.text]
    assert reported and all(p.style.name == "Reported Speech" for p in reported)
    assert document.styles["Reported Speech"].font.italic is False and document.styles["Quote"].font.italic
    html = briefing["files"][".html"].read_text(encoding="utf-8")
    assert html.count('<div class="excerpt reported">') == 4 and 'class="speech-label"' in html


def test_html_is_one_self_contained_file(briefing):
    html = briefing["files"][".html"].read_text(encoding="utf-8")
    assert "<style>" in html and "<link" not in html and "src=" not in html


# --- small projects for the rules -------------------------------------------------------

TRICKY = "Analysts said <b>bold</b> & {{ danger }} {% if x %} — Нұр-Сұлтан and Қазақстан."


def small_project(tmp_path, quote=TRICKY):
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "note.txt").write_text(f"Title\n\n{TRICKY}\n", encoding="utf-8")
    shutil.copy(SEEDS / "000_e701942f58be631c.txt", tmp_path / "seeds")
    topics = tmp_path / "topics.yaml"
    topics.write_text(textwrap.dedent(f"""\
        edition: {{title: "Test <i>edition</i>", subtitle: "Ұлттық", number: 3, date: 2026-11-23, editor: Test Desk}}
        sources:
          note: {{file: seeds/note.txt, title: A note, kind: article, author: Jane Roe}}
        analysts:
          roe: {{name: Jane Roe, affiliation: "Ұлттық <Institute>"}}
        topics:
          - id: one
            title: "Topic <script>one</script>"
            question: Why?
            excerpts:
              - {{source: note, analyst: roe, quote: {yaml.safe_dump(quote).strip().removesuffix('...').strip()}}}
        """), encoding="utf-8")
    return topics


def build(topics, *extra):
    from reportgen.cli import main

    return main(["build", str(topics), "--out", str(topics.parent / "out"), "--quiet", *extra])


def test_markup_and_template_syntax_in_a_quote_print_as_literal_text(tmp_path):
    assert build(small_project(tmp_path)) == 0
    out = tmp_path / "out"
    pdf_text = normalize(" ".join(p.extract_text() for p in pypdf.PdfReader(next(out.glob("*.pdf"))).pages))
    document = docx.Document(next(out.glob("*.docx")))
    docx_text = normalize(" ".join(p.text for p in document.paragraphs))
    for text in (pdf_text, docx_text):
        assert normalize(TRICKY) in text
        assert "Topic <script>one</script>" in text
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; {{ danger }} {% if x %}" in html
    assert "<script>" not in html and "Test &lt;i&gt;edition&lt;/i&gt;" in html


def test_kazakh_letters_render_with_real_glyphs(tmp_path):
    assert build(small_project(tmp_path), "--format", "pdf") == 0
    text = pypdf.PdfReader(next((tmp_path / "out").glob("*.pdf"))).pages[0].extract_text()
    assert "Ұлттық" in text


def test_letter_paper(tmp_path):
    assert build(small_project(tmp_path), "--format", "pdf", "--paper", "letter") == 0
    box = pypdf.PdfReader(next((tmp_path / "out").glob("*.pdf"))).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_a_hyphenated_name_is_kept_whole_and_every_name_escaped():
    assert name_markup("Нұр-Сұлтан Әлиев") == '<span class="nobreak">Нұр-Сұлтан</span> Әлиев'
    assert name_markup("A <b>B</b>") == "A &lt;b&gt;B&lt;/b&gt;"


def test_layout_collects_garbage_less_often_and_gives_the_setting_back():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), collecting_less():
        assert gc.get_threshold()[0] > before[0]
        raise RuntimeError("a failed layout")
    assert gc.get_threshold() == before


def test_a_failed_verification_leaves_the_earlier_pdf_untouched(tmp_path, capsys):
    topics = small_project(tmp_path)
    assert build(topics, "--format", "pdf") == 0
    pdf = next((tmp_path / "out").glob("*.pdf"))
    before, stamp = pdf.read_bytes(), pdf.stat().st_mtime_ns
    topics.write_text(topics.read_text(encoding="utf-8").replace("Analysts said", "Analysts wrote"), encoding="utf-8")
    assert build(topics, "--format", "pdf") == 1
    assert "quote not found" in capsys.readouterr().err
    assert pdf.read_bytes() == before and pdf.stat().st_mtime_ns == stamp
    assert [p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".") and "tmp" in p.name] == []


def test_an_unchanged_rebuild_is_skipped_and_force_rebuilds(tmp_path):
    topics = small_project(tmp_path)
    assert build(topics, "--format", "html") == 0
    html = next((tmp_path / "out").glob("*.html"))
    os.utime(html, ns=(1, 1))
    assert build(topics, "--format", "html") == 0
    assert html.stat().st_mtime_ns == 1  # skipped
    assert build(topics, "--format", "html", "--force") == 0
    assert html.stat().st_mtime_ns != 1


def test_an_unchanged_rebuild_says_it_skipped_and_repeats_its_warnings(tmp_path, capsys):
    from reportgen.cli import main

    argv = ["build", str(small_project(tmp_path)), "--format", "html", "--out", str(tmp_path / "o")]
    assert main(argv) == 0
    first = capsys.readouterr()
    assert "warning:" in first.err and "not rebuilt" not in first.err  # the balance warning
    assert main(argv) == 0
    again = capsys.readouterr()
    assert again.out == first.out  # the same paths, for scripts
    assert "unchanged since the last build: these outputs are up to date and were not rebuilt" in again.err
    assert [ln for ln in again.err.splitlines() if "warning:" in ln] == \
        [ln for ln in first.err.splitlines() if "warning:" in ln]


def test_progress_is_quiet_when_not_on_a_terminal(tmp_path, capsys):
    from reportgen.cli import main

    assert main(["build", str(small_project(tmp_path)), "--format", "html", "--out", str(tmp_path / "o")]) == 0
    captured = capsys.readouterr()
    assert "verify" not in captured.err and "render" not in captured.err  # only the balance warning
    assert captured.out.strip().endswith(".html")


def test_an_unknown_format_is_refused(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        build(small_project(tmp_path), "--format", "pdf,odt")
    assert exit_info.value.code == 2 and "unknown format 'odt'" in capsys.readouterr().err


# --- the renderers fetch nothing ----------------------------------------------------------

def test_the_fetcher_serves_template_assets_only():
    fetcher = AssetFetcher()
    assert fetcher.fetch((TEMPLATES / "shared" / "print.css").as_uri()).read()
    for url in ("http://example.com/x.css", "https://example.com/font.ttf", "file:///etc/passwd",
                (TEMPLATES / ".." / "topics.yaml").as_uri(), "ftp://example.com/x"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_a_page_asking_for_remote_or_outside_files_gets_nothing():
    html = """<html><head>
      <link rel="stylesheet" href="http://example.com/evil.css">
      <link rel="stylesheet" href="file:///etc/passwd">
      <link rel="attachment" href="file:///etc/passwd">
      <style>@import url("https://example.com/x.css"); body { background: url(file:///etc/hostname) }</style>
      </head><body><p>Hello</p><img src="http://example.com/tracker.png"></body></html>"""
    data = pdf_bytes(html)
    assert b"/EmbeddedFile" not in data and b"root:" not in data


def test_the_pdf_uses_the_shipped_fonts_and_fetches_nothing_refused(tmp_path, caplog):
    """Glyphs come from templates/fonts on any machine, not from whatever fonts it happens to have."""
    with caplog.at_level("WARNING", logger="weasyprint"):
        assert build(small_project(tmp_path), "--format", "pdf", "--force") == 0
    assert not [r for r in caplog.records if "refused" in r.getMessage()]
    pdf = pypdf.PdfReader(next((tmp_path / "out").glob("*.pdf")))
    fonts = {str(f.get_object()["/BaseFont"]) for p in pdf.pages for f in p["/Resources"]["/Font"].values()}
    assert all(f.split("+")[-1].startswith("Briefing-") for f in fonts), fonts  # the @font-face families
