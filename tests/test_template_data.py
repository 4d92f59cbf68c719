"""Templates see data, not objects: every context handed to a template is plain, immutable values."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from conftest import ROOT

from generator.cli import main
from generator.typesetting import data, render

PLAIN = (str, int, float, bool, type(None))


def _walk(value: Any, where: str) -> int:
    """The number of values under `value`; fails at the first that is not plain data."""
    if isinstance(value, PLAIN):
        return 1
    if isinstance(value, tuple):
        return 1 + sum(_walk(item, f"{where}[{i}]") for i, item in enumerate(value))
    if isinstance(value, MappingProxyType):
        return 1 + sum(_walk(item, f"{where}.{key}") for key, item in value.items() if isinstance(key, str))
    pytest.fail(f"{where} is a {type(value).__name__}, not plain data")


@pytest.fixture
def contexts(monkeypatch) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []
    real = render.plain

    def recording(context: Any) -> Any:
        frozen = real(context)
        seen.append((str(len(seen)), frozen))
        return frozen

    monkeypatch.setattr(render, "plain", recording)
    return seen


def test_every_template_context_is_plain_data(tmp_path: Path, contexts: list, monkeypatch) -> None:
    monkeypatch.setattr("generator.building.batch.typesetting_pool", lambda: None)
    for course in ("hist-204", "y12-history"):
        assert main(["build", str(ROOT / "content" / course), "-o", str(tmp_path / "out")]) == 0
    assert main(["cards", "--calibrate", "-o", str(tmp_path / "cal")]) == 0
    assert len(contexts) >= 5  # handout, flashcards, worksheet and key (the courses build some), calibration
    for name, context in contexts:
        assert _walk(context, name) > 50


def test_a_model_becomes_a_read_only_mapping_of_its_fields() -> None:
    from generator.content.models import Topic

    topic = Topic.model_validate({"title": "T", "summary": "S", "key_figures": [{"name": "A", "role": "B"}]})
    frozen = data.plain({"topic": topic})
    assert isinstance(frozen["topic"], MappingProxyType) and frozen["topic"]["title"] == "T"
    assert "parse_raw" not in frozen["topic"] and "model_fields" not in frozen["topic"]
    with pytest.raises(TypeError):
        frozen["topic"]["title"] = "changed"


def test_anything_else_is_a_bug_in_the_context() -> None:
    with pytest.raises(TypeError, match="plain data, not type"):
        data.plain({"x": str})
