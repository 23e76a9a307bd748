"""The benchmarks' synthetic editions must pass `check`, or the benchmarks would time the error path."""

import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from synth import make_edition, mutate_edition  # noqa: E402


def test_a_tiny_synthetic_edition_and_its_mutation_pass_check(tmp_path, run):
    path = make_edition(tmp_path, sources=4, source_kb=5, excerpts=60)
    code, out, err = run("check", path)
    assert code == 0, err
    assert "4 sources" in out and "60 excerpts" in out
    # Six excerpts a topic from four random sources may lean on one source by chance: only that warning.
    assert all("one source," in line for line in err.splitlines() if "warning" in line)

    code, _, err = run("check", mutate_edition(path, changes=20))
    assert code == 0, err

