"""topics.yaml -> plain Python data that remembers the file:line:col of every value."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from reportgen.load.textfiles import BIDI_CONTROLS, CONTROLS, SURROGATES, describe_character, read_text
from reportgen.problems import InputError, Problem, display_path

# libyaml's parser is 3-5 times faster on a 5,000-excerpt file; PyYAML's own is the fallback.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR = "tag:yaml.org,2002:str"

Key = tuple  # a path into the data: ("topics", 2, "excerpts", 0, "quote")


@dataclass
class Document:
    """Parsed YAML plus where each value stands, so every problem can point at its line."""

    path: Path
    text: str
    data: object
    marks: dict[Key, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # e.g. duplicate keys: reported with the rest

    @property
    def name(self) -> str:
        return display_path(self.path)

    def where(self, key: Key) -> tuple[int, int]:
        """Line and column of the value at `key`, or of its nearest ancestor that exists."""
        while key not in self.marks and key:
            key = key[:-1]
        return self.marks.get(key, (1, 1))

    def problem(self, key: Key, message: str, hint: str | None = None, warning: bool = False,
                rule: str | None = None) -> Problem:
        line, col = self.where(key)
        return Problem(self.name, line, col, message, hint, warning, rule)


def load_document(path: Path) -> Document:
    """Read and parse a YAML file; raise InputError (one line each) if it cannot be read or parsed."""
    try:
        if path.exists() and not path.is_file() and not path.is_dir():  # a FIFO or device would block or never end
            raise InputError([Problem(display_path(path), None, None, "not a regular file", "name a topics.yaml")])
        text = read_text(path)
    except FileNotFoundError:
        raise InputError([Problem(display_path(path), None, None, "file not found",
                                  "check the path, or run from the folder that holds topics.yaml")]) from None
    except IsADirectoryError:
        raise InputError([Problem(display_path(path), None, None, "is a folder, not a topics file",
                                  "name the topics.yaml inside it")]) from None
    except OSError as err:
        raise InputError([Problem(display_path(path), None, None, f"cannot read file: {err.strerror or err}",
                                  "check that it exists and that you may read it")]) from None
    return parse_document(path, text)


def parse_document(path: Path, text: str) -> Document:
    """Compose the YAML node tree (which keeps marks) and build plain data from it.

    Hostile input is refused before it can cost much: nesting deeper than MAX_DEPTH (the C composer
    recurses and would crash the process), aliases that expand past the document's own size
    (an alias bomb), unknown tags, invalid dates and the YAML 1.1 numbers that surprise editors.
    """
    doc = Document(path=path, text=text, data=None)
    surrogate = SURROGATES.search(text)  # only from a str made in code (strict UTF-8 never decodes to one)
    if surrogate:
        at = _line_col(text, surrogate.start())
        raise InputError([Problem(doc.name, *at, f"{describe_character(surrogate.group())} is not allowed",
                                  "remove it")])
    try:
        if _depth_bound(text) > C_SAFE_DEPTH:  # only then can the C composer's recursion be at risk
            _check_depth(text)
        try:
            node = yaml.compose(text, Loader=FAST_LOADER)
        except yaml.YAMLError:
            node = None  # parse again with the pure-Python loader, whose errors carry both marks
        node = node or yaml.compose(text, Loader=yaml.SafeLoader)
    except TooDeep as err:
        raise InputError([Problem(doc.name, err.line, err.col, f"nesting deeper than {MAX_DEPTH} levels",
                                  "topics.yaml needs a handful of levels: look for runaway brackets or indentation")]) \
            from None
    except yaml.MarkedYAMLError as err:
        mark, context = err.problem_mark or err.context_mark, err.context_mark
        message = f"YAML syntax error: {err.problem or err.context}"
        if err.problem and err.context and context:
            message += f" ({err.context} at line {context.line + 1}, column {context.column + 1})"
        hint = "check indentation, and quote values that contain ': ' or start with a special character"
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise InputError([Problem(doc.name, line, col, message, hint)]) from None
    except yaml.reader.ReaderError as err:
        line, col = _line_col(text, err.position)
        char = describe_character(chr(err.character)) if isinstance(err.character, int) else "a character"
        raise InputError([Problem(doc.name, line, col, f"{char} is not allowed in YAML",
                                  "remove it (an invisible character pasted from elsewhere?)")]) from None
    except yaml.YAMLError as err:
        raise InputError([Problem(doc.name, None, None, f"YAML error: {err}")]) from None
    if node is not None:
        builder = _Builder(doc, budget=ALIAS_BUDGET + 4 * text.count("\n"),
                           # Checked value by value only where they can occur: raw, or from an escape.
                           suspect=bool(_REFUSED.search(text)) or "\\" in text, merges="<<" in text)
        try:
            doc.data = builder.build(node, ())
        except TooDeep as err:
            hint = ("use aliases (*name) for a few shared values, not to multiply data" if isinstance(err, AliasBomb)
                    else "topics.yaml needs a handful of levels: look for runaway brackets or indentation")
            doc.problems.append(Problem(doc.name, err.line, err.col, str(err.args[0]), hint))
            doc.data = None
    return doc


def compose_for_edit(text: str) -> yaml.Node | None:
    """The node tree of a file that loaded, for a textual edit at its marks (indices into `text`).

    Composed with the loader's parser, so that an edit accepts whatever `check` accepts (PyYAML's own
    scanner refuses a tab after `key:`, which libyaml reads). libyaml leaves a byte-order mark out of
    its indices: they are shifted back onto `text`.
    """
    root = yaml.compose(text, Loader=FAST_LOADER)
    if root is not None and FAST_LOADER is not yaml.SafeLoader and text.startswith("\ufeff"):
        _shift_marks(root, 1)
    return root


def _shift_marks(node: yaml.Node, by: int) -> None:
    for attr in ("start_mark", "end_mark"):
        mark = getattr(node, attr)
        setattr(node, attr, yaml.Mark(mark.name, mark.index + by, mark.line, mark.column, mark.buffer, mark.pointer))
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _shift_marks(key, by)
            _shift_marks(value, by)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _shift_marks(item, by)


MAX_DEPTH = 64  # topics.yaml needs about 8 levels
C_SAFE_DEPTH = 2_000  # libyaml's composer recursed 5,000 levels safely; 50,000 crashed the process
ALIAS_BUDGET = 10_000  # values an alias may add beyond the document's size (4 per line)
_COLLECTION_TAGS = {yaml.MappingNode: "tag:yaml.org,2002:map", yaml.SequenceNode: "tag:yaml.org,2002:seq"}
_SCALAR_TAGS = {_STR, "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
                "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp"}
# A plain integer in the editor's sense: decimal digits, optionally signed. YAML 1.1 also reads
# 010 as octal 8, 0x10 as 16, 0b10 as 2, 1_000 as 1000 and 1:30 as 90 (base 60); those are refused.
_DECIMAL = re.compile(r"[-+]?(0|[1-9][0-9]*)\Z")
_PLAIN_FLOAT = re.compile(r"[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?\Z")


_REFUSED = re.compile(f"{CONTROLS.pattern}|{SURROGATES.pattern}|{BIDI_CONTROLS.pattern}")


class TooDeep(Exception):
    """The document nests deeper than MAX_DEPTH, at line:col."""

    def __init__(self, message: str, line: int | None, col: int | None):
        super().__init__(message)
        self.line, self.col = line, col


class AliasBomb(TooDeep):
    """Aliases or merge keys expand the document far beyond its size, at line:col."""


def _depth_bound(text: str) -> int:
    """An upper bound of the document's nesting depth, cheap to compute: each flow collection opens
    with a bracket, and block collections nest at non-decreasing columns, at most two (a sequence
    as a mapping's value) at one column, so their depth is at most twice the longest line."""
    longest = max(map(len, text.splitlines()), default=0)
    return 2 * (longest + 1) + text.count("[") + text.count("{")


def _check_depth(text: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH from the parser's events, before anything recurses on it."""
    depth = 0
    for event in yaml.parse(text, Loader=FAST_LOADER):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                raise TooDeep("too deep", mark.line + 1 if mark else None, mark.column + 1 if mark else None)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _merged_size(node, memo: dict[int, int]) -> int:
    """How many key/value pairs a mapping holds once its merge keys (<<) are resolved, counted
    without resolving them (nested merges can double at each level)."""
    if id(node) in memo:
        return memo[id(node)]
    memo[id(node)] = 0  # a merge cycle counts nothing more
    size = 0
    for key_node, value_node in node.value:
        if key_node.tag != "tag:yaml.org,2002:merge":
            size += 1
        elif isinstance(value_node, yaml.MappingNode):
            size += _merged_size(value_node, memo)
        elif isinstance(value_node, yaml.SequenceNode):
            size += sum(_merged_size(n, memo) for n in value_node.value if isinstance(n, yaml.MappingNode))
    memo[id(node)] = size
    return size


def _line_col(text: str, position: int) -> tuple[int, int]:
    line = text.count("\n", 0, position) + 1
    return line, position - (text.rfind("\n", 0, position) + 1) + 1


class _Builder:
    """Plain data from the node tree, remembering marks; every problem collected in doc.problems."""

    def __init__(self, doc: Document, budget: int, suspect: bool = True, merges: bool = True):
        self.doc, self.budget, self.suspect, self.merges = doc, budget, suspect, merges
        self.constructor = yaml.constructor.SafeConstructor()
        self.seen: set[int] = set()

    def problem(self, node, message: str, hint: str | None = None) -> None:
        self.doc.problems.append(Problem(self.doc.name, node.start_mark.line + 1, node.start_mark.column + 1,
                                         message, hint))

    def build(self, node, key: Key, depth: int = 0):
        doc = self.doc
        doc.marks[key] = (node.start_mark.line + 1, node.start_mark.column + 1)
        self.budget -= 1
        if id(node) in self.seen and self.budget < 0:  # an alias, expanded once too often
            raise AliasBomb("aliases expand this document far beyond its size (an alias bomb?); refused",
                            node.start_mark.line + 1, node.start_mark.column + 1)
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            raise TooDeep(f"nesting deeper than {MAX_DEPTH} levels", node.start_mark.line + 1,
                          node.start_mark.column + 1)
        expected = _COLLECTION_TAGS.get(type(node))
        if expected and node.tag != expected:  # reported, then read as if untagged: no follow-up noise
            self.problem(node, f"unknown tag '{node.tag}'", "topics.yaml uses plain YAML: remove the tag")
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, key, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, key + (i,), depth + 1) for i, item in enumerate(node.value)]
        return self.scalar(node)

    def mapping(self, node, key: Key, depth: int) -> dict:
        doc = self.doc
        if self.merges and _merged_size(node, {}) > max(self.budget, 0) + len(node.value):
            raise AliasBomb("merge keys (<<) expand this document far beyond its size (an alias bomb?); refused",
                            node.start_mark.line + 1, node.start_mark.column + 1)
        explicit = [pair for pair in node.value if pair[0].tag != "tag:yaml.org,2002:merge"]
        try:
            self.constructor.flatten_mapping(node)  # resolves YAML merge keys (<<), merged pairs first
        except yaml.YAMLError as err:
            # One problem, at the merge: the mapping is then read from its own keys, so that fields it does
            # hold are not reported missing as well.
            self.problem(node, f"cannot merge keys: {getattr(err, 'problem', None) or err}",
                         "`<<` takes an alias of a mapping (`<<: *defaults`) or a list of them")
            node.value = explicit
        self.budget -= len(node.value)
        merged = len(node.value) - sum(1 for k, _ in explicit)
        result = {}
        for index, (key_node, value_node) in enumerate(node.value):
            name = self.scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else str(
                self.build(key_node, key + ("<key>",), depth + 1))
            if isinstance(name, (list, dict)):
                name = str(name)
            # Merged keys (<<) give way silently to later ones, as YAML says; the editor's own keys may not repeat.
            if name in result and index >= merged and doc.marks.get(key + (name, "<own>")):
                first = doc.marks[key + (name, "<key>")][0]
                self.problem(key_node, f"duplicate key '{name}' (first at line {first})",
                             "remove or rename one of them")
                continue
            result[name] = self.build(value_node, key + (name,), depth + 1)
            # A mapping key points at the value; keep the key's own mark for "unknown key" problems.
            doc.marks[key + (name, "<key>")] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if index >= merged:
                doc.marks[key + (name, "<own>")] = doc.marks[key + (name, "<key>")]
        return result

    def scalar(self, node):
        if node.tag == _STR:  # most values: skip the constructor's dispatch
            if self.suspect:
                self.check_text(node, node.value)
            return node.value
        if node.tag not in _SCALAR_TAGS:
            self.problem(node, f"unknown tag '{node.tag}'", "topics.yaml uses plain YAML: remove the tag, "
                                                            "or quote the value to keep it as text")
            return node.value
        try:
            value = self.constructor.construct_object(node, deep=True)
        except (ValueError, OverflowError, yaml.YAMLError):  # 2022-02-30: "day is out of range for month"
            self.problem(node, f"'{node.value}' is not a valid date",
                         "fix the date, or quote it ('...') if it is meant as text")
            return node.value
        if isinstance(value, bool) or node.style:  # plain scalars: style None (PyYAML) or '' (libyaml)
            return value
        surprise = None
        if isinstance(value, int) and not _DECIMAL.match(node.value):
            surprise = f"the number {value}"
        elif isinstance(value, float) and not _PLAIN_FLOAT.match(node.value):
            surprise = f"the number {value}"
        if surprise:
            self.problem(node, f"YAML 1.1 reads {node.value} as {surprise}, not as written",
                         f"quote it ('{node.value}') to keep it as text, or write a plain decimal number")
        return value

    def check_text(self, node, text: str) -> None:
        refused = refused_character(text)
        if refused:
            self.problem(node, *refused)


def refused_character(text: str) -> tuple[str, str] | None:
    """(message, hint) if `text` holds a character no editor means to type (a control character, a lone
    surrogate, a bidi override), which no value of topics.yaml may hold; None if it holds none. The
    commands that write topics.yaml ask here too, so they never write what `check` refuses."""
    for pattern, what, hint in (
            (CONTROLS, "a control character", "remove it (pasted from elsewhere?)"),
            (SURROGATES, "a lone surrogate, which is no character", "remove the \\u escape or fix it"),
            (BIDI_CONTROLS, "a bidi control character, which makes text display in another order than "
                            "it reads", "remove it; right-to-left text needs no control characters")):
        found = pattern.search(text)
        if found:
            char = describe_character(found.group())
            return f"holds {char}" + ("" if what in char else f": {what}"), hint
    return None
