"""What may be read as a source and where a build may write: the rules that keep inputs and outputs apart.

A source is text someone else wrote. It may not be the topics file itself (which would then
"verify" any quote it holds), nor a kept snapshot (editions/...), nor anything under the output
folder (a build would overwrite it, or quote its own output). A build's outputs never land on a
declared input.
"""

from __future__ import annotations

from pathlib import Path

from reportgen.load.model import Edition
from reportgen.problems import InputError, Problem, display_path

SNAPSHOTS = "editions"  # the folder beside topics.yaml that keeps earlier editions


def source_problem(file: Path, topics: Path, project: Path) -> str | None:
    """Why `file` (resolved) cannot be a source of the topics file `topics` in `project`; None if it can."""
    if file == topics.resolve():
        return "a source cannot be the topics file itself (its quotes would verify against themselves)"
    if file.is_relative_to(project.resolve() / SNAPSHOTS):
        return f"a source cannot be a kept snapshot under {SNAPSHOTS}/ (snapshots are records, not texts)"
    return None


def check_outputs(edition: Edition, out: Path, targets: list[Path]) -> None:
    """Refuse, before anything is built, an output folder that is a file, holds a source, or whose
    targets would overwrite an input."""
    if out.exists() and not out.is_dir():
        raise InputError([Problem(display_path(out), None, None, "--out names a file, not a folder",
                                  "name a folder (it is created if missing)")])
    folder = out.resolve()
    inside = [s for s in edition.sources.values() if s.file.resolve().is_relative_to(folder)]
    inputs = {edition.path.resolve(), *(s.file.resolve() for s in edition.sources.values())}
    overwritten = [t for t in targets if t.resolve() in inputs]
    problems = []
    if inside:  # one cause, one line: the outputs that would overwrite those sources are named in it
        first = inside[0]
        others = f" and {len(inside) - 1} more ({', '.join(s.id for s in inside[1:])})" if inside[1:] else ""
        hits = [t for t in overwritten if t.resolve() != edition.path.resolve()]
        hit = f" (an output would overwrite an input: {', '.join(display_path(t) for t in hits)})" if hits else ""
        problems.append(edition.document.problem(
            ("sources", first.id, "file"), f"source '{first.id}' ({display_path(first.file)}){others} lies in the "
                                           f"output folder {display_path(out)}, where the outputs are written{hit}",
            "choose another folder with --out, or move the sources"))
        overwritten = [t for t in overwritten if t not in hits]
    problems += [Problem(display_path(t), None, None, "an output would overwrite an input", "choose another --out")
                 for t in overwritten]
    if problems:
        raise InputError(problems)


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
    if not edition.excerpts and not edition.topics:
        steps.append("add a topic under `topics:` with its question and excerpts quoted verbatim")
    elif not edition.excerpts:
        first = edition.topics[0].id
        steps.append(f"quote the analysts under each topic: `reportgen find WORDS` finds a passage, then "
                     f"`reportgen excerpt add {first} --source ID --para N` adds it to topic '{first}' "
                     f"({_topics_named(edition)} no excerpt yet)")
    return steps


def _topics_named(edition: Edition) -> str:
    ids = [f"'{t.id}'" for t in edition.topics]
    return f"topic {ids[0]} has" if len(ids) == 1 else f"topics {', '.join(ids[:3])}{'...' if ids[3:] else ''} have"
