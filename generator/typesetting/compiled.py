"""Templates compiled and read once per user, not once per process (see `cache.user_folder`).

Jinja compiles every template it loads to Python, about 0.1 s for a handout's
templates, and the stamps parse each template again for the files it names.
Both results are kept in the per-user cache: the compiled code through Jinja's
own bytecode cache (keyed by the template's name and path, checked against its
source), in a folder named after the environment's options so code compiled
under other options is never used; the names a template refers to as data,
keyed by its source. A damaged or foreign entry is compiled or parsed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
from collections.abc import Callable

import jinja2
from jinja2.bccache import Bucket

from generator import cache

References = tuple[str | None, ...]
"""The templates a template names; None for a name that is not a plain string."""


class _Bytecode(jinja2.FileSystemBytecodeCache):
    """Jinja's file cache, for which a missing, truncated or unwritable entry only means compiling again."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError):
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):  # a full disk: the cache only saves time
            super().dump_bytecode(bucket)


def _options(env: jinja2.Environment) -> str:
    """A digest of everything in the environment that changes the code Jinja generates."""
    sandbox = sorted(getattr(env, "intercepted_binops", ())), sorted(getattr(env, "intercepted_unops", ()))
    syntax = (env.block_start_string, env.variable_start_string, env.comment_start_string, env.line_statement_prefix)
    layout = (env.trim_blocks, env.lstrip_blocks, env.keep_trailing_newline, env.newline_sequence)
    ours = getattr(env, "code_version", None), getattr(env.finalize, "__qualname__", None)  # what our sandbox adds
    options = (jinja2.__version__, type(env).__mro__[1].__qualname__, sandbox, syntax, layout, env.autoescape, ours)
    return hashlib.sha256(repr((*options, env.optimized, sorted(env.extensions))).encode()).hexdigest()[:16]


def use_bytecode_cache(env: jinja2.Environment) -> None:
    """Give `env` the per-user cache of compiled templates (nothing when the per-user cache is off)."""
    folder = cache.user_folder()
    if folder is None:
        return
    templates = folder / f"templates-{_options(env)}"
    try:
        templates.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return
    env.bytecode_cache = _Bytecode(str(templates), "%s.jinja")


def references(source: str, parse: Callable[[str], References]) -> References:
    """The names template `source` refers to: from the per-user cache, or `parse`d and stored there."""
    folder = cache.user_folder()
    key = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()
    path = folder / f"references-{key}.json" if folder else None
    found = cache.load(path, "template references") if path else None
    if isinstance(found, list) and all(name is None or isinstance(name, str) for name in found):
        return tuple(found)
    names = parse(source)
    if path:
        cache.store(path, "template references", list(names))
    return names
