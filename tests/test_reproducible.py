"""Byte-identical rebuilds: the same inputs give the same bytes in every format, the DOCX too."""

import time
import zipfile

from test_build import small_project

from reportgen.cli import main


def built(topics, out, *command):
    assert main([*command, str(topics), "--out", str(out), "--quiet", "--force"]) == 0
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if not p.name.startswith(".")}


def test_two_builds_give_identical_bytes_for_pdf_docx_and_html(tmp_path):
    topics = small_project(tmp_path)
    first = built(topics, tmp_path / "one", "build")
    time.sleep(2.1)  # a zip's clock ticks in two-second steps: a build clock in the DOCX would show
    second = built(topics, tmp_path / "two", "build")
    assert {name.rsplit(".", 1)[1] for name in first} == {"pdf", "docx", "html"}
    assert first == second


def test_two_handout_builds_give_identical_bytes(tmp_path):
    topics = small_project(tmp_path)
    first = built(topics, tmp_path / "one", "handout", "--format", "docx")
    time.sleep(2.1)
    assert built(topics, tmp_path / "two", "handout", "--format", "docx") == first


def test_the_docx_package_carries_no_build_time(tmp_path):
    topics = small_project(tmp_path)
    built(topics, tmp_path / "out", "build", "--format", "docx")
    with zipfile.ZipFile(next((tmp_path / "out").glob("*.docx"))) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert archive.namelist()[0] == "[Content_Types].xml"


def test_the_font_clock_is_fixed_only_while_writing_and_never_over_the_users(monkeypatch):
    import os

    from reportgen.output.writer import fixed_font_clock
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    with fixed_font_clock(), fixed_font_clock():  # two PDFs written at once share it
        assert os.environ["SOURCE_DATE_EPOCH"] == "0"
    assert "SOURCE_DATE_EPOCH" not in os.environ
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    with fixed_font_clock():
        assert os.environ["SOURCE_DATE_EPOCH"] == "1700000000"
    assert os.environ["SOURCE_DATE_EPOCH"] == "1700000000"
