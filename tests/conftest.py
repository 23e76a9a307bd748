"""Helpers that make a test one line: a throwaway project over the real seeds, and problem asserts."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from reportgen.cli import main

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

# The five seeds under short ids; tests add only the excerpts they are about.
HEADER = """\
edition:
  title: Test edition
  number: 1
  date: 2026-11-23
sources:
  gwu:
    file: seeds/000_e701942f58be631c.txt
    title: What is Happening in Kazakhstan?
    kind: transcript
    label: GWU panel
  iwpr:
    file: seeds/001_443b7197e55fc1ff.txt
    title: "Interview: Kazakstan in Crisis"
    kind: interview
    label: IWPR interview
  schacht:
    file: seeds/002_1092263f9f61228e.txt
    title: Coup attempt or assertion of supremacy?
    kind: article
    author: Anastassiya Schacht
  order:
    file: seeds/003_4e4462a5ceae32d3.txt
    title: As Order Reestablishes In Kazakhstan, Its Future Looks Darker Than Ever
    kind: article
  statement:
    file: seeds/004_14f71fb0f9d620fa.txt
    title: "[Untitled article on Tokayev's statement]"
    kind: article
analysts:
  laruelle: {name: Marlene Laruelle, role: moderator, kind: person}
  sharipzhanov: {name: Merkhat Sharipzhanov, role: panelist, kind: person}
  umarov: {name: Temur Umarov, role: panelist, kind: person}
  jones: {name: Pauline Jones, role: panelist, kind: person}
  sultonnazarov: {name: Abakhon Sultonnazarov, role: interviewee, kind: person}
  iwpr: {name: IWPR, role: interviewer, kind: organisation}
  schacht: {name: Anastassiya Schacht, role: author, kind: person}
  mallinson: {name: Kate Mallinson, role: quoted expert, kind: person}
  author004: {name: Unnamed author, role: author, author_of: [statement], kind: unnamed}
  tokayev: {name: Kassym-Jomart Tokayev, role: official, kind: person}
topics:
  - id: causes
    title: Causes
    question: What drove the unrest?
    stances:
      grievances: Genuine grievances
      hijacked: Hijacked
    excerpts:
"""


# One excerpt of HEADER's first topic that verifies (for tests about something else).
VALID_EXCERPT = ('      - source: gwu\n        analyst: sharipzhanov\n'
                 '        quote: "But gradually, the protest was hijacked by unknown individuals."\n')

# Line of the first excerpt's "- source:" in a file made of HEADER and excerpts; then analyst, extras, quote.
FIRST = HEADER.count("\n") + 1


def excerpt(source: str, analyst: str, quote: str, **extra) -> str:
    """One excerpt as YAML, indented for HEADER's first topic."""
    lines = [f"      - source: {source}", f"        analyst: {analyst}"]
    lines += [f"        {k}: {v}" for k, v in extra.items()]
    lines.append("        quote: " + quote)
    return "\n".join(lines) + "\n"


@pytest.fixture
def project(tmp_path):
    """project(topics_text) -> path of a topics.yaml beside copies of the real seeds."""

    def make(topics: str, name: str = "topics.yaml") -> Path:
        seeds = tmp_path / "seeds"
        if not seeds.exists():
            shutil.copytree(SEEDS, seeds)
        path = tmp_path / name
        path.write_text(textwrap.dedent(topics), encoding="utf-8")
        return path

    return make


@pytest.fixture
def live(tmp_path, monkeypatch):
    """A copy of the shipped project (topics.yaml + seeds/), which is also the working folder."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copy(REPO / "topics.yaml", tmp_path / "topics.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "topics.yaml"


@pytest.fixture
def run(capsys):
    """run(*argv) -> (exit code, stdout, stderr) of the CLI, called in-process."""

    def call(*argv) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return call


def assert_problem(err: str, line: int | None = None, contains: str = "") -> str:
    """The one stderr line reporting a problem at `line` that mentions `contains`."""
    for text in err.splitlines():
        if contains in text and (line is None or f":{line}:" in text):
            return text
    raise AssertionError(f"no problem at line {line} containing {contains!r} in:\n{err}")


def assert_unusable(result: tuple[int, str, str], contains: str = "", line: int | None = None) -> str:
    """Exit code 2, exactly one line on stderr (no traceback) that mentions `contains`; that line."""
    code, _, err = result
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and "Traceback" not in err, f"exit {code}:\n{err}"
    return assert_problem(err, line, contains)


@pytest.fixture
def shipped(tmp_path):
    """A copy of the shipped project (topics.yaml + seeds/) in a temporary folder: its topics.yaml path."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copy(REPO / "topics.yaml", tmp_path / "topics.yaml")
    return tmp_path / "topics.yaml"


# A project unlike the seeds, for rules that must hold on any corpus.
MADE_UP = """\
edition: {title: Made up, number: 1, date: 2026-01-01}
sources:
  panel:
    file: panel.txt
    title: A made-up panel
    kind: transcript
  piece:
    file: piece.txt
    title: A made-up article
    kind: article
    author: Ann Writer
analysts:
  ann: {name: Ann Writer}
  bo: {name: Bo Speaker}
  cy: {name: Cy Quoted}
  di: {name: Di Other}
topics:
  - id: t
    title: T
    question: Q?
    excerpts: []
"""


def made_up(tmp_path: Path, crlf: bool = False) -> Path:
    """A made-up project: a transcript (a header, Bo's turn quoting Cy) and an article by Ann quoting Cy."""
    (tmp_path / "panel.txt").write_text("Header line of the panel\nBo Speaker:\n"
                                        "I think the reform will stall, as Cy Quoted told me: “prices rise first”.\n",
                                        encoding="utf-8")
    (tmp_path / "piece.txt").write_text("The reform is late. “It will come,” said Cy Quoted, while Di Other "
                                        "disagreed.\nThe author's own view: nothing moves.\n", encoding="utf-8")
    path = tmp_path / "topics.yaml"
    path.write_bytes(MADE_UP.replace("\n", "\r\n" if crlf else "\n").encode())
    return path


# Analysts of the one-paragraph projects `verdict` checks.
NAMES = {"smith": "John Smith", "jones": "Mary Jones", "warren": "Elizabeth Warren", "doe": "Jane Doe",
         "petrov": "Иван Петров", "ivanova": "Анна Иванова"}


@pytest.fixture
def problems_of(tmp_path):
    """problems_of(text, analyst, quote, reported=False, kind="article", extra="", source="") -> the errors
    check finds for one excerpt (`extra`: one more field of it) of a one-source project (`source`: more
    fields of the source) with NAMES (or `names`, persons unless `kinds` says otherwise) as analysts,
    in-process and fast."""
    import json

    from reportgen.load.schema import load_edition
    from reportgen.problems import InputError
    from reportgen.verify.excerpts import verify_edition

    def check(text: str, analyst: str, quote: str, reported: bool = False, kind: str = "article", extra: str = "",
              source: str = "", names: dict[str, str] | None = None, kinds: dict[str, str] | None = None):
        (tmp_path / "a.txt").write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
        lines = ["edition: {title: T, number: 1, date: 2026-01-01}", "sources:",
                 f"  s: {{file: a.txt, title: S, kind: {kind}{', ' + source if source else ''}}}", "analysts:"]
        lines += [f"  {aid}: {{name: {name}, kind: {(kinds or {}).get(aid, 'person')}}}"
                  for aid, name in (names or NAMES).items()]
        lines += ["topics:", "  - id: t", "    title: T", "    question: Q?", "    excerpts:",
                  "      - source: s", f"        analyst: {analyst}", f"        reported: {str(reported).lower()}"]
        lines += [f"        {extra}"] if extra else []
        lines.append("        quote: " + json.dumps(quote, ensure_ascii=False))
        (tmp_path / "topics.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        try:
            return verify_edition(load_edition(tmp_path / "topics.yaml")).errors
        except InputError as err:
            return [p for p in err.problems if not p.warning]

    return check


@pytest.fixture
def verdict(problems_of):
    """verdict(text, analyst, quote, reported=False) -> "" when check accepts, else its first message."""

    def check(*args, **kwargs) -> str:
        errors = problems_of(*args, **kwargs)
        return errors[0].message if errors else ""

    return check
