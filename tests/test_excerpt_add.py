"""`reportgen excerpt add`: the exact text copied in, verified first, comments and layout kept."""

import difflib
import re

import pytest
from conftest import made_up

from reportgen.commands.excerpt_add import cut_span
from reportgen.text.sources import Paragraph


def comments(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("#")]


def test_adds_a_span_that_then_passes_check_and_keeps_every_other_line(shipped, run):
    before = shipped.read_text(encoding="utf-8")
    code, out, err = run("excerpt", "add", "causes", "--source", "gwu-panel", "--para", "21",
                         "--from", "But gradually", "--to", "attacked Almaty only", "--stance", "hijacked",
                         "--note", "Test: a note with a colon", "--topics", shipped)
    assert code == 0, err
    assert "sharipzhanov (inferred: turn of Merkhat Sharipzhanov)" in out
    after = shipped.read_text(encoding="utf-8")
    assert comments(after) == comments(before)
    # One block of lines inserted, nothing else touched.
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    edits = [op for op in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes() if op[0] != "equal"]
    assert len(edits) == 1 and edits[0][0] == "insert"
    added = new[edits[0][3]:edits[0][4]]
    assert added[:4] == ["      - source: gwu-panel\n", "        analyst: sharipzhanov\n", "        stance: hijacked\n",
                         "        quote: >-\n"]
    assert added[-1] == '        note: "Test: a note with a colon"\n'
    code, out, err = run("check", shipped)
    assert code == 0, err
    assert "51 excerpts" in out


def test_a_whole_paragraph_of_an_interview_answer(shipped, run):
    code, out, err = run("excerpt", "add", "causes", "--source", "iwpr-interview", "--para", "21",
                         "--topics", shipped)
    assert code == 0, err
    assert "sultonnazarov" in out and "interview answer" in out
    assert run("check", shipped)[0] == 0


def test_refuses_a_span_that_would_not_verify_with_the_checkers_message(shipped, run):
    before = shipped.read_bytes()
    code, _, err = run("excerpt", "add", "causes", "--source", "gwu-panel", "--para", "21",
                       "--analyst", "jones", "--topics", shipped)
    assert code == 1
    assert re.search(r"topics\.yaml:\d+:\d+: error: para\. 21 of GWU panel is Merkhat Sharipzhanov's words, "
                     r"not Pauline Jones's", err)
    assert "was not added" in err
    assert shipped.read_bytes() == before


def test_a_header_paragraph_has_no_analyst(shipped, run):
    before = shipped.read_bytes()
    code, _, err = run("excerpt", "add", "causes", "--source", "gwu-panel", "--para", "1", "--topics", shipped)
    assert code == 1 and "no analyst of" in err and "the checker says: para. 1 of GWU panel is outside" in err
    assert shipped.read_bytes() == before


def test_reported_speech_must_be_asked_for(shipped, run):
    code, _, err = run("excerpt", "add", "causes", "--source", "darker-than-ever", "--para", "19",
                       "--from", "Amnesty International has described", "--to", "disaster”", "--topics", shipped)
    assert code == 1 and "the text's own, reporting amnesty (Amnesty International)" in err and "--reported" in err
    code, out, err = run("excerpt", "add", "causes", "--source", "darker-than-ever", "--para", "19",
                         "--from", "Amnesty International has described", "--to", "disaster”", "--reported",
                         "--topics", shipped)
    assert code == 0, err
    assert "amnesty (inferred: reported speech of Amnesty International" in out
    assert "        reported: true\n" in shipped.read_text(encoding="utf-8")
    assert run("check", shipped)[0] == 0


def test_unknown_names_and_out_of_range_paragraphs(shipped, run):
    code, _, err = run("excerpt", "add", "causs", "--source", "gwu-panel", "--para", "21", "--topics", shipped)
    assert code == 2 and "unknown topic 'causs'; did you mean 'causes'?" in err and "regional-impact" in err
    code, _, err = run("excerpt", "add", "causes", "--source", "gwu", "--para", "21", "--topics", shipped)
    assert code == 2 and "unknown source 'gwu'" in err and "iwpr-interview" in err
    code, _, err = run("excerpt", "add", "causes", "--source", "gwu-panel", "--para", "21", "--analyst", "nobody",
                       "--topics", shipped)
    assert code == 2 and "unknown analyst 'nobody'" in err and "sharipzhanov" in err
    code, _, err = run("excerpt", "add", "causes", "--source", "gwu-panel", "--para", "999", "--topics", shipped)
    assert code == 2 and "has no paragraph 999" in err and "valid paragraphs: 1-" in err
    code, _, err = run("excerpt", "add", "causes", "--source", "gwu-panel", "--para", "21", "--from", "zebra",
                       "--topics", shipped)
    assert code == 2 and "'zebra' is not in para. 21" in err


def test_span_runs_from_the_first_words_to_the_next_end_words():
    para = Paragraph(1, "One two three. Four five six. Seven eight.")
    assert cut_span(para, "two", "five") == "two three. Four five"
    assert cut_span(para, None, "three.") == "One two three."
    assert cut_span(para, "seven", None) == "Seven eight."


def test_an_empty_excerpt_list_becomes_a_block_list(project, run):
    from conftest import HEADER
    path = project(HEADER.replace("    excerpts:\n", "    # keep me\n    excerpts: []\n"))
    code, _, err = run("excerpt", "add", "causes", "--source", "gwu", "--para", "21", "--topics", path)
    assert code == 0, err
    text = path.read_text(encoding="utf-8")
    assert "# keep me" in text and "    excerpts:\n      - source: gwu\n        analyst: sharipzhanov\n" in text
    assert run("check", path)[0] == 0


@pytest.mark.parametrize("source, para, start, end, expected", [
    ("panel", 3, "I think", "stall", "bo"),  # the turn's own words: its speaker
    ("panel", 3, "prices", "first", "cy"),  # inside quotation marks, a voice named there
    ("piece", 2, None, None, "ann"),  # an article's own words: its author
])
def test_the_analyst_is_inferred_on_a_made_up_project(tmp_path, run, source, para, start, end, expected):
    path = made_up(tmp_path)
    extra = [a for flag, value in (("--from", start), ("--to", end)) if value for a in (flag, value)]
    code, out, err = run("excerpt", "add", "t", "--source", source, "--para", para, *extra, "--topics", path)
    assert code == 0, err
    assert f": {expected} (inferred:" in out
    assert run("check", path)[0] == 0


def test_a_quotation_goes_to_the_voice_its_cue_names(tmp_path, run):
    path = made_up(tmp_path)
    (tmp_path / "piece.txt").write_text("“It will come,” said Cy Quoted to Di Other.\n", encoding="utf-8")
    code, out, err = run("excerpt", "add", "t", "--source", "piece", "--para", "1", "--from", "It will",
                         "--to", "come", "--topics", path)
    assert code == 0, err
    assert ": cy (inferred: quoted span attributed to Cy Quoted by \"said\"" in out


def test_two_voices_that_would_both_verify_are_ambiguous(tmp_path, run):
    path = made_up(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("di: {name: Di Other}",
                                                             "di: {name: Di Other, author_of: [piece]}"),
                    encoding="utf-8")
    code, _, err = run("excerpt", "add", "t", "--source", "piece", "--para", "2", "--topics", path)
    assert code == 2 and "cannot tell whose words these are" in err and "ann (Ann Writer), di (Di Other)" in err


def test_a_crlf_file_stays_crlf(tmp_path, run):
    path = made_up(tmp_path, crlf=True)
    code, _, err = run("excerpt", "add", "t", "--source", "piece", "--para", "2", "--topics", path)
    assert code == 0, err
    data = path.read_bytes()
    assert b"\r\n      - source: piece\r\n        analyst: ann\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")


def test_without_analyst_the_error_names_only_what_the_editor_gave_and_who_speaks(run, tmp_path):
    from conftest import REPO
    assert run("init", tmp_path, "--title", "T")[0] == 0
    topics = tmp_path / "topics.yaml"
    assert run("source", "add", REPO / "tests/fixtures/imports/news.html", "--topics", topics)[0] == 0
    text = topics.read_text(encoding="utf-8").replace("analysts: {}\n", "analysts:\n  ng: {name: Ruth Ng}\n")
    topics.write_text(text.replace("topics: []\n", "topics:\n  - {id: t, title: T, question: Q?, excerpts: []}\n"))
    code, _, err = run("excerpt", "add", "t", "--source", "news", "--para", "4", "--topics", topics)
    assert code == 1 and err.startswith("excerpt add: error: no analyst of ") and "quoted from para. 4 of news" in err
    assert "Ruth Ng" not in err and "--analyst:" not in err  # the analyst tried is nobody the editor gave
    assert "para. 4 of news is Mira Okafor's, who is not under analysts:" in err
    assert "add under analysts: `mira-okafor: {name: Mira Okafor}`" in err
