"""A JSON Schema of topics.yaml, derived from the field declarations in schema.py (never written by hand).

`reportgen schema --json > topics.schema.json`, and the first line of topics.yaml
`# yaml-language-server: $schema=./topics.schema.json` gives editors completion, the fields' docs
on hover and validation in VS Code's YAML extension (and any editor using yaml-language-server).
"""

from __future__ import annotations

from reportgen.load.fields import Field
from reportgen.load.schema import ANALYST, EDITION, EXCERPT, SOURCE, TIMELINE, TOP, TOPIC

JSON_SCHEMA = "http://json-schema.org/draft-07/schema#"

_SCALARS: dict[type, dict] = {str: {"type": ["string", "number"]}, int: {"type": "integer"}, bool: {"type": "boolean"}}
_TEXTS = {"type": "array", "items": {"type": "string"}}


def _object(fields: tuple[Field, ...], nested: dict[str, dict], description: str | None = None) -> dict:
    """One mapping of declared fields: each field's type (or its nested schema), doc and choices."""
    properties = {}
    for f in fields:
        default = {"type": "array"} if f.type is list else {"type": "object"}
        prop = {**(nested.get(f.name) or _SCALARS.get(f.type) or default), "description": f.doc}
        if f.choices:
            prop = {"enum": list(f.choices), "description": f.doc}
        properties[f.name] = prop
    schema = {"type": "object", "properties": properties, "additionalProperties": False,
              "required": [f.name for f in fields if f.required]}
    if description:
        schema["description"] = description
    return schema


def _mapping_of(value: dict) -> dict:
    """An id -> value mapping (sources, analysts, stances, glossary)."""
    return {"type": "object", "additionalProperties": value}


def topics_schema() -> dict:
    """The JSON Schema (draft-07) of a topics.yaml file."""
    excerpt = _object(EXCERPT, {})
    topic = _object(TOPIC, {"stances": _mapping_of({"type": "string"}), "excerpts": {"type": "array",
                                                                                    "items": excerpt},
                            "discussion": _TEXTS})
    nested = {
        "edition": _object(EDITION, {}),
        "sources": _mapping_of(_object(SOURCE, {})),
        "analysts": _mapping_of(_object(ANALYST, {"aliases": _TEXTS, "author_of": _TEXTS})),
        "topics": {"type": "array", "items": topic},
        "glossary": _mapping_of({"type": "string"}),
        "timeline": {"type": "array", "items": _object(TIMELINE, {})},
    }
    return {"$schema": JSON_SCHEMA, "title": "reportgen topics.yaml", **_object(TOP, nested)}
