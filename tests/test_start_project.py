"""Start your own briefing, end to end: init, sources of different formats, excerpts, check, build."""

from __future__ import annotations

import docx
import pypdf
import pytest
from conftest import REPO

from reportgen.cli import main
from reportgen.text.sources import normalize

FIXTURES = REPO / "tests" / "fixtures" / "imports"

EXCERPTS = """\
analysts:
  institute: {name: Valley Policy Institute, kind: organisation, role: author}
  whitfield: {name: Dana Whitfield, kind: person, affiliation: Institute for Public Policy, role: quoted expert}
  mbeki: {name: Grace Mbeki, kind: person, role: panelist}
  voss: {name: Peter Voss, kind: person, role: witness}
topics:
  - id: causes
    title: Why people marched
    question: What turned a tariff rise into protests?
    stances:
      trust: A crisis of trust
      money: A question of money
    excerpts:
      - source: report
        analyst: institute
        stance: trust
        quote: the ministry allowed six weeks, and most residents learned of it from their bills
      - source: news
        analyst: whitfield
        stance: trust
        quote: People are not protesting about a few coins, they are protesting about being ignored
      - source: panel
        analyst: mbeki
        quote: Overreaction is the real danger here.
      - source: hearing
        analyst: voss
        stance: money
        quote: Our costs have doubled since the drought began.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A project started with `init`, four sources added, excerpts written, checked and built once."""
    folder = tmp_path_factory.mktemp("project") / "water"
    topics = folder / "topics.yaml"
    assert main(["init", str(folder), "--title", "Water tariffs: what the voices say"]) == 0
    empty_check = main(["check", str(topics)])
    assert main(["source", "add", str(FIXTURES / "report.pdf"), str(FIXTURES / "news.html"),
                 str(FIXTURES / "panel.vtt"), "--topics", str(topics)]) == 0
    assert main(["source", "add", str(FIXTURES / "inline.txt"), "--id", "hearing", "--topics", str(topics),
                 "--title", "[City council hearing on water tariffs]", "--label", "Council hearing"]) == 0
    text = topics.read_text(encoding="utf-8")
    text = text.replace("analysts: {}\n", "").replace("topics: []\n", EXCERPTS)
    topics.write_text(text, encoding="utf-8")
    checked = main(["check", str(topics)])
    out = folder / "out"
    assert main(["build", str(topics), "--format", "pdf,docx", "--out", str(out), "--quiet"]) == 0
    files = {p.suffix: p for p in out.iterdir() if not p.name.startswith(".")}
    pdf_text = normalize(" ".join(page.extract_text() for page in pypdf.PdfReader(files[".pdf"]).pages))
    docx_text = normalize(" ".join(p.text for p in docx.Document(files[".docx"]).paragraphs))
    return {"folder": folder, "empty_check": empty_check, "checked": checked, "pdf": pdf_text, "docx": docx_text}


def test_a_fresh_project_checks_with_next_steps_not_errors(tmp_path, run):
    assert run("init", tmp_path, "--title", "T")[0] == 0
    made = {p.name for p in tmp_path.iterdir()}
    assert made - {"topics.schema.json"} == {"topics.yaml", "sources", "templates", ".gitignore"}
    if "topics.schema.json" in made:  # where this reportgen writes a JSON Schema, the skeleton names it
        assert (tmp_path / "topics.yaml").read_text().startswith("# yaml-language-server: $schema=./topics.schema.json")
    assert (tmp_path / ".gitignore").read_text().splitlines()[-1] == "out/"
    code, out, err = run("check", tmp_path / "topics.yaml")
    assert code == 2 and "nothing to check yet. Next:" in err and "reportgen source add FILE" in err
    assert "error" not in err
    code, _, err = run("build", tmp_path / "topics.yaml", "--out", tmp_path / "out")
    assert code == 2 and "nothing to build yet" in err and not (tmp_path / "out").exists()
    assert run("init", tmp_path)[0] == 2  # never over an existing project
    other = tmp_path / "repo"
    other.mkdir()
    (other / ".gitignore").write_text("*.pyc")
    assert run("init", other)[0] == 0 and (other / ".gitignore").read_text().startswith("*.pyc\n# reportgen")


def test_imported_sources_check_and_build(built):
    assert built["empty_check"] == 2 and built["checked"] == 0
    assert (built["folder"] / "sources" / "hearing.json").is_file()


def test_the_method_note_names_each_original_and_its_converter(built):
    assert "report.pdf converted into report.txt by pdfminer.six" in built["pdf"]
    assert "panel.vtt converted into panel.txt by webvtt-py" in built["pdf"]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_citations_carry_pages_and_times(built, fmt):
    text = built[fmt]
    assert "report, p. 2, para. 5" in text
    assert "panel, 00:12:31, para. 6" in text
    assert "news, para. 3" in text and "Council hearing, para. 6" in text


def test_check_on_topics_without_excerpts_says_to_quote_into_them(tmp_path, run):
    assert run("init", tmp_path, "--title", "T")[0] == 0
    topics = tmp_path / "topics.yaml"
    assert run("source", "add", FIXTURES / "news.html", "--topics", topics)[0] == 0
    text = topics.read_text(encoding="utf-8").replace("analysts: {}\n", "analysts:\n  w: {name: Dana Whitfield}\n")
    topic = "topics:\n  - {id: fares, title: Fares, question: Q?, excerpts: []}\n"
    topics.write_text(text.replace("topics: []\n", topic), encoding="utf-8")
    code, _, err = run("check", topics)
    assert code == 2 and "nothing to check yet" in err and "add a topic under" not in err
    assert "`reportgen excerpt add fares --source ID --para N` adds it to topic 'fares'" in err


FIRST_BRIEFING = """\
analysts:
  ng: {name: Ruth Ng, kind: person, affiliation: Friends of Northgate Library}
  whitfield: {name: Dana Whitfield, kind: person, affiliation: Institute for Public Policy}
  centre: {name: Eastern Policy Centre, kind: organisation, author_of: [reform]}
  koval: {name: Lena Koval, kind: person}
topics:
  - id: trust
    title: Who is heard
    question: Do the authorities listen before they decide?
    excerpts:
      - source: standfirst
        analyst: ng
        quote: A library is the one warm room in town where nobody asks you to buy anything
      - source: hearing
        analyst: ng
        quote: That it reads its own consultant's report before it votes.
      - source: panel-radio
        analyst: whitfield
        quote: Meeting the organisers costs nothing and would show that the council listens.
      - source: reform
        analyst: centre
        quote: replaced the Soviet-era KGB with a service answerable to parliament
      - source: statement
        analyst: koval
        quote: falls hardest on pensioners who already ration their water
"""


def test_a_first_briefing_on_a_new_event_from_five_formats(tmp_path):
    """init; a news page with a standfirst, a VTT with a NOTE title, an inline transcript with few labels,
    a 3-page PDF and a DOCX added; excerpts written; check; build: each quote cited with its speaker and
    locator, the PDF quote across a page break by both pages."""
    folder = tmp_path / "northgate"
    topics = folder / "topics.yaml"
    assert main(["init", str(folder), "--title", "Northgate: who is heard"]) == 0
    assert main(["check", str(topics)]) == 2  # nothing to check yet: it says what to do next
    assert main(["source", "add", *(str(FIXTURES / n) for n in ("standfirst.html", "hearing.vtt", "reform.pdf",
                                                                 "statement.docx")), "--topics", str(topics)]) == 0
    assert main(["source", "add", str(FIXTURES / "inline_few.txt"), "--kind", "transcript", "--id", "panel-radio",
                 "--title", "[Panel on the water tariffs]", "--topics", str(topics)]) == 0
    text = topics.read_text(encoding="utf-8")
    assert "title: Northgate library consultation, public meeting" in text  # the VTT's NOTE title
    topics.write_text(text.replace("analysts: {}\n", "").replace("topics: []\n", FIRST_BRIEFING), encoding="utf-8")
    assert main(["check", str(topics)]) == 0
    out = folder / "out"
    assert main(["build", str(topics), "--format", "pdf,docx,html", "--out", str(out), "--quiet"]) == 0
    pdf = next(out.glob("*.pdf"))
    assert pdf.name == "northgate-who-is-heard-ed1.pdf"
    printed = normalize(" ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages))
    for citation in ("standfirst, para. 5", "hearing, 00:00:10, para. 4", "panel-radio, para. 26",
                     "reform, pp. 1–2, para. 3", "statement, para. 3"):
        assert normalize(citation) in printed, citation
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "pp. 1–2" in html and "Ruth Ng" in html
