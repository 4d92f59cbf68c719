"""Command-line options generated from the settings model, and what they said as settings-shaped data.

Every field marked with an `Option` becomes an option of the commands it names:
its help is the field's description and default, its choices the field's
literal values. What the options say is returned in the shape of course.yaml,
so one validation (`merge.settings`) checks both, with the same ranges.
"""

from __future__ import annotations

import argparse
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from generator.errors import UserError
from generator.settings.fields import Option, pair
from generator.settings.model import Settings

Path_ = tuple[str, ...]


@dataclass(frozen=True)
class Declared:
    """One option as declared: the settings path of its field, the marker, and the field."""

    path: Path_
    option: Option
    field: FieldInfo

    @property
    def dest(self) -> str:
        return ".".join(self.path)

    @property
    def paths(self) -> list[Path_]:
        """Every settings path this option sets (two for a pair like --grid)."""
        return [(*self.path[:-1], name) for name in self.option.into] or [self.path]


def _models(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    elif typing.get_origin(annotation) in (typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            yield from _models(arg)


def fields(model: type[BaseModel] = Settings, where: Path_ = ()) -> Iterator[tuple[Path_, FieldInfo]]:
    """Every field of the settings, nested ones too, with its path (`cards.stock.width`)."""
    for name, info in model.model_fields.items():
        yield (*where, name), info
        for inner in _models(info.annotation):
            yield from fields(inner, (*where, name))


@cache
def declared() -> tuple[Declared, ...]:
    """The options, in the order of the settings model."""
    found: list[Declared] = []
    for path, info in fields():
        found += [Declared(path, marker, info) for marker in info.metadata if isinstance(marker, Option)]
    return tuple(found)


def _help(item: Declared) -> str:
    text = (item.field.description or "").rstrip(".")
    default = None if item.field.is_required() else item.field.get_default(call_default_factory=True)
    if default not in (None, False) and "default" not in text:
        shown = (
            ",".join(f"{part:g}" for part in default)
            if isinstance(default, tuple)
            else f"{default:g}"
            if isinstance(default, float)
            else default
        )
        text += f" (default: {shown})"
    return text.replace("%", "%%")


def add_options(parser: argparse.ArgumentParser, command: str) -> None:
    """Add the options of `command`; an option not given is absent from the parsed namespace."""
    groups: dict[str, Any] = {}
    for item in declared():
        if command not in item.option.commands:
            continue
        title = "custom card stock" if "stock" in item.path[:-1] else item.path[0] if len(item.path) > 1 else None
        group = groups.setdefault(title or "", parser.add_argument_group(title) if title else parser)
        keywords: dict[str, Any] = {"dest": item.dest, "default": argparse.SUPPRESS, "help": _help(item)}
        annotation = item.field.annotation
        if annotation is bool:
            keywords["action"] = "store_true"
        else:
            keywords["metavar"] = item.option.metavar
            if typing.get_origin(annotation) is Literal:
                keywords["choices"] = typing.get_args(annotation)
                keywords.pop("metavar")
        group.add_argument(item.option.flag, **keywords)


def flag(loc: tuple[str | int, ...]) -> str | None:
    """The option that sets the setting at `loc` (or the nearest setting holding it)."""
    by_path = {path: item.option.flag for item in declared() for path in item.paths}
    probe = tuple(str(part) for part in loc)
    while probe:
        if probe in by_path:
            return by_path[probe]
        probe = probe[:-1]
    return None


def _put(data: dict[str, Any], path: Path_, value: Any) -> None:
    for key in path[:-1]:
        data = data.setdefault(key, {})
    data[path[-1]] = value


def given(args: argparse.Namespace) -> dict[str, Any]:
    """What the command line's options said, in the shape of course.yaml (nothing for an option not given)."""
    said = vars(args)
    data: dict[str, Any] = {}
    chosen: dict[Path_, dict[str, Any]] = {}
    for item in declared():
        if item.dest not in said or said[item.dest] is None:
            continue
        value = said[item.dest]
        if item.option.into:
            try:
                value = pair(value)
            except ValueError as error:
                raise UserError(f"{item.option.flag}: {error}") from None
        for path, part in zip(item.paths, value if item.option.into else [value], strict=True):
            chooser = next((c for c in declared() if c.option.choose and c.path == path[:-1]), None)
            if chooser is None:
                _put(data, path, part)
                continue
            if said.get(chooser.dest) != chooser.option.choose:
                raise UserError(f"{item.option.flag} is for {chooser.option.flag} {chooser.option.choose}")
            chosen.setdefault(chooser.path, {})[path[-1]] = part
    for item in declared():
        if item.option.choose and said.get(item.dest) == item.option.choose:
            _put(data, item.path, chosen.get(item.path, {}))
    return data
