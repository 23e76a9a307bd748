"""`check`'s stale quotes: which excerpts a source changed since the previous edition still verifies.

Beside `check` (it reads the verification already done), apart from verify.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportgen.editions.snapshots import Previous
from reportgen.load.loader import Document
from reportgen.load.model import Excerpt
from reportgen.problems import Problem, count, display_path
from reportgen.text.sources import checksum
from reportgen.verify.excerpts import Report


def stale_report(report: Report, previous: Previous | None, sums: Callable[[Path], str] = checksum) -> list[Problem]:
    """Warnings for every run: per source changed since the previous edition, which excerpts still verify.

    The verification errors already fail the run; these say the cause is the changed source.
    """
    edition = report.edition
    if previous is None:
        return []
    snapshot = previous.record
    doc, warnings = edition.document, []
    for source in edition.sources.values():
        kept = snapshot.checksums.get(source.file)
        if kept is None or kept == sums(source.file):
            continue
        excerpts = [e for e in edition.excerpts if e.source == source.id]
        failing = [e for e in excerpts if not e.verified]
        verified = [e for e in excerpts if e.verified]
        message = (f"source '{source.id}' ({display_path(source.file)}) changed since edition {snapshot.number}: "
                   f"{len(verified)} of its {count(len(excerpts), 'excerpt')} "
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

