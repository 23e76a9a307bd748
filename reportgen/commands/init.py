"""`reportgen init`: a new briefing project, and what it still lacks before `check` and `build`."""

from __future__ import annotations

import datetime
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from reportgen.load.loader import refused_character
from reportgen.output.atomic import write_atomically
from reportgen.problems import InputError, Problem, display_path

SOURCES_FOLDER = "sources"  # beside topics.yaml: the texts `source add` writes
SCHEMA_FILE = "topics.schema.json"  # beside topics.yaml: named on its first line, for editors
TEMPLATES_FOLDER = "templates"  # beside topics.yaml: the project's house style (output/render.py)
TEMPLATES_README = """\
# templates/: this project's house style

Any file here replaces the package's file at the same path; everything else comes from the
package (reportgen/output/templates/). Copy a file from there, then edit the copy:

- briefing/cover.html, briefing/topic.html, ...  the briefing's pages (Jinja2)
- handout/cover.html, handout/topic.html, ...    the classroom handout's pages
- shared/print.css, shared/fonts.css             the stylesheet and the fonts it loads
- fonts/*.ttf                                    fonts (named in shared/fonts.css)
- images/*                                       images: {{ asset("images/logo.png") }} in a template
- reference.docx, handout/reference.docx         Word styles of the DOCX

Nothing outside this folder and the package's templates is ever read or fetched.
"""

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


IGNORED = "out/"  # what init adds to .gitignore: the outputs `build` writes
_IGNORE_LINES = ("out/", "out", "/out/", "/out")


@dataclass
class Started:
    """What `init` wrote, and what it found there already and left alone (with why)."""

    written: list[Path] = field(default_factory=list)
    left_alone: list[tuple[Path, str]] = field(default_factory=list)


def init_project(folder: Path, title: str | None = None, date: str | None = None) -> Started:
    """A new project in `folder`: topics.yaml skeleton, sources/, templates/ (with a README naming
    the override points), topics.schema.json, .gitignore.

    Never writes over or through what is there: an existing file, folder or symlink (even one leading
    outside the project) under any of those names is left alone and listed; an existing topics.yaml
    refuses the whole command. Everything is decided before the first write, and a failure removes
    what this run made, so nothing is half-written."""
    title = _checked_title(title)
    topics = folder / "topics.yaml"
    if os.path.lexists(topics):
        raise InputError([Problem(display_path(topics), None, None, "exists already: this folder holds a project",
                                  "run `reportgen init` in a new folder; nothing was written")])
    if os.path.lexists(folder) and not folder.is_dir():
        raise InputError([Problem(display_path(folder), None, None, "exists and is not a folder",
                                  "choose a new folder for the project; nothing was written")])
    started = Started()
    text = SKELETON.format(title=title, title_yaml=json.dumps(title, ensure_ascii=False),
                           date=date or datetime.date.today().isoformat())
    sources, schema_file, ignore = folder / SOURCES_FOLDER, folder / SCHEMA_FILE, folder / ".gitignore"
    schema = _json_schema()
    made: list[Path] = []  # what this run created, undone in reverse on failure
    kept_ignore: bytes | None = None
    try:
        if not folder.is_dir():
            folder.mkdir(parents=True)
            made.append(folder)
        if not os.path.lexists(sources):
            sources.mkdir()
            made.append(sources)
            started.written.append(sources)
        elif sources.is_symlink() or not sources.is_dir():
            started.left_alone.append((sources, _what(sources)))
        templates = folder / TEMPLATES_FOLDER
        if not os.path.lexists(templates):
            templates.mkdir()
            made.append(templates)
            write_atomically(templates / "README.md", TEMPLATES_README.encode("utf-8"))
            made.append(templates / "README.md")
            started.written.append(templates)
        if schema is not None:  # editors' completion and validation (VS Code's YAML extension)
            if not os.path.lexists(schema_file):
                write_atomically(schema_file, schema.encode("utf-8"))
                made.append(schema_file)
                started.written.append(schema_file)
            else:
                started.left_alone.append((schema_file, _what(schema_file)))
            if schema_file in started.written or (schema_file.is_file() and not schema_file.is_symlink()):
                text = f"# yaml-language-server: $schema=./{SCHEMA_FILE}\n" + text
        if ignore.is_symlink() or (os.path.lexists(ignore) and not ignore.is_file()):
            started.left_alone.append((ignore, _what(ignore) + f"; add {IGNORED} to it yourself"))
        else:
            kept_ignore = ignore.read_bytes() if ignore.exists() else None
            kept = (kept_ignore or b"").decode("utf-8", "replace")
            if not any(line.strip() in _IGNORE_LINES for line in kept.splitlines()):
                lead = "" if not kept or kept.endswith("\n") else "\n"  # an existing .gitignore is added to
                added = f"{lead}# reportgen writes the briefing here; rebuild it with `reportgen build`\n{IGNORED}\n"
                write_atomically(ignore, (kept_ignore or b"") + added.encode("utf-8"))
                made.append(ignore)
                started.written.append(ignore)
        write_atomically(topics, text.encode("utf-8"))  # the one atomic writer: temp file, fsync, rename
    except BaseException:
        for path in reversed(made):
            if path == ignore and kept_ignore is not None:
                write_atomically(ignore, kept_ignore)
            elif path == folder:
                shutil.rmtree(path, ignore_errors=True)
            elif path.is_dir() and not path.is_symlink():
                path.rmdir()
            else:
                path.unlink(missing_ok=True)
        raise
    started.written.insert(0, topics)
    return started


def _what(path: Path) -> str:
    """Why init left an existing path alone, in the editor's words."""
    if path.is_symlink():
        return f"a symlink (to {os.readlink(path)}) exists there; init never writes through one"
    return f"a {'folder' if path.is_dir() else 'file'} exists there; init never overwrites one"


def _checked_title(title: str | None) -> str:
    """--title, held to the rule of every value in topics.yaml: one line, not blank, no invisible characters."""
    if title is None:
        return "New briefing"
    if not title.strip():
        raise InputError([Problem("--title", None, None, "the title is empty",
                                  "write the title, or leave --title out")])
    if "\n" in title or "\r" in title:
        raise InputError([Problem("--title", None, None, "the title holds a line break",
                                  "give the title on one line; nothing was written")])
    refused = refused_character(title)
    if refused:
        raise InputError([Problem("--title", None, None, f"the title {refused[0]}",
                                  f"{refused[1]}; nothing was written")])
    return title


def _json_schema() -> str | None:
    """The JSON Schema of topics.yaml (`reportgen schema --json`), where this reportgen writes one."""
    try:
        from reportgen.load.jsonschema import topics_schema  # type: ignore[import-not-found, unused-ignore]
    except ImportError:  # a reportgen without `schema --json`: the skeleton goes without the line
        return None
    return json.dumps(topics_schema(), indent=2, ensure_ascii=False) + "\n"
