"""Render a template to RML with Jinja2, a course's templates first, then the built-in ones.

Templates are found the way MkDocs themes are: a course's `templates/` folder is
searched before the built-in templates, so a file there replaces the built-in
one of the same name; the built-in ones are also reachable as `builtin/NAME`, so
a course's `handout.rml.j2` can `{% extends "builtin/handout.rml.j2" %}` and
override only some blocks.

Every template runs in Jinja's ImmutableSandboxedEnvironment (a plain
Environment lets `{{ cycler.__init__.__globals__.os.popen('id').read() }}` run
a shell command) with StrictUndefined (a misspelt variable is an error, not an
empty string), and sees plain data only (see `data`): no model, class or
method of ours. Its globals are only `range` and `namespace`, and a
multiplication, addition or power that would build a huge value is refused, as is a
template that includes itself without end. Every rendering is bounded (see `bounds`):
its steps, the characters it writes, its time and its memory, so a hostile template
stops with a clean error at its line instead of hanging the build. Autoescape is on for
every template (select_autoescape would not match names like handout.rml.j2), so
content can never become markup; values that are already RML arrive as Markup.
"""

from __future__ import annotations

import os
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta
from jinja2.loaders import split_template_path

from generator import messages
from generator.content import markup
from generator.errors import Location, UserError
from generator.resources import builtin_templates
from generator.typesetting import bounds, compiled, files
from generator.typesetting.data import plain
from generator.typesetting.sandbox import Sandbox, numbers

BUILTIN = "builtin"
MAX_TEMPLATE = 1_000_000


class _CourseLoader(jinja2.FileSystemLoader):
    """A course's templates folder: a file there (symlinks followed) must stay inside the course folder.

    Jinja already refuses names with `..`; this refuses a symlink that leads
    out (to /etc/passwd, say), anything that is not a regular file (a FIFO
    would block the build), and files larger than MAX_TEMPLATE bytes. The text
    rendered is the very bytes checked (`files.read_inside`): the file is not
    opened again by its name after the check.
    """

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.course = folder.parent.resolve()

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Any]:
        path = Path(self.searchpath[0]).joinpath(*split_template_path(template))  # refuses `..`
        if not (path.is_symlink() or path.exists()):
            raise jinja2.TemplateNotFound(template)
        data, problem = files.read_inside(path, self.course, MAX_TEMPLATE)
        if data is None:
            raise UserError(f"this template {problem}; see docs/security.md", Location(path))
        filename = os.path.normpath(path)
        mtime = Path(filename).stat().st_mtime
        return data.decode(self.encoding), filename, lambda: _unchanged(filename, mtime)


def _unchanged(filename: str, mtime: float) -> bool:
    """Whether the template file still has the modification time it was read at (Jinja then keeps it)."""
    try:
        return Path(filename).stat().st_mtime == mtime
    except OSError:
        return False


def _number(value: float) -> str:
    """Coordinates for RML attributes: two decimals, no trailing zeros, stable across runs."""
    if isinstance(value, jinja2.Undefined):
        str(value)  # StrictUndefined raises UndefinedError, naming the variable
    if not numbers(value):
        raise TypeError(f"the pt filter takes a number, not {value!r}")
    return f"{value:.2f}".rstrip("0").rstrip(".")


@lru_cache(maxsize=16)
def environment(course_templates: Path | None = None) -> jinja2.Environment:
    """One environment per course template folder (None: the built-in templates only)."""
    builtin = jinja2.FileSystemLoader(builtin_templates())
    loaders: list[jinja2.BaseLoader] = [_CourseLoader(course_templates)] if course_templates else []
    env = Sandbox(
        loader=jinja2.ChoiceLoader([*loaders, builtin, jinja2.PrefixLoader({BUILTIN: builtin})]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["pt"] = _number
    env.filters["tie"] = markup.tie  # titles and headings: no one-word last line
    env.globals = {"range": env.globals["range"], "namespace": env.globals["namespace"]}
    compiled.use_bytecode_cache(env)
    return env


def render(name: str, context: dict[str, Any], course_templates: Path | None = None, language: str = "en") -> str:
    """The RML text of template `name` with `context`; its fixed words in `language`, through `_("...")`."""
    env = environment(course_templates)
    words = {"_": partial(messages.gettext, language), "language": language}
    template: jinja2.Template | None = None
    try:
        template = env.get_template(name)
        with bounds.rendering() as budget:
            written = []
            for piece in template.generate({**plain(context), **words}):
                budget.wrote(len(piece))
                written.append(piece)
            return "".join(written)
    except (bounds.LimitExceeded, MemoryError) as error:
        # Raised inside the template, it is located at its line; else (its text written, not a value) at the file.
        where = _template_location(error, template.filename if template and template.filename else name)
        reason = "the template needs more memory than there is" if isinstance(error, MemoryError) else str(error)
        raise UserError(f"template error: {reason}; see docs/security.md", where) from None
    except TEMPLATE_ERRORS as error:
        raise template_error(error, name) from None
    except Exception as error:
        # Arithmetic or a filter failing in a course's own template (`{{ 1/0 }}`, `{{ "x"|pt }}`) is the course's
        # mistake, at its line; failing in a built-in template only, it is a bug and keeps its traceback.
        where = _template_location(error, name)
        if course_templates and Path(where.file).is_relative_to(course_templates):
            raise UserError(f"template error: {error}", where) from None
        raise


TEMPLATE_ERRORS = (jinja2.TemplateError, UnicodeDecodeError, RecursionError, OverflowError)
"""What loading or running a (course's) template raises on a mistake in it (OverflowError: the sandbox's range())."""


def template_error(error: BaseException, name: str) -> UserError:
    """A template mistake as a UserError at the template file and line where Jinja found it."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        return UserError(f"template syntax error: {error.message}", Location(error.filename or name, error.lineno))
    if isinstance(error, jinja2.TemplateNotFound):
        return UserError(f"template not found: {error.message}", _template_location(error, name))
    if isinstance(error, UnicodeDecodeError):
        return UserError("a template is not UTF-8 text: save it as UTF-8", _template_location(error, name))
    if isinstance(error, RecursionError):
        return UserError("the template includes or extends itself, without end", _template_location(error, name))
    return UserError(f"template error: {error}", _template_location(error, name))


def _template_location(error: BaseException, name: str) -> Location:
    """The template file and line the error was raised from, found in its traceback."""
    tb = error.__traceback__
    where = Location(name)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            where = Location(filename, tb.tb_lineno)
        tb = tb.tb_next
    return where


def dependencies(name: str, course_templates: Path | None = None) -> list[Path]:
    """The files template `name` is rendered from: itself and everything it extends, includes or imports.

    A reference that is not a plain string (a variable) cannot be followed; then
    every file of the course's templates counts, to be safe. A template that
    reaches itself again is refused here, before it would recurse at render time.
    """
    env = environment(course_templates)
    seen: dict[str, Path] = {}
    pending: list[tuple[str, tuple[str, ...]]] = [(name, ())]
    while pending:
        current, via = pending.pop()
        if current in via:
            chain = " → ".join((*via[via.index(current) :], current))
            raise UserError(f"templates include or extend each other in a circle: {chain}", Location(seen[current]))
        if current in seen:
            continue
        try:
            _, filename, _ = _loader(env).get_source(env, current)
        except jinja2.TemplateNotFound:
            where = _naming(seen[via[-1]], current) if via else Location(name)
            raise UserError(f"template not found: {current}", where) from None
        except UnicodeDecodeError as error:  # only a course's own file can be other than UTF-8
            path = course_templates / current if course_templates else Path(current)
            raise _not_utf8(path, error) from None
        path = Path(filename or current)
        referenced = _references(course_templates, path, path.stat().st_mtime_ns)
        seen[current] = path
        if None in referenced:
            extra = sorted(course_templates.rglob("*")) if course_templates else []
            return sorted({*seen.values(), *(p for p in extra if p.is_file())})
        pending += [(other, (*via, current)) for other in referenced if other]
    return sorted(set(seen.values()))


def _not_utf8(path: Path, error: UnicodeDecodeError) -> UserError:
    line = error.object[: error.start].count(b"\n") + 1
    return UserError(
        f"not UTF-8 text (byte 0x{error.object[error.start]:02x}): save the template as UTF-8", Location(path, line)
    )


def _naming(path: Path, name: str) -> Location:
    """The line of template `path` that names template `name` (to blame a missing include where it is written)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if f'"{name}"' in line or f"'{name}'" in line:
            return Location(path, number)
    return Location(path)


@lru_cache(maxsize=64)
def _references(course_templates: Path | None, path: Path, mtime_ns: int) -> tuple[str | None, ...]:
    """The templates a template file names, parsed again only when the file changes (a watch asks often)."""
    env = environment(course_templates)
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise _not_utf8(path, error) from None

    def parse(text: str) -> compiled.References:
        return tuple(meta.find_referenced_templates(env.parse(text, filename=str(path))))

    try:
        return compiled.references(source, parse)
    except jinja2.TemplateSyntaxError as error:
        raise UserError(f"template syntax error: {error.message}", Location(path, error.lineno)) from None


def _loader(env: jinja2.Environment) -> jinja2.BaseLoader:
    """The environment's loader (every environment here has one)."""
    assert env.loader is not None
    return env.loader


def blocks(name: str) -> list[str]:
    """The named blocks of a built-in template, for `studyguide templates list`."""
    env = environment(None)
    source, _, _ = _loader(env).get_source(env, name)
    return [node.name for node in env.parse(source).find_all(jinja2.nodes.Block)]


def builtin_names() -> list[str]:
    root = builtin_templates()
    return sorted(str(path.relative_to(root)) for path in root.rglob("*.j2"))
