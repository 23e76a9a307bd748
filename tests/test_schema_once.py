"""Fields are declared once, on the model's dataclasses (load/model.py, `declare()`): the shape checks,
`reportgen schema`, the README's field list and the JSON Schema are derived from those declarations."""

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import REPO

from reportgen.cli import main
from reportgen.load import model, schema
from reportgen.load.jsonschema import topics_schema

# Model fields that topics.yaml does not hold: ids (the mapping keys), and what loading and verification add.
NOT_DECLARED = {
    model.Edition: {"path", "document"} | {f.name for f in schema.TOP},
    model.Source: {"id"},
    model.Analyst: {"id"},
    model.Topic: set(),
    model.Excerpt: {"topic", "key", "paragraph", "check", "cuts", "display", "locator"},  # set by verification
    model.TimelineEntry: set(),
}
DECLARED = {model.Edition: schema.EDITION, model.Source: schema.SOURCE, model.Analyst: schema.ANALYST,
            model.Topic: schema.TOPIC, model.Excerpt: schema.EXCERPT, model.TimelineEntry: schema.TIMELINE}


@pytest.mark.parametrize("cls", list(DECLARED), ids=lambda cls: cls.__name__)
def test_every_declared_field_is_a_model_field_and_back(cls):
    declared = {f.name for f in DECLARED[cls]}
    fields = {f.name for f in dataclasses.fields(cls)} - NOT_DECLARED[cls]
    assert declared == fields, f"declared only in schema.py: {declared - fields}; only in model.py: {fields - declared}"


def test_the_schema_is_read_from_the_model_not_written_beside_it():
    from reportgen.load.fields import declared

    assert schema.SOURCE == declared(model.Source) and schema.EXCERPT == declared(model.Excerpt)
    assert schema.TOP[1:] == declared(model.Edition, section="top")
    source = Path(schema.__file__).read_text(encoding="utf-8")
    assert 'Field("file"' not in source and 'Field("quote"' not in source


def as_json(path) -> dict:
    """topics.yaml as JSON sees it (YAML dates become text, as the YAML language server reads them)."""
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))


def test_the_json_schema_accepts_the_shipped_topics_and_refuses_unknown_fields_and_kinds():
    validator = jsonschema.Draft7Validator(topics_schema())
    data = as_json(REPO / "topics.yaml")
    assert list(validator.iter_errors(data)) == []
    data["edition"]["colour"] = "red"
    data["sources"][next(iter(data["sources"]))]["kind"] = "poem"
    messages = [e.message for e in validator.iter_errors(data)]
    assert any("'colour' was unexpected" in m for m in messages) and any("'poem' is not one of" in m for m in messages)


def test_schema_json_prints_it_and_the_readme_shows_the_editor_line(capsys):
    assert main(["schema", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == topics_schema() and printed["required"] == ["edition", "sources", "analysts", "topics"]
    assert printed["properties"]["topics"]["items"]["properties"]["excerpts"]["items"]["properties"]["quote"]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "# yaml-language-server: $schema=topics.schema.json" in readme
    assert "reportgen schema --json > topics.schema.json" in readme
