"""The terminal summary `check` prints: counts, how each excerpt was checked, and coverage."""

from __future__ import annotations

from collections import Counter

from reportgen.verify import Report


def format_excerpt_checks(report: Report) -> str:
    """One line per excerpt: where it stands, its locator, and which attribution check it passed."""
    edition = report.edition
    lines = []
    for e in edition.excerpts:
        line, col = edition.document.where(e.key + ("quote",))
        source = edition.sources[e.source]
        lines.append(f"{edition.document.name}:{line}:{col}: {e.topic}: {edition.analysts[e.analyst].name}, "
                     f"{source.label}, {e.where}: {e.check}")
    return "\n".join(lines)


def format_summary(report: Report) -> str:
    edition = report.edition
    excerpts = edition.excerpts
    lines = [f"{edition.path.name}: edition {edition.number} of \"{edition.title}\" ({edition.date})",
             f"  {len(edition.sources)} sources, {len(edition.analysts)} analysts, "
             f"{len(edition.topics)} topics, {len(excerpts)} excerpts: every quote found in its source",
             "  attribution checked by: " + ", ".join(
                 f"{kind} {n}" for kind, n in Counter(_check_kind(e.check) for e in excerpts).most_common()),
             "", "Coverage (excerpts per analyst and topic; '-' silent):"]
    topics = [t.id for t in edition.topics]
    width = max((len(a.name) for a in edition.analysts.values()), default=10) + 2
    cols = [max(len(t), 3) for t in topics]
    lines.append(" " * width + "  ".join(t.rjust(c) for t, c in zip(topics, cols)))
    said = Counter((e.analyst, e.topic) for e in excerpts)  # one pass: linear in excerpts
    for analyst in edition.analysts.values():
        counts = [said[analyst.id, t.id] for t in edition.topics]
        cells = [(str(n) if n else "-").rjust(c) for n, c in zip(counts, cols)]
        lines.append(analyst.name.ljust(width) + "  ".join(cells))
    return "\n".join(lines)


def _check_kind(check: str | None) -> str:
    """Group per-excerpt checks ('speaker turn of X') into kinds for the one-line tally."""
    check = check or "not attributed"
    for kind in ("speaker turn", "interview answer", "interview question", "quoted by", "author", "named"):
        if check.startswith(kind):
            return kind
    return check
