"""JSON Schemas for topic files and course.yaml, generated from the pydantic models.

Editors with the YAML language server complete and check fields as the teacher
types, from the `# yaml-language-server: $schema=…` line at the top of a file.
studyguide reads every scalar as text (`1990` is the text "1990"), but an editor
types YAML values, so wherever the models take text the schema also accepts
numbers and booleans. The committed copies in schemas/ are kept in sync by a test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.content.models import Topic
from generator.settings import Settings
from generator.typesetting.output import write_atomic

MODELS: dict[str, type[BaseModel]] = {"topic.schema.json": Topic, "course.schema.json": Settings}
SCALAR = ["string", "number", "boolean"]


def _loose(node: Any) -> Any:
    if isinstance(node, dict):
        out = {key: _loose(value) for key, value in node.items()}
        if out.get("type") == "string" and "enum" not in out and "const" not in out:
            out["type"] = SCALAR
        return out
    if isinstance(node, list):
        return [_loose(item) for item in node]
    return node


def schemas() -> dict[str, str]:
    """File name → JSON text, stable (sorted keys) so the committed copies diff cleanly."""
    out = {}
    for name, model in MODELS.items():
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **_loose(model.model_json_schema())}
        out[name] = json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    return out


def write(folder: Path) -> list[Path]:
    written = []
    for name, text in schemas().items():
        write_atomic(folder / name, text.encode("utf-8"))
        written.append(folder / name)
    return written
