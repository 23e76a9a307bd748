"""The terminal summary `check` prints: counts, how each excerpt was checked, and coverage."""

from __future__ import annotations

from collections import Counter

from reportgen.load.textfiles import visible
from reportgen.verify.excerpts import Report


def format_excerpt_checks(report: Report) -> str:
    """One line per excerpt: where it stands, its locator, and which attribution check it passed."""
    edition = report.edition
    lines = []
    for e in edition.excerpts:
        line, col = edition.document.where(e.key + ("quote",))
        source = edition.sources[e.source]
        lines.append(f"{edition.document.name}:{line}:{col}: {e.topic}: {edition.analysts[e.analyst].name}, "
                     f"{source.label}, {e.where}: {e.check}")
        for cut in e.cuts:  # every cut, for the editor to review: the words it removed
            words = f"\"{visible(cut.words, newlines=False)}\"" if any(c.isalnum() for c in cut.words) else \
                f"no words, only the source's own \"{visible(cut.words, newlines=False)}\""
            label = {"gap": "cut", "start": "left out before it", "end": "left out after it"}[cut.at]
            lines.append(f"    {label}: {words}")
            if cut.flag:
                accepted = visible(e.accept_cut or "", newlines=False)
                lines.append(f"      flagged [{cut.rule}]: {cut.flag}; accepted: {accepted}")
    return "\n".join(lines)


def format_summary(report: Report) -> str:
    edition = report.edition
    excerpts = edition.excerpts
    lines = [f"{edition.path.name}: edition {edition.number} of \"{edition.title}\" ({edition.date})",
             f"  {len(edition.sources)} sources, {len(edition.analysts)} analysts, "
             f"{len(edition.topics)} topics, {len(excerpts)} excerpts: every quote found in its source",
             "  attribution checked by: " + ", ".join(
                 f"{kind} {n}" for kind, n in Counter(_check_kind(e.check) for e in excerpts).most_common()),
             f"  {sum(not e.reported for e in excerpts)} direct quotes, {sum(e.reported for e in excerpts)} reported "
             f"speech; {sum(len(e.cuts) for e in excerpts)} cuts, "
             f"{sum(1 for e in excerpts if e.accept_cut)} flagged and accepted by the editor",
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
    for kind in ("turn", "interview answer", "interview question", "quoted span", "author's own words",
                 "reported speech"):
        if check.startswith(kind):
            return kind
    return check
