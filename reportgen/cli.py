"""Command line: parse flags, call the library, print problems, map them to exit codes."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import warnings
from pathlib import Path

from reportgen import __version__
from reportgen.build import ANSWER_LINES, BRIEFING, DATA, HANDOUT, MAX_ANSWER_LINES
from reportgen.commands.init import SOURCES_FOLDER, init_project
from reportgen.importers.registry import supported
from reportgen.load.guards import next_steps
from reportgen.load.schema import describe_schema, load_edition
from reportgen.load.textfiles import CONTROLS, INVISIBLE, SURROGATES, describe_character, visible
from reportgen.outcome import finish, print_problems, run_command
from reportgen.problems import OK, UNUSABLE_INPUT, Problem, display_path

# Each command loads the modules only it needs (the writers, the checker, the search, the diff, the
# importers, the rankers) inside its function: `find` and `check` start in a fraction of the time.

def main(argv: list[str] | None = None) -> int:
    """Parse the flags and run the command; reportgen.outcome maps how it ended to the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    root = logging.getLogger()
    # The libraries' log lines (pdfminer's "Invalid MediaBox...", trafilatura's, WeasyPrint's) and warnings
    # stay off the terminal: every problem reportgen reports is its own one line. --debug shows them.
    handler: logging.Handler = logging.StreamHandler(sys.stderr) if args.debug else logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(name)s: %(levelname)s: %(message)s"))
    root.addHandler(handler)  # with a handler, Python's last resort no longer prints warnings to stderr
    try:
        with warnings.catch_warnings():
            if not args.debug:
                warnings.simplefilter("ignore")
            return run_command(lambda: args.run(args), debug=args.debug)
    finally:
        root.removeHandler(handler)


class _Parser(argparse.ArgumentParser):
    """A usage error is one line too (exit 2), like every other problem; every argument is UTF-8 text."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.register("type", None, _text)  # the type of every argument that declares none

    def add_subparsers(self, **kwargs):
        commands = super().add_subparsers(**kwargs)
        commands.type = str  # a command's arguments are checked by its own parser, which names their flag
        return commands

    def error(self, message: str):
        line = visible(f"{self.prog}: error: {message}; see `{self.prog} --help`", newlines=False)
        self.exit(UNUSABLE_INPUT, line + "\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="reportgen", description="Verify analysts' quotes and build a briefing.")
    parser.add_argument("--version", action="version", version=f"reportgen {__version__}")
    parser.add_argument("--debug", action="store_true", help="on an internal error, show the Python traceback")
    commands = parser.add_subparsers(dest="command", required=True)

    _verify_commands(commands)
    _edition_commands(commands)
    _workbench_commands(commands)
    _project_commands(commands)
    return parser


def _verify_commands(commands) -> None:
    """check, build, handout: verify the quotes, then print the briefing or the handout."""
    check = commands.add_parser("check", help="load topics.yaml and verify every excerpt against its source")
    check.add_argument("topics", nargs="?", type=_path, default=Path("topics.yaml"))
    check.add_argument("-v", "--verbose", action="store_true", help="also list each excerpt and how it was checked")
    check.set_defaults(run=run_check)

    build_cmd = commands.add_parser("build", help="verify, then write the briefing as PDF, DOCX and HTML")
    build_cmd.add_argument("topics", nargs="?", type=_path, default=Path("topics.yaml"))
    add_output_options(build_cmd, BRIEFING)
    build_cmd.set_defaults(run=run_build)

    handout = commands.add_parser("handout", help="verify, then write a classroom handout (PDF, DOCX) of the topics")
    handout.add_argument("topics", nargs="?", type=_path, default=Path("topics.yaml"))
    handout.add_argument("--topic", dest="topic_ids", action="append", metavar="ID",
                         help="a topic id to include (repeat for several; default: every topic)")
    handout.add_argument("--anonymize", action="store_true",
                         help='"Who said it?": letters instead of names; the answer key goes to a separate -key file')
    handout.add_argument("--lines", type=_within(0, MAX_ANSWER_LINES), default=ANSWER_LINES, metavar="N",
                         help=f"ruled lines under every discussion question, 0-{MAX_ANSWER_LINES} "
                              f"(default: {ANSWER_LINES})")
    add_output_options(handout, HANDOUT)
    handout.set_defaults(run=run_handout)


def _edition_commands(commands) -> None:
    """edition new, diff: keep editions and compare them."""
    edition = commands.add_parser("edition", help="keep editions: `edition new` snapshots this one, opens the next")
    edition_commands = edition.add_subparsers(dest="edition_command", required=True)
    new = edition_commands.add_parser("new", help="keep this edition in editions/<number>/, then bump number and date")
    new.add_argument("topics", nargs="?", type=_path, default=Path("topics.yaml"))
    new.add_argument("--date", help="the new edition's date, YYYY-MM-DD (default: today)")
    new.set_defaults(run=run_edition_new)

    diff = commands.add_parser("diff", help="what changed between two editions")
    diff.add_argument("old", type=_edition_name, help="a topics file, or the number of a kept edition (editions/<N>/)")
    diff.add_argument("new", type=_edition_name, help="a topics file, or the number of a kept edition")
    diff.add_argument("--topics", type=_path, default=Path("topics.yaml"),
                      help="the project's topics.yaml, beside editions/ (default: ./topics.yaml)")
    diff.add_argument("--format", choices=("text", "json"), default="text", help="json: for scripts (default: text)")
    diff.set_defaults(run=run_diff)


def _workbench_commands(commands) -> None:
    """find, excerpt add, suggest, serve: the excerpt workbench and the live preview."""
    find = commands.add_parser("find", help="every paragraph of the sources holding some words, with who speaks")
    find.add_argument("words", nargs="+", help="the words to find, in order (case, quote and dash style aside)")
    find.add_argument("--source", metavar="ID", help="search this source only")
    find.add_argument("--speaker", metavar="NAME", help="only paragraphs spoken by this analyst (id or name) or label")
    find.add_argument("--topics", type=_path, default=Path("topics.yaml"), help="default: ./topics.yaml")
    find.set_defaults(run=run_find)

    excerpt = commands.add_parser("excerpt", help="`excerpt add`: copy a passage into topics.yaml, verified")
    excerpt_commands = excerpt.add_subparsers(dest="excerpt_command", required=True)
    add = excerpt_commands.add_parser("add", help="append a paragraph (or its span --from ... --to ...) to a topic")
    add.add_argument("topic", help="the topic's id")
    add.add_argument("--source", required=True, metavar="ID", help="the source's id")
    add.add_argument("--para", required=True, type=int, metavar="N", help="the paragraph's number (see `find`)")
    add.add_argument("--from", dest="start", metavar="WORDS", help="the span starts at these words")
    add.add_argument("--to", dest="end", metavar="WORDS", help="the span ends with these words")
    add.add_argument("--analyst", metavar="ID", help="whose words (default: inferred from the speaker or author)")
    add.add_argument("--stance", metavar="ID", help="one of the topic's stances")
    add.add_argument("--note", metavar="TEXT", help="an editor's note printed under the quote")
    add.add_argument("--reported", action="store_true",
                     help="the text's own words reporting the analyst's speech (printed unquoted)")
    add.add_argument("--translation", metavar="TEXT",
                     help="your rendering of the quote in the edition's language (a source in another language)")
    add.add_argument("--topics", type=_path, default=Path("topics.yaml"), help="default: ./topics.yaml")
    add.set_defaults(run=run_excerpt_add)

    suggest = commands.add_parser("suggest", help="passages a topic has not quoted yet, silent analysts first")
    suggest.add_argument("topic", help="the topic's id")
    suggest.add_argument("--analyst", metavar="ID", help="only this analyst's passages")
    suggest.add_argument("--top", type=int, default=10, metavar="N", help="how many passages (default: 10)")
    suggest.add_argument("--topics", type=_path, default=Path("topics.yaml"), help="default: ./topics.yaml")
    suggest.set_defaults(run=run_suggest)

    serve = commands.add_parser("serve", help="live preview on 127.0.0.1, rebuilt on every save, and the workbench: "
                                "read the sources, select words to excerpt them, edit the topics")
    serve.add_argument("topics", nargs="?", type=_path, default=Path("topics.yaml"))
    serve.add_argument("--port", type=_within(1, 65535), default=8000, help="1-65535 (default: 8000)")
    serve.add_argument("--read-only", action="store_true",
                       help="the preview alone: no reading view, no excerpts or edits from the browser")
    serve.set_defaults(run=run_serve)


def _project_commands(commands) -> None:
    """export, init, source add, schema: data out, a new project, sources in, the field list."""
    export = commands.add_parser("export", help="verify, then write the excerpts, matrix and balance as data")
    export.add_argument("topics", nargs="?", type=_path, default=Path("topics.yaml"))
    export.add_argument("--format", type=_formats(DATA), default=DATA,
                        metavar=",".join(DATA), help=f"default: {','.join(DATA)}")
    export.add_argument("--out", type=_path, default=Path("out"), help="output folder (default: out/)")
    export.set_defaults(run=run_export)

    init = commands.add_parser("init", help="start a briefing project: topics.yaml skeleton, sources/, .gitignore")
    init.add_argument("folder", nargs="?", type=_path, default=Path("."), help="where (default: here)")
    init.add_argument("--title", help="the briefing's title (default: 'New briefing')")
    init.set_defaults(run=run_init)

    source = commands.add_parser("source", help="`source add FILE...`: import sources into the project")
    source_commands = source.add_subparsers(dest="source_command", required=True)
    add = source_commands.add_parser("add", help=f"import files ({supported()}) into sources/ and topics.yaml")
    add.add_argument("files", nargs="+", type=_path, metavar="FILE", help=f"one or more of {supported()}")
    add.add_argument("--topics", type=_path, default=Path("topics.yaml"), help="the project (default: ./topics.yaml)")
    add.add_argument("--id", dest="source_id", help="the source id (default: from the file name)")
    add.add_argument("--kind", choices=("transcript", "interview", "article"), help="default: detected")
    add.add_argument("--title", help="the title (default: the one the file states, else its name in [brackets])")
    add.add_argument("--label", help="short name for citations, e.g. 'GWU panel' (default: the id)")
    add.add_argument("--interviewer", help="who asks, in a Q:/A: interview")
    add.add_argument("--interviewee", help="who answers, in a Q:/A: interview")
    add.add_argument("--encoding", help="of a text file, e.g. cp1251, koi8-r, utf-16 (default: detected)")
    add.add_argument("--folder", default=SOURCES_FOLDER, help=f"beside topics.yaml (default: {SOURCES_FOLDER}/)")
    add.set_defaults(run=run_source_add)

    schema = commands.add_parser("schema", help="print every field topics.yaml may hold")
    schema.add_argument("--json", action="store_true", help="a JSON Schema, for editors' completion and validation")
    schema.set_defaults(run=run_schema)


def add_output_options(command: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    command.add_argument("--format", type=_formats(formats), default=formats, metavar=",".join(formats),
                         help=f"comma-separated output formats (default: {','.join(formats)})")
    command.add_argument("--paper", choices=("a4", "letter"), default="a4", help="page size (default: a4)")
    command.add_argument("--out", type=_path, default=Path("out"), help="output folder (default: out/)")
    command.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    command.add_argument("--quiet", action="store_true", help="no progress lines")


def _text(text: str) -> str:
    """An argument the terminal did not send as UTF-8 (Python keeps its bytes as lone surrogates) is a
    usage error, refused before any command runs: written to topics.yaml or a file name it would crash
    the command half-way, or be refused by `check` later."""
    found = SURROGATES.search(text)
    if found:
        code = ord(found.group())
        byte = f" (byte 0x{code - 0xDC00:02x})" if 0xDC80 <= code <= 0xDCFF else ""
        raise argparse.ArgumentTypeError(f"'{visible(text, newlines=False)}' is not UTF-8 text{byte}; set the "
                                         "terminal to UTF-8 (e.g. LANG=C.UTF-8) and type it again (a file name: "
                                         "rename the file)")
    return text


def _path(text: str) -> Path:
    """A path from the command line; a NUL (or other control character) in it is a usage error."""
    _text(text)
    found = CONTROLS.search(text)
    if found:
        char = describe_character(found.group())
        raise argparse.ArgumentTypeError(f"'{visible(text, newlines=False)}' holds {char}; a path cannot hold one")
    return Path(text)


def _within(low: int, high: int):
    """A whole number from `low` to `high`; anything else is a usage error naming the range."""
    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(f"{number} is out of range; choose {low} to {high}")
        return number
    return parse


def _edition_name(text: str) -> str:
    """`diff`'s OLD and NEW: a snapshot number or a path, checked as a path is."""
    _path(text)
    return text


def _formats(allowed: tuple[str, ...]):
    def parse(text: str) -> tuple[str, ...]:
        chosen = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
        unknown = [f for f in chosen if f not in allowed]
        if unknown or not chosen:
            named = ", ".join(map(repr, unknown)) or repr(text)
            raise argparse.ArgumentTypeError(f"unknown format {named}; choose from {', '.join(allowed)}")
        return chosen
    return parse


def run_schema(args) -> int:
    if args.json:
        from reportgen.load.jsonschema import topics_schema

        print(json.dumps(topics_schema(), indent=2, ensure_ascii=False))
    else:
        print(describe_schema())
    return OK


def run_build(args) -> int:
    from reportgen.build.briefing import build
    from reportgen.build.pipeline import progress_for

    return finish(build(args.topics, args.format, args.paper, args.out, args.force, progress_for(args.quiet)),
                  args.quiet)


def run_handout(args) -> int:
    from reportgen.build.handout import write_handout
    from reportgen.build.pipeline import progress_for

    ids = [i.strip() for text in args.topic_ids or [] for i in text.split(",") if i.strip()]
    return finish(write_handout(args.topics, ids or None, args.anonymize, args.format, args.paper, args.out,
                                args.force, progress_for(args.quiet), args.lines), args.quiet)


def run_check(args) -> int:
    from reportgen.build.pipeline import verify_run
    from reportgen.verify.summary import format_excerpt_checks, format_summary

    edition = load_edition(args.topics)
    steps = next_steps(edition)
    if steps:  # a new project: say what to fill in, not a list of errors
        print(f"{args.topics}: nothing to check yet. Next:", file=sys.stderr)
        for n, step in enumerate(steps, 1):
            print(f"  {n}. {step}", file=sys.stderr)
        print("then run `reportgen check` again.", file=sys.stderr)
        return UNUSABLE_INPUT
    outcome = verify_run(edition)  # the same verification, and the same warnings, as build, handout and export
    code = finish(outcome)
    if code == OK and outcome.report:
        if args.verbose:
            say(format_excerpt_checks(outcome.report))
        say(format_summary(outcome.report))
    return code


def run_find(args) -> int:
    from reportgen.commands.find import find_words, format_hits, load_for_search

    words = " ".join(args.words)
    hits, exact = find_words(load_for_search(args.topics), words, args.source, args.speaker)
    colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    print(format_hits(hits, exact, words, ("\x1b[1;7m", "\x1b[0m") if colour else ("**", "**")))
    return OK


def run_excerpt_add(args) -> int:
    from reportgen.commands.excerpt_add import add_excerpt

    added = add_excerpt(args.topics, args.topic, args.source, args.para, args.start, args.end, args.analyst,
                        args.stance, args.note, args.reported, translation=args.translation)
    e = added.excerpt
    inferred = f" (inferred: {added.analyst_inferred})" if added.analyst_inferred else ""
    print(f"{display_path(args.topics)}:{added.line}: added to topic '{e.topic}': {e.analyst}{inferred}, "
          f"{e.source}, {e.where}, {e.words} words")
    print(f"  \"{visible(e.quote)}\"")
    return OK


def run_suggest(args) -> int:
    from reportgen.commands.suggest import format_suggestions
    from reportgen.commands.suggest import suggest as suggest_passages
    from reportgen.verify.excerpts import read_sources

    edition = load_edition(args.topics)
    topic, candidates = suggest_passages(edition, read_sources(edition), args.topic, args.analyst, args.top)
    print(format_suggestions(edition, topic, candidates))
    return OK


def run_serve(args) -> int:
    from reportgen.commands.serve import serve  # http.server and watchfiles: only for the preview

    serve(args.topics, args.port, args.read_only)
    return OK


def run_export(args) -> int:
    from reportgen.build.data import export

    return finish(export(args.topics, args.format, args.out))


def run_edition_new(args) -> int:
    from reportgen.commands.edition_new import new_edition

    folder = new_edition(args.topics, args.date)
    say(f"edition {folder.name} kept in {folder}/; {args.topics} now holds edition {int(folder.name) + 1}")
    return OK


def run_init(args) -> int:
    started = init_project(args.folder, args.title)
    for path in started.written:
        print(path)
    for path, why in started.left_alone:
        print(f"left alone: {path}: {why}")
    where = "" if args.folder == Path(".") else f"cd {args.folder} && "
    print(f"next: {where}reportgen source add FILE...  (then analysts and topics in topics.yaml; reportgen check)")
    return OK


def run_source_add(args) -> int:
    from reportgen.commands.source_add import add_sources
    from reportgen.importers import Options

    options = Options(args.kind, args.interviewer, args.interviewee, args.encoding)
    added = add_sources(args.topics, args.files, options, args.source_id, args.title, args.folder, args.label)
    _print_problems([warning for item in added for warning in item.warnings])
    for item in added:
        say(item.describe())
    print(f"{args.topics}: {len(added)} source{'s' if len(added) != 1 else ''} added; check the speakers and "
          "metadata above, then quote them under topics and run `reportgen check`")
    return OK


def run_diff(args) -> int:
    from reportgen.document.diff import changed_sources, diff_editions
    from reportgen.document.diffreport import diff_as_json, format_diff
    from reportgen.editions.snapshots import find_edition, open_edition, snapshot_warnings

    old, new = (open_edition(find_edition(name, args.topics)) for name in (args.old, args.new))
    _print_problems(snapshot_warnings(old, new))
    diff = diff_editions(old, new, changed_sources(old, new))
    if args.format == "json":  # characters that act on a terminal become \\u escapes, still valid JSON
        say_json = json.dumps(diff_as_json(diff), indent=2, ensure_ascii=False)
        print(INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", say_json))
    else:
        say(format_diff(diff))
    return OK


def _print_problems(problems: list[Problem]) -> None:
    print_problems(problems)


def say(text: str) -> None:
    """Print to stdout what may hold text from the sources or topics.yaml: control characters made visible."""
    print(visible(text))
