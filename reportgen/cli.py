"""Command line: parse flags, call the library, print problems, map them to exit codes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reportgen import __version__
from reportgen.problems import OK, UNUSABLE_INPUT, VERIFICATION_FAILED, InputError, Problem
from reportgen.schema import describe_schema, load_edition
from reportgen.summary import format_summary
from reportgen.verify import Report, verify_edition


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except InputError as err:
        _print_problems(err.problems)
        return err.code
    except KeyboardInterrupt:
        print("interrupted; earlier outputs are untouched", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reportgen", description="Verify analysts' quotes and build a briefing.")
    parser.add_argument("--version", action="version", version=f"reportgen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="load topics.yaml and verify every excerpt against its source")
    check.add_argument("topics", nargs="?", type=Path, default=Path("topics.yaml"))
    check.set_defaults(run=run_check)

    schema = commands.add_parser("schema", help="print every field topics.yaml may hold")
    schema.set_defaults(run=lambda args: print(describe_schema()) or OK)
    return parser


def load_and_verify(topics: Path) -> Report:
    """Both phases; raise InputError (exit 1) if any excerpt fails verification."""
    report = verify_edition(load_edition(topics))
    if report.errors:
        raise InputError(list(report.problems), VERIFICATION_FAILED)
    return report


def run_check(args) -> int:
    report = load_and_verify(args.topics)
    _print_problems(report.warnings)
    print(format_summary(report))
    return OK


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(problem.format(), file=sys.stderr)
    errors = sum(1 for p in problems if not p.warning)
    if errors > 1:
        print(f"{errors} errors: fix them and run again; no output was written", file=sys.stderr)
