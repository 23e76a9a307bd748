"""`reportgen edition new` and `reportgen diff` (issue 4), on a copy of the shipped topics.yaml.

The edits are chosen from whatever the shipped file holds, so the tests keep working as editors
add topics and excerpts: one kind of edit per topic, so no edit can hide another.
"""

import itertools
import json

import yaml
from conftest import HEADER, assert_problem, excerpt

from reportgen.commands.edition_new import next_edition_text
from reportgen.document.diff import changes_since_previous
from reportgen.document.diffreport import describe
from reportgen.load.loader import parse_document
from reportgen.load.schema import load_edition
from reportgen.verify.excerpts import verify_edition

ELISIONS = ("...", "…")


def diff_json(run, *argv) -> dict:
    code, out, err = run("diff", *argv, "--format", "json")
    assert code == 0, err
    return json.loads(out)


# --- Editing topics.yaml as an editor would: by text, at the YAML marks ----------------------------

def span(text: str, key: tuple) -> tuple[int, int]:
    """Where the value at `key` (e.g. ("topics", 0, "title")) starts and ends in the text."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    for part in key:
        node = node.value[part] if isinstance(part, int) else next(v for k, v in node.value if k.value == part)
    return node.start_mark.index, node.end_mark.index


def set_value(text: str, key: tuple, value: str) -> str:
    start, end = span(text, key)
    tail = "\n" if text[start:end].endswith("\n") else ""  # a block scalar (>-) owns its line break
    return text[:start] + json.dumps(value, ensure_ascii=False) + tail + text[end:]


def line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def remove_excerpt(text: str, topic: int, j: int) -> str:
    """Cut excerpt j up to the next one (so j must not be the topic's last)."""
    start = line_start(text, span(text, ("topics", topic, "excerpts", j))[0])
    end = line_start(text, span(text, ("topics", topic, "excerpts", j + 1))[0])
    return text[:start] + text[end:]


def excerpt_block(indent: str, e) -> str:
    return (f"{indent}- source: {e.source}\n{indent}  analyst: {e.analyst}\n"
            f"{indent}  quote: {json.dumps(e.quote, ensure_ascii=False)}\n")


def insert_excerpt(text: str, topic: int, e) -> str:
    """A copy of excerpt `e` (no stance) as the first excerpt of the topic."""
    start = span(text, ("topics", topic, "excerpts", 0))[0]
    at = line_start(text, start)
    return text[:at] + excerpt_block(" " * (start - at - 2), e) + text[at:]


def insert_topic(text: str, e) -> str:
    """A new first topic, quoting excerpt `e`."""
    start = span(text, ("topics", 0))[0]
    at = line_start(text, start)
    indent = " " * (start - at - 2)
    block = (f"{indent}- id: added-topic\n{indent}  title: An added topic\n{indent}  question: Is it reported?\n"
             f"{indent}  excerpts:\n" + excerpt_block(indent + "    ", e))
    return text[:at] + block + text[at:]


def pick_edits(edition):
    """Which topic gets which edit: a removal, a stance change, a reworded quote, an addition, a rename."""
    def removable(t):
        for j, e in enumerate(t.excerpts[:-1]):
            others = {o.stance for o in t.excerpts if o.analyst == e.analyst and o is not e}
            if not others or others == others | {e.stance}:  # the analyst's stances stay as they were
                return j

    def restanceable(t):
        for j, e in enumerate(t.excerpts):
            if e.stance and len(t.stances) > 1 and sum(o.analyst == e.analyst for o in t.excerpts) == 1:
                return j

    def rewordable(t):
        for j, e in enumerate(t.excerpts):
            if len(e.quote.split()) >= 15 and not any(m in e.quote for m in ELISIONS):
                return j

    topics = list(enumerate(edition.topics))
    for (r, tr), (s, ts), (w, tw) in itertools.permutations(topics, 3):
        if None not in (removable(tr), restanceable(ts), rewordable(tw)):
            add, rename = [i for i, _ in topics if i not in (r, s, w)][:2]
            return {"remove": (r, removable(tr)), "stance": (s, restanceable(ts)), "reword": (w, rewordable(tw)),
                    "add": add, "rename": rename}
    raise AssertionError("the shipped topics.yaml has too few topics or excerpts for this test")


def edit_like_an_editor(path):
    """Make one edit of each kind to topics.yaml; return what `diff --format json` must report, per topic."""
    edition = load_edition(path)
    topics, plan = edition.topics, pick_edits(edition)
    text = path.read_text(encoding="utf-8")
    expected = {}

    t, j = plan["reword"]
    old = topics[t].excerpts[j]
    shorter = " ".join(old.quote.split()[:-3])  # still verbatim: the same words, three fewer
    text = set_value(text, ("topics", t, "excerpts", j, "quote"), shorter)
    expected[topics[t].id] = {"state": "kept", "changed": [(["quote"], old.quote, shorter)]}

    t, j = plan["stance"]
    e = topics[t].excerpts[j]
    other = next(s.id for s in topics[t].stances if s.id != e.stance)
    text = set_value(text, ("topics", t, "excerpts", j, "stance"), other)
    expected[topics[t].id] = {"state": "kept", "changed": [(["stance"], e.quote, e.quote)],
                              "stances": [{"analyst": e.analyst, "old": [e.stance], "new": [other]}]}

    t = plan["rename"]
    text = set_value(text, ("topics", t, "title"), "Renamed: " + topics[t].title)
    expected[topics[t].id] = {"state": "kept", "old_title": topics[t].title}

    t = plan["add"]
    copied = next(e for e in edition.excerpts if e.topic not in (topics[t].id, topics[plan["remove"][0]].id))
    text = insert_excerpt(text, t, copied)
    expected[topics[t].id] = {"state": "kept", "added": [copied.quote]}

    t, j = plan["remove"]  # after the edits above: removing lines shifts nothing they found
    text = remove_excerpt(text, t, j)
    expected[topics[t].id] = {"state": "kept", "removed": [topics[t].excerpts[j].quote]}

    new_topic_quote = edition.excerpts[-1]
    text = insert_topic(text, new_topic_quote)
    expected = {"added-topic": {"state": "added", "added": [new_topic_quote.quote]}, **expected}
    path.write_text(text, encoding="utf-8")
    return expected


def reported(data: dict) -> dict:
    """The diff's topics in the shape edit_like_an_editor() expects: only what is there."""
    out = {}
    for t in data["topics"]:
        entry = {"state": t["state"], "old_title": t["old_title"], "moved": t["moved"],
                 "added": [e["quote"] for e in t["added"]], "removed": [e["quote"] for e in t["removed"]],
                 "changed": [(c["fields"], c["old"]["quote"], c["new"]["quote"]) for c in t["changed"]],
                 "stances": t["stances"]}
        out[t["id"]] = {k: v for k, v in entry.items() if v}
    return out


# --- The whole cycle ---------------------------------------------------------------------------------

def test_a_whole_cycle_reports_exactly_the_edits(live, run):
    code, out, err = run("edition", "new", "--date", "2026-12-01")
    assert code == 0, err
    assert "edition 1 kept in editions/1" in out
    assert diff_json(run, "1", "topics.yaml")["topics"] == []  # nothing edited yet

    expected = edit_like_an_editor(live)
    code, _, err = run("check")
    assert code == 0, err  # every edit is still verbatim and attributed

    data = diff_json(run, "1", "topics.yaml")
    assert reported(data) == expected
    assert data["old"] == {"file": "editions/1/topics.yaml", "edition": 1, "date": "2026-11-23"}
    assert data["new"] == {"file": "topics.yaml", "edition": 2, "date": "2026-12-01"}
    assert data["sources"] == {"added": [], "removed": [], "changed": []}
    assert data["analysts"] == {"added": [], "removed": []}

    code, text, _ = run("diff", "1", "topics.yaml")
    assert code == 0
    assert "topic added-topic: An added topic (added)" in text and "renamed from" in text


def test_the_briefing_asks_per_excerpt_whether_it_is_new_or_changed(live, run):
    assert run("edition", "new")[0] == 0
    edit_like_an_editor(live)
    report = verify_edition(load_edition(live))
    diff = changes_since_previous(report.edition)
    status = {e.key: diff.status(e) for e in report.edition.excerpts}  # verified excerpts, as the briefing has them
    changed = [c.new.key for t in diff.topics for c in t.changed]
    added = [e.key for t in diff.topics for e in t.added]
    assert len(changed) == 2 and len(added) == 2
    assert [status.pop(k) for k in changed + added] == ["changed"] * 2 + ["new"] * 2
    assert set(status.values()) == {None}
    lines = describe(diff)
    assert "New topic: An added topic (1 excerpt)." in lines
    assert any(line.startswith("The topic “") and "” is now “Renamed: " in line for line in lines)
    assert any(" now " in line and "(was " in line for line in lines)  # the stance shift, in words


def test_edition_new_changes_only_number_date_and_previous(live, run):
    before = live.read_bytes()
    doc = parse_document(live, before.decode())
    number_line, date_line = doc.where(("edition", "number"))[0], doc.where(("edition", "date"))[0]
    assert run("edition", "new", "--date", "2027-01-05")[0] == 0

    old_lines, new_lines = before.decode().splitlines(True), live.read_bytes().decode().splitlines(True)
    indent = old_lines[number_line - 1][:old_lines[number_line - 1].index("number")]
    expected = list(old_lines)
    expected[number_line - 1] = f"{indent}number: 2\n"
    expected[date_line - 1] = old_lines[date_line - 1].replace("2026-11-23", "2027-01-05")
    expected.insert(number_line, f"{indent}previous: editions/1/topics.yaml\n")
    assert new_lines == expected  # comments, order, layout and quoting byte for byte

    kept = live.parent / "editions" / "1"
    assert (kept / "topics.yaml").read_bytes() == before
    record = json.loads((kept / "sources.json").read_text())
    assert record["edition"] == 1 and record["project"] == "../.."
    assert all(len(s["sha256"]) == 64 and s["file"].startswith("seeds/") for s in record["sources"].values())
    assert {p.stat().st_mode & 0o777 for p in kept.iterdir()} == {0o444}

    # The next edition replaces `previous` in place instead of adding a second one.
    assert run("edition", "new", "--date", "2027-02-01")[0] == 0
    text = live.read_text()
    assert text.count("previous:") == 1 and f"{indent}previous: editions/2/topics.yaml\n" in text


def test_previous_is_replaced_in_its_quoting_and_flow_mappings_get_it_too(tmp_path):
    block = HEADER.replace("  number: 1\n",
                           "  number: 1  # bumped by edition new\n  previous: 'editions/0/topics.yaml'\n")
    text = next_edition_text(parse_document(tmp_path / "t.yaml", block), block, "2027-01-01")
    assert "  number: 2  # bumped by edition new\n  previous: 'editions/1/topics.yaml'\n" in text
    assert "  date: 2027-01-01\n" in text

    flow = HEADER.replace("edition:\n  title: Test edition\n  number: 1\n  date: 2026-11-23\n",
                          "edition: {title: Test edition, number: 1, date: \"2026-11-23\"}\n")
    text = next_edition_text(parse_document(tmp_path / "t.yaml", flow), flow, "2027-01-01")
    assert text.startswith('edition: {title: Test edition, number: 2, previous: editions/1/topics.yaml, '
                           'date: "2027-01-01"}\n')

    crlf = HEADER.replace("\n", "\r\n")
    text = next_edition_text(parse_document(tmp_path / "t.yaml", crlf), crlf, "2027-01-01")
    assert "  number: 2\r\n  previous: editions/1/topics.yaml\r\n  date: 2027-01-01\r\n" in text


def test_diff_pairs_excerpts_by_content_and_names_moves_and_new_voices(project, run):
    hijacked = '"But gradually, the protest was hijacked by unknown individuals."'
    umarov = "\"I don't think that they have objective behind them\""
    second = ("  - id: csto\n    title: The CSTO\n    question: Why?\n    excerpts:\n"
              + excerpt("gwu", "umarov", umarov))
    old = project(HEADER + excerpt("gwu", "umarov", hijacked) + excerpt("gwu", "umarov", umarov) + second, "old.yaml")
    # The analyst corrected, the excerpts swapped, the topics swapped, a source and an analyst added.
    new_header = HEADER.replace("analysts:\n", "  again:\n    file: seeds/000_e701942f58be631c.txt\n"
                                "    title: Again\n    kind: transcript\n"
                                "analysts:\n  kassenova: {name: Nargis Kassenova}\n")
    topics = new_header.index("  - id: causes")
    causes = new_header[topics:] + excerpt("gwu", "umarov", umarov) + excerpt("gwu", "sharipzhanov", hijacked)
    new = project(new_header[:topics] + second + causes, "new.yaml")

    data = diff_json(run, old, new)
    assert data["sources"] == {"added": ["again"], "removed": [], "changed": []}
    assert data["analysts"] == {"added": ["kassenova"], "removed": []}
    assert reported(data) == {"csto": {"state": "kept", "moved": True},
                              "causes": {"state": "kept", "changed": [(["analyst"], hijacked[1:-1], hijacked[1:-1])]}}


# --- Sources changed since the snapshot -------------------------------------------------------------

def break_a_quote(live):
    """Change a word of one quoted paragraph in its source file; return the lines of the excerpt that no
    longer verifies and of its quote."""
    report = verify_edition(load_edition(live))
    e = next(e for e in report.edition.excerpts if e.source == "gwu-panel")
    source = report.edition.sources[e.source]
    word = max(e.quote.replace("…", " ").split(), key=len)
    lines = source.file.read_text(encoding="utf-8").split("\n")
    paragraphs = [i for i, line in enumerate(lines) if line.strip()]
    at = paragraphs[e.paragraph - 1]
    assert word in lines[at]
    lines[at] = lines[at].replace(word, word.upper())
    source.file.write_text("\n".join(lines), encoding="utf-8")
    doc = report.edition.document
    return doc.where(e.key)[0], doc.where(e.key + ("quote",))[0]


def test_a_changed_source_is_named_by_diff_and_check_names_the_stale_quotes(live, run):
    assert run("edition", "new")[0] == 0
    line, quote_line = break_a_quote(live)

    data = diff_json(run, "1", "topics.yaml")  # diff does not need the quotes to verify
    assert data["sources"]["changed"] == ["gwu-panel"] and data["topics"] == []
    code, out, _ = run("diff", "1", "topics.yaml")
    assert code == 0 and "sources changed since the snapshot: gwu-panel (seeds/000_e701942f58be631c.txt)" in out

    code, _, err = run("check")
    assert code == 1
    assert_problem(err, line=quote_line, contains="error: quote not found in GWU panel")
    summary = assert_problem(err, contains="warning: source 'gwu-panel' (seeds/000_e701942f58be631c.txt) "
                                           "changed since edition 1: ")
    assert "excerpts still verify (lines " in summary and summary.endswith(f"; 1 no longer does (line {line})")
    assert_problem(err, line=quote_line, contains="warning: this excerpt fails because 000_e701942f58be631c.txt "
                                                  "changed since edition 1")


def test_a_changed_source_whose_quotes_all_still_verify_is_a_warning_only(live, run):
    assert run("edition", "new")[0] == 0
    with (live.parent / "seeds" / "004_14f71fb0f9d620fa.txt").open("a", encoding="utf-8") as f:
        f.write("\nA paragraph added after the edition was kept.\n")
    code, _, err = run("check")
    assert code == 0, err
    warning = next(line for line in err.splitlines() if "source 'statement-article'" in line)
    assert "changed since edition 1" in warning and "still verify" in warning and "no longer" not in warning


# --- Bad input: one line, exit 2, nothing changed ----------------------------------------------------

def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_diff_of_a_missing_file_is_one_line(live, run):
    code, _, err = run("diff", "nope.yaml", "topics.yaml")
    assert code == 2 and "nope.yaml: error: file not found" in one_line(err)


def test_diff_of_broken_yaml_is_one_line(live, run):
    (live.parent / "broken.yaml").write_text("edition:\n  title: [unclosed\n", encoding="utf-8")
    code, _, err = run("diff", "broken.yaml", "topics.yaml")
    assert code == 2 and "broken.yaml:" in one_line(err) and "YAML syntax error" in err


def test_diff_of_an_unknown_edition_names_the_kept_ones(live, run):
    code, _, err = run("diff", "1", "topics.yaml")
    assert code == 2 and "no snapshot of edition 1; editions kept: none yet" in one_line(err)
    assert run("edition", "new")[0] == 0
    code, _, err = run("diff", "7", "topics.yaml")
    assert code == 2 and "no snapshot of edition 7; editions kept: 1" in one_line(err)


def test_edition_new_twice_for_the_same_number_refuses_and_changes_nothing(live, run):
    original = live.read_bytes()
    assert run("edition", "new")[0] == 0
    bumped = live.read_bytes()
    live.write_bytes(original)  # e.g. topics.yaml restored from a backup: edition 1 again
    code, _, err = run("edition", "new")
    assert code == 2 and "edition 1 was kept already in editions/1/" in one_line(err)
    assert live.read_bytes() == original
    assert (live.parent / "editions" / "1" / "topics.yaml").read_bytes() == original
    assert bumped != original and sorted(p.name for p in (live.parent / "editions").iterdir()) == ["1"]


def test_edition_new_refuses_a_file_that_fails_check(project, run):
    path = project(HEADER + excerpt("gwu", "sharipzhanov", '"the protest was captured"'))
    before = path.read_bytes()
    code, _, err = run("edition", "new", path)
    assert code == 2 and "edition 1 not kept: 1 problem in `check`" in one_line(err)
    assert path.read_bytes() == before and not (path.parent / "editions").exists()


def test_edition_new_refuses_a_date_that_is_not_one(live, run):
    code, _, err = run("edition", "new", "--date", "1 Dec")
    assert code == 2 and "'1 Dec' is not a date" in one_line(err)
    assert not (live.parent / "editions").exists()


def test_the_briefing_shows_the_changes_in_every_format(live, run):
    import docx
    import pypdf

    assert run("edition", "new")[0] == 0
    edit_like_an_editor(live)
    code, _, err = run("build", "--quiet", "--out", "out")
    assert code == 0, err
    out = live.parent / "out"
    pdf = " ".join(p.extract_text() for p in pypdf.PdfReader(next(out.glob("*-ed2.pdf"))).pages)
    word = " ".join(p.text for p in docx.Document(next(out.glob("*-ed2.docx"))).paragraphs)
    html = next(out.glob("*-ed2.html")).read_text(encoding="utf-8")
    for text in (pdf, word, html):
        assert "Changes since edition 1" in text
        assert "New topic: An added topic (1 excerpt)." in text
        assert text.count("NEW") >= 3 and text.count("CHANGED") >= 3  # the legend, then a marker per excerpt
