"""Command line: parse flags, call the library, print problems, map them to exit codes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reportgen import __version__
from reportgen.problems import OK, InputError, Problem
from reportgen.schema import describe_schema, load_edition
from reportgen.summary import format_summary
from reportgen.build import FORMATS, build, progress_for
from reportgen.verify import require_verified


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

    build_cmd = commands.add_parser("build", help="verify, then write the briefing as PDF, DOCX and HTML")
    build_cmd.add_argument("topics", nargs="?", type=Path, default=Path("topics.yaml"))
    add_output_options(build_cmd, FORMATS)
    build_cmd.set_defaults(run=run_build)

    schema = commands.add_parser("schema", help="print every field topics.yaml may hold")
    schema.set_defaults(run=lambda args: print(describe_schema()) or OK)
    return parser


def add_output_options(command: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    command.add_argument("--format", type=_formats(formats), default=formats, metavar=",".join(formats),
                         help=f"comma-separated output formats (default: {','.join(formats)})")
    command.add_argument("--paper", choices=("a4", "letter"), default="a4", help="page size (default: a4)")
    command.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out/)")
    command.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    command.add_argument("--quiet", action="store_true", help="no progress lines")


def _formats(allowed: tuple[str, ...]):
    def parse(text: str) -> tuple[str, ...]:
        chosen = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
        unknown = [f for f in chosen if f not in allowed]
        if unknown or not chosen:
            raise argparse.ArgumentTypeError(f"unknown format {', '.join(unknown) or text!r}; choose from {', '.join(allowed)}")
        return chosen
    return parse


def run_build(args) -> int:
    paths, report = build(args.topics, args.format, args.paper, args.out, args.force, progress_for(args.quiet))
    if report:
        _print_problems(report.warnings)
    if not args.quiet:
        for path in paths:
            print(path)
    return OK


def run_check(args) -> int:
    report = require_verified(load_edition(args.topics))
    _print_problems(report.warnings)
    print(format_summary(report))
    return OK


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(problem.format(), file=sys.stderr)
    errors = sum(1 for p in problems if not p.warning)
    if errors > 1:
        print(f"{errors} errors: fix them and run again; no output was written", file=sys.stderr)
