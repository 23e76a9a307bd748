"""Snapshots: each edition kept read-only, read back (`edition new`, in commands/, keeps one).

`reportgen edition new` keeps the current edition in editions/<number>/ beside topics.yaml:
  topics.yaml   a byte-for-byte copy of the file as it stood
  sources.json  {"edition": N, "project": "../..", "topics_sha256": "<hex of that copy>",
                 "sources": {"<id>": {"file": "seeds/....txt", "sha256": "<hex>"}}}
The copy's `file:` paths stay relative to the project folder ("project", relative to the snapshot),
so a snapshot is read against the live seeds/, and the checksums tell which of them changed since
(and whether the snapshot itself was edited after it was kept).
Then topics.yaml opens the next edition: number + 1, today's date, `previous:` naming the snapshot.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportgen.load.guards import SNAPSHOTS  # the folder beside topics.yaml that keeps earlier editions
from reportgen.load.model import Edition
from reportgen.load.schema import load_edition
from reportgen.problems import InputError, Problem, display_path
from reportgen.text.sources import checksum

CHECKSUMS = "sources.json"


def snapshot_path(topics: Path, number: int | str) -> Path:
    """Where edition `number` of the project around `topics` keeps its copy of topics.yaml."""
    return topics.parent / SNAPSHOTS / str(number) / "topics.yaml"


def snapshot_numbers(topics: Path) -> list[int]:
    """The editions kept so far, oldest first."""
    folder = topics.parent / SNAPSHOTS
    if not folder.is_dir():
        return []
    return sorted(int(p.name) for p in folder.iterdir() if _number(p.name) and (p / "topics.yaml").is_file())


@dataclass(frozen=True)
class Snapshot:
    """What a snapshot's sources.json records: its number, the project folder, each source's sha256."""

    number: int
    project: Path
    checksums: dict[Path, str]  # resolved source file -> sha256 when the edition was kept
    topics_sha256: str | None = None  # of the snapshot's own topics.yaml (None in records older than that)


def read_snapshot(topics: Path) -> Snapshot | None:
    """The record beside a topics file, or None if it is no snapshot (the live topics.yaml)."""
    path = topics.parent / CHECKSUMS
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        project = (path.parent / data["project"]).resolve()
        sums = {(project / s["file"]).resolve(): s["sha256"] for s in data["sources"].values()}
        return Snapshot(int(data["edition"]), project, sums, data.get("topics_sha256"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
        raise InputError([Problem(display_path(path), None, None, f"cannot read the snapshot's record: {err}",
                                  "sources.json is written by `reportgen edition new`; restore it from a backup")]) \
            from err


def changed_snapshot(topics: Path, sums: Callable[[Path], str] = checksum) -> Problem | None:
    """A warning if `topics` is a kept snapshot whose bytes are no longer those recorded when it was kept."""
    record = read_snapshot(topics)
    if record is None or record.topics_sha256 is None or sums(topics) == record.topics_sha256:
        return None
    return Problem(display_path(topics), None, None, f"the snapshot of edition {record.number} was changed after "
                   "it was kept", "its 'Changes since' and diffs no longer show what was published; restore it "
                   "from a backup", warning=True)


def snapshot_warnings(*editions: Edition, sums: Callable[[Path], str] = checksum) -> list[Problem]:
    """check, diff and build: a warning for each kept snapshot among `editions` (or their `previous`) changed since."""
    paths = []
    for edition in editions:
        paths.append(edition.path)
        previous = previous_path(edition)
        if previous:
            paths.append(previous)
    return [p for p in (changed_snapshot(path, sums) for path in dict.fromkeys(paths)) if p]


def open_edition(topics: Path) -> Edition:
    """Load a topics file or a snapshot (shape only): a snapshot's sources are the project's."""
    snapshot = read_snapshot(topics)
    return load_edition(topics, base=snapshot.project if snapshot else None)


def _number(text: str) -> bool:
    """An edition number: ASCII digits only ("²".isdigit() is true, but int("²") fails)."""
    return text.isascii() and text.isdigit()


def find_edition(name: str, topics: Path = Path("topics.yaml")) -> Path:
    """`diff`'s OLD/NEW: a path to a topics file, or the number of an edition kept beside `topics`."""
    if not _number(name):
        return Path(name)
    path = snapshot_path(topics, int(name))
    if not path.is_file():
        kept = ", ".join(map(str, snapshot_numbers(topics))) or "none yet (`reportgen edition new` keeps one)"
        raise InputError([Problem(display_path(path.parent), None, None, f"no snapshot of edition {name}",
                                  f"editions kept: {kept}")])
    return path


@dataclass(frozen=True)
class Previous:
    """The edition `previous` names, read once per run: the stale quotes, the diff and the snapshot
    warnings all take it from here."""

    path: Path
    record: Snapshot  # its sources.json: the checksums of the sources when it was kept
    edition: Edition  # loaded (shape only) against the project's sources


def read_previous(edition: Edition) -> Previous | None:
    """The previous edition, or None if there is none (the first edition)."""
    path = previous_path(edition)
    if path is None:
        return None
    record = read_snapshot(path)
    assert record is not None  # previous_path checked it
    return Previous(path, record, load_edition(path, base=record.project))


def load_previous(edition: Edition) -> Edition | None:
    """The edition `edition.previous` names, or None if there is none (the first edition)."""
    previous = read_previous(edition)
    return previous.edition if previous else None


def previous_path(edition: Edition) -> Path | None:
    """The snapshot `previous` names, checked: `editions/<N>/topics.yaml` inside this project's editions
    folder, kept, with N below this edition's number and its record saying N. check and build both ask here."""
    if not edition.previous:
        return None
    folder = (edition.path.parent / SNAPSHOTS).resolve()
    path = (edition.path.parent / edition.previous).resolve()
    number = path.parent.name
    if not (path.parent.parent == folder and path.name == "topics.yaml" and _number(number)):
        raise InputError([edition.document.problem(
            ("edition", "previous"), f"previous edition '{edition.previous}' is not a snapshot in {SNAPSHOTS}/",
            f"write it as {SNAPSHOTS}/<number>/topics.yaml, as `reportgen edition new` sets it")])
    if not path.is_file():
        raise InputError([_previous_missing(edition)])
    record = read_snapshot(path)
    if record is None or record.number != int(number) or int(number) >= edition.number:
        raise InputError([edition.document.problem(
            ("edition", "previous"), f"previous edition '{edition.previous}' does not match: its record says "
                                     f"edition {record.number if record else 'none'}, this is edition {edition.number}",
            "restore the snapshot from a backup, or set `previous` to the edition before this one")])
    return path


def _previous_missing(edition: Edition, warning: bool = False) -> Problem:
    kept = ", ".join(f"{SNAPSHOTS}/{n}/topics.yaml" for n in snapshot_numbers(edition.path)) or "none"
    return edition.document.problem(("edition", "previous"), f"previous edition '{edition.previous}' not found",
                                    f"editions kept: {kept}", warning=warning)
