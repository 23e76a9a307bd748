"""What changed between two editions: topics, excerpts (paired by content), stances, sources, analysts.

Excerpts have no ids, so `diff` pairs them by content, never by position (see match_excerpts).
How a diff is shown (terminal, JSON, the briefing's sentences) is in diffreport.py.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rapidfuzz import fuzz

from reportgen.editions.snapshots import Previous, Snapshot, read_previous, read_snapshot
from reportgen.load.model import Edition, Excerpt, Topic
from reportgen.text.sources import checksum, normalize

SIMILAR = 80  # fuzz.ratio of two normalised quotes from which they count as one excerpt, reworded


@dataclass(frozen=True)
class ExcerptChange:
    """One excerpt found in both editions but edited; `fields` says what changed."""

    old: Excerpt
    new: Excerpt
    fields: tuple[str, ...]  # of "quote", "translation", "stance", "analyst", "source"


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


def changed_sources(old: Edition, new: Edition, before: Snapshot | None = None,
                    sums: Callable[[Path], str] = checksum) -> tuple[str, ...]:
    """Ids of `new`'s sources whose file differs from when `old` was kept (none known if `old` is no snapshot);
    `before` is `old`'s record when the caller has read it already."""
    before = before or read_snapshot(old.path)
    if before is None:
        return ()
    after = read_snapshot(new.path)  # a snapshot compares with its record, the live file with the files

    def now(file: Path) -> str | None:
        return after.checksums.get(file) if after else sums(file)

    return tuple(s.id for s in new.sources.values()
                 if s.file in before.checksums and now(s.file) != before.checksums[s.file])


def changes_since(previous: Previous | None, edition: Edition,
                  sums: Callable[[Path], str] = checksum) -> EditionDiff | None:
    """The diff from the previous edition (read once per run) to this one, or None for a first edition."""
    if previous is None:
        return None
    return diff_editions(previous.edition, edition, changed_sources(previous.edition, edition, previous.record, sums))


def changes_since_previous(edition: Edition) -> EditionDiff | None:
    """The diff from the edition `edition.previous` names to this one, or None for a first edition."""
    return changes_since(read_previous(edition), edition)


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
                                               ("translation", _words(old[i].translation), _words(new[j].translation)),
                                               ("stance", old[i].stance, new[j].stance),
                                               ("analyst", old[i].analyst, new[j].analyst),
                                               ("source", old[i].source, new[j].source)) if a != b)
        if fields:
            changed.append(ExcerptChange(old[i], new[j], fields))
    added = tuple(e for j, e in enumerate(new) if j not in pairs)
    return added, tuple(old[i] for i in sorted(left_old)), tuple(changed)


def _words(text: str | None) -> str | None:
    """A translation as compared: spacing and quote styles folded, like a quote."""
    return normalize(text) if text else None


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

