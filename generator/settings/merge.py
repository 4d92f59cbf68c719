"""One merge of defaults ← course.yaml ← command line, validated once, every error said where it was typed.

The command line's values arrive in the shape of course.yaml (`options.given`),
so the merge is a plain deep merge of two mappings and the defaults are the
model's. An error in a value the command line gave is named by its option
(`--min-size: ...`); any other is located at its line in course.yaml.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from generator.content import validate
from generator.content.loader import Loaded
from generator.errors import UserError, UserErrors, field_path
from generator.settings import options
from generator.settings.model import Settings

DEFAULTS = Path("(defaults)")


def merge(base: Any, over: Any) -> Any:
    """`over` on top of `base`: mappings key by key, anything else replaced whole."""
    if isinstance(base, dict) and isinstance(over, dict):
        return {**base, **{key: merge(base.get(key), value) for key, value in over.items()}}
    return over


def _chosen(given: dict[str, Any]) -> set[tuple[str, ...]]:
    """Paths where the command line chose a nested model whole (`--stock custom`): the course's is replaced."""
    found = set()
    for item in options.declared():
        node: Any = given
        for key in item.path:
            node = node.get(key) if isinstance(node, dict) else None
        if item.option.choose and isinstance(node, dict):
            found.add(item.path)
    return found


def _replace(data: dict[str, Any], paths: set[tuple[str, ...]]) -> dict[str, Any]:
    """`data` without the values at `paths`, so that the command line's take their place whole."""
    out = dict(data)
    for path in paths:
        node = out
        for key in path[:-1]:
            if not isinstance(node.get(key), dict):
                break
            node[key] = node = dict(node[key])
        else:
            node.pop(path[-1], None)
    return out


def _clean(loc: tuple[str | int, ...], data: Any) -> tuple[str | int, ...]:
    """`loc` without pydantic's union tags: every part that is not in the data, but the last."""
    kept: list[str | int] = []
    for index, part in enumerate(loc):
        found = (isinstance(data, dict) and part in data) or (isinstance(data, list) and isinstance(part, int))
        if found:
            data = data[part]
        if found or index == len(loc) - 1:
            kept.append(part)
    return tuple(kept)


def from_command_line(loc: tuple[str | int, ...], given: dict[str, Any]) -> bool:
    """Whether the setting at `loc` is one the command line gave (or inside a model it chose whole)."""
    node: Any = given
    for index, part in enumerate(loc):
        if not isinstance(node, dict):
            return True
        if part not in node:
            return tuple(str(p) for p in loc[:index]) in _chosen(given)
        node = node[part]
    return True


def located(message: str, loc: tuple[str | int, ...], course: Loaded | None, given: dict[str, Any]) -> UserError:
    """An error in the setting at `loc`: named by its option if the command line gave it, else at its line."""
    if from_command_line(loc, given) or course is None:
        return UserError(f"{options.flag(loc) or field_path(loc)}: {message}")
    return UserError(message, course.locate(loc), field_path(loc))


def settings(course: Loaded | None, given: dict[str, Any], root: Path | None = None) -> Settings:
    """Defaults ← course.yaml ← command line, validated once (raises UserErrors naming every problem)."""
    data = merge(_replace(course.data if course else {}, _chosen(given)), given)
    try:
        return Settings.model_validate(data, context={"root": root})
    except ValidationError as exc:
        errors = []
        for detail in exc.errors(include_url=False):
            detail["loc"] = loc = _clean(tuple(detail["loc"]), data)
            error = validate.problem(course or Loaded(DEFAULTS, data), Settings, detail)
            typed = course is None or from_command_line(loc, given)
            errors.append(located(error.message, loc, course, given) if typed else error)
        raise UserErrors(list({str(error): error for error in errors}.values())) from None  # a field of two models
