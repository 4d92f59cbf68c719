"""Render a template to RML with Jinja2.

Autoescape is on for every template (select_autoescape would not match names
like handout.rml.j2), so content can never become markup; values that are
already RML arrive as Markup. StrictUndefined makes a misspelt variable an error
instead of an empty string.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from .errors import Location, UserError
from .resources import builtin_templates


def _number(value: float) -> str:
    """Coordinates for RML attributes: two decimals, no trailing zeros, stable across runs."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


@lru_cache(maxsize=8)
def environment(search_path: tuple[Path, ...] = ()) -> jinja2.Environment:
    """One environment per search path: the given folders first, then the built-in templates."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([*search_path, builtin_templates()]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["pt"] = _number
    return env


def render(name: str, context: dict[str, Any], search_path: tuple[Path, ...] = ()) -> str:
    """The RML text of template `name` with `context`."""
    env = environment(search_path)
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateSyntaxError as error:
        where = Location(error.filename or name, error.lineno)
        raise UserError(f"template syntax error: {error.message}", where) from None
    except jinja2.UndefinedError as error:
        raise UserError(f"template error: {error.message}", _template_location(error, name)) from None


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
