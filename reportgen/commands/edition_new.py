"""`reportgen edition new`: keep the current edition as a read-only snapshot, then open the next one.

What a snapshot holds, and how it is read back, is editions/snapshots.py.
"""

from __future__ import annotations

import copy
import datetime
import hashlib
import json
import os
import shutil
from pathlib import Path

import yaml

from reportgen.editions.snapshots import CHECKSUMS, snapshot_path
from reportgen.load.guards import SNAPSHOTS
from reportgen.load.loader import FAST_LOADER, Document, compose_for_edit
from reportgen.load.model import Edition
from reportgen.load.schema import load_edition
from reportgen.output.atomic import editable, remove_stale, sync_folder, temp_path, write_atomically
from reportgen.problems import InputError, Problem, count, display_path
from reportgen.text.sources import checksum
from reportgen.verify.excerpts import verify_edition


def new_edition(topics: Path, date: str | None = None) -> Path:
    """Keep the current edition as a read-only snapshot, then open the next one; return the snapshot folder.

    Nothing is written unless the file passes `check` and the edition was not kept before.
    """
    date = _iso_date(date)
    edition = load_edition(topics)
    target = editable(topics, "`edition new`")
    folder = snapshot_path(topics, edition.number).parent
    raw = topics.read_bytes()
    if folder.parent.is_dir():
        remove_stale(folder.parent)  # a snapshot half-written by a killed run
        for note in folder.parent.glob(".pending-*.json"):  # killed after rewriting topics.yaml: that run is done
            if note != _pending(folder):
                note.unlink()
    if _interrupted_after_keeping(folder, raw):
        # An earlier `edition new` was stopped after keeping this very file and before rewriting it: finish it,
        # with the date it was asked for.
        date = json.loads(_pending(folder).read_text(encoding="utf-8")).get("date", date)
        text = next_edition_text(edition.document, raw.decode("utf-8"), date)
        write_atomically(target, text.encode("utf-8"))
        _pending(folder).unlink()
        return folder
    if folder.exists():
        raise InputError([edition.document.problem(
            ("edition", "number"), f"edition {edition.number} was kept already in {display_path(folder)}/; "
                                   "nothing changed", "a kept edition is never overwritten")])
    errors = verify_edition(edition).errors
    if errors:
        raise InputError([Problem(edition.document.name, None, None,
                                  f"edition {edition.number} not kept: {count(len(errors), 'problem')} in `check`",
                                  "run `reportgen check`, fix them and try again; nothing changed")])
    text = next_edition_text(edition.document, raw.decode("utf-8"), date)
    # Gather everything before writing anything: the snapshot first, so topics.yaml never names a missing one.
    # The pending note lets a run killed between the two renames be finished by the next `edition new`.
    pending = _pending(folder)
    write_atomically(pending, json.dumps({"edition": edition.number, "date": date}).encode())
    try:
        _write_snapshot(folder, raw, edition)
    except BaseException:
        pending.unlink(missing_ok=True)
        raise
    try:
        write_atomically(target, text.encode("utf-8"))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        pending.unlink(missing_ok=True)
        raise
    pending.unlink()
    return folder


def _pending(folder: Path) -> Path:
    """editions/.pending-<N>.json: `edition new` is between keeping snapshot N and rewriting topics.yaml."""
    return folder.parent / f".pending-{folder.name}.json"


def _interrupted_after_keeping(folder: Path, raw: bytes) -> bool:
    """A pending note says `edition new` was stopped, and the snapshot it kept holds exactly the live file's bytes."""
    kept = folder / "topics.yaml"
    return (_pending(folder).is_file() and kept.is_file() and (folder / CHECKSUMS).is_file()
            and kept.read_bytes() == raw)


def next_edition_text(doc: Document, text: str, date: str) -> str:
    """topics.yaml opened for the next edition: number + 1, date, previous; every other byte kept.

    A textual edit at the YAML marks, not a dump, so the editor's comments, order and quoting survive.
    """
    root = compose_for_edit(text)
    assert root is not None  # the text was loaded as an edition already
    edition = next(value for key, value in root.value if key.value == "edition")
    fields = {key.value: (key, value) for key, value in edition.value}
    number = int(fields["number"][1].value)
    previous = f"{SNAPSHOTS}/{number}/topics.yaml"
    edits = [_replace(doc, fields["number"][1], str(number + 1)), _replace(doc, fields["date"][1], date)]
    if "previous" in fields:
        edits.append(_replace(doc, fields["previous"][1], previous))
    else:  # a new line after `number:`, at its indentation (or `, previous: ...` in a flow mapping)
        key, value = fields["number"]
        if edition.flow_style:
            edits.append((value.end_mark.index, value.end_mark.index, f", previous: {previous}"))
        else:
            newline = "\r\n" if "\r\n" in text else "\n"
            line = " " * key.start_mark.column + f"previous: {previous}"
            end = text.find("\n", value.end_mark.index)
            edits.append((len(text), len(text), newline + line) if end == -1 else (end + 1, end + 1, line + newline))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    _check_edit(doc, text, number + 1, date, previous)
    return text


def _replace(doc: Document, node, value: str) -> tuple[int, int, str]:
    """Replace a one-line scalar in the style it was written in (plain, 'single' or "double" quotes)."""
    quote = node.style or ""  # plain: None from PyYAML, "" from libyaml
    if quote not in ("", "'", '"') or node.start_mark.line != node.end_mark.line:
        raise InputError([doc.problem(("edition",), "cannot open the next edition: write edition.number, "
                                                    "date and previous on one line each; nothing changed")])
    return node.start_mark.index, node.end_mark.index, quote + value + quote


def _check_edit(doc: Document, text: str, number: int, date: str, previous: str) -> None:
    """Safety net: the edited file must hold the same data but for the three fields we meant to set."""
    expected = copy.deepcopy(doc.data)
    assert isinstance(expected, dict)  # an edition was loaded from this data
    expected["edition"].update(number=number, date=date, previous=previous)
    got = yaml.load(text, Loader=FAST_LOADER)
    if isinstance(got, dict) and isinstance(got.get("edition"), dict):
        got["edition"]["date"] = str(got["edition"].get("date"))
    if got != expected:
        raise InputError([doc.problem(("edition",), "cannot open the next edition without touching other lines; "
                                                    "nothing changed",
                                      "set edition.number, date and previous by hand")])


def _iso_date(date: str | None) -> str:
    if date is None:
        return datetime.date.today().isoformat()
    try:
        return datetime.date.fromisoformat(date).isoformat()
    except ValueError:
        raise InputError([Problem("--date", None, None, f"'{date}' is not a date", "write it as YYYY-MM-DD")]) from None


def _write_snapshot(folder: Path, topics_bytes: bytes, edition: Edition) -> None:
    """Write the snapshot in a temporary folder and move it into place, so a half-written one never exists."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    project = edition.path.parent.resolve()
    record = {"edition": edition.number, "project": os.path.relpath(project, folder.resolve()),
              "topics_sha256": hashlib.sha256(topics_bytes).hexdigest(),
              "sources": {s.id: {"file": s.file.relative_to(project).as_posix(), "sha256": checksum(s.file)}
                          for s in edition.sources.values()}}
    work = temp_path(folder, folder=True)
    try:
        (work / "topics.yaml").write_bytes(topics_bytes)
        (work / CHECKSUMS).write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        for path in work.iterdir():
            path.chmod(0o444)  # kept editions are not edited: the briefing's "Changes since" relies on them
        work.chmod(0o755)
        for path in work.iterdir():
            with open(path, "rb") as f:
                os.fsync(f.fileno())
        sync_folder(work)
        work.rename(folder)
        sync_folder(folder.parent)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise

