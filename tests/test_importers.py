"""Importing sources: each format becomes the text the checker reads, with speakers and locators."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import REPO, assert_problem, assert_unusable

from reportgen.importers import Block, Options
from reportgen.importers.canonical import write_canonical
from reportgen.importers.captions import Cue, merge
from reportgen.importers.layouts import structure
from reportgen.importers.pdf import Vocabulary, join_lines
from reportgen.text.sources import read_source

FIXTURES = REPO / "tests" / "fixtures" / "imports"

ANALYSTS = """\
analysts:
  whitfield: {name: Dana Whitfield, kind: person}
  institute: {name: Valley Policy Institute, kind: organisation}
  koval: {name: Lena Koval, kind: person}
  berg: {name: Anna Berg, kind: person}
  mbeki: {name: Grace Mbeki, kind: person}
  voss: {name: Peter Voss, kind: person}
  smirnova: {name: Ольга Смирнова, kind: person}
"""


CENTRE = "analysts:\n  centre: {name: Eastern Policy Centre, kind: organisation, author_of: [reform]}\n"


@pytest.fixture
def new_project(tmp_path, run):
    """A project made by `reportgen init`; returns its topics.yaml."""
    code, _, err = run("init", tmp_path / "brief", "--title", "Water crisis")
    assert code == 0, err
    return tmp_path / "brief" / "topics.yaml"


def add(run, topics: Path, name: str, *extra) -> tuple[int, str, str]:
    return run("source", "add", FIXTURES / name, "--topics", topics, *extra)


def verify(run, topics: Path, source: str, analyst: str, quote: str, analysts: str = ANALYSTS) -> str:
    """Add one excerpt (and the analysts) to an imported project, run `check -v`; the excerpt's line."""
    text = topics.read_text(encoding="utf-8")
    text = text.replace("analysts: {}\n", analysts).replace("topics: []\n", f"""\
topics:
  - id: t
    title: T
    question: Q?
    excerpts:
      - source: {source}
        analyst: {analyst}
        quote: {json.dumps(quote, ensure_ascii=False)}
""")
    topics.write_text(text, encoding="utf-8")
    code, out, err = run("check", "-v", topics)
    assert code == 0, err
    return next(line for line in out.splitlines() if ": t: " in line)


def requote(run, topics: Path, quote: str) -> str:
    """Change the one excerpt `verify` added to quote `quote`, run `check -v`; the excerpt's line."""
    text = topics.read_text(encoding="utf-8")
    start = text.rindex("\n        quote: ") + 1
    end = text.index("\n", start)
    topics.write_text(text[:start] + f"        quote: {json.dumps(quote)}" + text[end:], encoding="utf-8")
    code, out, err = run("check", "-v", topics)
    assert code == 0, err
    return next(line for line in out.splitlines() if ": t: " in line)


def imported_text(topics: Path, source: str) -> str:
    return (topics.parent / "sources" / f"{source}.txt").read_text(encoding="utf-8")


# --- one fixture per format: imported, a quote verified with its speaker and locator ------------

def test_html_drops_menu_teasers_and_footer_and_keeps_stated_metadata(new_project, run):
    code, out, err = add(run, new_project, "news.html")
    assert code == 0, err
    text = imported_text(new_project, "news")
    for furniture in ("Home", "Subscribe", "Read more", "Ten photos", "All rights reserved", "Cookie"):
        assert furniture not in text
    entry = new_project.read_text(encoding="utf-8")
    assert 'author: Mira Okafor' in entry and 'publisher: The Valley Herald' in entry
    assert 'date: "2024-03-14"' in entry and "valleyherald.example/2024/03/water-protests" in entry
    line = verify(run, new_project, "news", "whitfield",
                  "has run out of room to subsidise the utility without raising taxes elsewhere")
    assert "Dana Whitfield, news, para. 5: quoted span attributed to Dana Whitfield" in line


LIBRARY = "analysts:\n  ng: {name: Ruth Ng, kind: person}\n  hale: {name: Sam Hale, kind: person}\n"


def test_html_keeps_the_standfirst_and_the_articles_caption_not_the_teasers(new_project, run):
    code, out, err = add(run, new_project, "standfirst.html")
    assert code == 0, err
    assert ("title: Closing Northgate library: what the voices say, author: Sam Hale, "
            "publisher: The Northgate Courier, date: 2024-05-02") in out
    lines = imported_text(new_project, "standfirst").splitlines()
    assert lines[0].startswith("The council wants to shut the town's last public library")  # the dek after the h1
    assert lines[1].startswith("Residents have until Friday")  # class="standfirst"
    assert "The reading room, where the council proposes" in lines[3]  # the article's figcaption, in its place
    for furniture in ("Home", "Subscribe", "Ten photos", "bypass", "All rights reserved", "By Sam Hale"):
        assert furniture not in "\n".join(lines)
    line = verify(run, new_project, "standfirst", "ng", "the one warm room in town", LIBRARY)
    assert "Ruth Ng, standfirst, para. 5: quoted span attributed to Ruth Ng" in line


def test_marked_text_inside_a_marked_wrapper_is_kept_and_a_teasers_is_not():
    from reportgen.importers.html import with_marked_text

    page = """<html><body><main><article><h1>Title</h1><div class="article__standfirst"><p>The dek.</p></div>
    <p>Body one.</p><div class="related-teaser"><p class="summary">A teaser.</p></div><p>Body two.</p>
    </article></main><footer><p class="subtitle">Site footer.</p></footer></body></html>"""
    assert with_marked_text(page, ["Body one.", "Body two."]) == ["The dek.", "Body one.", "Body two."]


def test_vtt_note_title_is_the_title_and_a_free_note_states_nothing(new_project, run):
    code, out, err = add(run, new_project, "hearing.vtt")
    assert code == 0, err
    assert "title: Northgate library consultation, public meeting, date: 2024-05-06" in out
    assert "speakers: Sam Hale, Ruth Ng" in out
    line = verify(run, new_project, "hearing", "ng", "The closure saves a third of what the council claimed.", LIBRARY)
    assert "Ruth Ng, hearing, 00:00:10, para. 4: turn of Ruth Ng" in line
    code, out, err = add(run, new_project, "panel.vtt")  # "NOTE A panel recording, ...": a comment
    assert "title: [panel.vtt]" in out and "the file states no title, author or date" in out


def test_pdf_drops_running_heads_and_page_numbers_joins_hyphens_and_cites_the_page(new_project, run):
    code, out, err = add(run, new_project, "report.pdf")
    assert code == 0, err
    assert "locators: p. 1 to p. 2" in out
    text = imported_text(new_project, "report")
    for furniture in ("Water Policy Review", "Page 1 of 2", "Page 2 of 2", "Valley Policy Institute"):
        assert furniture not in text
    assert "and rejected them" in text and "the ministry allowed" in text  # "re-/jected", "min-/istry"
    assert text.count("\n") == 6
    line = verify(run, new_project, "report", "institute", "the ministry allowed six weeks")
    assert "report, p. 2, para. 5: author's own words" in line


def test_pdf_paragraph_runs_over_page_breaks_and_a_quote_across_one_cites_both_pages(new_project, run):
    code, out, err = add(run, new_project, "reform.pdf")
    assert code == 0, err
    assert "locators: p. 1 to p. 3" in out
    text = imported_text(new_project, "reform")
    assert "Security Review" not in text and "Page 2 of 3" not in text
    assert "replaced the Soviet-era KGB with a service" in text  # the page break, onto a capital: one paragraph
    assert "a rights-respecting service and an independent verification of" in text  # real hyphen, U+2010 break
    assert text.count("\n") == 4
    line = verify(run, new_project, "reform", "centre", "replaced the Soviet-era KGB", CENTRE)
    assert "reform, pp. 1\u20132, para. 3: author's own words" in line
    line = requote(run, new_project, "promised a rights-respecting service")
    assert "reform, p. 2, para. 3: author's own words" in line
    assert "reform, p. 3, para. 4: author's own words" in requote(run, new_project, "judge the service by rumour")


def test_docx_paragraphs_and_core_properties(new_project, run):
    code, out, err = add(run, new_project, "statement.docx")
    assert code == 0, err
    assert "title: Statement on the water tariffs" in out
    assert "author: Residents' Association of the Old Town" in out
    line = verify(run, new_project, "statement", "koval", "falls hardest on pensioners who already ration")
    assert "statement, para. 3: quoted span attributed to Lena Koval" in line


def test_vtt_voice_tags_become_speaker_turns_with_start_times(new_project, run):
    code, out, err = add(run, new_project, "panel.vtt")
    assert code == 0, err
    assert "transcript, 6 paragraphs" in out and "speakers: Anna Berg, Tomas Lind, Grace Mbeki" in out
    assert imported_text(new_project, "panel").splitlines()[4] == "Grace Mbeki:"
    line = verify(run, new_project, "panel", "mbeki", "Overreaction is the real danger here.")
    assert "Grace Mbeki, panel, 00:12:31, para. 6: turn of Grace Mbeki" in line


def test_rev_transcript_names_with_times(new_project, run):
    code, out, err = add(run, new_project, "rev.txt")
    assert code == 0, err
    assert "layout: timestamped" in out
    line = verify(run, new_project, "rev", "mbeki", "The board ignored every warning")
    assert "Grace Mbeki, rev, 00:01:23, para. 7: turn of Grace Mbeki" in line


def test_inline_name_transcript(new_project, run):
    code, out, err = add(run, new_project, "inline.txt")
    assert code == 0, err
    assert "speakers: CHAIR, PETER VOSS, COUNCILLOR RUIZ (layout: inline)" in out
    assert imported_text(new_project, "inline").splitlines()[2:4] == [
        "CHAIR:", "The hearing is open. The first witness is the head of the utility."]
    line = verify(run, new_project, "inline", "voss",
                  "Without the new tariff, the network will fail within five years.")
    assert "Peter Voss, inline, para. 8: turn of PETER VOSS" in line


def test_inline_labels_few_among_many_paragraphs_open_turns_when_the_editor_says_transcript(new_project, run):
    code, out, err = add(run, new_project, "inline_few.txt")  # 4 labels in 28 paragraphs: prose, unless told
    assert code == 0 and "article, 28 paragraphs" in out, err
    code, out, err = add(run, new_project, "inline_few.txt", "--kind", "transcript", "--id", "few")
    assert code == 0, err
    assert "speakers: MODERATOR, DANA WHITFIELD (layout: inline)" in out
    line = verify(run, new_project, "few", "whitfield", "Meeting the organisers costs nothing")
    assert "Dana Whitfield, few, para. 26: turn of DANA WHITFIELD" in line


def test_an_unread_transcript_layout_shows_its_first_lines_and_the_layout_expected(run, new_project, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Notes from the hearing\nthe chair opened it at ten\nWhitfield spoke first\nthen Voss\n")
    err = assert_unusable(run("source", "add", notes, "--kind", "transcript", "--topics", new_project),
                          "no speaker labels found for a transcript")
    assert "its first lines: 'Notes from the hearing'; 'the chair opened it at ten'; 'Whitfield spoke first'" in err
    assert "expected a 'Name:' line opening each turn" in err and "'then Voss'" not in err


def test_cp1251_text_is_detected_and_shown(new_project, run):
    code, out, err = add(run, new_project, "ru_cp1251.txt")
    assert code == 0, err
    assert "encoding: cp1251 (guessed" in out
    assert "Экономист Ольга Смирнова" in imported_text(new_project, "ru-cp1251")
    author = ANALYSTS + "  ru-author: {name: Unnamed author, kind: unnamed, author_of: [ru-cp1251]}\n"
    line = verify(run, new_project, "ru-cp1251", "ru-author", "обещало опубликовать расчёты до конца месяца", author)
    assert "Unnamed author, ru-cp1251, para. 4: author's own words" in line


def test_markdown_through_pandoc_keeps_quotes_and_dashes_as_written(tmp_path):
    from reportgen.importers.registry import read_original

    md = tmp_path / "hearing.md"
    md.write_text('---\ntitle: Hearing\n---\n\n**CHAIR:** The hearing is "open" -- now.\n\n'
                  '**PETER VOSS:** Costs have doubled.\n\n**CHAIR:** Thanks.\n', encoding="utf-8")
    imported = read_original(md, Options())
    assert [b.text for b in imported.blocks] == ['CHAIR: The hearing is "open" -- now.',
                                                 "PETER VOSS: Costs have doubled.", "CHAIR: Thanks."]
    assert imported.metadata == {"title": "Hearing"}


def test_word_tables_lists_and_footnotes_become_paragraphs_without_ascii_art(tmp_path):
    from docx import Document

    from reportgen.importers.registry import read_original

    doc = Document()
    doc.add_paragraph("Before the table.")
    table = doc.add_table(rows=2, cols=2)
    for cell, text in zip(table._cells, ["Year", "Tariff", "2023", "1.20 per cubic metre"]):
        cell.text = text
    doc.add_paragraph("first point", style="List Bullet")
    doc.save(tmp_path / "table.docx")
    assert [b.text for b in read_original(tmp_path / "table.docx", Options()).blocks] == \
        ["Before the table.", "Year", "Tariff", "2023", "1.20 per cubic metre", "first point"]
    md = tmp_path / "notes.md"
    md.write_text("Prices rose.[^1] Then *protests* began.\n\n[^1]: As the ministry said.\n", encoding="utf-8")
    assert [b.text for b in read_original(md, Options()).blocks] == \
        ["Prices rose. Then protests began.", "As the ministry said."]


def test_srt_name_prefixes_and_rtf_through_pandoc(new_project, run, tmp_path):
    srt = tmp_path / "hearing.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:03,000\nCHAIR: The hearing is open.\n\n"
                   "2\n00:01:02,500 --> 00:01:05,000\nPETER VOSS: Costs have doubled.\n\n"
                   "3\n00:01:05,000 --> 00:01:08,000\nThe network will fail.\n", encoding="utf-8")
    rtf = tmp_path / "memo.rtf"
    rtf.write_text(r"{\rtf1\ansi{\info{\title Tariff memo}{\author Lena Koval}}"
                   r"\pard First paragraph of the memo.\par\pard Lena Koval asks for the accounts.\par}")
    code, out, err = run("source", "add", srt, rtf, "--topics", new_project)
    assert code == 0, err
    assert "speakers: CHAIR, PETER VOSS" in out and "title: Tariff memo, author: Lena Koval" in out
    assert imported_text(new_project, "memo") == "First paragraph of the memo.\nLena Koval asks for the accounts.\n"
    line = verify(run, new_project, "hearing", "voss", "Costs have doubled. The network will fail.")
    assert "Peter Voss, hearing, 00:01:02, para. 4: turn of PETER VOSS" in line


@pytest.mark.parametrize("encoding", ["koi8-r", "utf-16", "cp1251"])
def test_legacy_encodings_are_detected(tmp_path, encoding):
    from reportgen.importers.text import decode

    words = "Министерство обещало опубликовать расчёты до конца месяца, сказала экономист Ольга Смирнова."
    text, found, guessed = decode(tmp_path, words.encode(encoding))
    assert text == words and found.replace("_", "-") == encoding


# --- layouts, on inputs made up here --------------------------------------------------------------

def speakers(lines: list[str], kind=None, **names) -> list[tuple[str | None, str, str | None]]:
    blocks, kind, _ = structure([Block(t) for t in lines], kind, **names)
    canonical = write_canonical(blocks, kind)
    return [(p.speaker, p.text, canonical.locators.get(p.number)) for p in canonical.reading.paragraphs]


def test_a_spoken_line_that_looks_like_a_label_joins_the_next_paragraph_of_its_turn():
    read = speakers(["SAM HALE: Welcome.", "RUTH NG: There are two reasons:", "Prices rose.", "Nobody asked us.",
                     "SAM HALE: Thank you."])
    assert read[3] == ("RUTH NG", "There are two reasons: Prices rose.", None)
    assert [s for s, _, _ in read] == [None, "SAM HALE", None, "RUTH NG", "RUTH NG", None, "SAM HALE"]


def test_qa_interview_named_by_header_lines():
    read = speakers(["Interviewer: Sam Hale", "Interviewee: Ruth Ng", "Q: Why now?", "A: Because prices rose.",
                     "And nobody explained why?"])
    assert read[2:] == [("Sam Hale", "Sam Hale: Why now?", None), ("Ruth Ng", "Ruth Ng: Because prices rose.", None),
                        ("Ruth Ng", "Ruth Ng: And nobody explained why?", None)]


def test_interview_labelled_by_name_with_header_lines_is_an_interview():
    blocks, kind, layout = structure([Block(t) for t in [
        "Interviewer: Sam Hale", "Interviewee: Ruth Ng", "SAM HALE: Why now?", "RUTH NG: Because prices rose.",
        "SAM HALE: And then?", "RUTH NG: Nobody explained it."]], None)
    assert (kind, layout) == ("interview", "labels")  # already in the form the checker reads: kept verbatim
    reading = write_canonical(blocks, kind).reading
    assert [(p.speaker, p.part) for p in reading.paragraphs[2:4]] == [("SAM HALE", "question"), ("RUTH NG", "answer")]


def test_qa_interview_without_names_is_refused():
    from reportgen.importers.layouts import LayoutError

    with pytest.raises(LayoutError, match="interviewer"):
        speakers(["Q: Why now?", "A: Prices."])
    assert speakers(["Q: Why now?", "A: Prices."], interviewer="Sam Hale", interviewee="Ruth Ng")[1][0] == "Ruth Ng"


def test_bracketed_time_layout_and_otter_layout():
    read = speakers(["[00:01:05] Sam Hale: Welcome.", "[1:02:03] Ruth Ng:", "Thank you."])
    assert read == [(None, "Sam Hale:", "00:01:05"),
                    ("Sam Hale", "Welcome.", "00:01:05"), (None, "Ruth Ng:", "01:02:03"),
                    ("Ruth Ng", "Thank you.", "01:02:03")]
    assert [s for s, _, _ in speakers(["Sam Hale  0:01", "Hello.", "Ruth Ng  0:05", "Hi."])] == \
        [None, "Sam Hale", None, "Ruth Ng"]


def test_an_article_with_a_few_labels_stays_an_article():
    lines = ["Note: this story was updated.", "Prices rose again on Monday.", "Source: the ministry."]
    assert structure([Block(t) for t in lines], None)[1] is None


def test_caption_prefixes_hold_until_the_next_and_repeats_are_dropped():
    cues = [Cue(1, "- SAM HALE: Good evening."), Cue(3, "Good evening."), Cue(4, "Tonight, the tariffs."),
            Cue(9, ">> RUTH NG: Thank you.")]
    assert merge(cues) == [Block("Good evening. Tonight, the tariffs.", "SAM HALE", "00:00:01", True),
                           Block("Thank you.", "RUTH NG", "00:00:09", True)]


def test_two_columns_are_read_left_then_right_between_full_width_boxes():
    from reportgen.importers.pdf import TextBox, reading_order

    title, a1, b1, a2, b2, foot = (TextBox(800, 780, 50, 550, ["Title"]), TextBox(760, 700, 50, 290, ["a1"]),
                                   TextBox(760, 700, 310, 550, ["b1"]), TextBox(690, 600, 50, 290, ["a2"]),
                                   TextBox(690, 600, 310, 550, ["b2"]), TextBox(100, 80, 50, 550, ["Note"]))
    assert reading_order([title, a1, b1, a2, b2, foot], 600) == [title, a1, a2, b1, b2, foot]
    assert reading_order([title, a1, a2, foot], 600) == [title, a1, a2, foot]  # one column: as pdfminer gave it


def test_hyphen_rule_joins_only_before_lower_case_and_keeps_compounds_the_text_uses():
    assert join_lines(["the verifi-", "cation of", "the Russia-", "Ukraine talks"]) == \
        "the verification of the Russia-Ukraine talks"
    compounds = Vocabulary(compounds=frozenset({"well-known"}))  # written with its hyphen inside a line elsewhere
    assert join_lines(["a well-", "known, well-", "paid man"], compounds) == "a well-known, wellpaid man"


def test_line_end_hyphens_are_judged_by_what_the_pdf_says():
    marked = Vocabulary(break_marks="\u00ad\u2010", marks_breaks=True)  # the PDF writes U+2010 at its own breaks
    assert join_lines(["a rights-", "respecting verifi\u2010", "cation"], marked) == "a rights-respecting verification"
    assert join_lines(["a re\u00ad", "Verification"]) == "a reVerification"  # a soft hyphen is never the words'
    halves = Vocabulary(words=frozenset({"rights", "respecting", "cation"}))  # both halves written on their own
    assert join_lines(["rights-", "respecting, verifi-", "cation"], halves) == "rights-respecting, verification"
    joined = Vocabulary(words=frozenset({"rights", "respecting", "rightsrespecting"}))  # the joined word is the text's
    assert join_lines(["rights-", "respecting"], joined) == "rightsrespecting"


# --- bad input: one line, exit 2, nothing written ------------------------------------------------

def test_unsupported_format_names_the_supported_ones(new_project, run, tmp_path):
    odd = tmp_path / "slides.pptx"
    odd.write_bytes(b"PK")
    code, _, err = run("source", "add", odd, "--topics", new_project)
    assert code == 2 and len(err.splitlines()) == 1
    assert_problem(err, contains="unsupported format '.pptx'; supported: .docx, .htm, .html, .md, .odt, .pdf")


def test_empty_file_existing_id_and_no_text_layer(new_project, run, tmp_path):
    before = new_project.read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert run("source", "add", empty, "--topics", new_project)[0] == 2
    scan = tmp_path / "scan.pdf"
    from weasyprint import HTML

    HTML(string="<body style='margin:0'><div style='width:100px;height:100px;background:#000'></div>").write_pdf(scan)
    code, _, err = run("source", "add", scan, "--topics", new_project)
    assert code == 2 and "needs OCR first" in err
    assert new_project.read_bytes() == before and not any((new_project.parent / "sources").iterdir())
    assert add(run, new_project, "rev.txt")[0] == 0
    code, _, err = add(run, new_project, "inline.txt", "--id", "rev")
    assert code == 2 and len(err.splitlines()) == 1 and "source id 'rev' exists already" in err
    assert add(run, new_project, "inline.txt", "--id", "../escape")[0] == 2
    assert add(run, new_project, "inline.txt", "--folder", "../outside")[0] == 2


def test_a_failing_file_leaves_nothing_of_the_others(new_project, run, tmp_path):
    before = new_project.read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, _, _ = run("source", "add", FIXTURES / "rev.txt", empty, "--topics", new_project)
    assert code == 2
    assert new_project.read_bytes() == before and not any((new_project.parent / "sources").iterdir())


def test_added_entries_keep_the_files_comments_and_record_the_original(project, run):
    topics = project("""\
    # my comment
    edition: {title: T, number: 1, date: 2026-01-01}
    sources:
      # the panel
      old:
        file: seeds/000_e701942f58be631c.txt
        title: Old
        kind: transcript   # a trailing comment
    # analysts below
    analysts: {}
    topics: []
    """)
    code, _, err = run("source", "add", FIXTURES / "panel.vtt", "--topics", topics, "--title", "Water panel")
    assert code == 0, err
    text = topics.read_text(encoding="utf-8")
    assert "kind: transcript   # a trailing comment\n  panel:\n    file: sources/panel.txt\n" \
           "    title: Water panel\n    kind: transcript\n# analysts below\n" in text
    record = json.loads((topics.parent / "sources" / "panel.json").read_text())
    assert record["converter"].startswith("webvtt-py") and len(record["original"]["sha256"]) == 64


def test_locators_are_dropped_when_the_text_was_edited_by_hand(new_project, run):
    add(run, new_project, "report.pdf")
    path = new_project.parent / "sources" / "report.txt"
    assert read_source(path, "article").paragraphs[4].locator == "p. 2"
    path.write_text(path.read_text(encoding="utf-8") + "An added line.\n", encoding="utf-8")
    assert read_source(path, "article").paragraphs[4].locator is None


# --- the seeds, re-imported, read as today -------------------------------------------------------

SEED_KINDS = {"000_e701942f58be631c.txt": "transcript", "001_443b7197e55fc1ff.txt": "interview",
              "002_1092263f9f61228e.txt": "article", "003_4e4462a5ceae32d3.txt": "article",
              "004_14f71fb0f9d620fa.txt": "article"}


def test_seeds_reimported_give_the_same_paragraphs_and_speakers_and_edition_one_verifies(tmp_path, run):
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    topics = tmp_path / "topics.yaml"
    shutil.copy(REPO / "topics.yaml", topics)
    text = topics.read_text(encoding="utf-8")
    for name, kind in SEED_KINDS.items():
        (tmp_path / "incoming").mkdir(exist_ok=True)
        original = shutil.copy(REPO / "seeds" / name, tmp_path / "incoming" / name)
        code, out, err = run("source", "add", original, "--topics", topics, "--id", f"new-{name[:3]}",
                             "--kind", kind)
        assert code == 0, err
        old = read_source(REPO / "seeds" / name, kind).paragraphs
        new = read_source(tmp_path / "sources" / f"new-{name[:3]}.txt", kind).paragraphs
        assert [(p.number, p.text, p.speaker, p.part) for p in new] == \
               [(p.number, p.text, p.speaker, p.part) for p in old]
        text = text.replace(f"file: seeds/{name}", f"file: sources/new-{name[:3]}.txt")
    # the first edition, pointed at the re-imported texts, verifies unchanged
    first = topics.read_text(encoding="utf-8").split("\nsources:", 1)[0] + "\nsources:" + \
        text.split("\nsources:", 1)[1]
    topics.write_text(first, encoding="utf-8")
    code, out, err = run("check", topics)
    assert code == 0, err
    assert "50 excerpts: every quote found" in out


def test_when_topics_yaml_cannot_be_written_the_imported_texts_are_removed(new_project, run, monkeypatch):
    import reportgen.commands.source_add

    def fail(path, data):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(reportgen.commands.source_add, "write_atomically", fail)
    before = new_project.read_bytes()
    code, _, err = run("source", "add", FIXTURES / "rev.txt", FIXTURES / "panel.vtt", "--topics", new_project)
    assert code == 2 and "cannot write: Permission denied; check the folder's permissions" in err
    assert new_project.read_bytes() == before and not any((new_project.parent / "sources").iterdir())


def test_a_page_that_states_no_author_date_or_site_gets_none(tmp_path):
    from reportgen.importers.html import read

    page = tmp_path / "bare.html"
    page.write_text("<html><head><title>Bare story</title></head><body><nav><a href='/'>Home</a></nav><article>"
                    "<p>On March 14, 2024 thousands marched in the capital after the third rise in water tariffs.</p>"
                    "<p>The ministry said the march was peaceful and that nobody had been arrested that day.</p>"
                    "</article></body></html>", encoding="utf-8")
    imported = read(page, Options())
    assert imported.metadata == {"title": "Bare story"}
    assert [b.text for b in imported.blocks][0].startswith("On March 14, 2024")


def test_a_page_s_table_cells_and_list_items_are_paragraphs_without_added_marks(tmp_path):
    from reportgen.importers.html import read

    page = tmp_path / "table.html"
    page.write_text("<html><body><article><p>Tariffs rose for the third time this year, the utility said on Monday"
                    " in a statement.<br>Protests followed.</p><table><tr><td>2023</td><td>1.20 per m³</td></tr>"
                    "</table><ul><li>the first of the demands made by the organisers</li></ul></article>"
                    "</body></html>", encoding="utf-8")
    assert [b.text for b in read(page, Options()).blocks] == [
        "Tariffs rose for the third time this year, the utility said on Monday in a statement. Protests followed.",
        "2023", "1.20 per m³", "the first of the demands made by the organisers"]


@pytest.mark.parametrize("before, after", [
    ("edition: {}\n", "edition: {}\nsources:\n  new:\n    file: sources/new.txt\n    title: \"[a: b]\"\n"),
    ("sources:   # none yet\nanalysts: {}\n",
     "sources:   # none yet\n  new:\n    file: sources/new.txt\n    title: \"[a: b]\"\nanalysts: {}\n"),
    ("sources: {}  # none yet\n", "sources:  # none yet\n  new:\n    file: sources/new.txt\n    title: \"[a: b]\"\n"),
    ("sources:\n    old: {file: a.txt, title: A}\n\n# next\n",
     "sources:\n    old: {file: a.txt, title: A}\n    new:\n      file: sources/new.txt\n      title: \"[a: b]\"\n\n"
     "# next\n"),
])
def test_a_source_entry_is_added_in_place_whatever_the_sources_mapping_looks_like(tmp_path, before, after):
    from reportgen.commands.source_add import add_entries_text
    from reportgen.load.loader import parse_document

    doc = parse_document(tmp_path / "topics.yaml", before)
    assert add_entries_text(doc, [("new", {"file": "sources/new.txt", "title": "[a: b]"})]) == after
