"""`reportgen init`: a new briefing project, and what it still lacks before `check` and `build`."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from reportgen.atomic import write_atomically
from reportgen.model import Edition
from reportgen.problems import InputError, Problem, display_path

SOURCES_FOLDER = "sources"  # beside topics.yaml: the texts `source add` writes
SCHEMA_FILE = "topics.schema.json"  # beside topics.yaml: named on its first line, for editors

SKELETON = """\
# =============================================================================
# topics.yaml: the editor's file of this briefing ({title})
# =============================================================================
# reportgen checks every excerpt below against its source text before it prints
# anything. Fill this file in four steps, running `reportgen check` after each:
#
#   1. Sources: `reportgen source add FILE...` converts a web page (.html), a PDF,
#      a Word/ODT/RTF file, captions (.vtt, .srt) or a text transcript into
#      sources/<id>.txt and adds its entry under `sources:` below.
#   2. Analysts: one entry per voice you will quote, under `analysts:`.
#   3. Topics: a question each, with the excerpts that answer it, verbatim.
#   4. `reportgen build` writes the briefing (PDF, DOCX, HTML) to out/.
#
# Facts come from the sources only: where a text does not state an author, a
# date or a publisher, leave the field out and the briefing says "not stated".
# `reportgen schema` lists every field this file may hold.
# =============================================================================

edition:
  title: {title_yaml}
  number: 1
  date: "{date}"
  # editor: Your Name           # optional: who edited this edition
  # summary: >-                 # optional: a short paragraph for the cover
  #   What this edition covers.

# --- Sources: added by `reportgen source add FILE` ---------------------------
# kind: transcript (speaker turns), interview (questions and answers) or
# article (the author, or voices named in the text).
sources: {{}}

# --- Analysts: every voice quoted ---------------------------------------------
# The name as the source gives it; a transcript's speaker label must match it.
#   laruelle:
#     name: Marlene Laruelle
#     kind: person                 # person, organisation, group or unnamed
#     affiliation: George Washington University   # only as the source states it
#     role: moderator
analysts: {{}}

# --- Topics: the questions, and what each analyst says ------------------------
#   - id: causes
#     title: Causes
#     question: What drove the unrest?
#     stances:
#       grievances: Genuine grievances
#     excerpts:
#       - source: panel           # a key under `sources:`
#         analyst: laruelle       # a key under `analysts:`
#         stance: grievances      # optional
#         quote: >-
#           The words, verbatim; "..." marks a cut within one paragraph.
topics: []
"""


def init_project(folder: Path, title: str | None = None, date: str | None = None) -> list[Path]:
    """A new project in `folder`: topics.yaml skeleton, sources/, .gitignore; never overwrites."""
    topics = folder / "topics.yaml"
    if topics.exists():
        raise InputError([Problem(display_path(topics), None, None, "exists already: this folder holds a project",
                                  "run `reportgen init` in a new folder; nothing was written")])
    title = title or "New briefing"
    text = SKELETON.format(title=title, title_yaml=json.dumps(title, ensure_ascii=False),
                           date=date or datetime.date.today().isoformat())
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SOURCES_FOLDER).mkdir(exist_ok=True)
    written = [folder / SOURCES_FOLDER]
    schema = _json_schema()
    if schema is not None:  # editors' completion and validation (VS Code's YAML extension)
        (folder / SCHEMA_FILE).write_text(schema, encoding="utf-8")
        text = f"# yaml-language-server: $schema=./{SCHEMA_FILE}\n" + text
        written.append(folder / SCHEMA_FILE)
    ignore = folder / ".gitignore"
    kept = ignore.read_text(encoding="utf-8") if ignore.is_file() else ""
    if not any(line.strip() in ("out/", "out", "/out/", "/out") for line in kept.splitlines()):
        lead = "" if not kept or kept.endswith("\n") else "\n"  # an existing .gitignore is added to, not replaced
        with ignore.open("a", encoding="utf-8") as f:
            f.write(f"{lead}# reportgen writes the briefing here; rebuild it with `reportgen build`\nout/\n")
        written.append(ignore)
    write_atomically(topics, text.encode("utf-8"))  # the one atomic writer: temp file, fsync, rename
    return [topics] + written


def _json_schema() -> str | None:
    """The JSON Schema of topics.yaml (`reportgen schema --json`), where this reportgen writes one."""
    try:
        from reportgen.jsonschema import topics_schema  # type: ignore[import-not-found, unused-ignore]
    except ImportError:  # a reportgen without `schema --json`: the skeleton goes without the line
        return None
    return json.dumps(topics_schema(), indent=2, ensure_ascii=False) + "\n"


def refuse_empty(edition: Edition, command: str) -> None:
    """One line, exit 2, when there is nothing yet to build from."""
    steps = next_steps(edition)
    if steps:
        raise InputError([Problem(display_path(edition.path), None, None, f"nothing to {command} yet",
                                  f"next: {steps[0]}; `reportgen check` lists what is missing")])


def next_steps(edition: Edition) -> list[str]:
    """What a new project still lacks, in the order to fill it in; empty when there is something to check."""
    steps = []
    if not edition.sources:
        steps.append("add a source: `reportgen source add FILE` (HTML, PDF, DOCX/ODT/RTF, VTT/SRT or text)")
    if not edition.analysts:
        steps.append("add under `analysts:` each voice you will quote (name as the source gives it)")
    if not edition.excerpts:
        steps.append("add a topic under `topics:` with its question and excerpts quoted verbatim")
    return steps
