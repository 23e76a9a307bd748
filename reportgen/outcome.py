"""The one place that turns how a command ended into an exit code and, on failure, one line on stderr.

    0   OK                    the command did what was asked
    1   VERIFICATION_FAILED   a misquote or a wrong attribution (every problem listed)
    2   UNUSABLE_INPUT        input or environment unusable: a YAML error, a missing file, a folder
                              that cannot be written (its path and the system's reason)
    70  INTERNAL_ERROR        a bug in reportgen: one line saying so; `--debug` shows the traceback
    130 INTERRUPTED           Ctrl-C (143 for SIGTERM); earlier outputs untouched, temporary files removed

A script or CI can therefore tell a crash (70) from a misquote (1) from a bad file (2).
"""

from __future__ import annotations

import errno
import os
import signal
import sys
import traceback
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from reportgen.load.textfiles import visible
from reportgen.problems import OK, UNUSABLE_INPUT, InputError, Problem, display_path

if TYPE_CHECKING:  # the pipeline loads only when a command runs it
    from reportgen.build.pipeline import Outcome

INTERNAL_ERROR = 70  # EX_SOFTWARE in sysexits.h
INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C

# The system's reason, turned into what to do about it.
_HINTS = {
    errno.EACCES: "check the permissions, or choose another folder with --out",
    errno.EPERM: "check the permissions, or choose another folder with --out",
    errno.EROFS: "the file system is read-only: choose another folder with --out",
    errno.ENOSPC: "the disk is full: free some space and run again; earlier outputs are untouched",
    errno.EDQUOT: "the disk quota is used up: free some space and run again; earlier outputs are untouched",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EEXIST: "a file stands where a folder is needed",
    errno.EISDIR: "a folder stands where a file is needed",
    errno.ENOENT: "check the path",
    errno.ENAMETOOLONG: "use a shorter path",
}


class Interrupted(KeyboardInterrupt):
    """SIGTERM, raised where the program stands, so it unwinds (and cleans up) exactly like Ctrl-C."""

    def __init__(self, signum: int):
        super().__init__(f"signal {signum}")
        self.signum = signum


def run_command(command: Callable[[], int], debug: bool = False) -> int:
    """Run a command and map how it ended to an exit code; nothing escapes as a traceback (unless `debug`)."""
    try:
        with sigterm_as_interrupt():
            return command()
    except InputError as err:
        print_problems(err.problems)
        return err.code
    except BrokenPipeError:  # output piped into `head` and cut short: not a failure
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK
    except KeyboardInterrupt as err:
        print("reportgen: interrupted; earlier outputs are untouched", file=sys.stderr)
        return 128 + err.signum if isinstance(err, Interrupted) else INTERRUPTED
    except OSError as err:
        print_problems([os_problem(err)])
        return UNUSABLE_INPUT
    except RecursionError as err:  # deeply nested data past the loader's own limits: unusable, not a bug
        if debug:
            traceback.print_exc()
        print_problems([Problem("reportgen", None, None, f"input nested too deeply to process ({err})")])
        return UNUSABLE_INPUT
    except MemoryError:
        print_problems([Problem("reportgen", None, None, "out of memory", "try a smaller input")])
        return UNUSABLE_INPUT
    except Exception as err:  # a bug: say so in one line; --debug gives the details
        if isinstance(err, RuntimeError) and str(err).startswith("Symlink loop"):  # Path.resolve() before 3.13
            print_problems([Problem("reportgen", None, None, str(err), "fix the link")])
            return UNUSABLE_INPUT
        if debug:
            traceback.print_exc()
        what = f"{type(err).__name__}: {err}".splitlines()[0] if str(err) else type(err).__name__
        print(visible(f"reportgen: internal error (a bug in reportgen, not in your files): {what}; "
                      "run again with --debug for the traceback, and report it", newlines=False), file=sys.stderr)
        return INTERNAL_ERROR


def finish(outcome: Outcome, quiet: bool = False) -> int:
    """Where every command that runs the pipeline ends: its problems on stderr (warnings, or every
    error), the paths it wrote (or found up to date) on stdout for scripts, and its exit code."""
    print_problems(outcome.problems)
    if outcome.skipped and not quiet:  # said whatever stderr is: the paths alone would read as a rebuild
        print("reportgen: unchanged since the last build: these outputs are up to date and were not rebuilt "
              "(--force rebuilds them)", file=sys.stderr)
    if not outcome.errors and not quiet:
        for path in outcome.outputs:
            print(visible(str(path)))
    return outcome.exit_code


def os_problem(err: OSError) -> Problem:
    """A file or folder the system refused: its path, the system's reason, what to do."""
    path = display_path(Path(err.filename)) if err.filename is not None else "reportgen"
    reason = err.strerror or str(err)
    if err.filename2 is not None:
        reason += f" (moving to {err.filename2})"
    return Problem(path, None, None, f"cannot use this file or folder: {reason}", _HINTS.get(err.errno or 0))


def print_problems(problems: list[Problem]) -> None:
    """Each problem on one line on stderr, control characters made visible; a count when several."""
    for problem in problems:
        print(visible(problem.format(), newlines=False), file=sys.stderr)
    errors = sum(1 for p in problems if not p.warning)
    if errors > 1:
        print(f"{errors} errors: fix them and run again; no output was written", file=sys.stderr)


@contextmanager
def sigterm_as_interrupt():
    """While a command runs, SIGTERM (CI runners, `timeout`, systemd) unwinds like Ctrl-C: the
    `finally` blocks remove temporary files and stop pandoc. Only the main thread may set handlers."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise Interrupted(signum)

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
