"""Editions you can trust: a snapshot knows its own checksum, `edition new` survives being killed."""

import os
import signal
import subprocess
import sys

import yaml
from conftest import REPO


def tamper(snapshot):
    snapshot.chmod(0o644)
    snapshot.write_text(snapshot.read_text(encoding="utf-8").replace("Kazakhstan", "Kazakstan", 1), encoding="utf-8")


def test_check_diff_and_build_warn_naming_a_snapshot_changed_after_it_was_kept(live, run, tmp_path):
    assert run("edition", "new", "--date", "2027-01-01")[0] == 0
    snapshot = tmp_path / "editions/1/topics.yaml"
    for argv in (("check",), ("diff", "1", "topics.yaml"), ("build", "--format", "html", "--out", "out")):
        assert "changed after" not in run(*argv)[2]
    tamper(snapshot)
    for argv in (("check",), ("diff", "1", "topics.yaml"), ("build", "--format", "html", "--out", "out", "--force")):
        code, _, err = run(*argv)
        assert code == 0, err
        assert "editions/1/topics.yaml: warning: the snapshot of edition 1 was changed after it was kept" in err


def test_edition_new_killed_between_snapshot_and_rewrite_is_finished_by_the_next_run(live, run, tmp_path):
    original = live.read_bytes()
    # The first atomic write is the pending note, the second topics.yaml: die just before that one.
    killer = ("import os, signal; import reportgen.commands.edition_new as e; from reportgen.cli import main\n"
              "write, calls = e.write_atomically, []\n"
              "def dying(*a, **k):\n"
              "    calls.append(a)\n"
              "    os.kill(os.getpid(), signal.SIGKILL) if a[0].name == 'topics.yaml' else write(*a, **k)\n"
              "e.write_atomically = dying\n"
              "main(['edition', 'new', '--date', '2027-02-03'])")
    done = subprocess.run([sys.executable, "-c", killer], cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(REPO)),
                          capture_output=True)
    assert done.returncode == -signal.SIGKILL
    assert (tmp_path / "editions/1/topics.yaml").read_bytes() == original == live.read_bytes()  # kept, not rewritten

    code, out, err = run("edition", "new", "--date", "2099-01-01")
    assert code == 0, err
    edition = yaml.safe_load(live.read_text(encoding="utf-8"))["edition"]
    assert (edition["number"], str(edition["date"]), edition["previous"]) == (2, "2027-02-03", "editions/1/topics.yaml")
    assert sorted(p.name for p in (tmp_path / "editions").iterdir()) == ["1"]  # no pending note, no temp folder
    assert run("check")[0] == 0


def test_a_snapshot_half_written_by_a_killed_run_is_removed_by_the_next(live, run, tmp_path):
    stale = tmp_path / "editions/.reportgen-tmp-999999999-abc"
    stale.mkdir(parents=True)
    (stale / "topics.yaml").write_text("half")
    (stale / "topics.yaml").chmod(0o444)
    assert run("edition", "new")[0] == 0
    assert sorted(p.name for p in (tmp_path / "editions").iterdir()) == ["1"]


def test_a_pending_note_of_a_finished_run_is_removed(live, run, tmp_path):
    assert run("edition", "new", "--date", "2027-01-01")[0] == 0
    (tmp_path / "editions/.pending-1.json").write_text('{"edition": 1, "date": "2027-01-01"}')  # killed at the end
    assert run("edition", "new", "--date", "2027-02-01")[0] == 0
    assert sorted(p.name for p in (tmp_path / "editions").iterdir()) == ["1", "2"]


def test_edition_new_interrupted_between_snapshot_and_rewrite_rolls_back(live, run, tmp_path, monkeypatch):
    import reportgen.commands.edition_new

    original, write = live.read_bytes(), reportgen.commands.edition_new.write_atomically

    def interrupted(path, data, *args):
        if path.name == "topics.yaml":
            raise KeyboardInterrupt  # Ctrl-C, or SIGTERM (raised the same way)
        write(path, data, *args)

    monkeypatch.setattr(reportgen.commands.edition_new, "write_atomically", interrupted)
    code, _, err = run("edition", "new")
    assert code == 130 and "interrupted" in err
    assert live.read_bytes() == original
    assert list((tmp_path / "editions").iterdir()) == []  # no snapshot, no pending note
