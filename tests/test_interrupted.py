"""Interrupted builds leave nothing behind: a build of a larger synthetic edition is stopped while it
writes (SIGTERM like a CI runner or `timeout`, and SIGKILL); earlier outputs stay as they were, pandoc
does not outlive it, and after the next build no temporary file is left."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from synth import make_edition  # noqa: E402

from reportgen.output.atomic import TEMP_PREFIX  # noqa: E402

EARLIER = {"pdf": b"%PDF earlier", "docx": b"PK earlier", "html": b"<p>earlier</p>"}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    """A 46-page edition (20 sources, 300 excerpts): long enough to be stopped mid-write."""
    return make_edition(tmp_path_factory.mktemp("synthetic"), sources=20, source_kb=10, excerpts=300, topics=6)


def earlier_outputs(out: Path) -> dict[Path, bytes]:
    out.mkdir()
    outputs = {out / f"synthetic-edition-ed1.{fmt}": data for fmt, data in EARLIER.items()}
    for path, data in outputs.items():
        path.write_bytes(data)
    return outputs


def build(topics: Path, out: Path, *options: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen([sys.executable, "-m", "reportgen", "build", str(topics), "--out", str(out), *options],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stop_while_writing(process: subprocess.Popen, out: Path, signum: int) -> tuple[int, str]:
    """Wait until the build has temp files in `out` (it is writing), then send `signum`."""
    deadline = time.monotonic() + 120
    while not list(out.glob(TEMP_PREFIX + "*")):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the build never started writing"
        time.sleep(0.05)
    time.sleep(0.5)  # well inside PDF layout, with pandoc running beside it
    assert process.poll() is None, "the build finished before it could be stopped: make the edition larger"
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    return process.returncode, err


def pandoc_writing_into(out: Path) -> list[str]:
    """Command lines of live pandoc processes that write into `out`."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if args and b"pandoc" in args[0] and any(str(out).encode() in a for a in args):
            found.append(b" ".join(args).decode(errors="replace"))
    return found


def next_build_leaves_no_temp_file(topics: Path, out: Path) -> None:
    done = build(topics, out, "--format", "html")
    _, err = done.communicate(timeout=120)
    assert done.returncode == 0, err
    assert not list(out.glob(TEMP_PREFIX + "*"))


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="looks for pandoc in /proc")
def test_sigterm_stops_a_build_like_ctrl_c_and_cleans_up(synthetic, tmp_path):
    out = tmp_path / "out"
    earlier = earlier_outputs(out)
    code, err = stop_while_writing(build(synthetic, out), out, signal.SIGTERM)
    assert code == 128 + signal.SIGTERM and "interrupted" in err and "Traceback" not in err
    assert {path: path.read_bytes() for path in earlier} == earlier
    assert not list(out.glob(TEMP_PREFIX + "*"))  # removed on the way out
    assert not pandoc_writing_into(out)
    next_build_leaves_no_temp_file(synthetic, out)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="looks for pandoc in /proc")
def test_kill_9_leaves_earlier_outputs_and_the_next_build_removes_its_temp_files(synthetic, tmp_path):
    out = tmp_path / "out"
    earlier = earlier_outputs(out)
    code, _ = stop_while_writing(build(synthetic, out), out, signal.SIGKILL)
    assert code == -signal.SIGKILL
    assert {path: path.read_bytes() for path in earlier} == earlier
    assert list(out.glob(TEMP_PREFIX + "*"))  # nothing could clean up: the next run must
    deadline = time.monotonic() + 10
    while pandoc_writing_into(out) and time.monotonic() < deadline:  # it dies with its parent
        time.sleep(0.05)
    assert not pandoc_writing_into(out)
    next_build_leaves_no_temp_file(synthetic, out)


def test_a_failed_build_stops_pandoc_and_leaves_no_temp_file(synthetic, tmp_path, monkeypatch, capsys):
    import reportgen.output.writer
    from reportgen.cli import main

    def failing_layout(html, *roots):
        time.sleep(0.3)  # pandoc is converting meanwhile
        assert pandoc_writing_into(tmp_path / "out"), "pandoc should be running beside the PDF layout"
        raise RuntimeError("layout failed")

    monkeypatch.setattr(reportgen.output.writer, "pdf_bytes", failing_layout)
    assert main(["build", str(synthetic), "--out", str(tmp_path / "out"), "--format", "pdf,docx"]) == 70
    assert "layout failed" in capsys.readouterr().err
    assert not pandoc_writing_into(tmp_path / "out")
    assert not list((tmp_path / "out").iterdir())
