"""A rendering is bounded: steps, characters, time and memory (generator/typesetting/bounds.py).

The hostile course templates themselves are in tests/attacks/ (jinja-nested-loops,
jinja-macro-doubling, jinja-output-flood, ...), built end to end. Here: the limits a
test cannot reach honestly in seconds (time, memory) are lowered to show they are
wired in, the bounds change nothing a template renders, and the largest topic
accepted stays far inside them.
"""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT

from generator.building import pipeline
from generator.errors import UserError
from generator.settings import Settings
from generator.typesetting import bounds, compiled, render

LOOP = "a\n{% for i in range(200) %}{{ i }}{% endfor %}\n"


def _template(folder: Path, text: str, name: str = "page.rml.j2") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_template_past_the_time_limit_stops_at_its_file_and_line(tmp_path: Path, monkeypatch) -> None:
    path = _template(tmp_path, LOOP)
    monkeypatch.setattr(bounds, "SECONDS", 0.0)
    with pytest.raises(UserError) as error:
        render.render("page.rml.j2", {}, tmp_path)
    assert str(error.value).startswith(f"{path}:2: template error: the template runs for longer than 0 seconds")


def test_a_template_past_the_memory_limit_stops(tmp_path: Path, monkeypatch) -> None:
    if bounds._peak_memory() is None:
        pytest.skip("no peak memory on this system")
    path = _template(tmp_path, LOOP)
    monkeypatch.setattr(bounds, "MEMORY", -1)  # any reading is growth past it
    with pytest.raises(UserError, match="needs more than -1 MB of memory") as error:
        render.render("page.rml.j2", {}, tmp_path)
    assert str(error.value).startswith(f"{path}:2: ")


def test_running_out_of_memory_is_a_user_error_at_the_template(tmp_path: Path, monkeypatch) -> None:
    path = _template(tmp_path, LOOP)

    def exhausted(self: bounds.Budget, cost: int = 1) -> None:
        raise MemoryError

    monkeypatch.setattr(bounds.Budget, "step", exhausted)
    with pytest.raises(UserError, match="needs more memory than there is") as error:
        render.render("page.rml.j2", {}, tmp_path)
    assert str(error.value).startswith(f"{path}:2: ")


def test_text_written_past_the_limit_is_blamed_on_the_template_file(tmp_path: Path, monkeypatch) -> None:
    path = _template(tmp_path, "{% for i in range(50) %}plain text{% endfor %}")
    monkeypatch.setattr(bounds, "CHARACTERS", 100)
    with pytest.raises(UserError, match="writes more than 100 characters") as error:
        render.render("page.rml.j2", {}, tmp_path)
    assert str(error.value).startswith(str(path))


def test_the_bounds_change_nothing_a_template_renders(tmp_path: Path) -> None:
    text = (
        "{% set ns = namespace(s='') %}{% for x in 'abc' %}{% set ns.s = ns.s ~ x ~ loop.index %}{% endfor %}"
        "{{ ns.s }}|{{ '<b>' ~ 1 }}|{% for x in [[1, [2]], [3]] recursive %}({{ x if x is number else loop(x) }})"
        "{% endfor %}|{{ '%5s'|format('x') }}|{{ '{:>4}'.format(7) }}|{{ [1, 2, 3]|batch(2)|list }}|{{ 'a' + 'b' }}"
        "|{% for x in [] %}x{% else %}empty{% endfor %}|{{ 'abc'|center(7) }}|{{ 'aXa'|replace('X', 'yy') }}"
    )
    _template(tmp_path, text)
    assert render.render("page.rml.j2", {}, tmp_path) == (
        "a1b2c3|&lt;b&gt;1|((1)((2)))((3))|    x|   7|[[1, 2], [3]]|ab|empty|  abc  |ayya"
    )


@contextlib.contextmanager
def _spent() -> Iterator[list[bounds.Budget]]:
    """The budgets of the renderings run inside the `with`."""
    spent: list[bounds.Budget] = []
    original = bounds.rendering

    @contextlib.contextmanager
    def watched() -> Iterator[bounds.Budget]:
        with original() as budget:
            yield budget
            spent.append(budget)

    bounds.rendering = watched  # type: ignore[assignment]
    try:
        yield spent
    finally:
        bounds.rendering = original


def _largest_topic() -> str:
    """bench/largest.py's topic: every list at its limit."""
    spec = importlib.util.spec_from_file_location("largest", ROOT / "bench" / "largest.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.dump(module.largest())


def test_the_largest_topic_accepted_stays_far_inside_the_limits(tmp_path: Path) -> None:
    topic = tmp_path / "largest.yaml"
    topic.write_text(_largest_topic(), encoding="utf-8")
    source = pipeline.read(topic)
    with _spent() as spent:
        for name in ("handout", "flashcards", "worksheet"):
            pipeline.rml(name, source, Settings())
    assert len(spent) == 4  # the worksheet and its key
    for budget in spent:
        assert budget.steps < bounds.STEPS / 8, budget.steps
        assert max(budget.characters, budget.values) < bounds.CHARACTERS / 8


def test_compiled_templates_are_cached_apart_from_code_compiled_without_the_bounds(monkeypatch) -> None:
    env = render.environment(None)
    before = compiled._options(env)
    monkeypatch.setattr(type(env), "code_version", bounds.VERSION + 1)
    assert compiled._options(env) != before
