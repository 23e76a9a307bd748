"""No traceback, ever: each class of hostile or unlucky input is refused with exit 2 and one line."""

import errno
import os
import shutil
import signal

import pytest
from conftest import FIRST, HEADER, SEEDS, assert_unusable, excerpt, made_up

from reportgen.cli import main
from reportgen.output import atomic

HIJACKED = '"But gradually, the protest was hijacked by unknown individuals."'
VALID = HEADER + excerpt("gwu", "sharipzhanov", HIJACKED)
EDITION_DATE = "  date: 2026-11-23\n"  # line 4 of HEADER
LABEL = "    label: GWU panel\n"  # line 10 of HEADER
BOMB = "edition: {title: t, number: 1, date: '2026-01-01'}\na: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(9))


def test_an_impossible_date_is_reported_at_its_line(project, run):
    path = project(VALID.replace(EDITION_DATE, "  date: 2022-02-30\n"))
    assert_unusable(run("check", path), "'2022-02-30' is not a valid date", line=4)


@pytest.mark.parametrize("written, reads", [("010", "the number 8"), ("0x10", "the number 16"),
                                             ("1:30", "the number 90"), ("0b11", "the number 3")])
def test_yaml_1_1_numbers_are_reported_where_text_is_expected(project, run, written, reads):
    path = project(VALID.replace(LABEL, f"    label: {written}\n"))
    line = assert_unusable(run("check", path), f"YAML 1.1 reads {written} as {reads}", line=10)
    assert f"quote it ('{written}')" in line


def test_a_yaml_1_1_octal_edition_number_is_reported(project, run):
    assert_unusable(run("check", project(VALID.replace("  number: 1\n", "  number: 010\n"))), "010", line=3)


@pytest.mark.parametrize("tagged", ["!shout GWU", "!!python/name:os.system x", "!!binary aGVsbG8="])
def test_unknown_tags_are_refused(project, run, tagged):
    assert_unusable(run("check", project(VALID.replace(LABEL, f"    label: {tagged}\n"))), "unknown tag", line=10)


def test_an_unknown_tag_on_a_mapping_is_refused(project, run):
    text = VALID.replace("  gwu:\n", "  gwu: !src\n")
    assert_unusable(run("check", project(text)), "unknown tag '!src'", line=6)


def test_deep_nesting_is_refused_before_the_parser_recurses(project, run):
    path = project("a: " + "[" * 100_000 + "]" * 100_000)
    assert_unusable(run("check", path), "nesting", line=1)  # ours past 64 levels, or newer libyaml's own limit


def test_an_alias_bomb_is_refused(project, run):
    # Ten aliases to ten aliases, nine levels deep: 10^9 values once expanded.
    assert_unusable(run("check", project(BOMB)), "alias bomb")


def test_a_merge_key_bomb_is_refused_or_defused(project, run):
    # Each level merges the one before twice: 2^40 keys with PyYAML < 6.0.4 (refused here), linear from 6.0.4 on.
    text = VALID + "glossary:\n  bomb:\n    a0: &a0 {k: 1}\n" + "".join(
        f"    a{i}: &a{i} {{<<: [*a{i - 1}, *a{i - 1}], k{i}: 1}}\n" for i in range(1, 40))
    assert_unusable(run("check", project(text)))


def test_merge_keys_themselves_still_work(project, run):
    text = VALID.replace("analysts:\n", "defaults: &panel {role: panelist}\nanalysts:\n")
    text = text.replace("umarov: {name: Temur Umarov, role: panelist}", "umarov: {<<: *panel, name: Temur Umarov}")
    code, _, err = run("check", project(text))
    assert "unknown field 'defaults'" in err and "umarov" not in err  # the anchor's holder is the only complaint


@pytest.mark.parametrize("value, named", [('"GWU\\x1b[31m panel"', "U+001B"), ('"GWU \\ud800 panel"', "surrogate"),
                                          ("GWU\x07panel", "U+0007"), ('"GWU \\u202e panel"', "RIGHT-TO-LEFT OVERRIDE"),
                                          ('"GWU \\u2067 panel"', "RIGHT-TO-LEFT ISOLATE")])
def test_control_surrogate_and_bidi_characters_are_refused(project, run, value, named):
    assert_unusable(run("check", project(VALID.replace(LABEL, f"    label: {value}\n"))), named, line=10)


def test_a_bidi_override_in_a_quote_is_refused(project, run):
    quote = '"\u202eBut gradually, the protest was hijacked by unknown individuals."'
    line = assert_unusable(run("check", project(HEADER + excerpt("gwu", "sharipzhanov", quote))),
                           "bidi control character", line=FIRST + 2)
    assert "\u202e" not in line  # named, never printed raw


def test_a_nul_in_a_source_path_is_refused(project, run):
    path = project(VALID.replace("file: seeds/000_e701942f58be631c.txt", 'file: "seeds/000\\0.txt"'))
    assert_unusable(run("check", path), "U+0000")


def test_a_control_character_in_a_command_line_path_is_refused(project, capsys):
    with pytest.raises(SystemExit) as exit_:  # a usage error, from argparse
        main(["build", str(project(VALID)), "--out", "out\x01"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and len(err.strip().splitlines()) == 1 and "U+0001" in err and "\x01" not in err


def test_out_naming_a_file_is_refused(project, run, tmp_path):
    (tmp_path / "afile").write_text("mine")
    assert_unusable(run("build", project(VALID), "--format", "html", "--out", tmp_path / "afile"), "names a file")
    assert (tmp_path / "afile").read_text() == "mine"


def test_a_read_only_output_folder_is_reported_with_its_path_and_reason(project, run, tmp_path, monkeypatch):
    # chmod cannot stop root (CI runs as root), so the system's refusal is simulated where it would come.
    def refuse(target, folder=False):
        raise PermissionError(errno.EACCES, "Permission denied", str(target.parent))

    monkeypatch.setattr(atomic, "temp_path", refuse)
    line = assert_unusable(run("build", project(VALID), "--format", "html", "--out", tmp_path / "ro"),
                           "Permission denied")
    assert line.startswith(str(tmp_path / "ro"))


def test_a_full_disk_is_reported_with_the_output_path(project, run, tmp_path, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    line = assert_unusable(run("build", project(VALID), "--format", "html", "--out", tmp_path / "out"),
                           "No space left on device")
    assert ".html" in line and "disk is full" in line
    assert not list((tmp_path / "out").iterdir())  # no temp file, no half output


def test_edition_new_refuses_a_read_only_topics_file(project, run, tmp_path):
    path = project(VALID)
    path.chmod(0o444)
    assert_unusable(run("edition", "new", path), "read-only")
    assert not (tmp_path / "editions").exists()


@pytest.mark.parametrize("encoding, named", [("cp1251", "CP1251"), ("utf-16-le", "UTF-16LE"),
                                             ("utf-16", "UTF-16 with a byte-order mark")])
def test_a_source_in_another_encoding_is_named_with_the_command_to_convert_it(project, run, tmp_path, encoding, named):
    path = project(VALID)
    text = "Протесты в Казахстане начались второго января, когда цены на газ выросли вдвое.\n" * 10
    (tmp_path / "seeds/000_e701942f58be631c.txt").write_bytes(text.encode(encoding))
    line = assert_unusable(run("check", path), f"looks like {named}")
    assert "iconv -f" in line and "-t UTF-8" in line


def test_latin_utf16_without_a_bom_is_not_read_as_garbage(project, run, tmp_path):
    path = project(VALID)
    (tmp_path / "seeds/000_e701942f58be631c.txt").write_bytes(("Panel text.\n" * 20).encode("utf-16-be"))
    assert_unusable(run("check", path), "looks like UTF-16BE")


def test_a_source_may_not_be_the_topics_file(project, run):
    path = project(VALID.replace("file: seeds/000_e701942f58be631c.txt", "file: topics.yaml"))
    assert_unusable(run("check", path), "cannot be the topics file itself", line=7)


def test_a_source_may_not_be_a_kept_snapshot(project, run, tmp_path):
    (tmp_path / "editions/1").mkdir(parents=True)
    shutil.copy(SEEDS / "000_e701942f58be631c.txt", tmp_path / "editions/1/topics.yaml")
    path = project(VALID.replace("file: seeds/000_e701942f58be631c.txt", "file: editions/1/topics.yaml"))
    assert_unusable(run("check", path), "kept snapshot", line=7)


def test_a_source_may_not_lie_in_the_output_folder(project, run, tmp_path):
    assert_unusable(run("build", project(VALID), "--format", "html", "--out", tmp_path / "seeds"), "output folder")


def test_previous_must_name_a_snapshot_in_the_editions_folder(project, run):
    text = VALID.replace("  number: 1\n", "  number: 2\n  previous: seeds/000_e701942f58be631c.txt\n")
    path = project(text)
    assert_unusable(run("check", path), "is not a snapshot in editions/", line=4)
    assert_unusable(run("build", path, "--format", "html"), "is not a snapshot in editions/", line=4)


def test_topics_that_is_no_regular_file_is_refused(run, tmp_path):
    os.mkfifo(tmp_path / "fifo.yaml")
    assert_unusable(run("check", tmp_path / "fifo.yaml"), "not a regular file")


def test_a_usage_error_is_one_line(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--format", "odt"])
    assert exit_.value.code == 2 and len(capsys.readouterr().err.strip().splitlines()) == 1


def test_a_bug_is_one_line_with_its_own_exit_code_and_debug_shows_the_traceback(project, run, monkeypatch):
    import reportgen.build.pipeline

    def broken(edition):
        raise RuntimeError("something impossible")

    monkeypatch.setattr(reportgen.build.pipeline, "verify_edition", broken)  # every command verifies through it
    code, _, err = run("check", project(VALID))
    assert code == 70 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "internal error" in err and "--debug" in err and "something impossible" in err
    code, _, err = run("--debug", "check", project(VALID))
    assert code == 70 and "Traceback" in err and "RuntimeError" in err


def test_control_characters_from_a_source_reach_the_terminal_escaped(project, run, tmp_path):
    path = project(HEADER + excerpt("order", "mallinson", '"The protest was hijacked by blue ink and nobody else"'))
    with open(tmp_path / "seeds/003_4e4462a5ceae32d3.txt", "a", encoding="utf-8") as source:
        source.write("\nThe protest was hijacked by \x1b[31mred ink\x1b[0m and \u202enobody else\n")
    code, _, err = run("check", path)
    assert code == 1 and "closest passage" in err
    assert "\x1b" not in err and "\u202e" not in err
    assert "\\x1b[31mred ink\\x1b[0m" in err and "\\u202e" in err


def test_a_source_that_is_a_symlink_loop_is_refused(project, run, tmp_path):
    path = project(VALID.replace("file: seeds/000_e701942f58be631c.txt", "file: seeds/loop"))
    os.symlink("loop", tmp_path / "seeds/loop")
    assert_unusable(run("check", path), "cannot be followed", line=7)


def test_an_output_folder_that_is_a_symlink_loop_is_refused(project, run, tmp_path):
    os.symlink("out", tmp_path / "out")
    assert_unusable(run("build", project(VALID), "--format", "html", "--out", tmp_path / "out"))


# --- the commands that edit topics.yaml accept what `check` accepts, and refuse what it refuses ----------------

def _tab_after_colon(topics, bom: bool = False):
    """The shipped file with `note:<TAB>...`, which libyaml (check's parser) reads and PyYAML's scanner refuses."""
    text = topics.read_text(encoding="utf-8").replace("        note: She adds", "        note:\tShe adds", 1)
    topics.write_text(("\ufeff" if bom else "") + text, encoding="utf-8")
    return topics


@pytest.mark.parametrize("bom", [False, True])
def test_excerpt_add_accepts_a_tab_after_a_colon(shipped, run, bom):
    topics = _tab_after_colon(shipped, bom)
    assert run("check", topics)[0] == 0
    code, _, err = run("excerpt", "add", "causes", "--source", "iwpr-interview", "--para", "21", "--topics", topics)
    assert code == 0, err
    assert run("check", topics)[0] == 0
    assert "note:\tShe adds" in topics.read_text(encoding="utf-8")


def test_source_add_accepts_a_tab_after_a_colon(shipped, run, tmp_path):
    topics = _tab_after_colon(shipped)
    (tmp_path / "new.txt").write_text("Some article text about fuel prices in Kazakhstan.\n", encoding="utf-8")
    code, _, err = run("source", "add", tmp_path / "new.txt", "--topics", topics)
    assert code == 0, err
    assert run("check", topics)[0] == 0


@pytest.mark.parametrize("bom", [False, True])
def test_edition_new_accepts_a_tab_after_a_colon(shipped, run, bom):
    topics = _tab_after_colon(shipped, bom)
    code, _, err = run("edition", "new", topics, "--date", "2027-01-01")
    assert code == 0, err
    text = topics.read_text(encoding="utf-8")
    assert "  number: 2\n" in text and '  date: "2027-01-01"\n' in text and text.startswith("\ufeff" if bom else "#")


@pytest.mark.parametrize("note, named", [("bad\x1b[31m red", "U+001B"), ("turned \u202e round", "U+202E"),
                                         ("   ", "the note is empty")])
def test_excerpt_add_refuses_a_note_check_would_refuse(shipped, run, note, named):
    before = shipped.read_bytes()
    line = assert_unusable(run("excerpt", "add", "causes", "--source", "iwpr-interview", "--para", "21",
                               "--note", note, "--topics", shipped), named)
    assert line.startswith("--note: error:") and "\x1b" not in line and "\u202e" not in line
    assert shipped.read_bytes() == before


def test_excerpt_add_refuses_a_paragraph_holding_characters_check_would_refuse(shipped, run, tmp_path):
    source = tmp_path / "seeds/001_443b7197e55fc1ff.txt"
    text = source.read_text(encoding="utf-8").replace("such a vital good", "such a \u2066vital\u2069 good\a")
    source.write_text(text, encoding="utf-8")
    assert run("check", shipped)[0] == 0
    before = shipped.read_bytes()
    line = assert_unusable(run("excerpt", "add", "causes", "--source", "iwpr-interview", "--para", "21",
                               "--topics", shipped), "U+0007")
    assert line.startswith("--para: error:") and "--from" in line
    assert shipped.read_bytes() == before
    code, _, err = run("excerpt", "add", "causes", "--source", "iwpr-interview", "--para", "21",
                       "--to", "peaceful in nature", "--topics", shipped)  # a span without them is fine
    assert code == 0, err


def test_excerpt_add_never_writes_what_check_would_refuse(shipped, run, monkeypatch):
    import reportgen.commands.excerpt_add

    monkeypatch.setattr(reportgen.commands.excerpt_add, "_check_note", lambda note: None)  # a gap in the flag checks
    before = shipped.read_bytes()
    assert_unusable(run("excerpt", "add", "causes", "--source", "iwpr-interview", "--para", "21",
                        "--note", "bad\x1b[31m red", "--topics", shipped), "U+001B")
    assert shipped.read_bytes() == before


@pytest.mark.parametrize("title, question", [("Zeitgeist", "Quagmire?"), ("Что дальше", "Кто виноват?"),
                                             ("It", "Is it?")])
def test_suggest_for_a_topic_sharing_no_word_with_the_sources_says_so(shipped, run, title, question):
    topic = f"  - id: outlook\n    title: {title}\n    question: {question}\n    excerpts: []\n"
    text = shipped.read_text(encoding="utf-8").replace("\nglossary:", f"\n{topic}\nglossary:", 1)
    shipped.write_text(text, encoding="utf-8")
    code, out, err = run("suggest", "outlook", "--topics", shipped)
    assert code == 0 and not err, err
    assert "no passage shares a word with this topic" in out and "reportgen find" in out


def test_suggest_on_a_small_project_whose_topic_words_are_too_short_to_count(run, tmp_path):
    code, out, err = run("suggest", "t", "--topics", made_up(tmp_path))  # title 'T', question 'Q?'
    assert code == 0 and not err, err
    assert "no passage shares a word with this topic" in out


def _edit_command(command: str, topics, tmp_path) -> list:
    """argv of a command that rewrites `topics`."""
    if command == "excerpt add":
        return ["excerpt", "add", "causes", "--source", "iwpr-interview", "--para", "21", "--topics", topics]
    if command == "source add":
        (tmp_path / "new.txt").write_text("Some article text about fuel prices in Kazakhstan.\n", encoding="utf-8")
        return ["source", "add", tmp_path / "new.txt", "--topics", topics]
    return ["edition", "new", topics, "--date", "2027-01-01"]


@pytest.mark.parametrize("command", ["excerpt add", "source add"])
def test_commands_that_rewrite_topics_refuse_a_read_only_file(shipped, run, tmp_path, command):
    shipped.chmod(0o444)
    before = shipped.read_bytes()
    assert_unusable(run(*_edit_command(command, shipped, tmp_path)), f"read-only, and `{command}` rewrites it")
    assert shipped.read_bytes() == before and oct(shipped.stat().st_mode & 0o777) == oct(0o444)
    assert not (tmp_path / "sources").exists()


@pytest.mark.parametrize("command", ["excerpt add", "source add", "edition new"])
def test_commands_that_rewrite_topics_write_through_a_symlink(shipped, run, tmp_path, command):
    (tmp_path / "real").mkdir()
    real = shipped.rename(tmp_path / "real/topics.yaml")
    shipped.symlink_to("real/topics.yaml")
    before = real.read_bytes()
    code, _, err = run(*_edit_command(command, shipped, tmp_path))
    assert code == 0, err
    assert shipped.is_symlink() and real.read_bytes() != before


def test_export_may_not_write_where_a_source_lies(project, run, tmp_path):
    path = project(VALID)
    before = {p: p.read_bytes() for p in (tmp_path / "seeds").iterdir()}
    assert_unusable(run("export", path, "--format", "csv", "--out", tmp_path / "seeds"), "lies in the output folder")
    assert {p: p.read_bytes() for p in (tmp_path / "seeds").iterdir()} == before


def test_export_may_not_overwrite_an_input(project, run, tmp_path):
    path = project(VALID.replace("file: seeds/000_e701942f58be631c.txt", "file: data/test-edition-ed1.json"))
    (tmp_path / "data").mkdir()
    shutil.copy(SEEDS / "000_e701942f58be631c.txt", tmp_path / "data/test-edition-ed1.json")
    code, _, err = run("export", path, "--format", "json", "--out", tmp_path / "data")
    assert code == 2 and "an output would overwrite an input" in err
    assert (tmp_path / "data/test-edition-ed1.json").read_bytes() == (SEEDS / "000_e701942f58be631c.txt").read_bytes()


def test_a_control_character_in_exports_out_is_refused(project, capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(project(VALID)), "--out", str(tmp_path / "out\x01")])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and len(err.strip().splitlines()) == 1 and "--out" in err and "U+0001" in err
    assert not list(tmp_path.glob("out*"))


@pytest.mark.parametrize("argv, named", [(["handout", "--lines", "1000000000"], "--lines: 1000000000 is out of range"),
                                         (["handout", "--lines", "-5"], "--lines: -5 is out of range; choose 0 to 20"),
                                         (["handout", "--lines", "1e9"], "--lines: '1e9' is not a whole number"),
                                         (["serve", "--port", "70000"], "--port: 70000 is out of range"),
                                         (["serve", "--port", "-1"], "--port: -1 is out of range; choose 1 to 65535")])
def test_numbers_out_of_their_range_are_usage_errors(capsys, monkeypatch, tmp_path, argv, named):
    monkeypatch.chdir(tmp_path)  # no topics.yaml here: should a number pass, nothing gets built
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and len(err.strip().splitlines()) == 1 and named in err


@pytest.mark.parametrize("argv, flag", [
    (["excerpt", "add", "causes", "--source", "iwpr-interview", "--para", "21", "--note", "bad \udcff byte"], "--note"),
    (["source", "add", "new.txt", "--title", "\udccf\udcf0\udcee"], "--title"),
    (["source", "add", "new.txt", "--label", "\udcff"], "--label"),
    (["source", "add", "n\udcffew.txt"], "FILE"),
    (["init", "q", "--title", "\udccf"], "--title"),
    (["find", "pro\udcfftest"], "words")])
def test_arguments_that_are_not_utf8_are_refused_before_anything_is_written(shipped, capsys, monkeypatch, argv, flag):
    """Bytes a cp1251 or Latin-1 terminal sent: Python keeps them as lone surrogates (surrogateescape)."""
    monkeypatch.chdir(shipped.parent)
    (shipped.parent / "new.txt").write_text("Some article text about fuel prices in Kazakhstan.\n", encoding="utf-8")
    (shipped.parent / "q").mkdir()
    before = sorted(p.name for p in shipped.parent.rglob("*")), shipped.read_bytes()
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"argument {flag}: " in err and "is not UTF-8 text (byte 0x" in err
    assert (sorted(p.name for p in shipped.parent.rglob("*")), shipped.read_bytes()) == before


def test_find_refuses_a_topics_file_that_is_no_regular_file(run, tmp_path):
    os.mkfifo(tmp_path / "fifo.yaml")
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("find blocked reading the FIFO"))
    signal.alarm(10)
    try:
        assert_unusable(run("find", "protest", "--topics", tmp_path / "fifo.yaml"), "not a regular file")
    finally:
        signal.alarm(0)


def test_find_names_a_sources_encoding_as_check_does(project, run, tmp_path):
    path = project(VALID)
    text = "Протесты в Казахстане начались второго января, когда цены на газ выросли вдвое.\n" * 10
    (tmp_path / "seeds/000_e701942f58be631c.txt").write_bytes(text.encode("cp1251"))
    checked = assert_unusable(run("check", path), "looks like CP1251")
    assert assert_unusable(run("find", "protest", "--topics", path), "looks like CP1251") == checked


@pytest.mark.parametrize("flag, value, named", [("--title", "a\x1b[31mb", "U+001B"), ("--label", "x\u202ey", "U+202E")])
def test_source_add_refuses_a_value_check_would_refuse(shipped, run, tmp_path, flag, value, named):
    (tmp_path / "new.txt").write_text("Some article text about fuel prices in Kazakhstan.\n", encoding="utf-8")
    before = shipped.read_bytes()
    line = assert_unusable(run("source", "add", tmp_path / "new.txt", flag, value, "--topics", shipped), named)
    assert line.startswith(f"{flag}: error:")
    assert shipped.read_bytes() == before and not (tmp_path / "sources").exists()


def test_source_add_refuses_metadata_the_file_states_that_check_would_refuse(tmp_path):
    from reportgen.commands.source_add import _check_entry
    from reportgen.problems import InputError

    with pytest.raises(InputError) as refused:
        _check_entry({"file": "sources/a.txt", "title": "[a]", "author": "Jo\u2066 Bloggs"}, tmp_path / "a.pdf",
                     {"title": None, "label": None})
    assert "a.pdf: error: the author it states holds U+2066" in refused.value.problems[0].format()
