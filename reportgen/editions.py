"""Editions: keep each one as a read-only snapshot, and say what changed between two.

`reportgen edition new` keeps the current edition in editions/<number>/ beside topics.yaml:
  topics.yaml   a byte-for-byte copy of the file as it stood
  sources.json  {"edition": N, "project": "../..",
                 "sources": {"<id>": {"file": "seeds/....txt", "sha256": "<hex>"}}}
The copy's `file:` paths stay relative to the project folder ("project", relative to the snapshot),
so a snapshot is read against the live seeds/, and the checksums tell which of them changed since.
Then topics.yaml opens the next edition: number + 1, today's date, `previous:` naming the snapshot.

Excerpts have no ids, so `diff` pairs them by content, never by position (see match_excerpts).
"""

from __future__ import annotations

import copy
import datetime
import difflib
import hashlib
import json
import os
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from reportgen.atomic import remove_stale, sync_folder, temp_path, write_atomically
from reportgen.loader import FAST_LOADER, Document
from reportgen.model import Edition, Excerpt, Topic
from reportgen.problems import InputError, Problem, display_path
from reportgen.schema import load_edition
from reportgen.sources import checksum, normalize
from reportgen.verify import Report, verify_edition

SNAPSHOTS = "editions"  # the folder beside topics.yaml that keeps earlier editions
CHECKSUMS = "sources.json"
SIMILAR = 80  # fuzz.ratio of two normalised quotes from which they count as one excerpt, reworded
JSON_FORMAT = 1  # bump when the structure of `diff --format json` changes


# --- Snapshots ---------------------------------------------------------------------------------

def snapshot_path(topics: Path, number: int | str) -> Path:
    """Where edition `number` of the project around `topics` keeps its copy of topics.yaml."""
    return topics.parent / SNAPSHOTS / str(number) / "topics.yaml"


def snapshot_numbers(topics: Path) -> list[int]:
    """The editions kept so far, oldest first."""
    folder = topics.parent / SNAPSHOTS
    if not folder.is_dir():
        return []
    return sorted(int(p.name) for p in folder.iterdir() if p.name.isdigit() and (p / "topics.yaml").is_file())


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


def changed_snapshot(topics: Path) -> Problem | None:
    """A warning if `topics` is a kept snapshot whose bytes are no longer those recorded when it was kept."""
    record = read_snapshot(topics)
    if record is None or record.topics_sha256 is None or checksum(topics) == record.topics_sha256:
        return None
    return Problem(display_path(topics), None, None, f"the snapshot of edition {record.number} was changed after "
                   "it was kept", "its 'Changes since' and diffs no longer show what was published; restore it "
                   "from a backup", warning=True)


def snapshot_warnings(*editions: Edition) -> list[Problem]:
    """check, diff and build: a warning for each kept snapshot among `editions` (or their `previous`) changed since."""
    paths = []
    for edition in editions:
        paths.append(edition.path)
        previous = previous_path(edition)
        if previous:
            paths.append(previous)
    return [p for p in (changed_snapshot(path) for path in dict.fromkeys(paths)) if p]


def open_edition(topics: Path) -> Edition:
    """Load a topics file or a snapshot (shape only): a snapshot's sources are the project's."""
    snapshot = read_snapshot(topics)
    return load_edition(topics, base=snapshot.project if snapshot else None)


def find_edition(name: str, topics: Path = Path("topics.yaml")) -> Path:
    """`diff`'s OLD/NEW: a path to a topics file, or the number of an edition kept beside `topics`."""
    if not name.isdigit():
        return Path(name)
    path = snapshot_path(topics, int(name))
    if not path.is_file():
        kept = ", ".join(map(str, snapshot_numbers(topics))) or "none yet (`reportgen edition new` keeps one)"
        raise InputError([Problem(display_path(path.parent), None, None, f"no snapshot of edition {name}",
                                  f"editions kept: {kept}")])
    return path


def load_previous(edition: Edition) -> Edition | None:
    """The edition `edition.previous` names, or None if there is none (the first edition)."""
    path = previous_path(edition)
    return open_edition(path) if path else None


def previous_path(edition: Edition) -> Path | None:
    """The snapshot `previous` names, checked: `editions/<N>/topics.yaml` inside this project's editions
    folder, kept, with N below this edition's number and its record saying N. check and build both ask here."""
    if not edition.previous:
        return None
    folder = (edition.path.parent / SNAPSHOTS).resolve()
    path = (edition.path.parent / edition.previous).resolve()
    number = path.parent.name
    if not (path.parent.parent == folder and path.name == "topics.yaml" and number.isdigit()):
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


# --- edition new -------------------------------------------------------------------------------

def new_edition(topics: Path, date: str | None = None) -> Path:
    """Keep the current edition as a read-only snapshot, then open the next one; return the snapshot folder.

    Nothing is written unless the file passes `check` and the edition was not kept before.
    """
    date = _iso_date(date)
    edition = load_edition(topics)
    if not topics.stat().st_mode & 0o222:  # by its permissions, so it holds for root too
        raise InputError([Problem(edition.document.name, None, None, "the file is read-only, and `edition new` "
                                  "rewrites it", "make it writable (chmod u+w) and run again; nothing changed")])
    folder = snapshot_path(topics, edition.number).parent
    raw = topics.read_bytes()
    remove_stale(folder.parent) if folder.parent.is_dir() else None  # a snapshot half-written by a killed run
    if _interrupted_after_keeping(folder, raw):
        # An earlier `edition new` was stopped after keeping this very file and before rewriting it: finish it,
        # with the date it was asked for.
        date = json.loads(_pending(folder).read_text(encoding="utf-8")).get("date", date)
        write_atomically(topics, next_edition_text(edition.document, raw.decode("utf-8"), date).encode("utf-8"))
        _pending(folder).unlink()
        return folder
    if folder.exists():
        raise InputError([edition.document.problem(
            ("edition", "number"), f"edition {edition.number} was kept already in {display_path(folder)}/; "
                                   "nothing changed", "a kept edition is never overwritten")])
    errors = verify_edition(edition).errors
    if errors:
        raise InputError([Problem(edition.document.name, None, None,
                                  f"edition {edition.number} not kept: {_count(len(errors), 'problem')} in `check`",
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
        write_atomically(topics, text.encode("utf-8"))
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
    root = yaml.compose(text, Loader=yaml.SafeLoader)
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
    if node.style not in (None, "'", '"') or node.start_mark.line != node.end_mark.line:
        raise InputError([doc.problem(("edition",), "cannot open the next edition: write edition.number, "
                                                    "date and previous on one line each; nothing changed")])
    quote = node.style or ""
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


# --- diff --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExcerptChange:
    """One excerpt found in both editions but edited; `fields` says what changed."""

    old: Excerpt
    new: Excerpt
    fields: tuple[str, ...]  # of "quote", "stance", "analyst", "source"


@dataclass(frozen=True)
class StanceShift:
    """What an analyst quoted on a topic in both editions stands for, before and after (stance ids)."""

    analyst: str
    old: tuple[str, ...]
    new: tuple[str, ...]


@dataclass(frozen=True)
class TopicDiff:
    """What changed in one topic. Added topics list all their excerpts as added, removed ones as removed."""

    id: str
    title: str  # the new title (the old one for a removed topic)
    state: str  # "added" | "removed" | "kept"
    old_title: str | None = None  # set when the topic was renamed
    moved: bool = False  # its place among the topics of both editions changed
    added: tuple[Excerpt, ...] = ()
    removed: tuple[Excerpt, ...] = ()
    changed: tuple[ExcerptChange, ...] = ()
    stances: tuple[StanceShift, ...] = ()

    @property
    def has_changes(self) -> bool:
        return bool(self.state != "kept" or self.old_title or self.moved or self.added or self.removed
                    or self.changed or self.stances)


@dataclass(frozen=True)
class EditionDiff:
    """Everything that changed from `old` to `new`; topics with no change are left out."""

    old: Edition = field(repr=False)
    new: Edition = field(repr=False)
    topics: tuple[TopicDiff, ...] = ()  # in the new edition's order; removed topics last
    sources_added: tuple[str, ...] = ()
    sources_removed: tuple[str, ...] = ()
    sources_changed: tuple[str, ...] = ()  # their file differs from the one `old` was kept with
    analysts_added: tuple[str, ...] = ()
    analysts_removed: tuple[str, ...] = ()

    @property
    def has_changes(self) -> bool:
        return bool(self.topics or self.sources_added or self.sources_removed or self.sources_changed
                    or self.analysts_added or self.analysts_removed)

    @property
    def old_number(self) -> int:
        return self.old.number

    def status(self, excerpt: Excerpt) -> str | None:
        """'new' or 'changed' for an excerpt of the new edition (verified or not); None if unchanged."""
        return self._status.get(excerpt.key)

    def describe(self) -> list[str]:
        """The changes as sentences for the briefing (see describe())."""
        return describe(self)

    @cached_property
    def _status(self) -> dict[tuple, str]:
        status: dict[tuple, str] = {}
        for topic in self.topics:
            status.update((e.key, "new") for e in topic.added)
            status.update((c.new.key, "changed") for c in topic.changed)
        return status


def diff_editions(old: Edition, new: Edition, changed_sources: tuple[str, ...] = ()) -> EditionDiff:
    """What changed from `old` to `new`; `changed_sources` (see changed_sources()) is passed through."""
    before = {t.id: t for t in old.topics}
    after = {t.id: t for t in new.topics}
    moved = _moved([t.id for t in old.topics if t.id in after], [t.id for t in new.topics if t.id in before])
    topics = []
    for topic in new.topics:
        was = before.get(topic.id)
        if was is None:
            topics.append(TopicDiff(topic.id, topic.title, "added", added=topic.excerpts))
            continue
        added, removed, changed = match_excerpts(was.excerpts, topic.excerpts)
        diff = TopicDiff(topic.id, topic.title, "kept", old_title=was.title if was.title != topic.title else None,
                         moved=topic.id in moved, added=added, removed=removed, changed=changed,
                         stances=stance_shifts(was, topic))
        if diff.has_changes:
            topics.append(diff)
    topics += [TopicDiff(t.id, t.title, "removed", removed=t.excerpts) for t in old.topics if t.id not in after]
    return EditionDiff(
        old, new, tuple(topics),
        sources_added=tuple(s for s in new.sources if s not in old.sources),
        sources_removed=tuple(s for s in old.sources if s not in new.sources),
        sources_changed=tuple(changed_sources),
        analysts_added=tuple(a for a in new.analysts if a not in old.analysts),
        analysts_removed=tuple(a for a in old.analysts if a not in new.analysts))


def changed_sources(old: Edition, new: Edition) -> tuple[str, ...]:
    """Ids of `new`'s sources whose file differs from when `old` was kept (none known if `old` is no snapshot)."""
    before = read_snapshot(old.path)
    if before is None:
        return ()
    after = read_snapshot(new.path)  # a snapshot compares with its record, the live file with the files

    def now(file: Path) -> str | None:
        return after.checksums.get(file) if after else checksum(file)

    return tuple(s.id for s in new.sources.values()
                 if s.file in before.checksums and now(s.file) != before.checksums[s.file])


def changes_since_previous(edition: Edition) -> EditionDiff | None:
    """The diff from the edition `edition.previous` names to this one, or None for a first edition."""
    previous = load_previous(edition)
    if previous is None:
        return None
    return diff_editions(previous, edition, changed_sources(previous, edition))


def match_excerpts(old: tuple[Excerpt, ...], new: tuple[Excerpt, ...]):
    """Pair one topic's excerpts by content: (added, removed, changed).

    Exact quotes pair first (same voice, then any voice: a corrected source or analyst); what is
    left pairs by quote similarity within the same source and analyst, the most alike first.
    Buckets keep this linear in practice: only the few edited excerpts are ever compared.
    """
    quotes_old = [normalize(e.quote) for e in old]
    quotes_new = [normalize(e.quote) for e in new]
    pairs: dict[int, int] = {}  # new index -> old index
    left_old = set(range(len(old)))
    # Exact quotes: the same voice first, then any voice (the source or analyst was corrected).
    for key in (lambda e, q: (e.source, e.analyst, q), lambda e, q: q):
        waiting = defaultdict(list)
        for i in sorted(left_old):
            waiting[key(old[i], quotes_old[i])].append(i)
        for j, excerpt in enumerate(new):
            bucket = waiting.get(key(excerpt, quotes_new[j]))
            if j not in pairs and bucket:
                pairs[j] = bucket.pop(0)
                left_old.discard(pairs[j])
    # Rewordings: only within the same source and analyst, the most alike pairs first.
    voices = defaultdict(list)
    for i in sorted(left_old):
        voices[(old[i].source, old[i].analyst)].append(i)
    candidates = []
    for j, excerpt in enumerate(new):
        if j not in pairs:
            for i in voices.get((excerpt.source, excerpt.analyst), ()):
                score = similarity(quotes_old[i], quotes_new[j])
                if score >= SIMILAR:
                    candidates.append((-score, j, i))
    for _, j, i in sorted(candidates):
        if j not in pairs and i in left_old:
            pairs[j] = i
            left_old.discard(i)
    changed = []
    for j, i in sorted(pairs.items()):
        fields = tuple(name for name, a, b in (("quote", quotes_old[i], quotes_new[j]),
                                               ("stance", old[i].stance, new[j].stance),
                                               ("analyst", old[i].analyst, new[j].analyst),
                                               ("source", old[i].source, new[j].source)) if a != b)
        if fields:
            changed.append(ExcerptChange(old[i], new[j], fields))
    added = tuple(e for j, e in enumerate(new) if j not in pairs)
    return added, tuple(old[i] for i in sorted(left_old)), tuple(changed)


def similarity(a: str, b: str) -> float:
    """0-100: how alike two normalised quotes are. A quote cut or extended, up to twice its length,
    stays the same excerpt even where fuzz.ratio alone would call it another."""
    short, long = sorted((a, b), key=len)
    if 2 * len(short) < len(long):
        return 0  # too unequal for either rule: skip the comparison
    score = fuzz.ratio(a, b, score_cutoff=SIMILAR)  # 0 below the cutoff, and faster for it
    return score or (SIMILAR if short in long else 0)


def stance_shifts(old: Topic, new: Topic) -> tuple[StanceShift, ...]:
    """Analysts quoted on the topic in both editions whose stances there differ."""
    before, after = _stances(old), _stances(new)
    return tuple(StanceShift(a, before[a], after[a]) for a in after if a in before and before[a] != after[a])


def _stances(topic: Topic) -> dict[str, tuple[str, ...]]:
    """Analyst -> the stances of their excerpts, in the order the topic declares its stances."""
    taken = defaultdict(set)
    for excerpt in topic.excerpts:
        taken[excerpt.analyst].add(excerpt.stance)
    order = [s.id for s in topic.stances]
    return {a: tuple(s for s in order if s in ids) for a, ids in taken.items()}


def _moved(old_order: list[str], new_order: list[str]) -> set[str]:
    """Topics outside the longest run the two orders share: those the editor moved."""
    matcher = difflib.SequenceMatcher(None, old_order, new_order, autojunk=False)
    kept = {t for block in matcher.get_matching_blocks() for t in new_order[block.b:block.b + block.size]}
    return set(new_order) - kept


# --- Reporting a diff ----------------------------------------------------------------------------

def diff_as_json(diff: EditionDiff) -> dict:
    """The structure `diff --format json` prints; stable for scripts (bump JSON_FORMAT on change):

    {"format": 1,
     "old": {"file", "edition", "date"}, "new": {...},
     "sources": {"added": [id], "removed": [id], "changed": [id]},
     "analysts": {"added": [id], "removed": [id]},
     "topics": [{"id", "title", "state": "added"|"removed"|"kept", "old_title": str|null, "moved": bool,
                 "added": [excerpt], "removed": [excerpt],
                 "changed": [{"fields": ["quote"|"stance"|"analyst"|"source"], "old": excerpt, "new": excerpt}],
                 "stances": [{"analyst", "old": [stance id], "new": [stance id]}]}]}
    excerpt = {"line", "source", "analyst", "stance": id|null, "quote"}; "line" is in its own edition's file.
    Only topics with a change are listed, in the new edition's order, removed topics last.
    """
    def excerpt(e: Excerpt, edition: Edition) -> dict:
        return {"line": edition.document.where(e.key)[0], "source": e.source, "analyst": e.analyst,
                "stance": e.stance, "quote": e.quote}

    old, new = diff.old, diff.new
    return {
        "format": JSON_FORMAT,
        "old": {"file": display_path(old.path), "edition": old.number, "date": old.date},
        "new": {"file": display_path(new.path), "edition": new.number, "date": new.date},
        "sources": {"added": list(diff.sources_added), "removed": list(diff.sources_removed),
                    "changed": list(diff.sources_changed)},
        "analysts": {"added": list(diff.analysts_added), "removed": list(diff.analysts_removed)},
        "topics": [{"id": t.id, "title": t.title, "state": t.state, "old_title": t.old_title, "moved": t.moved,
                    "added": [excerpt(e, new) for e in t.added],
                    "removed": [excerpt(e, old) for e in t.removed],
                    "changed": [{"fields": list(c.fields), "old": excerpt(c.old, old), "new": excerpt(c.new, new)}
                                for c in t.changed],
                    "stances": [{"analyst": s.analyst, "old": list(s.old), "new": list(s.new)} for s in t.stances]}
                   for t in diff.topics],
    }


def format_diff(diff: EditionDiff) -> str:
    """The terminal report: editions, sources and analysts, then each changed topic with its excerpts."""
    old, new = diff.old, diff.new
    lines = [f"from edition {old.number} ({old.date}, {display_path(old.path)}) "
             f"to edition {new.number} ({new.date}, {display_path(new.path)})"]
    if not diff.has_changes:
        return "\n".join(lines + ["no changes"])
    for what, ids, edition in (("sources changed since the snapshot", diff.sources_changed, new),
                               ("sources added", diff.sources_added, new),
                               ("sources removed", diff.sources_removed, old)):
        if ids:
            lines.append(f"{what}: " + ", ".join(f"{i} ({display_path(edition.sources[i].file)})" for i in ids))
    for what, ids, edition in (("analysts added", diff.analysts_added, new),
                               ("analysts removed", diff.analysts_removed, old)):
        if ids:
            lines.append(f"{what}: " + ", ".join(f"{i} ({edition.analysts[i].name})" for i in ids))
    for topic in diff.topics:
        notes = [topic.state] if topic.state != "kept" else []
        notes += [f"renamed from \"{topic.old_title}\""] if topic.old_title else []
        notes += ["moved"] if topic.moved else []
        lines += ["", f"topic {topic.id}: {topic.title}" + (f" ({', '.join(notes)})" if notes else "")]
        lines += [f"  + {_voice(e, new)}: \"{e.quote}\"" for e in topic.added]
        lines += [f"  - {_voice(e, old)}: \"{e.quote}\"" for e in topic.removed]
        for change in topic.changed:
            lines.append(f"  ~ {_voice(change.new, new)}: {', '.join(change.fields)} changed")
            if "quote" in change.fields:
                lines += [f"      was: \"{change.old.quote}\"", f"      now: \"{change.new.quote}\""]
            for name in ("stance", "analyst", "source"):
                if name in change.fields:
                    lines.append(f"      {name}: {getattr(change.old, name)} -> {getattr(change.new, name)}")
        for shift in topic.stances:
            lines.append(f"  stance of {new.analysts[shift.analyst].name}: "
                         f"{_labels(old.topic(topic.id), shift.old)} -> {_labels(new.topic(topic.id), shift.new)}")
    return "\n".join(lines)


def describe(diff: EditionDiff) -> list[str]:
    """The changes as sentences, for the briefing's "Changes since edition N"; [] if nothing changed."""
    old, new = diff.old, diff.new
    lines = []
    for topic in diff.topics:
        if topic.state == "added":
            lines.append(f"New topic: {topic.title} ({_count(len(topic.added), 'excerpt')}).")
            continue
        if topic.state == "removed":
            lines.append(f"Topic dropped: {topic.title}.")
            continue
        if topic.old_title:
            lines.append(f"The topic “{topic.old_title}” is now “{topic.title}”.")
        parts = []
        if topic.added:
            names = ", ".join(dict.fromkeys(new.analysts[e.analyst].name for e in topic.added))
            parts.append(f"{_count(len(topic.added), 'new excerpt')} ({names})")
        if topic.changed:
            parts.append(f"{len(topic.changed)} revised")
        if topic.removed:
            parts.append(f"{len(topic.removed)} dropped")
        if parts:
            lines.append(f"{topic.title}: " + ", ".join(parts) + ".")
        for shift in topic.stances:
            lines.append(f"{topic.title}: {new.analysts[shift.analyst].name} now "
                         f"{_labels(new.topic(topic.id), shift.new)} (was {_labels(old.topic(topic.id), shift.old)}).")
    moved = [t.title for t in diff.topics if t.moved]
    if moved:
        lines.append("Topics reordered: " + ", ".join(moved) + " moved.")
    for what, ids, edition in (("New sources", diff.sources_added, new), ("Sources dropped", diff.sources_removed, old),
                               (f"Source texts revised since edition {old.number}", diff.sources_changed, new)):
        if ids:
            lines.append(f"{what}: " + ", ".join(edition.sources[i].label for i in ids) + ".")
    for what, ids, edition in (("New voices", diff.analysts_added, new),
                               ("Voices dropped", diff.analysts_removed, old)):
        if ids:
            lines.append(f"{what}: " + ", ".join(edition.analysts[i].name for i in ids) + ".")
    return lines


def _voice(excerpt: Excerpt, edition: Edition) -> str:
    stance = f" [{excerpt.stance}]" if excerpt.stance else ""
    line = edition.document.where(excerpt.key)[0]
    return f"{edition.analysts[excerpt.analyst].name}, {edition.sources[excerpt.source].label}{stance}, line {line}"


def _labels(topic: Topic | None, stances: tuple[str, ...]) -> str:
    found = [(topic.stance(s) if topic else None, s) for s in stances]
    labels = [stance.label if stance else s for stance, s in found]
    return " and ".join(labels) or "no stated stance"


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


# --- Stale quotes in check -----------------------------------------------------------------------

def stale_report(report: Report) -> list[Problem]:
    """Warnings for `check`: per source changed since the previous edition, which excerpts still verify.

    The verification errors already fail the check; these say the cause is the changed source.
    """
    edition = report.edition
    path = previous_path(edition)  # a previous that is no kept snapshot is unusable, as in `build`
    if path is None:
        return []
    snapshot = read_snapshot(path)
    if snapshot is None:
        return []
    doc, warnings = edition.document, []
    for source in edition.sources.values():
        kept = snapshot.checksums.get(source.file)
        if kept is None or kept == checksum(source.file):
            continue
        excerpts = [e for e in edition.excerpts if e.source == source.id]
        failing = [e for e in excerpts if not e.verified]
        verified = [e for e in excerpts if e.verified]
        message = (f"source '{source.id}' ({display_path(source.file)}) changed since edition {snapshot.number}: "
                   f"{len(verified)} of its {_count(len(excerpts), 'excerpt')} "
                   f"{'still verifies' if len(verified) == 1 else 'still verify'}{_lines(doc, verified)}")
        if failing:
            message += f"; {len(failing)} {'no longer does' if len(failing) == 1 else 'no longer do'}" \
                       f"{_lines(doc, failing)}"
        warnings.append(doc.problem(("sources", source.id, "file"), message, warning=True))
        warnings += [doc.problem(e.key + ("quote",), f"this excerpt fails because {source.file.name} changed "
                                                     f"since edition {snapshot.number}",
                                 "compare the source with the one kept then, and update the quote", warning=True)
                     for e in failing]
    return warnings


def _lines(doc: Document, excerpts: list[Excerpt], most: int = 10) -> str:
    if not excerpts:
        return ""
    lines = [str(doc.where(e.key)[0]) for e in excerpts]
    more = f" and {len(lines) - most} more" if len(lines) > most else ""
    return f" (line{'s' if len(lines) > 1 else ''} {', '.join(lines[:most])}{more})"
