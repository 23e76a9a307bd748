"""'At a glance' with many topics, and the edition's currency fields, on small made-up editions."""

import re

from conftest import HEADER, assert_problem, excerpt

from reportgen.document.briefing import MATRIX_TOPICS, build_briefing
from reportgen.load.schema import load_edition
from reportgen.output.render import render_html
from reportgen.verify.excerpts import require_verified

HIJACKED = '"But gradually, the protest was hijacked by unknown individuals."'


def many_topics(count: int) -> str:
    """HEADER's topic and count - 1 more, each quoting one panelist."""
    text = HEADER + excerpt("gwu", "sharipzhanov", HIJACKED, stance="hijacked")
    for n in range(2, count + 1):
        text += (f"  - id: topic-{n}\n    title: Topic number {n}\n    question: Question {n}?\n"
                 f"    stances: {{a: Stance A, b: Stance B}}\n    excerpts:\n"
                 + excerpt("gwu", "sharipzhanov", HIJACKED, stance="a"))
    return text


def test_twelve_topics_split_the_matrix_into_parts_of_at_most_six(project):
    model = build_briefing(require_verified(load_edition(project(many_topics(12)))))
    assert model.matrix_parts == [(0, 6), (6, 12)]
    html = render_html(model, "pdf")
    assert "Topics 1 to 6" in html and "Topics 7 to 12" in html
    for table in re.findall(r'<table class="matrix[^"]*">.*?</table>', html, re.S):
        assert len(re.findall(r"<th><a href=", table)) <= MATRIX_TOPICS
        # one header per part, repeated only on a continuation page; group labels are rows of the body
        assert table.count("<thead>") == 1 and not re.search(r'<thead>.*<tr class="group">.*</thead>', table, re.S)
        assert re.search(r'<tbody>.*<tr class="group">.*</tbody>', table, re.S)


def test_seven_topics_split_evenly_and_five_stay_whole(project):
    assert build_briefing(require_verified(load_edition(project(many_topics(7))))).matrix_parts == [(0, 4), (4, 7)]
    assert build_briefing(require_verified(load_edition(project(many_topics(5))))).matrix_parts == [(0, 5)]


def test_as_of_must_be_a_date(project, run):
    text = HEADER.replace("  date: 2026-11-23\n", "  date: 2026-11-23\n  as_of: mid-January\n")
    code, _, err = run("check", project(text + excerpt("gwu", "sharipzhanov", HIJACKED)))
    assert code == 2
    assert_problem(err, line=5, contains="'as_of' is 'mid-January', not a date; write it as YYYY-MM-DD")


def test_key_points_must_be_texts(project, run):
    text = HEADER.replace("  date: 2026-11-23\n", "  date: 2026-11-23\n  key_points:\n    - {a: b}\n")
    code, _, err = run("check", project(text + excerpt("gwu", "sharipzhanov", HIJACKED)))
    assert code == 2
    assert_problem(err, line=6, contains="each of the key points must be text")


def test_a_stated_editor_and_source_url_reach_the_docx_properties_and_a_clickable_link(project, run, tmp_path):
    import docx
    import pypdf

    text = HEADER.replace("  date: 2026-11-23\n", "  date: 2026-11-23\n  editor: Desk of the Day\n")
    text = text.replace("    label: GWU panel\n", "    label: GWU panel\n    url: https://example.org/gwu-panel\n")
    out = tmp_path / "out"
    code, _, _ = run("build", project(text + excerpt("gwu", "sharipzhanov", HIJACKED)), "--out", out, "--quiet")
    assert code == 0
    document = docx.Document(next(out.glob("*.docx")))
    assert document.core_properties.author == "Desk of the Day"
    assert document.core_properties.created.date().isoformat() == "2026-11-23"
    pdf = pypdf.PdfReader(next(out.glob("*.pdf")))
    uris = [a.get_object()["/A"].get("/URI") for page in pdf.pages for a in page.get("/Annots", [])
            if a.get_object().get("/A", {}).get("/URI")]
    assert "https://example.org/gwu-panel" in uris
    assert '<a href="https://example.org/gwu-panel">' in next(out.glob("*.html")).read_text(encoding="utf-8")
