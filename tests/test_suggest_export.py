"""`reportgen suggest` (BM25 over the passages not yet quoted) and `reportgen export` (data out)."""

import csv
import json

import openpyxl
import pytest
from conftest import REPO

from reportgen.commands.suggest import rank
from reportgen.load.schema import load_edition
from reportgen.verify.excerpts import read_sources, require_verified

TOPICS = REPO / "topics.yaml"


@pytest.fixture(scope="module")
def verified():
    report = require_verified(load_edition(TOPICS))
    return report, read_sources(report.edition)


def test_suggest_ranks_a_hidden_excerpts_paragraph_in_the_top_ten(verified):
    report, texts = verified
    topic = report.edition.topic("causes")
    hidden = next(e for e in topic.excerpts if e.analyst == "jones")
    rest = tuple(e for e in topic.excerpts if e is not hidden)
    top = [(c.source.id, c.paragraph.number) for c in rank(report.edition, texts, topic, rest)[:10]]
    assert (hidden.source, hidden.paragraph) in top
    # ... and never suggests a paragraph the topic quotes already.
    assert not {(e.source, e.paragraph) for e in rest} & set(top)


def test_suggest_groups_by_analyst_silent_ones_first(run):
    code, out, err = run("suggest", "causes", "--top", "8", "--topics", TOPICS)
    assert code == 0, err
    assert out.startswith("topic 'causes' (What drove the unrest): 8 passages not yet quoted")
    headings = [line for line in out.splitlines() if line.endswith(":") and not line.startswith(" ")]
    order = ["Silent on this topic:", "Quoted on this topic already:",
             "Not analysts of this briefing (add one under analysts: to quote them):",
             "Whose words could not be told (give --analyst to `excerpt add`, or --reported):"]
    assert headings == [h for h in order if h in headings]
    # the interviewer speaks, but is no analyst: shown as such, with the line that would make them one
    assert "  IWPR: add under analysts: `iwpr: {name: IWPR}`" in out and "--analyst iwpr" in out
    assert "reportgen excerpt add causes --source " in out


def test_a_quotation_of_someone_who_is_no_analyst_is_grouped_under_their_name(run, tmp_path):
    assert run("init", tmp_path, "--title", "T")[0] == 0
    topics = tmp_path / "topics.yaml"
    assert run("source", "add", REPO / "tests/fixtures/imports/news.html", "--topics", topics)[0] == 0
    text = topics.read_text(encoding="utf-8").replace("analysts: {}\n", "analysts:\n  ng: {name: Ruth Ng}\n")
    topic = "topics:\n  - {id: t, title: Protests and tariffs, question: Why protest?, excerpts: []}\n"
    topics.write_text(text.replace("topics: []\n", topic), encoding="utf-8")
    code, out, _ = run("suggest", "t", "--topics", topics)
    assert code == 0 and "Not analysts of this briefing" in out and "No analyst could be told" not in out
    assert "  Dana Whitfield: add under analysts: `dana-whitfield: {name: Dana Whitfield}`" in out
    assert "  Mira Okafor: add under analysts: `mira-okafor: {name: Mira Okafor}`" in out  # the author
    assert "--from 'People are not' --to 'about being ignored,' --analyst dana-whitfield" in out


def test_suggest_for_one_analyst(run):
    code, out, _ = run("suggest", "causes", "--analyst", "umarov", "--top", "2", "--topics", TOPICS)
    assert code == 0
    assert out.count("--analyst umarov") == 2 and "Temur Umarov (umarov)" in out


def test_suggest_bad_input(run):
    code, _, err = run("suggest", "cause", "--topics", TOPICS)
    assert code == 2 and "did you mean 'causes'?" in err
    code, _, err = run("suggest", "causes", "--analyst", "umarow", "--topics", TOPICS)
    assert code == 2 and "did you mean 'umarov'?" in err


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from reportgen.cli import main
    out = tmp_path_factory.mktemp("export")
    assert main(["export", str(TOPICS), "--out", str(out)]) == 0
    return out, require_verified(load_edition(TOPICS)).edition


def test_xlsx_has_one_row_per_excerpt_the_matrix_and_the_balance(exported):
    out, edition = exported
    book = openpyxl.load_workbook(next(out.glob("*.xlsx")))
    assert book.sheetnames == ["Excerpts", "Matrix", "Balance"]
    sheet = book["Excerpts"]
    assert sheet.max_row == 1 + len(edition.excerpts)
    assert [c.value for c in sheet[1]][:3] == ["Topic", "Stance", "Analyst"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == sheet.dimensions
    assert sheet["H2"].alignment.wrap_text and sheet.column_dimensions["H"].width == 70
    first = edition.excerpts[0]
    assert sheet["H2"].value == first.text and sheet["J2"].value == first.words
    matrix = book["Matrix"]
    assert [c.value for c in matrix[1]] == ["Analyst", *(t.title for t in edition.topics)]
    assert matrix.max_row == 1 + len(edition.analysts)
    jones = next(r for r in matrix.iter_rows(values_only=True) if r[0] == "Pauline Jones")
    assert jones[1] == edition.topic("causes").stance("grievances").label
    assert book["Balance"].max_row > len(edition.topics)


def test_csv_has_a_bom_and_keeps_non_latin_text(exported):
    out, edition = exported
    data = next(out.glob("*-excerpts.csv")).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert len(rows) == 1 + len(edition.excerpts)
    assert any("’" in cell for row in rows for cell in row)


def test_json_is_documented_and_complete(exported):
    out, edition = exported
    data = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert data["format"] == 1 and set(data) == {"format", "edition", "topics", "excerpts", "matrix", "balance"}
    assert len(data["excerpts"]) == len(edition.excerpts)
    assert {"topic_id", "stance", "analyst", "affiliation", "source", "locator", "verified_by", "quote", "note",
            "words"} <= set(data["excerpts"][0])


def test_export_refuses_an_edition_that_fails_check(project, run, tmp_path):
    from conftest import HEADER, excerpt
    path = project(HEADER + excerpt("gwu", "jones", '"But gradually, the protest was hijacked"'))
    code, _, err = run("export", path, "--out", tmp_path / "out")
    assert code == 1 and "not Pauline Jones's" in err
    assert not (tmp_path / "out").exists()


def test_only_attributable_paragraphs_of_some_length_are_suggested(tmp_path):
    from conftest import made_up
    topics = made_up(tmp_path)
    (tmp_path / "piece.txt").write_text("Short caption.\nThe reform is late and the budget shrinks while the "
                                        "provinces wait for money that the capital keeps for itself.\n",
                                        encoding="utf-8")
    edition = load_edition(topics)
    from reportgen.commands.suggest import passages
    found = [(s.id, p.number) for s, p in passages(edition, read_sources(edition))]
    # The panel's header and `Name:` line are nobody's words; the caption is under 12 words.
    assert found == [("panel", 3), ("piece", 2)]


def test_every_suggested_command_adds_an_excerpt_that_passes_check(shipped, run):
    import shlex
    code, out, _ = run("suggest", "causes", "--top", "8", "--topics", shipped)
    assert code == 0
    commands = [shlex.split(line.strip())[1:] for line in out.splitlines()
                if line.strip().startswith("reportgen excerpt add") and "--analyst" in line]
    assert len(commands) >= 5 and any("--from" in c for c in commands)  # a quotation inside an article
    voices = [line.split("`")[1] for line in out.splitlines() if ": add under analysts: `" in line]
    text = shipped.read_text(encoding="utf-8")  # the voices that are no analysts yet, added as the lines say
    shipped.write_text(text.replace("\nanalysts:\n", "\nanalysts:\n" + "".join(f"  {v}\n" for v in voices), 1),
                       encoding="utf-8")
    for command in commands:
        code, _, err = run(*command, "--topics", shipped)
        assert code == 0, (command, err)
    code, out, err = run("check", shipped)
    assert code == 0, err


def test_a_quote_that_looks_like_a_formula_stays_text_in_the_xlsx(tmp_path, run):
    from conftest import made_up
    topics = made_up(tmp_path)
    (tmp_path / "panel.txt").write_text("Bo Speaker:\n=SUM(A1:A9) is what the ministry’s table said, Ж.\n",
                                        encoding="utf-8")
    assert run("excerpt", "add", "t", "--source", "panel", "--para", "2", "--topics", topics)[0] == 0
    code, _, err = run("export", topics, "--format", "xlsx,csv", "--out", tmp_path / "out")
    assert code == 0, err
    cell = openpyxl.load_workbook(next((tmp_path / "out").glob("*.xlsx")))["Excerpts"]["H2"]
    assert cell.data_type == "s" and cell.value.startswith("=SUM(A1:A9)")
    assert "Ж" in next((tmp_path / "out").glob("*-excerpts.csv")).read_bytes().decode("utf-8-sig")


def test_a_topic_title_that_looks_like_a_formula_stays_text_in_the_xlsx_header(tmp_path, run):
    from conftest import made_up
    topics = made_up(tmp_path)
    topics.write_text(topics.read_text(encoding="utf-8").replace(
        "    title: T\n", "    title: '=HYPERLINK(\"http://example.com/x\",\"T\")'\n"), encoding="utf-8")
    (tmp_path / "panel.txt").write_text("Bo Speaker:\nThe ministry’s table said prices rise first, then wages.\n",
                                        encoding="utf-8")
    assert run("excerpt", "add", "t", "--source", "panel", "--para", "2", "--topics", topics)[0] == 0
    code, _, err = run("export", topics, "--format", "xlsx", "--out", tmp_path / "out")
    assert code == 0, err
    book = openpyxl.load_workbook(next((tmp_path / "out").glob("*.xlsx")))
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert any(str(cell.value).startswith("=HYPERLINK") for cell in cells)
    assert all(cell.data_type != "f" for cell in cells)


def test_a_check_citing_another_paragraph_than_the_locator_says_why(exported):
    """'Verified by' names the cue's paragraph; when it is not the quote's own, it says where the cue
    stands from the quoted one, read back from the CSV and the XLSX."""
    import re

    out, _ = exported
    with next(out.glob("*-excerpts.csv")).open(encoding="utf-8-sig") as f:
        csv_rows = [(r["Locator"], r["Verified by"]) for r in csv.DictReader(f)]
    sheet = openpyxl.load_workbook(next(out.glob("*.xlsx")))["Excerpts"]
    header = [c.value for c in sheet[1]]
    xlsx_rows = [(row[header.index("Locator")], row[header.index("Verified by")])
                 for row in sheet.iter_rows(min_row=2, values_only=True)]
    for rows in (csv_rows, xlsx_rows):
        elsewhere = [(locator, check) for locator, check in rows
                     if set(re.findall(r"para\. (\d+)", check)) - set(re.findall(r"para\. (\d+)", locator or ""))]
        assert len(elsewhere) == 3  # Tokayev's quotation after its cue's paragraph, Sorbello's report twice
        for locator, check in elsewhere:
            assert re.search(r", (the paragraph|\d+ paragraphs) (before|after) the quoted (para\. \d+)", check)
            assert check.endswith(locator), (locator, check)
