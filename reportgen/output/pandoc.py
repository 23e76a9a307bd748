"""pandoc as a child process reportgen owns: started, waited for, and stopped when the build fails.

pypandoc's convert_text blocks until pandoc exits, so a failed or interrupted build could only wait
for it (or leave it running, writing a file after reportgen exited). Here pandoc reads its HTML from
a file, so no thread feeds it; Conversion.stop() kills it; and on Linux it dies with reportgen even
on SIGKILL (PR_SET_PDEATHSIG), so it never outlives the run that started it.
"""

from __future__ import annotations

import ctypes
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pypandoc

from reportgen.output.atomic import temp_path


class PandocError(OSError):
    """pandoc exited with an error (its own message): the environment failed it (a full disk, a broken
    binary), so it is reported like any file that cannot be written, with the target's path."""


def _die_with_parent() -> None:  # runs in the child between fork and exec
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class Conversion:
    """One running `pandoc --from=html --to=docx`: start it, do other work, then wait() or stop()."""

    def __init__(self, html: str, target: Path, extra_args: list[str], source: Path):
        self.target, self.source = target, source
        source.write_text(html, encoding="utf-8")
        self.log = tempfile.TemporaryFile()
        command = [pypandoc.get_pandoc_path(), "--from=html", "--to=docx", "--sandbox", f"--output={target}",
                   *extra_args, str(source)]
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
                                        preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)

    def wait(self) -> None:
        """Block until pandoc is done; PandocError with its message if it failed."""
        try:
            code = self.process.wait()
        except BaseException:
            self.stop()
            raise
        if code:
            self.log.seek(0)
            message = self.log.read().decode("utf-8", "replace").strip().splitlines()
            raise PandocError(0, f"pandoc failed (exit {code}): {message[-1] if message else 'no message'}",
                              str(self.target))
        self.close()

    def stop(self) -> None:
        """Kill pandoc if it still runs (a failed or interrupted build): it must not write after we return."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.close()

    def close(self) -> None:
        self.log.close()
        self.source.unlink(missing_ok=True)


def to_docx(html: str, target: Path, extra_args: list[str]) -> None:
    """Convert and wait: for callers with nothing else to do meanwhile."""
    conversion = Conversion(html, target, extra_args, temp_path(target.with_suffix(".html")))
    try:
        conversion.wait()
    finally:
        conversion.stop()
