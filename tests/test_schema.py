"""The JSON Schemas for editors: generated from the models, committed, and kept in sync."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT

from generator.cli import main
from generator.courses import schema


def test_committed_schemas_match_the_models() -> None:
    for name, text in schema.schemas().items():
        committed = (ROOT / "schemas" / name).read_text(encoding="utf-8")
        assert committed == text, f"schemas/{name} is out of date: run `studyguide schema`"


def test_every_field_is_described() -> None:
    for name, text in schema.schemas().items():
        document = json.loads(text)
        for holder, definition in [("top level", document), *document["$defs"].items()]:
            for field, spec in definition.get("properties", {}).items():
                assert spec.get("description"), f"{name}: {holder}.{field} has no description"


def test_text_fields_accept_what_an_editor_types_as_numbers() -> None:
    """`issued: 1990` is a number to an editor and the text "1990" to studyguide: the schema allows both."""
    topic = json.loads(schema.schemas()["topic.schema.json"])
    edtf, date_object, _ = topic["$defs"]["CslItem"]["properties"]["issued"]["anyOf"][0]["oneOf"]
    assert edtf["type"] == ["string", "number", "boolean"]
    assert date_object == {"$ref": "#/$defs/CslDate"}


def test_examples_point_editors_at_the_schemas() -> None:
    for example, target in [
        (ROOT / "content" / "great-purge.yaml", "topic"),
        (ROOT / "content" / "hist-204" / "great-purge.yaml", "topic"),
        (ROOT / "content" / "hist-204" / "course.yaml", "course"),
        (ROOT / "content" / "y12-history" / "course.yaml", "course"),
    ]:
        first = example.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=")
        referenced = (example.parent / first.split("=", 1)[1]).resolve()
        assert referenced == (ROOT / "schemas" / f"{target}.schema.json").resolve()


def test_schema_command_writes_both(tmp_path: Path) -> None:
    assert main(["schema", "-o", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["course.schema.json", "topic.schema.json"]
