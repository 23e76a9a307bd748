"""Edit what the briefing says from the browser: a topic's title, question, takeaway and stance labels,
an excerpt's stance and note.

Each edit is textual, at the YAML marks (as `excerpt add` and `edition new` edit): the one value's
lines are replaced, inserted or removed and every other byte of topics.yaml stays as it was, comments
included. The edited file must hold the same data but for that one value (a safety net) and must load
as `check` loads it; only then is it written, atomically, and only if it is still the version the
editor's page was made from.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from reportgen.commands.excerpt_add import WIDTH, folded, plain_or_quoted
from reportgen.load.loader import FAST_LOADER, compose_for_edit, refused_character
from reportgen.load.schema import load_edition
from reportgen.load.textfiles import decode_text
from reportgen.output.atomic import check_version, editable, version_of, write_unless_changed
from reportgen.problems import InputError, Problem

TOPIC_FIELDS = ("title", "question", "takeaway")  # what a topic's editor may change in the browser
REQUIRED = ("title", "question")  # may be changed, never emptied
EXCERPT_FIELDS = ("stance", "note")
_STANCE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,40}\Z")


@dataclass(frozen=True)
class Edit:
    """One value to set: where its mapping stands in topics.yaml, its key, the new text (None: remove
    the key), and the keys after which a new line goes when the key is not there yet."""

    mapping: tuple  # ("topics", 0) or ("topics", 0, "stances") or ("topics", 0, "excerpts", 3)
    key: str
    value: str | None
    after: tuple[str, ...] = ()


def topic_edit(topics_data: list, topic_id: str, field: str, value: str) -> Edit:
    """The edit of a topic's title, question or takeaway (an empty takeaway removes it)."""
    index = _topic_index(topics_data, topic_id)
    if field not in TOPIC_FIELDS:
        raise _refused(f"'{field}' cannot be edited here", f"edit one of {', '.join(TOPIC_FIELDS)}")
    text = _text(field, value)
    if text is None and field in REQUIRED:
        raise _refused(f"the topic's {field} cannot be empty", f"write a {field}")
    return Edit(("topics", index), field, text, after=("question", "title"))


def stance_edit(topics_data: list, topic_id: str, stance_id: str, label: str) -> Edit:
    """The edit of a stance's label, or a new stance (a new id) at the end of the topic's stances."""
    index = _topic_index(topics_data, topic_id)
    if not _STANCE_ID.match(stance_id):
        raise _refused(f"'{stance_id}' is not a usable stance id", "lowercase letters, digits and hyphens")
    text = _text("label", label)
    if text is None:
        raise _refused("a stance needs a label", "write the label; to drop a stance, edit topics.yaml")
    if not isinstance(topics_data[index].get("stances"), dict):
        raise _refused(f"topic '{topic_id}' has no stances: mapping to add to", "add `stances:` in topics.yaml")
    return Edit(("topics", index, "stances"), stance_id, text)


def excerpt_edit(topics_data: list, topic_id: str, number: int, field: str, value: str | None) -> Edit:
    """The edit of an excerpt's stance or note (empty or None removes it)."""
    index = _topic_index(topics_data, topic_id)
    excerpts = topics_data[index].get("excerpts") or []
    if not 0 <= number < len(excerpts):
        raise _refused(f"topic '{topic_id}' has no excerpt {number + 1}", "reload the page")
    if field not in EXCERPT_FIELDS:
        raise _refused(f"an excerpt's '{field}' cannot be edited here", "edit its stance or note")
    text = _text(field, value or "")
    if field == "stance" and text is not None and text not in (topics_data[index].get("stances") or {}):
        raise _refused(f"unknown stance '{text}' for topic '{topic_id}'", "choose one of the topic's stances")
    return Edit(("topics", index, "excerpts", number), field, text, after=("stance", "analyst") if field == "stance"
                else ())


def apply_edit(topics: Path, expected: str | None, make) -> str:
    """Read topics.yaml, refuse if it is not the `expected` version, make the Edit with `make(topics data)`,
    write it (comments and layout kept) and return the new version. Nothing is written on any problem."""
    target = editable(topics, "the browser's edit")
    raw = topics.read_bytes()
    check_version(raw, expected, topics)
    text = decode_text(topics, raw)
    data = yaml.load(text, Loader=FAST_LOADER)
    edit = make(data.get("topics") or [])  # read only: the same data is the safety net's reference
    new_text = edited_text(text, edit, data)
    load_edition(topics, text=new_text)  # shape and ids as `check` reads them: an unusable file is never written
    write_unless_changed(target, raw, new_text.encode("utf-8"))
    return version_of(new_text.encode("utf-8"))


def edited_text(text: str, edit: Edit, data=None) -> str:
    """topics.yaml with one value set, inserted or removed; every other byte kept (`data`: the text's, if loaded)."""
    newline = "\r\n" if "\r\n" in text else "\n"
    node = compose_for_edit(text)
    for step in edit.mapping:
        assert node is not None
        node = node.value[step] if isinstance(step, int) else next(v for k, v in node.value if k.value == step)
    assert node is not None and isinstance(node, yaml.MappingNode)
    if node.flow_style:
        raise _refused("this part of topics.yaml is written as a {flow: mapping}, which the browser does not edit",
                       "edit it in topics.yaml")
    pairs = {k.value: (k, v) for k, v in node.value}
    column = node.value[0][0].start_mark.column
    if edit.key in pairs:
        key, value = pairs[edit.key]
        end = _value_end(text, value)
        if edit.value is None:
            if key is node.value[0][0]:
                raise _refused(f"'{edit.key}' leads its entry and cannot be removed here", "edit topics.yaml")
            start = text.rfind("\n", 0, key.start_mark.index) + 1
            stop = text.find("\n", end)
            new = text[:start] + text[len(text) if stop == -1 else stop + 1:]
        else:
            one_line = value.start_mark.line == value.end_mark.line and value.style not in ("|", ">")
            lines = _lines(edit.key, edit.value, column, one_line)
            new = text[:key.start_mark.index] + newline.join(lines)[column:] + text[end:]
    elif edit.value is None:
        return text
    else:
        anchor = next((pairs[k] for k in edit.after if k in pairs), node.value[-1])
        stop = text.find("\n", _value_end(text, anchor[1]))
        block = newline.join(_lines(edit.key, edit.value, column, one_line=False))
        new = text + newline + block + newline if stop == -1 else text[:stop + 1] + block + newline + text[stop + 1:]
    _check_edit(data if data is not None else yaml.load(text, Loader=FAST_LOADER), new, edit)
    return new


def _lines(key: str, value: str, column: int, one_line: bool) -> list[str]:
    """`key: value` at `column`: one line when it was one or fits, else a folded block like a quote's."""
    line = " " * column + f"{key}: {plain_or_quoted(value)}"
    if one_line or len(line) <= WIDTH:
        return [line]
    return folded(" " * column + key + ":", value, column + 2)


def _value_end(text: str, node) -> int:
    """Where a value's own characters end (a block scalar's mark runs on over the blank lines after it)."""
    end = node.end_mark.index
    while end > node.start_mark.index and text[end - 1] in " \t\r\n":
        end -= 1
    return end


def _check_edit(old, new: str, edit: Edit) -> None:
    """Safety net: the edited file holds the same data (`old`, as loaded) but for the one value."""
    expected = copy.deepcopy(old)
    place = expected
    for step in edit.mapping:
        place = place[step]
    if edit.value is None:
        place.pop(edit.key, None)
    else:
        place[edit.key] = edit.value
    try:
        got = yaml.load(new, Loader=FAST_LOADER)
    except yaml.YAMLError:
        got = None
    if got != expected:
        raise _refused("cannot make this edit without touching other lines; nothing changed", "edit topics.yaml")


def _text(field: str, value: str) -> str | None:
    """The value as written: whitespace folded; None when empty; refused with an invisible character."""
    if not isinstance(value, str):
        raise _refused(f"the {field} must be text", "type it again")
    text = " ".join(value.split())
    refused = refused_character(text)
    if refused:
        raise _refused(f"the {field} {refused[0]}", refused[1])
    return text or None


def _topic_index(topics_data: list, topic_id: str) -> int:
    for index, topic in enumerate(topics_data):
        if isinstance(topic, dict) and topic.get("id") == topic_id:
            return index
    raise _refused(f"unknown topic '{topic_id}'", "reload the page")


def _refused(message: str, hint: str) -> InputError:
    return InputError([Problem("topics.yaml", None, None, message, hint + "; nothing was written")])
