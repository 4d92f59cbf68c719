"""The Jinja sandbox every template runs in, with the limits of `bounds` built in.

Jinja's ImmutableSandboxedEnvironment keeps a template from reaching Python; this
subclass also keeps it from exhausting the machine: `*`, `+` and `**` that would
build a huge value are refused (LARGEST), as are format strings with huge widths
(`%`, `str.format`, the `format` filter); every call is charged to the rendering's
budget, and every loop and `~` is compiled to go through `bounds`' filters.
"""

from __future__ import annotations

from typing import Any

from jinja2 import nodes
from jinja2.runtime import LoopContext
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from generator.typesetting import bounds
from generator.typesetting.bounds import LARGEST


class Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with `*`, `+`, `**` and `%` checked and every loop, call and value charged to the
    rendering's budget (`bounds`), so a template cannot exhaust memory or time."""

    intercepted_binops = frozenset({"*", "+", "**", "%"})
    code_version = bounds.VERSION
    """Part of the compiled-template cache's key (`compiled`): code compiled without the bounds is not reused."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options, finalize=bounds.finalize)
        self.filters = {name: bounds.checked_filter(name, function) for name, function in self.filters.items()}
        self.filters[bounds.LOOP_FILTER] = bounds.bounded_loop
        self.filters[bounds.JOIN_FILTER] = bounds.bounded_join

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if not numbers(left, right):
            if operator == "*" and _size(left) * _size(right) > LARGEST:
                raise SecurityError(f"the template repeats a value more than {LARGEST:,} times")
            if operator == "+" and _size(left) + _size(right) > LARGEST:
                raise SecurityError(f"the template joins values into more than {LARGEST:,} items or characters")
        if operator == "%" and isinstance(left, str):  # "%2000000000s" % x
            bounds.check_format(left)
        if operator == "**" and numbers(left, right) and abs(right) > 64:
            raise SecurityError("the template raises a number to a power above 64")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Every call is a step; a recursive loop's `loop(children)` iterates its children through the bound too; a
        string's or list's method takes no huge whole number."""
        bounds.step(bounds.CALL)
        if isinstance(__obj, LoopContext) and args:
            args = (bounds.bounded_loop(args[0]), *args[1:])
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)  # str.format comes wrapped
        if isinstance(owner, str | list | tuple):  # "x".ljust(10**9)
            bounds.check_arguments((*args, *kwargs.values()))
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Any:
        """`"{:>2000000000}".format`: the sandbox's str.format, refused for a huge width or precision."""
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:
            bounds.check_format(value.__self__)
        return wrapped

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """The parsed template, its loops and joins bounded."""
        tree = bounds.bound(super()._parse(source, name, filename))
        tree.set_environment(self)
        return tree


def _size(value: Any) -> float:
    """How many items or characters `value` stands for in a repetition (a number: itself)."""
    if isinstance(value, str | tuple | list):
        return len(value)
    return abs(value) if numbers(value) else 0


def numbers(*values: Any) -> bool:
    """Whether all `values` are numbers (not booleans)."""
    return all(isinstance(value, int | float) and not isinstance(value, bool) for value in values)
