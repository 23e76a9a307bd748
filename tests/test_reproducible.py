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
