"""`reportgen source add`: bring sources into a project.

    FILE -> importers (read, layouts, canonical) -> sources/<id>.txt + sources/<id>.json
         -> topics.yaml: the `sources:` entry, added in place (comments and layout kept)

Everything is gathered and checked before anything is written; then the texts and records are moved
into place, and topics.yaml last; if that fails, the texts are removed again.
"""

from __future__ import annotations

import copy
import datetime
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from reportgen.commands.init import SOURCES_FOLDER
from reportgen.importers import Imported, Options, unusable
from reportgen.importers.canonical import Canonical, Mismatch, write_canonical
from reportgen.importers.layouts import LayoutError, reading_speakers, structure
from reportgen.importers.registry import read_original
from reportgen.load.loader import FAST_LOADER, compose_for_edit, load_document, refused_character
from reportgen.load.textfiles import visible
from reportgen.output.atomic import editable, write_atomically  # the one atomic writer (fsync), for topics.yaml too
from reportgen.problems import InputError, Problem, display_path
from reportgen.text.provenance import RECORD_FORMAT, record_path, text_sha256
from reportgen.text.sources import checksum


@dataclass(frozen=True)
class Added:
    """One imported source, ready to write: what `source add` prints for the editor to confirm."""

    id: str
    original: Path
    text_path: Path
    imported: Imported
    canonical: Canonical
    kind: str
    entry: dict[str, str]  # the `sources:` entry
    detected: bool = True  # the kind was detected, not given with --kind

    @property
    def warnings(self) -> list[Problem]:
        """What the reader could not keep, one warning line each, naming the original."""
        return [Problem(display_path(self.original), None, None, text, warning=True) for text in self.imported.warnings]

    @property
    def speakers(self) -> list[str]:
        return list(dict.fromkeys(p.speaker for p in self.canonical.reading.paragraphs if p.speaker))

    def describe(self) -> str:
        reading = self.canonical.reading
        lines = [f"added source '{self.id}' from {display_path(self.original)} ({self.imported.converter}): "
                 f"{self.kind}, {len(reading.paragraphs)} paragraphs -> {display_path(self.text_path)}"]
        if self.kind == "article" and self.detected:
            lines.append("  no speaker layout found; if it has speakers, add it again with --kind transcript|interview")
        if self.kind != "article":
            lines.append(f"  speakers: {', '.join(self.speakers) or 'none found'}"
                         + (f" (layout: {self.imported.layout})" if self.imported.layout else ""))
        if self.imported.encoding_guessed:
            lines.append(f"  encoding: {self.imported.encoding} (guessed; if the text looks wrong, "
                         "add it again with --encoding NAME)")
        stated = {k: v for k, v in self.entry.items() if k in ("title", "author", "date", "publisher", "url")}
        lines.append("  " + ", ".join(f"{k}: {v}" for k, v in stated.items()))
        if not self.imported.metadata:
            lines.append("  the file states no title, author or date: none was written; add them by hand if known")
        spanned = {f"p. {page}" for starts in self.canonical.pages.values() for _, page in starts}
        located = sorted(set(self.canonical.locators.values()) | spanned, key=_locator_order)
        if located:
            lines.append(f"  locators: {located[0]} to {located[-1]}")
        return "\n".join(lines)


def add_sources(topics: Path, files: list[Path], options: Options, source_id: str | None = None,
                title: str | None = None, folder: str = SOURCES_FOLDER, label: str | None = None) -> list[Added]:
    """Import every file and add it to topics.yaml; nothing is written unless all of them can be."""
    doc = load_document(topics)
    if not isinstance(doc.data, dict):
        raise InputError([doc.problem((), "topics.yaml is not a mapping", "start one with `reportgen init`")])
    target = editable(topics, "`source add`")
    for flag, value in (("--id", source_id), ("--title", title), ("--label", label)):
        if value and len(files) > 1:
            raise InputError([Problem(flag, None, None, f"{flag} is for one source, not {len(files)}",
                                      f"add the files one at a time, or leave out {flag}")])
    if source_id is not None and not re.fullmatch(r"\w[\w.-]*", source_id):
        raise InputError([Problem("--id", None, None, f"'{source_id}' cannot be a source id",
                                  "use letters, digits, '-', '_' or '.', e.g. 'gwu-panel'")])
    if not (topics.parent / folder).resolve().is_relative_to(topics.parent.resolve()):
        raise InputError([Problem("--folder", None, None, f"'{folder}' leads outside the project's folder",
                                  "sources stay beside topics.yaml, e.g. in sources/")])
    existing = doc.data.get("sources") or {}
    existing = set(existing) if isinstance(existing, dict) else set()
    project = topics.parent
    added: list[Added] = []
    for file in files:
        sid = source_id or slug(file.stem)
        text_path = project / folder / f"{sid}.txt"
        if sid in existing or sid in {a.id for a in added}:
            raise InputError([doc.problem(("sources", sid, "<key>"), f"source id '{sid}' exists already",
                                          "pass --id with a new id; nothing was written")])
        if text_path.exists() or record_path(text_path).exists():
            raise InputError([Problem(display_path(text_path), None, None, "exists already",
                                      "pass --id with a new id, or remove the file; nothing was written")])
        added.append(_import(file, sid, text_path, project, options, title, label))
    text = add_entries_text(doc, [(a.id, a.entry) for a in added])
    try:
        _write(added, target, text)
    except OSError as err:
        where = display_path(Path(err.filename)) if err.filename else doc.name
        raise InputError([Problem(where, None, None, f"cannot write: {err.strerror or err}",
                                  "check the folder's permissions and free space; nothing was written")]) from err
    return added


UNREAD_SHOWN = 3  # lines of an unread layout shown in the error
EXPECTED = {  # the layouts a transcript or an interview is read in (importers/layouts.py)
    "transcript": "a 'Name:' line opening each turn, 'NAME: text' or 'Name Surname: text' with a label that "
                  "repeats, 'Name (00:01:23):' or '[00:01:23] Name:'",
    "interview": "'Name: text' on each spoken paragraph, the first a question, or 'Q:'/'A:' with "
                 "--interviewer/--interviewee",
}


def _import(file: Path, sid: str, text_path: Path, project: Path, options: Options, title: str | None,
            label: str | None) -> Added:
    imported = read_original(file, options)
    blocks, kind = list(imported.blocks), options.kind or imported.kind
    if not any(b.speaker for b in blocks):
        try:
            blocks, kind, layout = structure(blocks, kind, options.interviewer, options.interviewee)
        except LayoutError as err:
            raise unusable(file, err.message, err.hint) from err
        imported = replace(imported, layout=layout)
    kind = kind or "article"
    if kind != "article" and not any(b.speaker for b in blocks):
        if not reading_speakers([b.text for b in blocks], kind):
            first = "; ".join(f"'{visible(b.text, newlines=False)[:50]}'" for b in blocks[:UNREAD_SHOWN])
            raise unusable(file, f"no speaker labels found for {'an' if kind == 'interview' else 'a'} {kind}; "
                                 f"its first lines: {first}",
                           f"expected {EXPECTED[kind]}; or add it with --kind article")
    try:
        canonical = write_canonical(blocks, kind)
    except Mismatch as err:
        hint = "the first labelled paragraph of an interview must be a question ending in '?'; " \
               "or add it with --kind transcript" if kind == "interview" else "report this file to the developers"
        raise unusable(file, f"the checker would not read the speakers as imported: {err}", hint) from err
    if "\x00" in canonical.text:  # never written: check would read no such text (a converter's unmapped glyphs)
        raise unusable(file, f"the text {imported.converter} gives holds {canonical.text.count(chr(0))} NUL "
                             "characters", "export it again (as PDF, or as UTF-8 text) and add that")
    entry = {"file": text_path.relative_to(project).as_posix()}
    stated = imported.metadata
    entry["title"] = title or stated.get("title") or f"[{file.name}]"  # supplied: in square brackets
    entry["kind"] = kind
    if label:
        entry["label"] = label
    entry.update((k, stated[k]) for k in ("author", "publisher", "date", "url") if k in stated)
    _check_entry(entry, file, {"title": title, "label": label})
    return Added(sid, file, text_path, imported, canonical, kind, entry, detected=options.kind is None)


def _check_entry(entry: dict[str, str], file: Path, given: dict[str, str | None]) -> None:
    """Never write a value `check` refuses: the flag that gave it is named, else the file that states it."""
    for name, value in entry.items():
        refused = refused_character(value)
        if refused and given.get(name):
            raise InputError([Problem(f"--{name}", None, None, f"the {name} {refused[0]}", refused[1])])
        if refused:
            fix = f"give the {name} with --{name}" if name in given else f"remove it from the file's {name}"
            raise unusable(file, f"the {name} it states {refused[0]}", f"{fix}; nothing was written")


def slug(name: str) -> str:
    """A file name as a source id: lower case, words joined by hyphens."""
    text = re.sub(r"[\W_]+", "-", name.casefold()).strip("-")
    return text or "source"


def add_entries_text(doc, entries: list[tuple[str, dict[str, str]]]) -> str:
    """topics.yaml with the entries appended to `sources:`, every other byte kept (a textual edit at the
    YAML marks, as `edition new` makes); checked by loading the result."""
    text = doc.text
    root = compose_for_edit(text)
    pairs = {key.value: (key, value) for key, value in root.value} if isinstance(root, yaml.MappingNode) else {}
    newline = "\r\n" if "\r\n" in text else "\n"
    if "sources" not in pairs:
        key_col, field_col = 2, 4
        prefix = "sources:" + newline
        at, start, end = len(text), len(text), len(text)
    else:
        key, value = pairs["sources"]
        if isinstance(value, yaml.MappingNode) and value.value and not value.flow_style:
            first_key, first_value = value.value[0]
            key_col = first_key.start_mark.column
            field_col = first_value.value[0][0].start_mark.column if isinstance(first_value, yaml.MappingNode) \
                and first_value.value and not first_value.flow_style else key_col + 2
            at = _line_end(text, _last_mark(value).index)
            prefix, start, end = "", at, at
        elif (isinstance(value, yaml.MappingNode) and not value.value) or \
                (isinstance(value, yaml.ScalarNode) and value.tag.endswith(":null") and not value.value):
            key_col, field_col = key.start_mark.column + 2, key.start_mark.column + 4
            start, end = value.start_mark.index, value.end_mark.index  # `{}` or nothing: removed
            while start > 0 and text[start - 1] == " ":
                start -= 1
            at = _line_end(text, end)
            prefix = ""
        else:
            raise InputError([doc.problem(("sources",), "cannot add to `sources:` written in flow style",
                                          "write it as a block mapping, one source per indented key")])
    lines = []
    for sid, entry in entries:
        lines.append(" " * key_col + f"{_scalar(sid)}:")
        lines += [" " * field_col + f"{name}: {_scalar(value)}" for name, value in entry.items()]
    block = prefix + "".join(line + newline for line in lines)
    if at == len(text) and text and not text.endswith("\n"):
        block = newline + block
    edited = text[:start] + text[end:at] + block + text[at:]
    _check_added(doc, text, edited, entries)
    return edited


def _last_mark(node):
    """The end of the last scalar under a node (a block mapping's own end mark lies past trailing comments)."""
    while isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(node, yaml.MappingNode) else last
    return node.end_mark


def _line_end(text: str, index: int) -> int:
    """The index just after the line holding `index` (a block scalar's end is at a line start already)."""
    if index > 0 and text[index - 1] == "\n":
        return index
    end = text.find("\n", index)
    return len(text) if end == -1 else end + 1


def _scalar(value: str) -> str:
    """A YAML scalar on one line: plain when safe, else double-quoted (JSON's escapes are YAML's)."""
    if re.fullmatch(r"[\w][\w .,/\-]*", value) and yaml.safe_load(value) == value and not value.endswith(" "):
        return value
    return json.dumps(value, ensure_ascii=False)


def _check_added(doc, old: str, new: str, entries) -> None:
    """Safety net: the edited file holds the same data plus the new sources, nothing else changed."""
    expected = copy.deepcopy(yaml.load(old, Loader=FAST_LOADER)) or {}
    sources = expected.get("sources") or {}
    sources.update((sid, dict(entry)) for sid, entry in entries)
    expected["sources"] = sources
    if yaml.load(new, Loader=FAST_LOADER) != expected:
        raise InputError([doc.problem(("sources",), "cannot add the sources without touching other lines; "
                                                    "nothing was written",
                                      "add the entry by hand: " + "; ".join(f"{s}: {e}" for s, e in entries))])


def _write(added: list[Added], topics: Path, text: str) -> None:
    """Texts and records first (each a temp file renamed into place), topics.yaml last; undone on failure."""
    placed: list[Path] = []
    try:
        for item in added:
            item.text_path.parent.mkdir(parents=True, exist_ok=True)
            _place(item.text_path, item.canonical.text, placed)
            _place(record_path(item.text_path), json.dumps(_record(item), indent=2, ensure_ascii=False) + "\n", placed)
        write_atomically(topics, text.encode("utf-8"))
    except BaseException:
        for path in placed:
            path.unlink(missing_ok=True)
        raise


def _place(path: Path, data: str, placed: list[Path]) -> None:
    write_atomically(path, data.encode("utf-8"))  # the one atomic writer: temp file, fsync, rename
    placed.append(path)


def _record(item: Added) -> dict:
    """The import record (see provenance.py): the original, the converter, the locators."""
    original: dict[str, object] = {"name": item.original.name, "sha256": checksum(item.original),
                                   "encoding": item.imported.encoding}
    if item.imported.encoding_guessed:
        original["encoding_guessed"] = True
    return {"format": RECORD_FORMAT, "original": original, "converter": item.imported.converter,
            "layout": item.imported.layout, "imported": datetime.date.today().isoformat(),
            "text_sha256": text_sha256(item.canonical.text),
            "locators": {str(n): loc for n, loc in item.canonical.locators.items()},
            "pages": {str(n): [list(start) for start in starts] for n, starts in item.canonical.pages.items()}}


def _locator_order(locator: str) -> list[int]:
    return [int(d) for d in re.findall(r"\d+", locator)]
