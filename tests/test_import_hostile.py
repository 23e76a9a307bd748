"""The commands added since the first hostile round keep the promise: bounded imports, damaged files
exit 2, one text reader, a safe `init`, nothing dropped in silence, spreadsheet-safe CSV, a bounded
preview server. Every hostile file is made here, small, in tmp_path."""

from __future__ import annotations

import sys
import zipfile

import pytest
from conftest import REPO, assert_unusable

from reportgen.importers import packages

sys.path.insert(0, str(REPO / "benchmarks"))
from hostile_files import byte_flips, docx, docx_bomb, tiny_pdf, truncations, vtt  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "imports"


@pytest.fixture
def new_project(tmp_path, run):
    code, _, err = run("init", tmp_path / "brief", "--title", "Water crisis")
    assert code == 0, err
    return tmp_path / "brief" / "topics.yaml"


def add(run, topics, path, *extra):
    return run("source", "add", path, "--topics", topics, *extra)


def assert_nothing_added(topics):
    assert not list((topics.parent / "sources").iterdir())
    assert "sources: {}" in topics.read_text(encoding="utf-8")


# --- 1. bounded imports --------------------------------------------------------------------------------------

def test_a_docx_bomb_is_refused_by_its_ratio_before_pandoc_runs(new_project, run, tmp_path, monkeypatch):
    import subprocess

    monkeypatch.setattr(subprocess, "run", lambda *a, **k: pytest.fail("pandoc ran on a bomb"))
    bomb = docx_bomb(tmp_path / "bomb.docx", inflated_mb=3)  # 3 MB from about 12 KiB
    assert_unusable(add(run, new_project, bomb), "MAX_RATIO")
    assert_nothing_added(new_project)


def test_a_member_larger_than_the_limit_is_refused_whatever_it_claims(new_project, run, tmp_path, monkeypatch):
    monkeypatch.setattr(packages, "MAX_MEMBER_BYTES", 200_000)
    honest = docx(tmp_path / "big.docx", (f"Paragraph {n} of a long honest report." for n in range(10_000)))
    assert_unusable(add(run, new_project, honest), "word/document.xml inflates past 195 KiB (MAX_MEMBER_BYTES)")


def test_the_whole_package_is_bounded_too(new_project, run, tmp_path, monkeypatch):
    monkeypatch.setattr(packages, "MAX_PACKAGE_BYTES", 5_000)
    statement = FIXTURES / "statement.docx"
    assert_unusable(add(run, new_project, statement), "MAX_PACKAGE_BYTES")


def test_package_properties_are_read_within_a_bound(new_project, run, tmp_path):
    bomb = docx_bomb(tmp_path / "core.docx", inflated_mb=0.01, core_mb=2)
    assert_unusable(add(run, new_project, bomb), "docProps/core.xml inflates past 1.0 MiB (MAX_PROPERTIES_BYTES)")


def test_a_member_whose_stated_size_lies_is_measured_by_inflating_it(tmp_path, monkeypatch):
    monkeypatch.setattr(packages, "MAX_MEMBER_BYTES", 100_000)
    path = docx(tmp_path / "liar.docx", ("x" * 100 + str(n) for n in range(3_000)))
    data = bytearray(path.read_bytes())
    entry = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02"))  # the central directory: the stated sizes
    while data[entry + 46:entry + 63] != b"word/document.xml":
        entry = data.find(b"PK\x01\x02", entry + 4)
    data[entry + 24:entry + 28] = (10).to_bytes(4, "little")  # "uncompressed size: 10 bytes"
    path.write_bytes(bytes(data))
    assert zipfile.ZipFile(path).getinfo("word/document.xml").file_size == 10
    with pytest.raises(Exception) as refused:
        packages.check_package(path)
    assert "MAX_MEMBER_BYTES" in str(refused.value)


def test_pandoc_runs_with_a_memory_cap(new_project, run, monkeypatch):
    from reportgen.importers import pandoc

    monkeypatch.setattr(pandoc, "PANDOC_MEMORY_MB", 8)  # far too little for any document
    assert_unusable(add(run, new_project, FIXTURES / "statement.docx"), "pandoc needs more than 8 MB")
    assert_nothing_added(new_project)


def test_honest_word_files_still_import(new_project, run, tmp_path):
    honest = docx(tmp_path / "report.docx", (f"Paragraph {n} of a long honest report." for n in range(2_000)))
    code, out, err = add(run, new_project, honest)
    assert code == 0 and not err, err
    assert "2000 paragraphs" in out


# --- 2. every damaged file is exit 2 ------------------------------------------------------------------------

def _fuzzed(tmp_path) -> list:
    """Truncations and byte flips of a small PDF, DOCX and VTT, made here."""
    pdf, vtt_text = tiny_pdf(), vtt()
    good_docx = docx(tmp_path / "good.docx", ("Anna Berg said the tariffs rose. Prices doubled." for _ in range(5)))
    cases = [("pdf", data) for data in truncations(pdf, 7) + byte_flips(pdf, 14)]
    cases += [("pdf", tiny_pdf(mediabox=box)) for box in ("[0 0 612 /Foo]", "(x", "[0 0 0 0]", "<<>>", "/Foo")]
    cases += [("docx", data) for data in truncations(good_docx.read_bytes(), 4) + byte_flips(good_docx.read_bytes(), 6)]
    cases += [("vtt", data) for data in truncations(vtt_text.encode(), 4) + byte_flips(vtt_text.encode(), 8, seed=1)]
    cases += [("srt", b"1\n00:00:01,000 --> 99999999999:00:02,000\nHello\n")]
    return cases


def test_damaged_files_end_in_exit_0_or_2_never_a_traceback(new_project, run, tmp_path):
    failures = []
    for n, (suffix, data) in enumerate(_fuzzed(tmp_path)):
        path = tmp_path / f"case{n}.{suffix}"
        path.write_bytes(data)
        code, _, err = add(run, new_project, path)
        lines = err.strip().splitlines()
        if code not in (0, 2) or "Traceback" in err or (code == 2 and len(lines) != 1):
            failures.append(f"{path.name}: exit {code}: {err.strip()[:300]}")
        elif code == 2 and ": error: damaged:" in err:
            assert "again" in err  # the fix: export it again
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.9])
def test_a_truncated_pdf_is_damaged_not_a_bug(new_project, run, tmp_path, cut):
    data = (FIXTURES / "report.pdf").read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: int(len(data) * cut)])
    line = assert_unusable(add(run, new_project, tmp_path / "cut.pdf"))
    assert "cut.pdf: error:" in line and "export it again as PDF" in line


def test_library_log_lines_stay_off_the_terminal_unless_debug(tmp_path):
    import subprocess

    (tmp_path / "odd.pdf").write_bytes(tiny_pdf(mediabox="[0 0 612]"))  # pdfminer: "Invalid MediaBox"
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-m", "reportgen", "init", str(tmp_path / "p")], env=env, check=True,
                   capture_output=True)
    argv = ["source", "add", str(tmp_path / "odd.pdf"), "--topics", str(tmp_path / "p/topics.yaml")]
    quiet = subprocess.run([sys.executable, "-m", "reportgen", *argv], env=env, capture_output=True, text=True)
    assert quiet.returncode == 0 and not quiet.stderr, quiet.stderr
    loud = subprocess.run([sys.executable, "-m", "reportgen", "--debug", *argv, "--id", "again"], env=env,
                          capture_output=True, text=True)
    assert loud.returncode == 0 and "Invalid MediaBox" in loud.stderr


# --- 3. one text reader: source add decodes as check reads ----------------------------------------------------

TRANSCRIPT = "Anna Berg:\nThe tariffs rose twice this year.\nTomas Lind:\nAnd nobody asked the residents.\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_with_or_without_a_bom_imports_as_text_with_its_speakers(new_project, run, tmp_path, encoding):
    (tmp_path / "hearing.txt").write_bytes((TRANSCRIPT * 5).encode(encoding))
    code, out, err = add(run, new_project, tmp_path / "hearing.txt")
    assert code == 0, err
    written = (new_project.parent / "sources/hearing.txt").read_bytes()
    assert b"\x00" not in written and "speakers: Anna Berg, Tomas Lind" in out
    if encoding != "utf-16":
        assert f"encoding: {encoding} (guessed" in out
    assert run("check", new_project)[0] == 2  # nothing to check yet, but no encoding complaint
    assert "not UTF-8" not in run("check", new_project)[2]


def test_a_file_that_decodes_to_nuls_is_never_written(new_project, run, tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"Some words\x00\x00\x00 and more words\n" * 10)
    assert_unusable(add(run, new_project, tmp_path / "blob.txt"), "NUL characters")
    assert_nothing_added(new_project)


# --- 4. init never writes outside, never over, never half -----------------------------------------------------

@pytest.mark.parametrize("name", ["topics.schema.json", ".gitignore"])
def test_init_never_writes_through_a_symlink_out_of_the_project(run, tmp_path, name):
    outside = tmp_path / "outside.txt"
    outside.write_text("the editor's own file\n")
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / name).symlink_to(outside)
    code, out, err = run("init", tmp_path / "p")
    assert code == 0, err
    assert outside.read_text() == "the editor's own file\n"
    assert f"left alone: {tmp_path / 'p' / name}: a symlink" in out


def test_init_refuses_a_topics_yaml_that_is_a_link_even_a_dangling_one(run, tmp_path):
    (tmp_path / "p").mkdir()
    (tmp_path / "p/topics.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    assert_unusable(run("init", tmp_path / "p"), "exists already")
    assert not (tmp_path / "elsewhere.yaml").exists() and not (tmp_path / "p/sources").exists()


def test_init_never_overwrites_an_existing_schema_and_says_so(run, tmp_path):
    (tmp_path / "p").mkdir()
    (tmp_path / "p/topics.schema.json").write_text("{}\n")
    code, out, err = run("init", tmp_path / "p")
    assert code == 0, err
    assert (tmp_path / "p/topics.schema.json").read_text() == "{}\n"
    assert "left alone:" in out and "a file exists there" in out


def test_init_with_a_folder_where_the_schema_goes_writes_the_rest_and_names_no_schema(run, tmp_path):
    (tmp_path / "p/topics.schema.json").mkdir(parents=True)
    code, out, err = run("init", tmp_path / "p")
    assert code == 0, err
    assert "$schema" not in (tmp_path / "p/topics.yaml").read_text() and "a folder exists there" in out
    assert run("check", tmp_path / "p/topics.yaml")[0] == 2  # nothing to check yet: no errors


def test_init_adds_to_an_existing_gitignore(run, tmp_path):
    (tmp_path / "p").mkdir()
    (tmp_path / "p/.gitignore").write_text("*.pyc")
    assert run("init", tmp_path / "p")[0] == 0
    assert (tmp_path / "p/.gitignore").read_text().startswith("*.pyc\n#") and "out/\n" in (
        tmp_path / "p/.gitignore").read_text()


@pytest.mark.parametrize("title, named", [("Water\nedition: {number: 99}", "line break"),
                                          ("Water\rcrisis", "line break"), ("Water\x1b[31m", "U+001B"),
                                          ("Water \u202e crisis", "U+202E"), ("  ", "empty")])
def test_init_refuses_a_title_check_would_refuse_and_writes_nothing(run, tmp_path, title, named):
    line = assert_unusable(run("init", tmp_path / "p", "--title", title), named)
    assert line.startswith("--title: error:") and "\x1b" not in line
    assert not (tmp_path / "p").exists()


def test_init_writes_a_title_with_quotes_that_reads_back_exactly(run, tmp_path):
    title = 'Water "tariffs": what\'s said # not a comment'
    assert run("init", tmp_path / "p", "--title", title)[0] == 0
    import yaml

    assert yaml.safe_load((tmp_path / "p/topics.yaml").read_text())["edition"]["title"] == title


def test_a_failing_init_leaves_nothing_behind(run, tmp_path, monkeypatch):
    from reportgen.commands import init as project

    def full(target, data, mode=None):
        if target.name == "topics.yaml":
            raise OSError(28, "No space left on device", str(target))
        target.write_bytes(data)

    monkeypatch.setattr(project, "write_atomically", full)
    (tmp_path / "p").mkdir()
    (tmp_path / "p/.gitignore").write_text("*.pyc\n")
    assert_unusable(run("init", tmp_path / "p"), "No space left")
    assert sorted(p.name for p in (tmp_path / "p").iterdir()) == [".gitignore"]
    assert (tmp_path / "p/.gitignore").read_text() == "*.pyc\n"
    assert_unusable(run("init", tmp_path / "q"), "No space left")
    assert not (tmp_path / "q").exists()


# --- 6. spreadsheet-safe CSV ---------------------------------------------------------------------------------

@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://example.com\",\"x\")", "=cmd|' /C calc'!A0", "+1+2", "-2+3",
                                  "@SUM(A1)", "\tx", "\rx"])
def test_a_csv_cell_that_would_run_as_a_formula_is_written_as_text(cell):
    import csv
    import io

    from reportgen.build.data import csv_bytes

    rows = list(csv.reader(io.StringIO(csv_bytes(["Quote", "Words"], [[cell, -3]]).decode("utf-8-sig"), newline="")))
    assert rows[1] == ["'" + cell, "-3"]  # numbers stay numbers


def test_the_csv_quotes_a_formula_and_the_json_keeps_the_exact_text(tmp_path, run):
    import csv
    import json

    from conftest import made_up

    topics = made_up(tmp_path)
    (tmp_path / "panel.txt").write_text("Bo Speaker:\n=HYPERLINK(\"http://x.example\",\"prices\") was on the slide.\n",
                                        encoding="utf-8")
    assert run("excerpt", "add", "t", "--source", "panel", "--para", "2", "--note", "=cmd|' /C calc'!A0",
               "--topics", topics)[0] == 0
    code, _, err = run("export", topics, "--format", "csv,json", "--out", tmp_path / "out")
    assert code == 0, err
    rows = list(csv.reader(next((tmp_path / "out").glob("*-excerpts.csv")).read_text("utf-8-sig").splitlines()))
    assert rows[1][7].startswith("'=HYPERLINK(") and rows[1][8] == "'=cmd|' /C calc'!A0"
    data = json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))
    first = data["excerpts"][0]
    assert first["quote"].startswith("=HYPERLINK(") and first["note"] == "=cmd|' /C calc'!A0"


# --- 5. nothing dropped in silence ---------------------------------------------------------------------------

ARTICLE = "".join(f"<p>Paragraph {n}: the council met on Monday and the tariffs rose again, residents said.</p>"
                  for n in range(5))


def _page(body: str) -> str:
    return ("<html><head><title>Tariffs</title></head><body><article><h1>Tariffs rise</h1>"
            f"{body}</article></body></html>")


@pytest.mark.parametrize("depth", [300, 5000])
def test_a_page_nested_deeper_than_its_parser_follows_gets_a_warning(new_project, run, tmp_path, depth):
    deep = "<div>" * depth + "<p>The deep paragraph: the ministry allowed six weeks.</p>" + "</div>" * depth
    (tmp_path / "deep.html").write_text(_page(ARTICLE + deep + ARTICLE), encoding="utf-8")
    code, out, err = add(run, new_project, tmp_path / "deep.html")
    assert code == 0 and "Traceback" not in err
    [line] = err.strip().splitlines()
    assert "deep.html: warning: the page nests its elements" in line and "(MAX_HTML_DEPTH)" in line
    assert "kept " in line and "visible words" in line


def test_a_page_whose_main_text_is_a_small_part_of_what_it_shows_gets_a_warning(new_project, run, tmp_path):
    links = "".join(f"<li><a href='/{n}'>Section {n} of the site</a></li>" for n in range(150))
    menu = f"<nav><ul>{links}</ul></nav>"
    (tmp_path / "menu.html").write_text(_page(ARTICLE).replace("<body>", "<body>" + menu), encoding="utf-8")
    code, out, err = add(run, new_project, tmp_path / "menu.html")
    assert code == 0 and "Traceback" not in err
    [line] = err.strip().splitlines()
    assert "menu.html: warning: kept" in line and "KEPT_SHARE" in line


def test_an_ordinary_page_gets_no_warning(new_project, run):
    code, out, err = add(run, new_project, FIXTURES / "news.html")
    assert code == 0 and not err, err


# --- 7. serve: idle connections time out, connections are bounded ----------------------------------------------

def test_the_preview_closes_idle_connections_and_bounds_how_many_are_open(shipped, monkeypatch):
    import socket
    import time
    import urllib.request

    from reportgen.commands import serve

    monkeypatch.setattr(serve._Handler, "timeout", 0.5)
    monkeypatch.setattr(serve, "MAX_CONNECTIONS", 4)
    server = serve.PreviewServer(shipped, port=0)
    server.start()
    try:
        host, port = server.http.server_address[:2]
        idle = [socket.create_connection((host, port), timeout=5) for _ in range(4)]
        time.sleep(0.2)
        extra = socket.create_connection((host, port), timeout=5)  # a fifth, while four are open: refused
        assert extra.recv(100).startswith(b"HTTP/1.0 503")
        for connection in idle:  # each idle one is closed by the server after its timeout
            assert connection.recv(100) == b""
        with urllib.request.urlopen(server.url, timeout=5) as response:  # and the editor gets the page again
            assert response.status == 200
    finally:
        server.stop()


# --- 8. the older commands' three defects ---------------------------------------------------------------------

@pytest.mark.parametrize("number", ["²", "٣", "１"])
def test_diff_of_a_number_that_is_a_digit_only_to_unicode_is_a_path_not_a_bug(shipped, run, number):
    assert_unusable(run("diff", number, shipped, "--topics", shipped), "file not found")


def test_a_merge_key_on_a_scalar_is_one_problem_not_four(project, run):
    from conftest import HEADER, VALID_EXCERPT

    line = assert_unusable(run("check", project(HEADER.replace("  gwu:\n", "  gwu:\n    <<: 5\n") + VALID_EXCERPT)),
                           "cannot merge keys", line=7)
    assert "`<<` takes an alias of a mapping" in line


def test_a_source_in_the_output_folder_that_an_output_would_overwrite_is_one_line(project, run, tmp_path):
    import shutil

    from conftest import HEADER, SEEDS, VALID_EXCERPT

    path = project(HEADER.replace("file: seeds/000_e701942f58be631c.txt", "file: data/test-edition-ed1.json")
                   + VALID_EXCERPT)
    (tmp_path / "data").mkdir()
    shutil.copy(SEEDS / "000_e701942f58be631c.txt", tmp_path / "data/test-edition-ed1.json")
    line = assert_unusable(run("export", path, "--format", "json", "--out", tmp_path / "data"), "output folder")
    assert "an output would overwrite an input: " in line and "test-edition-ed1.json" in line


def test_pandocs_document_tree_and_time_are_bounded(new_project, run, tmp_path, monkeypatch):
    from reportgen.importers import pandoc

    honest = docx(tmp_path / "long.docx", (f"Paragraph {n} of a long honest report." for n in range(2_000)))
    monkeypatch.setattr(pandoc, "MAX_AST_BYTES", 50_000)
    assert_unusable(add(run, new_project, honest), "MAX_AST_BYTES")
    monkeypatch.setattr(pandoc, "MAX_AST_BYTES", 2**27)
    monkeypatch.setattr(pandoc, "PANDOC_SECONDS", 0.01)
    assert_unusable(add(run, new_project, honest), "PANDOC_SECONDS")
    assert_nothing_added(new_project)
