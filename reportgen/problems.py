"""Problems are values: found by the loader and the checks, formatted only by the CLI."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# Exit codes: what a script calling reportgen can rely on.
OK = 0
VERIFICATION_FAILED = 1
UNUSABLE_INPUT = 2


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) at one place in one file."""

    path: str
    line: int | None
    col: int | None
    message: str
    hint: str | None = None
    warning: bool = False
    rule: str | None = None  # the verification rule's id (reportgen/verify/rules.py), where one found it

    def format(self) -> str:
        """`file:line:col: error: message; hint [rule]`, always one line."""
        where = ":".join(str(part) for part in (self.path, self.line, self.col) if part is not None)
        text = f"{where}: {'warning' if self.warning else 'error'}: {self.message}"
        if self.hint:
            text += f"; {self.hint}"
        if self.rule:
            text += f" [{self.rule}]"
        return " ".join(text.split())


class SortsProblems:
    """Errors and warnings, for anything that holds `problems` (a verification report, a run's outcome)."""

    problems: Sequence[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]


class InputError(Exception):
    """Raised when input cannot be used at all: the problems say why, the code says how bad."""

    def __init__(self, problems: list[Problem], code: int = UNUSABLE_INPUT):
        super().__init__("\n".join(p.format() for p in problems))
        self.problems = problems
        self.code = code


def count(n: int, what: str) -> str:
    """'1 excerpt', '3 excerpts': a number and its noun, for messages."""
    return f"{n} {what}{'' if n == 1 else 's'}"


def display_path(path: Path) -> str:
    """A path as the editor would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
