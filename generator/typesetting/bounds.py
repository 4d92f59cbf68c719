"""What one rendering of a template may cost: steps, output, memory and time, so a hostile template cannot hang a
build or exhaust the machine.

Jinja's sandbox stops a template from reaching Python, not from running long:
`{% for i in range(99999) %}{% for j in range(99999) %}…` is ten billion steps,
and a macro that calls itself twice doubles its work with every level. So every
rendering gets a `Budget` (see `rendering`) that the sandbox charges as it runs:

- a **step** for every loop iteration (each `{% for %}`'s iterable is wrapped by
  `LOOP_FILTER` when the template is compiled, recursive loops' too), every
  `{{ … }}` written, and `CALL` steps for every call (macros, methods, a recursive
  loop's `loop(…)`);
- the **characters** the template writes to its output;
- every `CHECK_EVERY` steps, the **time** since the rendering began and the
  process's **peak memory** (Unix) grown since then.

Values are kept from growing in one go as well: a `~` joining more than `LARGEST`
characters is refused (each `~` is compiled to `JOIN_FILTER`; render.py checks `*`
and `+`), and so is a filter or a method of a string or list given a whole number
above `LARGEST` (`"x"|center(10**9)`, `"x".ljust(10**9)`, `[1]|batch(10**9, 0)`), or a
format string with such a width (`"%2000000000s"|format(x)`, `"{:>2000000000}".format(x)`).

Past any limit the template is stopped with `LimitExceeded` (a sandbox security
error), which render.py reports at the template's file and line. The limits are
far above what the built-in templates need for the largest topic accepted.
"""

from __future__ import annotations

import contextlib
import functools
import re
import string
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from typing import Any

from jinja2 import nodes, pass_eval_context
from jinja2.nodes import EvalContext
from jinja2.runtime import markup_join, str_join
from jinja2.sandbox import SecurityError
from jinja2.utils import _PassArg
from jinja2.visitor import NodeTransformer
from markupsafe import soft_str

STEPS = 500_000
"""Steps in one rendering: loop iterations, values written, CALL per call (the largest topic accepted,
bench/largest.py, takes 44,500 for its flashcards, the most of its outputs; a step costs 1–10 µs)."""
CALL = 10
"""The steps a call costs: a macro call takes about ten times a loop iteration's time."""
CHARACTERS = 20_000_000
"""Characters of RML one rendering may write (the largest topic's flashcards are 640,000)."""
SECONDS = 15.0
"""Time one rendering may take."""
MEMORY = 256 << 20
"""Bytes the process's peak memory may grow by while a template renders (the largest topic's take a few MB)."""
CHECK_EVERY = 64
"""Steps between two looks at the clock and the memory (a look at the memory costs about 3 µs); no step makes more
than a few MB (see LARGEST), so the memory is seen before it grows far past MEMORY."""
LARGEST = 1_000_000
"""The most items or characters a `~`, `*` or `+` may make (sandbox.py), and the largest whole number a filter, a
string's or list's method or a format's width takes."""
LOOP_FILTER = "studyguide_bounded_loop"
"""The filter every `{% for %}` iterates through (a name no template needs to write)."""
JOIN_FILTER = "studyguide_bounded_join"
"""The filter every `~` is compiled to."""
SIZED = frozenset({"batch", "center", "format", "indent", "join", "replace", "slice", "truncate", "wordwrap"})
"""The built-in filters whose arguments or format can make a result far larger than their value."""
VERSION = 1
"""Changes when the code the sandbox compiles templates to changes, so cached compiled templates are not reused."""


class LimitExceeded(SecurityError):
    """A template went past one of the limits of its rendering."""


class Budget:
    """What one rendering has spent so far."""

    def __init__(self) -> None:
        self.steps = 0
        self.next_check = CHECK_EVERY
        self.characters = 0
        self.values = 0
        self.started = time.monotonic()
        self.memory = _peak_memory()

    def step(self, cost: int = 1) -> None:
        """`cost` more steps (a call costs CALL more)."""
        self.steps += cost
        if self.steps > STEPS:
            raise LimitExceeded(f"the template takes more than {STEPS:,} steps (loop iterations, calls, values)")
        if self.steps >= self.next_check:
            self.next_check = self.steps + CHECK_EVERY
            self._check_time_and_memory()

    def wrote(self, characters: int) -> None:
        """`characters` more of the rendering's output."""
        self.characters += characters
        if self.characters > CHARACTERS:
            raise LimitExceeded(f"the template writes more than {CHARACTERS:,} characters")

    def valued(self, characters: int) -> None:
        """A `{{ … }}` of `characters` (counted apart from the output: a macro's values are written again)."""
        self.step()
        self.values += characters
        if self.values > CHARACTERS:
            raise LimitExceeded(f"the template writes more than {CHARACTERS:,} characters")

    def _check_time_and_memory(self) -> None:
        if time.monotonic() - self.started > SECONDS:
            raise LimitExceeded(f"the template runs for longer than {SECONDS:g} seconds")
        peak = _peak_memory()
        if peak is not None and self.memory is not None and peak - self.memory > MEMORY:
            raise LimitExceeded(f"the template needs more than {MEMORY >> 20:,} MB of memory")


_budget: ContextVar[Budget | None] = ContextVar("studyguide_render_budget", default=None)


@contextlib.contextmanager
def rendering() -> Iterator[Budget]:
    """A fresh budget for the rendering run inside the `with` (in this thread or task only)."""
    budget = Budget()
    token = _budget.set(budget)
    try:
        yield budget
    finally:
        _budget.reset(token)


def step(cost: int = 1) -> None:
    """Charge `cost` steps to the current rendering (none outside `rendering`: nothing is counted)."""
    budget = _budget.get()
    if budget is not None:
        budget.step(cost)


def bounded_loop(iterable: Iterable[Any]) -> Iterator[Any]:
    """`iterable`, each item charged as a step (the filter every loop goes through)."""
    for item in iterable:
        step()
        yield item


def finalize(value: Any) -> Any:
    """Every `{{ … }}` a template writes passes here (Jinja's finalize): a step and its characters, counted here
    (also inside a macro or a `{% set %}` block, which are written later or never) where the error has the line."""
    budget = _budget.get()
    if budget is not None:
        budget.valued(len(value) if isinstance(value, str) else 0)
    return value


@pass_eval_context
def bounded_join(eval_ctx: EvalContext, parts: Iterable[Any]) -> str:
    """What `a ~ b ~ c` makes (escaped as Jinja's own `~` would), refused above LARGEST characters."""
    strings = [soft_str(part) for part in parts]
    if sum(len(string) for string in strings) > LARGEST:
        raise LimitExceeded(f"the template joins values into more than {LARGEST:,} characters")
    return markup_join(strings) if eval_ctx.autoescape else str_join(strings)


def check_arguments(arguments: Iterable[Any]) -> None:
    """Refuse a whole number above LARGEST among the arguments of a filter or of a string's or list's method."""
    for value in arguments:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > LARGEST:
            raise LimitExceeded(f"the template passes {value:,} to a filter or method (at most {LARGEST:,})")


PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\d*)(?:\.(\d*))?")
"""A printf-style conversion's width and precision (`%2000000000s`)."""


def check_format(template: str) -> None:
    """Refuse a format string (printf-style or str.format's) whose widths or precisions are above LARGEST."""
    numbers = [int(number) for match in PERCENT_SPEC.finditer(template) for number in match.groups() if number]
    with contextlib.suppress(ValueError):  # not a valid str.format template: str.format will say so
        for _, _, spec, _ in string.Formatter().parse(template):
            numbers += [int(number) for number in re.findall(r"\d+", spec or "")]
    check_arguments(numbers)


def checked_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """Filter `name` (`function`), its arguments after the value checked by `check_arguments` when it is one of
    SIZED, its format string by `check_format` when it is `format`, and its result's size estimated beforehand
    when it is `replace`."""
    if name not in SIZED:
        return function
    skip = 1 if _PassArg.from_obj(function) is None else 2  # the value, after the context Jinja passes first

    @functools.wraps(function)  # keeps Jinja's pass_context mark
    def filtered(*args: Any, **kwargs: Any) -> Any:
        value, rest = args[skip - 1], (*args[skip:], *kwargs.values())
        check_arguments(rest)
        if name == "format" and isinstance(value, str):
            check_format(value)
        if name == "replace" and len(rest) >= 2:
            old, new = (len(soft_str(part)) for part in rest[:2])
            if len(soft_str(value)) // max(1, old) * new > LARGEST:
                raise LimitExceeded(f"the template's replace would make more than {LARGEST:,} characters")
        return function(*args, **kwargs)

    return filtered


class _Bounds(NodeTransformer):
    """Every `{% for %}` iterates through LOOP_FILTER, every `~` is JOIN_FILTER."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Filter(node.iter, LOOP_FILTER, [], [], None, None, lineno=node.iter.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        parts = nodes.List(node.nodes, lineno=node.lineno)
        return nodes.Filter(parts, JOIN_FILTER, [], [], None, None, lineno=node.lineno)


def bound(tree: nodes.Template) -> nodes.Template:
    """The parsed template with its loops and joins bounded (see `_Bounds`)."""
    result = _Bounds().visit(tree)
    assert isinstance(result, nodes.Template)
    return result


def _peak_memory() -> int | None:
    """The process's peak resident memory in bytes, where the system says (not on Windows)."""
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, kilobytes elsewhere
