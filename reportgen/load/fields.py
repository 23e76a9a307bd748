"""A field of topics.yaml, declared once on the model's dataclass (mkdocs declares each option once).

`declare()` is a dataclass field that also says what the field is in topics.yaml; `declared()` reads the
declarations back, in order, for the shape checks, `reportgen schema` and the JSON Schema.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Field:
    name: str
    type: type  # as topics.yaml holds it: str, int, bool, list or dict
    doc: str  # what it means to the editor, one line
    required: bool = False
    choices: tuple[str, ...] = ()


def declare(yaml_type: type, doc: str, *, required: bool = False, choices: tuple[str, ...] = (),
            section: str | None = None, **field_options: Any) -> Any:
    """A model field that topics.yaml holds: its type there, its meaning to the editor, whether it is required,
    its allowed values; `section` when it stands elsewhere in the file ("top": the top level, not `edition:`)."""
    metadata = {"field": Field("", yaml_type, doc, required, choices), "section": section}
    return dataclasses.field(metadata=metadata, **field_options)


def declared(cls: type, section: str | None = None) -> tuple[Field, ...]:
    """The fields of a model dataclass that topics.yaml holds (in `section`), in declaration order."""
    return tuple(dataclasses.replace(f.metadata["field"], name=f.name) for f in dataclasses.fields(cls)
                 if "field" in f.metadata and f.metadata["section"] == section)
