"""What issue 21 pins on the shipped briefing, shown on a synthetic edition of 12 topics and more
than 40 analysts (benchmarks/synth.py), read back from its files: the DOCX key points as body text,
its contents numbered with the pages of their headings, charts that fit a 390 px phone, XLSX rows as
tall as their wrapped text, the glossary as Appendix C, and identical bytes on a rebuild. No page
holding only a table's tail nor a topic's tail left under half a page: test_page_breaks.py, on the
same edition."""

import sys
import time

import pytest
import yaml
from conftest import REPO
from test_briefing_reading import assert_contents_numbered, contents_entries
from test_charts_phone import charts_fit_a_phone
from test_print_finish import key_points_are_body_text, rows_fit_their_text

from reportgen.cli import main

sys.path.insert(0, str(REPO / "benchmarks"))
from synth import make_edition  # noqa: E402


def files(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """The synthetic edition built twice (two seconds apart) in every format, and exported as XLSX."""
    root = tmp_path_factory.mktemp("synthetic")
    topics = make_edition(root, sources=30, source_kb=6, excerpts=160, topics=12)
    assert main(["build", str(topics), "--out", str(root / "one"), "--quiet"]) == 0
    time.sleep(2.1)  # a zip's clock ticks in two-second steps: a build clock in the DOCX would show
    assert main(["build", str(topics), "--out", str(root / "two"), "--quiet"]) == 0
    assert main(["export", str(topics), "--out", str(root / "data"), "--format", "xlsx"]) == 0
    data = yaml.safe_load(topics.read_text(encoding="utf-8"))
    assert len(data["topics"]) == 12 and len(data["analysts"]) >= 40
    first = root / "one"
    return {"root": root, "data": data, "docx": next(first.glob("*.docx")), "html": next(first.glob("*.html"))}


def test_two_builds_give_identical_bytes(synthetic):
    one, two = files(synthetic["root"] / "one"), files(synthetic["root"] / "two")
    assert {name.rsplit(".", 1)[1] for name in one} == {"pdf", "docx", "html"} and one == two


def test_the_key_points_are_body_text(synthetic):
    key_points_are_body_text(synthetic["docx"], synthetic["data"]["edition"]["key_points"])


def test_the_contents_number_each_entry_with_its_headings_page(synthetic, tmp_path):
    entries = contents_entries(synthetic["docx"])
    assert len(entries) == 3 + 12 + 4  # in brief, at a glance, balance; the topics; three appendices, method
    assert assert_contents_numbered(synthetic["docx"], tmp_path) in (0, len(entries))


def test_the_charts_fit_a_phone(synthetic):
    assert charts_fit_a_phone(synthetic["html"].read_text(encoding="utf-8")) == 2 * 12  # two a topic


def test_the_xlsx_rows_are_as_tall_as_their_wrapped_text(synthetic):
    assert rows_fit_their_text(next((synthetic["root"] / "data").glob("*.xlsx"))) > 160
