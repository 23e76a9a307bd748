"""One implementation per shared concept, and the mismatches that came from having several (issue 19).

Name matching, the dominance rule with its rounding, visible(), the unquoting and the speaker-label
grammar each live in one place; every command that needs them calls that one.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from types import SimpleNamespace

from conftest import HEADER, REPO, VALID_EXCERPT

from reportgen.document.handout import _names_itself
from reportgen.document.handout_questions import anonymized, named_analysts
from reportgen.load.model import Analyst
from reportgen.load.textfiles import visible
from reportgen.verify import balance
from reportgen.verify.attribution import is_named, names_in

PACKAGE = REPO / "reportgen"
JONES = Analyst("jones", "Pauline Jones", kind="person")
RICE = Analyst("rice", "Susan Rice", kind="person")


def definitions(name: str) -> list[str]:
    """The modules of reportgen that define `name` (a function, or a module-level constant)."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            defined = [node.name] if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else \
                [t.id for t in node.targets if isinstance(t, ast.Name)] if isinstance(node, ast.Assign) else []
            if name in defined:
                found.append(path.relative_to(PACKAGE).as_posix())
    return sorted(found)


# --- name matching: one API (verify/attribution.py) for verify, find, excerpt add, suggest and the handout --

def test_a_titled_speaker_label_is_the_analysts_in_verify_and_in_find(project, run):
    topics = project(HEADER + VALID_EXCERPT)
    seed = topics.parent / "seeds" / "000_e701942f58be631c.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("\nPauline Jones:\n", "\nProf. Pauline Jones:\n", 1),
                    encoding="utf-8")
    assert is_named(JONES, "Prof. Pauline Jones") and is_named(JONES, "jones")
    code, out, err = run("find", "shift focus away", "--speaker", "jones", "--topics", topics)
    assert code == 0, err
    assert "Prof. Pauline Jones" in out and "shift focus away" in out.replace("**", "")


def test_a_name_is_matched_as_whole_words_so_prices_never_names_rice():
    text = "Food prices doubled in a week."
    quote = SimpleNamespace(excerpt=SimpleNamespace(text=text, readings=(text,)), analyst=RICE)
    assert not names_in("Food prices doubled in a week.", RICE)
    assert not _names_itself(quote)
    assert names_in("As Rice put it, prices doubled.", RICE)
    assert named_analysts("Why did food prices double?", [RICE]) == []
    assert anonymized("Do prices prove Rice right?", {"rice": ["B"]}, [RICE]) == "Do prices prove Speaker B right?"


def test_name_matching_is_written_once():
    assert definitions("speaks_as") == [] and definitions("_pattern") == []
    assert definitions("is_named") == ["verify/attribution.py"]
    assert definitions("name_pattern") == ["verify/attribution.py"]


# --- the dominance rule, with one rounding (verify/balance.py) -------------------------------------------

def test_126_of_250_words_dominate_for_check_and_for_the_briefing():
    assert balance.dominates(126, 250) and not balance.dominates(125, 250)
    assert balance.dominant({"jones": 126, "rice": 124}) == ("jones", 50)


def test_the_briefing_marks_the_same_voice_check_warns_about():
    from reportgen.document.briefing import _section

    jones_words, rice_words = 126, 124
    excerpts = (SimpleNamespace(analyst="jones", source="a", words=jones_words, stance=None, key=("x",)),
                SimpleNamespace(analyst="rice", source="b", words=rice_words, stance=None, key=("y",)))
    topic = SimpleNamespace(id="t", title="T", stances=(), excerpts=excerpts,
                            words_by=lambda attr: {e.analyst if attr == "analyst" else e.source: e.words
                                                   for e in excerpts})
    sources = {sid: SimpleNamespace(id=sid, label=sid.upper()) for sid in ("a", "b")}
    edition = SimpleNamespace(analysts={"jones": JONES, "rice": RICE}, sources=sources)
    section = _section(edition, 1, topic, lambda e: None)
    assert section.dominant is not None and section.dominant.name == "Pauline Jones"
    assert section.dominant.percent == balance.dominant(topic.words_by("analyst"))[1] == 50


def test_check_prints_the_percent_the_pdf_prints(tmp_path, run):
    out = tmp_path / "out"
    code, _, err = run("build", REPO / "topics.yaml", "--out", out, "--format", "html")
    assert code == 0, err
    html = " ".join(next(out.glob("*.html")).read_text(encoding="utf-8").split())
    warned = re.findall(r"one source, GWU panel, holds (\d+)% of the quoted words in topic '([\w-]+)'", err)
    assert warned
    for share, _ in warned:
        assert f"GWU panel, holds {share}%" in html or f"GWU panel holds {share}%" in html, share
    assert "66" not in [s for s, _ in warned]  # csto: check said 66% (rounded down) where the PDF says 67%


def test_the_dominance_rule_is_written_once():
    assert definitions("DOMINANT_SHARE") == ["verify/balance.py"]
    assert definitions("_dominant") == ["verify/balance.py"]


# --- visible(), the unquoting, the speaker-label grammar ----------------------------------------------------

def test_visible_is_written_once_and_shows_a_no_break_space_the_same_way_everywhere():
    assert definitions("visible") == ["load/textfiles.py"]
    from reportgen.verify import summary

    assert summary.visible is visible
    assert visible("a\u00a0b", newlines=False) == visible("a\u00a0b")


def test_the_unquoting_is_written_once():
    assert definitions("_unquoted") == [] and definitions("unquoted") == ["text/sources.py"]


def test_the_speaker_label_grammar_is_written_once():
    for name in ("NAME", "TURN", "LABEL", "_TURN", "_LABEL", "is_name", "unread_label", "clean_name"):
        assert definitions(name) in ([], ["text/speakers.py"]), name
    assert definitions("TURN") == definitions("LABEL") == definitions("NAME") == ["text/speakers.py"]


def test_the_package_has_no_re_export_shims():
    assert not (PACKAGE / "editions.py").exists() and not (PACKAGE / "formats.py").exists()
    assert "noqa: F401" not in "".join(p.read_text(encoding="utf-8") for p in Path(PACKAGE).rglob("*.py"))


# --- one run, one outcome: the same input gives the same warnings in every command --------------------------

def test_check_build_export_and_serve_give_the_same_warnings(live, run, tmp_path):
    from reportgen.commands.serve import Preview

    assert run("edition", "new")[0] == 0
    with (live.parent / "seeds" / "004_14f71fb0f9d620fa.txt").open("a", encoding="utf-8") as f:
        f.write("\nA paragraph added after the edition was kept.\n")

    def warnings(err: str) -> list[str]:
        return [line for line in err.splitlines() if ": warning: " in line]

    code, _, checked = run("check")
    assert code == 0 and any("changed since edition 1" in w for w in warnings(checked))
    for command in (("build", "--format", "html", "--quiet"), ("export", "--format", "json")):
        code, _, err = run(*command, "--out", tmp_path / command[0])
        assert code == 0 and warnings(err) == warnings(checked), command
    preview = Preview(live)
    preview.rebuild()
    assert not preview.problems and [p.format() for p in preview.warnings] == warnings(checked)


def test_every_run_ends_in_one_outcome_that_owns_the_exit_code(project):
    from reportgen.build.pipeline import Outcome
    from reportgen.problems import OK, VERIFICATION_FAILED, Problem

    warning, error = Problem("t.yaml", 1, 1, "w", warning=True), Problem("t.yaml", 2, 1, "e")
    assert Outcome(problems=[warning]).exit_code == OK
    assert Outcome(problems=[warning, error]).exit_code == VERIFICATION_FAILED


# --- each stage does its work once ---------------------------------------------------------------------------

def test_a_build_hashes_each_input_once_and_loads_the_previous_edition_once(live, run, tmp_path, monkeypatch):
    import collections

    import reportgen.editions.snapshots as snapshots
    import reportgen.text.sources as sources

    assert run("edition", "new")[0] == 0
    hashed, loaded = collections.Counter(), []
    checksum, load_edition = sources.checksum, snapshots.load_edition

    def counted(path):
        hashed[path] += 1
        return checksum(path)

    def loading(path, *args, **kwargs):
        loaded.append(path)
        return load_edition(path, *args, **kwargs)

    monkeypatch.setattr(sources, "checksum", counted)
    monkeypatch.setattr(snapshots, "load_edition", loading)
    code, _, err = run("build", "--format", "html", "--quiet", "--out", tmp_path / "out")
    assert code == 0, err
    assert hashed and max(hashed.values()) == 1, [p for p, n in hashed.items() if n > 1]
    assert [p.parent.name for p in loaded] == ["1"]  # the snapshot of edition 1, once


def test_the_model_hands_its_charts_to_the_docx_writer():
    from reportgen.document import charts

    assert not hasattr(charts, "_PLACEHOLDERS") and not hasattr(charts, "placeholder_chart")
