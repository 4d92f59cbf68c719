"""The settings of a build: defaults ← the course's course.yaml ← the command line, merged and checked.

A topic file uses the course.yaml beside it, or the one named with --course.
The merge and the validation of values are `settings.merge`'s; this module adds
what needs the layers above settings: files are resolved (course.yaml's relative
to the course folder and kept inside it, since templates may only read files
from there and from the bundled fonts; the command line's relative to the
current folder) and their content checked (fonts, logo), placeholders and the
card stock checked. Every error names the line of course.yaml or the option.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.content import loader
from generator.content.kinds import COURSE_FILE
from generator.content.loader import Loaded
from generator.errors import UserError, UserErrors
from generator.outputs import stock
from generator.settings import File, Settings
from generator.settings.merge import from_command_line, located, settings
from generator.typesetting import running

Loc = tuple[str | int, ...]


def find_course(topic: Path) -> Path | None:
    """The course.yaml in the topic's folder, if there is one."""
    candidate = topic.parent / COURSE_FILE
    return candidate if candidate.is_file() else None


def _files(model: BaseModel, where: Loc = ()) -> Iterator[tuple[Loc, File, str]]:
    """Every setting that names a file, with its place and its marker."""
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        marker = next((m for m in info.metadata if isinstance(m, File)), None)
        if marker and isinstance(value, str) and value not in marker.names:
            yield (*where, name), marker, value
        elif marker and isinstance(value, tuple):  # a list of files (fallback fonts)
            for index, item in enumerate(value):
                yield (*where, name, index), marker, item
        elif isinstance(value, BaseModel):
            yield from _files(value, (*where, name))


def _problem(path: Path, marker: File, inside: Path | None) -> str | None:
    """What is wrong with the file a setting names, or None."""
    if inside and not path.is_relative_to(inside):
        return "must be inside the course folder"
    if not path.is_file():
        return f"file not found: {path}"
    if marker.kinds and path.suffix.lower() not in marker.kinds:
        return f"must be a {', '.join(marker.kinds)} file"
    # Each check's library is imported only when a course names such a file (ReportLab's graphics cost 0.1 s).
    if marker.check == "logo":
        from generator.typesetting.logo import readable

        return readable(str(path))
    if marker.check == "style":
        from generator.outputs import citation_style

        citation_style.checked(path)  # a problem is the style file's, reported at its own line
    if marker.check == "font":
        from generator.typesetting.fonts import parsed

        try:
            parsed(str(path), str(path))
        except UserError as error:
            return error.message
    return None


def _with(model: BaseModel, loc: Loc, value: Any) -> Any:
    """A copy of `model` with the value at `loc` replaced (the models are frozen; a list of files is a tuple)."""
    if isinstance(model, tuple):
        index = int(loc[0])
        return (*model[:index], value, *model[index + 1 :])
    name = str(loc[0])
    inner = value if len(loc) == 1 else _with(getattr(model, name), loc[1:], value)
    return model.model_copy(update={name: inner})


def _resolved(chosen: Settings, course: Loaded | None, given: dict[str, Any]) -> Settings:
    """The settings with every file resolved to an absolute path and checked."""
    root = course.path.parent.resolve() if course else None
    errors = []
    for loc, marker, value in list(_files(chosen)):
        typed = from_command_line(loc, given) or root is None
        path = ((Path.cwd() if typed or root is None else root) / value).resolve()
        problem = _problem(path, marker, None if typed else root)
        if problem:
            errors.append(located(problem, loc, course, given))
        chosen = _with(chosen, loc, str(path))
    if errors:
        raise UserErrors(errors)
    return chosen


def _checked(chosen: Settings, course: Loaded | None, given: dict[str, Any]) -> None:
    """What the model cannot check alone: header and footer placeholders, and the card stock."""
    errors = []
    for key in ("header", "footer", "footer_right"):
        for name in running.unknown(getattr(chosen.theme, key) or ""):
            close = difflib.get_close_matches(name, running.NAMES, n=1, cutoff=0.75)
            names = ", ".join("{" + n + "}" for n in running.NAMES)
            hint = f"did you mean {{{close[0]}}}?" if close else f"use one of: {names}"
            errors.append(located(f"unknown placeholder {{{name}}}; {hint}", ("theme", key), course, given))
    try:
        stock.chosen(chosen)
    except UserError as error:
        errors.append(located(error.message, ("cards", "stock"), course, given))
    if errors:
        raise UserErrors(errors)


def configure(course_path: Path | None, given: dict[str, Any] | None = None) -> Settings:
    """The settings for a build: defaults, then the course's (if any), then what the command line `given`."""
    given = given or {}
    course = loader.load(course_path) if course_path else None
    chosen = settings(course, given, course_path.parent.resolve() if course_path else None)
    _checked(chosen, course, given)
    resolved = _resolved(chosen, course, given)
    if resolved.theme.logo and not resolved.theme.logo_alt:  # asked once the logo itself is known to be usable
        message = "needs logo_alt too: what the logo shows, in words, for readers who cannot see it"
        raise located(message, ("theme", "logo"), course, given)
    return resolved
