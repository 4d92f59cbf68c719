"""The committed JSON Schemas in a real editor: yaml-language-server accepts every example and flags mistakes.

Needs the server (Node.js): `npm install yaml-language-server` and point
STUDYGUIDE_YAML_LS at node_modules/.bin/yaml-language-server, or have it on PATH.
Without it these tests are skipped (CI installs only Python packages).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from lsp_client import diagnostics

ROOT = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("STUDYGUIDE_YAML_LS") or shutil.which("yaml-language-server")
pytestmark = pytest.mark.skipif(not SERVER, reason="yaml-language-server is not installed (see this file's docstring)")
EXAMPLES = sorted(
    [*ROOT.glob("content/*.yaml"), *ROOT.glob("content/*/*.yaml"), *ROOT.glob("tests/corpus/*.yaml")],
)


def test_every_example_topic_and_course_is_clean_in_the_editor() -> None:
    assert len(EXAMPLES) >= 12
    found = diagnostics(str(SERVER), EXAMPLES)
    assert set(found) == set(EXAMPLES), "the server answered for every file"
    assert {path: problems for path, problems in found.items() if problems} == {}


def test_the_editor_underlines_what_studyguide_refuses(tmp_path: Path) -> None:
    schemas = ROOT / "schemas"
    topic = tmp_path / "topic.yaml"
    topic.write_text(
        f"# yaml-language-server: $schema={schemas / 'topic.schema.json'}\n"
        "title: T\nsumary: S\nkey_figures:\n  - name: A\n    role: B\n    lived: [1, 2]\n"
        "chronology:\n  - date: 1934\n    event: E\n    colour: red\n",
        encoding="utf-8",
    )
    course = tmp_path / "course.yaml"
    course.write_text(
        f"# yaml-language-server: $schema={schemas / 'course.schema.json'}\n"
        'paper: A5\ntheme:\n  accent_color: "#800000"\n  palette:\n    accent: red\n',
        encoding="utf-8",
    )
    found = diagnostics(str(SERVER), [topic, course])
    lines = {path: sorted(line for line, _ in problems) for path, problems in found.items()}
    assert lines[topic] == [2, 3, 7, 11]  # summary missing, `sumary` unknown, lived not text, `colour` unknown
    assert lines[course] == [2, 4, 6]  # A5, the renamed key, a colour that is not #rrggbb
