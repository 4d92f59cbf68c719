"""Every setting reaches the output: changing it alone changes what is drawn.

The test walks every leaf of the settings model, makes a value other than the
default (from the field's type and range, or from VALUES), and renders the
example's outputs with it: at least one must change. A setting that nothing
reads fails here, and a new setting is walked without anyone listing it. What is
compared is all a teacher gets: the RML of the PDFs, the warnings (card text below
`cards.min_size`), the Anki package's card style, and for `outputs` the files a
build writes.
"""

from __future__ import annotations

import copy
import io
import json
import sqlite3
import tempfile
import types
import typing
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from annotated_types import Ge, Le
from conftest import EXAMPLE, ROOT

from generator.building import pipeline
from generator.cli import main
from generator.outputs.registry import REGISTRY
from generator.settings import Settings, options
from generator.settings.looks import ParaStyle, Styles
from generator.typesetting import render

FONTS = ROOT / "content" / "y12-history" / "assets" / "fonts"
LOGO = str(ROOT / "content" / "hist-204" / "assets" / "logo.svg")
CUSTOM = {"width": "3in", "height": "2in", "columns": 2, "rows": 4}
VALUES: dict[str, Any] = {
    "citation_style": "mla",
    "theme.logo": LOGO,
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
    "theme.rules.fold_dash": [2, 1],
    "theme.anki.font_family": "Palatino, serif",
    "outputs": ["csv"],
    "cards.min_size": 12,
    "theme.card_footer.largest": 5.8,
    "bibliography": "walk-b.json",
}
"""Values the field's type alone does not suggest."""
BASES: dict[str, dict[str, Any]] = {
    "cards.stock.left": {"cards": {"stock": {**CUSTOM, "top": "1in"}}},
    "cards.stock": {"cards": {"stock": CUSTOM}},
    "theme.rules.outline": {"cards": {"outline": True}},
    "theme.logo_alt": {"theme": {"logo": LOGO}},
    # A narrow frame: the example's horizontal timeline then needs its axis broken and its labels wrapped narrow.
    "theme.timeline.min_label_width": {"handout": {"timeline": "horizontal"}, "theme": {"margin": 2.5}},
    "theme.timeline.break_size": {"handout": {"timeline": "horizontal"}, "theme": {"margin": 1.6}},
    "theme.timeline": {"handout": {"timeline": "horizontal"}},
    "cards.seed": {"cards": {"shuffle": True}},
    "theme.body_font": {"theme": {"body_font": {"regular": str(FONTS / "PTSerif-Regular.ttf")}}},
    "theme.heading_font": {"theme": {"heading_font": {"regular": str(FONTS / "PTSans-Regular.ttf")}}},
    "theme.rules.fold_dash": {"cards": {"duplex": "fold"}},
    "theme.logo_box": {"theme": {"logo": LOGO}},
    "outputs": {"outputs": ["csv", "worksheet"]},
    "bibliography": {"bibliography": "walk-a.json"},
}
"""Settings that only matter beside another (measurements of a custom stock, the seed of a shuffle)."""
ELSEWHERE = {
    "cards.stock.top": "with `left` only (cards.stock.left checks the pair)",
    "theme.fallback_fonts": "only characters the fonts lack reach it: test_fallback's course with its own fallback",
}
"""Leaves this test does not render, and where they are proved to reach the output."""
FACES = {"regular": "Regular", "bold": "Bold", "italic": "Italic", "bold_italic": "BoldItalic"}


def _leaves() -> list[tuple[str, Any]]:
    fields = list(options.fields())
    paths = {path for path, _ in fields}
    leaves = [(".".join(p), f) for p, f in fields if not any(q[: len(p)] == p and len(q) > len(p) for q in paths)]
    styles = [name for name, info in Styles.model_fields.items() if info.annotation is ParaStyle]
    styles.remove("Question")
    # Every field of one paragraph style (the partial writes each style's fields alike); of every other paragraph
    # style the size, which shows the style is used at all; every field of the list and running styles.
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


SUMMARY_END = "\n  - One.\n  - Two.\n\n  ---\n\n  After the break.\n"
"""A list and a thematic break, added to the summary so the list style and the break are drawn."""
CITE = "\n  - cite: walk\n"
"""A further reading item from the library (the two libraries written by `_libraries` name it differently)."""


def _topic(folder: Path) -> Path:
    """The example, with its summary's apostrophes typed straight, as the typographer would find them, a list and a
    thematic break at the summary's end, and an item cited from the course's library."""
    topic = folder / "great-purge.yaml"
    if not topic.exists():
        text = EXAMPLE.read_text(encoding="utf-8")
        start = text.index("summary:")
        end = text.index("\n", text.index("\nkey_figures:"))
        summary = text[start:end].replace("’", "'") + SUMMARY_END
        rest = text[end:].replace("\nfurther_reading:\n", "\nfurther_reading:" + CITE)
        topic.write_text(text[:start] + summary + rest, encoding="utf-8")
        _libraries(folder)
    return topic


def _libraries(folder: Path) -> None:
    """Two course libraries in which the cited item `walk` differs, for `bibliography`; the first is the default."""
    for name, title in (("walk-a.json", "Zzz the first"), ("walk-b.json", "Zzz the second")):
        item = {"id": "walk", "type": "book", "title": title, "issued": {"date-parts": [[2001]]}}
        (folder / name).write_text(json.dumps([item]), encoding="utf-8")


def _settings(data: dict[str, Any], folder: Path) -> dict[str, Any]:
    """`data` with the library (the walk's own when none is named) as a path in `folder`."""
    return {**data, "bibliography": str(folder / data.get("bibliography", "walk-a.json"))}


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
    """What outputs `names` show: each file's RML and the warnings, the calibration page, the Anki cards' style."""
    topic = _topic(cache.parent)
    settings = Settings.model_validate(_settings(json.loads(data), cache.parent))
    source = pipeline.read(topic, settings, cache)
    shown = []
    for name in names:
        if name == "calibration":
            entry = REGISTRY[name]
            shown.append(render.render(entry.template, entry.page(settings), None, settings.language))
        elif name == "anki":
            (package,) = REGISTRY[name].data(source, settings)
            shown.append(_anki_css(package))
        else:
            texts, warnings = pipeline.rml(name, source, settings, cache)
            shown += [*texts, *(str(warning) for warning in warnings)]
    return shown


def _anki_css(package: bytes) -> str:
    """The card style of the note type in an Anki package."""
    with tempfile.TemporaryDirectory() as scratch:
        with zipfile.ZipFile(io.BytesIO(package)) as archive:
            archive.extract("collection.anki2", scratch)
        with sqlite3.connect(Path(scratch) / "collection.anki2") as db:
            (models,) = db.execute("select models from col").fetchone()
    return "".join(model["css"] for model in json.loads(models).values())


def _built(data: dict[str, Any], folder: Path) -> list[str]:
    """The files `studyguide build` writes for the walk's topic with course.yaml `data`."""
    _libraries(folder)  # in the course folder, where a course's library must be
    course = folder / "course.yaml"
    course.write_text(yaml.safe_dump({"bibliography": "walk-a.json", **data}), encoding="utf-8")
    out = folder / "out"
    assert main(["build", str(_topic(folder.parent)), "--course", str(course), "-o", str(out)]) == 0
    return sorted(path.name for path in out.rglob("*") if path.is_file())


def _names(path: str) -> tuple[str, ...]:
    """The outputs a setting is looked for in."""
    if path.startswith("theme.styles."):
        return ("handout", "worksheet")
    if path.startswith("theme.calibration."):
        return ("calibration",)
    if path.startswith("theme.anki."):
        return ("anki",)
    return ("handout", "flashcards", "worksheet")


@pytest.mark.parametrize(("path", "info"), _leaves(), ids=[path for path, _ in _leaves()])
def test_every_setting_reaches_the_output(path: str, info: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    if path in ELSEWHERE:
        pytest.skip(ELSEWHERE[path])
    base = _base(path)
    changed = _put(copy.deepcopy(base), path, _other(path, info))
    cache = tmp_path_factory.getbasetemp() / "bibliography-cache"
    if path == "outputs":  # what is built, not how: compared by the files written
        before = _built(base, tmp_path_factory.mktemp("before"))
        after = _built(changed, tmp_path_factory.mktemp("after"))
        assert "worksheet.pdf" in before and "worksheet.pdf" not in after and "flashcards.tsv" in after
        return
    names = _names(path)
    before = _rendered(json.dumps(base), names, cache)
    after = _rendered(json.dumps(changed), names, cache)
    assert before != after, f"{path} changed nothing in {', '.join(names)}"


def test_a_card_that_needs_shrinking_warns_at_the_set_minimum(tmp_path_factory: pytest.TempPathFactory) -> None:
    """`cards.min_size` is the line a card's smallest text is measured against: the warning names the set size."""
    cache = tmp_path_factory.getbasetemp() / "bibliography-cache"
    _, *quiet = _rendered(json.dumps({"cards": {"min_size": 4}}), ("flashcards",), cache)
    _, *warned = _rendered(json.dumps({"cards": {"min_size": 12}}), ("flashcards",), cache)
    assert not quiet
    assert warned and all("below the 12 pt minimum" in text for text in warned), warned
