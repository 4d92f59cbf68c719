"""Every setting reaches the output: changing it alone changes what is drawn.

The test walks every leaf of the settings model, makes a value other than the
default (from the field's type and range, or from VALUES), and renders the
example's outputs with it: at least one must change. A setting that nothing
reads fails here, and a new setting is walked without anyone listing it.
"""

from __future__ import annotations

import copy
import json
import types
import typing
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from annotated_types import Ge, Le
from conftest import EXAMPLE, ROOT

from generator.building import pipeline
from generator.settings import Settings, options
from generator.settings.looks import Styles

FONTS = ROOT / "content" / "y12-history" / "assets" / "fonts"
CUSTOM = {"width": "3in", "height": "2in", "columns": 2, "rows": 4}
VALUES: dict[str, Any] = {
    "citation_style": "mla",
    "theme.logo": str(ROOT / "content" / "hist-204" / "assets" / "logo.svg"),
    "theme.logo_alt": "Zzz crest",
    "handout.sections": ["terms", "summary"],
    "handout.headings": {"summary": "Zzz"},
    "worksheet.sections": ["blanks"],
    "worksheet.counts": {"blanks": 1},
    "worksheet.headings": {"blanks": "Zzz"},
    "cards.decks": ["terms"],
    "cards.back_offset": [1.5, -1],
    "cards.stock.gutter": ["2mm", "3mm"],
    "cards.stock.top": "1in",
    "cards.stock.left": "1in",
    "theme.timeline.max_label_width": 60,
    "theme.timeline.min_label_width": 20,
    "theme.timeline.soft_dash": [3, 2],
    "language": "de",
    "cards.stock.paper": "a4",
    "cards.stock.columns": 1,
    "cards.stock.rows": 3,
    "theme.body_font.regular": str(FONTS / "PTSans-Regular.ttf"),
    "theme.heading_font.regular": str(FONTS / "PTSerif-Regular.ttf"),
    "theme.heading_font.italic": str(FONTS / "PTSerif-Italic.ttf"),
    "theme.heading_font.bold_italic": str(FONTS / "PTSerif-BoldItalic.ttf"),
}
"""Values the field's type alone does not suggest."""
BASES: dict[str, dict[str, Any]] = {
    "cards.stock.left": {"cards": {"stock": {**CUSTOM, "top": "1in"}}},
    "cards.stock": {"cards": {"stock": CUSTOM}},
    "theme.rules.outline": {"cards": {"outline": True}},
    "theme.logo_alt": {"theme": {"logo": str(ROOT / "content" / "hist-204" / "assets" / "logo.svg")}},
    "theme.timeline": {"handout": {"timeline": "horizontal"}},
    "cards.seed": {"cards": {"shuffle": True}},
    "theme.body_font": {"theme": {"body_font": {"regular": str(FONTS / "PTSerif-Regular.ttf")}}},
    "theme.heading_font": {"theme": {"heading_font": {"regular": str(FONTS / "PTSans-Regular.ttf")}}},
}
"""Settings that only matter beside another (measurements of a custom stock, the seed of a shuffle)."""
ELSEWHERE = {
    "outputs": "what is built, not how: test_settings.test_build_only_anki, test_cli",
    "bibliography": "a library file: tests/test_library.py builds with one",
    "cards.stock.top": "with `left` only (cards.stock.left checks the pair)",
    "cards.min_size": "the warning threshold: test_cards_text's too-long card warns below it, --strict refuses",
}
"""Leaves this test does not render, and where they are proved to reach the output."""
FACES = {"regular": "Regular", "bold": "Bold", "italic": "Italic", "bold_italic": "BoldItalic"}


def _leaves() -> list[tuple[str, Any]]:
    fields = list(options.fields())
    paths = {path for path, _ in fields}
    leaves = [(".".join(p), f) for p, f in fields if not any(q[: len(p)] == p and len(q) > len(p) for q in paths)]
    styles = [name for name in Styles.model_fields if name != "Question"]
    # Every field of one style; of every other style the size, which shows the style is used at all.
    return [
        (path, info)
        for path, info in leaves
        if not any(path.startswith(f"theme.styles.{name}.") for name in styles) or path.endswith(".size")
    ]


def _put(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    node = data
    *parents, last = path.split(".")
    for key in parents:
        node = node.setdefault(key, {})
    node[last] = value
    return data


def _other(path: str, info: Any) -> Any:
    """A valid value other than the default."""
    if path in VALUES:
        return VALUES[path]
    name = path.split(".")[-1]
    if path.startswith("theme.") and path.split(".")[1].endswith("_font"):
        family = "PTSerif" if "body" in path else "PTSans"
        return str(FONTS / f"{family}-{FACES[name]}.ttf")
    default = _default(path, info)
    annotation = info.annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):  # Optional[X]: X
        annotation = next(arg for arg in typing.get_args(annotation) if arg is not type(None))
    choices = typing.get_args(annotation) if typing.get_origin(annotation) is typing.Literal else ()
    if choices:
        return next(choice for choice in choices if choice != default)
    if annotation is bool:
        return not default
    if isinstance(default, int | float) and not isinstance(default, bool):
        low = next((m.ge for m in info.metadata if isinstance(m, Ge)), -1e9)
        high = next((m.le for m in info.metadata if isinstance(m, Le)), 1e9)
        step = 1 if isinstance(default, int) else max(0.5, abs(default) / 4)
        value = default + step if default + step <= high else max(low, default - step)
        return type(default)(value)
    if name in ("color", "accent", "heading", "link") or name.endswith("_color") or path.startswith("theme.palette"):
        return "#123456"
    if name in ("font", "face", "bullet_font") or name.endswith("_font"):
        return "Body-BoldItalic"
    if path.startswith("course.") or path.startswith("theme.header") or path.startswith("theme.footer"):
        return "Zzz {topic.title}" if path.startswith("theme.") else "Zzz"
    raise AssertionError(f"no other value known for {path}: add one to VALUES")


def _topic(folder: Path) -> Path:
    """The example, with its summary's apostrophes typed straight, as the typographer would find them."""
    topic = folder / "great-purge.yaml"
    if not topic.exists():
        text = EXAMPLE.read_text(encoding="utf-8")
        start = text.index("summary:")
        end = text.index("\n", text.index("\nkey_figures:"))
        topic.write_text(text[:start] + text[start:end].replace("’", "'") + text[end:], encoding="utf-8")
    return topic


def _base(path: str) -> dict[str, Any]:
    """The settings a leaf is changed against: the defaults, or the first of BASES that holds it."""
    return next((value for prefix, value in BASES.items() if path == prefix or path.startswith(prefix + ".")), {})


def _default(path: str, info: Any) -> Any:
    """The default at `path`: the default settings' value there (a style's own size), else the field's."""
    node: Any = Settings.model_validate(_base(path))
    for key in path.split("."):
        node = getattr(node, key, None)
    return node if node is not None else info.get_default(call_default_factory=True)


@lru_cache(maxsize=16)
def _rendered(data: str, names: tuple[str, ...], cache: Path) -> list[str]:
    settings = Settings.model_validate(json.loads(data))
    source = pipeline.read(_topic(cache.parent), settings)
    return [text for name in names for text in pipeline.rml(name, source, settings, cache)[0]]


@pytest.mark.parametrize(("path", "info"), _leaves(), ids=[path for path, _ in _leaves()])
def test_every_setting_reaches_the_output(path: str, info: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    if path in ELSEWHERE:
        pytest.skip(ELSEWHERE[path])
    base = _base(path)
    names = ("handout", "worksheet") if path.startswith("theme.styles.") else ("handout", "flashcards", "worksheet")
    cache = tmp_path_factory.getbasetemp() / "bibliography-cache"
    before = _rendered(json.dumps(base), names, cache)
    after = _rendered(json.dumps(_put(copy.deepcopy(base), path, _other(path, info))), names, cache)
    assert before != after, f"{path} changed nothing in {', '.join(names)}"
