"""topics.yaml -> plain Python data that remembers the file:line:col of every value."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

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

    def problem(self, key: Key, message: str, hint: str | None = None, warning: bool = False) -> Problem:
        line, col = self.where(key)
        return Problem(self.name, line, col, message, hint, warning)


def load_document(path: Path) -> Document:
    """Read and parse a YAML file; raise InputError (one line each) if it cannot be read or parsed."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError([Problem(display_path(path), None, None, "file not found",
                                  "check the path, or run from the folder that holds topics.yaml")])
    except (OSError, UnicodeDecodeError) as err:
        raise InputError([Problem(display_path(path), None, None, f"cannot read file: {err}")])
    return parse_document(path, text)


def parse_document(path: Path, text: str) -> Document:
    """Compose the YAML node tree (which keeps marks) and build plain data from it."""
    doc = Document(path=path, text=text, data=None)
    try:
        node = yaml.compose(text, Loader=FAST_LOADER)
    except yaml.YAMLError:
        node = None  # parse again with the pure-Python loader, whose errors carry both marks
    try:
        node = node or yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark, context = err.problem_mark or err.context_mark, err.context_mark
        message = f"YAML syntax error: {err.problem or err.context}"
        if err.problem and err.context and context:
            message += f" ({err.context} at line {context.line + 1}, column {context.column + 1})"
        hint = "check indentation, and quote values that contain ': ' or start with a special character"
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise InputError([Problem(doc.name, line, col, message, hint)])
    except yaml.YAMLError as err:
        raise InputError([Problem(doc.name, None, None, f"YAML error: {err}")])
    doc.data = _build(node, (), doc, doc.problems, yaml.constructor.SafeConstructor()) if node else None
    return doc


def _build(node, key: Key, doc: Document, problems: list[Problem], constructor):
    doc.marks[key] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        constructor.flatten_mapping(node)  # resolves YAML merge keys (<<)
        result = {}
        for key_node, value_node in node.value:
            name = key_node.value if key_node.tag == _STR else constructor.construct_object(key_node, deep=True)
            if isinstance(name, (list, dict)):
                name = str(name)
            if name in result:
                first = doc.marks[key + (name,)][0]
                problems.append(Problem(doc.name, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                                        f"duplicate key '{name}' (first at line {first})",
                                        "remove or rename one of them"))
                continue
            result[name] = _build(value_node, key + (name,), doc, problems, constructor)
            # A mapping key points at the value; keep the key's own mark for "unknown key" problems.
            doc.marks[key + (name, "<key>")] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, key + (i,), doc, problems, constructor) for i, item in enumerate(node.value)]
    if node.tag == _STR:  # most values: skip the constructor's dispatch
        return node.value
    return constructor.construct_object(node, deep=True)
