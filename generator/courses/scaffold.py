"""Starting points: a new course folder or topic file, the built-in templates and their blocks.

The starting files are commented examples that build as they are, so a teacher
can change one thing at a time and see what it does.
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

from generator.courses import schema
from generator.courses.configure import COURSE_FILE
from generator.errors import Location, UserError
from generator.outputs import registry
from generator.resources import PACKAGE, builtin_templates
from generator.typesetting import render

STARTERS = PACKAGE / "scaffold"


def _refuse_existing(path: Path) -> None:
    if path.exists():
        raise UserError("already exists; studyguide will not overwrite it", Location(path))


def new(kind: str, path: Path) -> list[Path]:
    """Write a new course folder or a topic file.

    A course gets course.yaml, a first topic, templates/ and assets/, and the
    JSON Schemas its files point editors at. A path the system cannot write (a
    component that is a file, no permission) is reported at that path.
    """
    blocked = next((part for part in reversed(path.parents) if part.exists() and not part.is_dir()), None)
    if blocked is not None or (kind == "course" and path.exists() and not path.is_dir()):
        raise UserError(f"is a file, not a folder: cannot write {path} there", Location(blocked or path))
    try:
        return _new(kind, path)
    except OSError as error:
        where = Path(error.filename) if error.filename else path
        raise UserError(f"cannot write here: {error.strerror}", Location(where)) from None


def _new(kind: str, path: Path) -> list[Path]:
    if kind == "topic":
        _refuse_existing(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(STARTERS / "topic.yaml", path)
        return [path]
    written = [path / COURSE_FILE, path / "first-topic.yaml"]
    for target in written:
        _refuse_existing(target)
    for folder in ("templates", "assets"):
        (path / folder).mkdir(parents=True, exist_ok=True)
    for target, starter, kind in ((written[0], "course.yaml", "course"), (written[1], "topic.yaml", "topic")):
        line = f"# yaml-language-server: $schema=schemas/{kind}.schema.json\n"
        target.write_text(line + (STARTERS / starter).read_text(encoding="utf-8"), encoding="utf-8")
    return [*written, *schema.write(path / "schemas")]


def template_list() -> str:
    """Each built-in template with the blocks a course template can override."""
    lines = []
    for name in render.builtin_names():
        names = render.blocks(name)
        makes = ", ".join(registry.for_template(name))
        blocks = f"blocks: {', '.join(names)}" if names else "no blocks: replace the whole file"
        lines.append(f"{name:32} {f'makes {makes}; ' if makes else '(a partial) '}{blocks}")
    lines.append('\nOverride blocks with {% extends "builtin/NAME" %} in COURSE/templates/NAME, or copy a whole')
    lines.append("template to edit it: studyguide templates eject NAME --course COURSE")
    return "\n".join(lines)


def eject(name: str, course: Path) -> Path:
    """Copy built-in template `name` into the course's templates folder, to edit."""
    source = builtin_templates() / name
    if name not in render.builtin_names():
        close = difflib.get_close_matches(name, render.builtin_names(), n=1, cutoff=0.5)
        hint = f"did you mean {close[0]!r}?" if close else "see `studyguide templates list`"
        raise UserError(f"no built-in template {name!r}; {hint}")
    if not course.is_dir():
        raise UserError("not a course folder", Location(course))
    target = course / "templates" / name
    _refuse_existing(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target
