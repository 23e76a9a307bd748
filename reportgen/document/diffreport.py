"""A diff shown to people and scripts: the terminal report, the JSON for scripts, the briefing's sentences."""

from __future__ import annotations

from reportgen.document.diff import EditionDiff
from reportgen.load.model import Edition, Excerpt, Topic
from reportgen.problems import count, display_path

JSON_FORMAT = 1  # bump when the structure of `diff --format json` changes


def diff_as_json(diff: EditionDiff) -> dict:
    """The structure `diff --format json` prints; stable for scripts (bump JSON_FORMAT on change):

    {"format": 1,
     "old": {"file", "edition", "date"}, "new": {...},
     "sources": {"added": [id], "removed": [id], "changed": [id]},
     "analysts": {"added": [id], "removed": [id]},
     "topics": [{"id", "title", "state": "added"|"removed"|"kept", "old_title": str|null, "moved": bool,
                 "added": [excerpt], "removed": [excerpt],
                 "changed": [{"fields": ["quote"|"translation"|"stance"|"analyst"|"source"], "old": excerpt,
                              "new": excerpt}],
                 "stances": [{"analyst", "old": [stance id], "new": [stance id]}]}]}
    excerpt = {"line", "source", "analyst", "stance": id|null, "quote", "translation": str|null}; "line" is in its
    own edition's file.
    Only topics with a change are listed, in the new edition's order, removed topics last.
    """
    def excerpt(e: Excerpt, edition: Edition) -> dict:
        return {"line": edition.document.where(e.key)[0], "source": e.source, "analyst": e.analyst,
                "stance": e.stance, "quote": e.quote, "translation": e.translation}

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
            for name in ("quote", "translation"):  # the editor's translation, as the quote: both versions
                if name in change.fields:
                    was, now = getattr(change.old, name), getattr(change.new, name)
                    label = "" if name == "quote" else "translation "
                    lines += [f"      {label}was: " + (f"\"{was}\"" if was else "none"),
                              f"      {label}now: " + (f"\"{now}\"" if now else "none")]
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
            lines.append(f"New topic: {topic.title} ({count(len(topic.added), 'excerpt')}).")
            continue
        if topic.state == "removed":
            lines.append(f"Topic dropped: {topic.title}.")
            continue
        if topic.old_title:
            lines.append(f"The topic “{topic.old_title}” is now “{topic.title}”.")
        parts = []
        if topic.added:
            names = ", ".join(dict.fromkeys(new.analysts[e.analyst].name for e in topic.added))
            parts.append(f"{count(len(topic.added), 'new excerpt')} ({names})")
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

