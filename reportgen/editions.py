"""Editions, now in four modules: snapshots.py (kept editions, `edition new`), diff.py (what changed),
diffreport.py (how a diff is shown) and stale.py (check's stale quotes). Re-exported here so that
code importing from reportgen.editions keeps working; new code imports from those modules."""

from reportgen.diff import (  # noqa: F401
    SIMILAR,
    EditionDiff,
    ExcerptChange,
    StanceShift,
    TopicDiff,
    changed_sources,
    changes_since_previous,
    diff_editions,
    match_excerpts,
    similarity,
    stance_shifts,
)
from reportgen.diffreport import JSON_FORMAT, describe, diff_as_json, format_diff  # noqa: F401
from reportgen.snapshots import (  # noqa: F401
    CHECKSUMS,
    SNAPSHOTS,
    Snapshot,
    changed_snapshot,
    find_edition,
    load_previous,
    new_edition,
    next_edition_text,
    open_edition,
    previous_path,
    read_snapshot,
    snapshot_numbers,
    snapshot_path,
    snapshot_warnings,
)
from reportgen.stale import stale_report  # noqa: F401
