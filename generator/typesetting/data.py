"""Templates see data, not objects: the context is turned into plain, immutable values first.

A template is untrusted. Handed a live pydantic model it could call its
methods (`topic.parse_raw(..., proto="pickle")` unpickles attacker data) or
reach a type through it (`topic.model_fields.title.annotation.format(...)`, an
unbound str.format the sandbox does not see). So every value is copied into
strings (Markup stays Markup: it is RML already), numbers, booleans, None,
tuples and read-only mappings; a model or dataclass becomes the mapping of its
fields and public properties. Anything else is a bug in the code that built
the context, and raises.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from pathlib import PurePath
from types import MappingProxyType
from typing import Any

from markupsafe import Markup
from pydantic import BaseModel

PLAIN = (bool, int, float, type(None))


def plain(value: Any) -> Any:
    """`value` as plain immutable data (see the module's docstring)."""
    if isinstance(value, PLAIN):
        return value
    if isinstance(value, Markup):
        return Markup(str(value))
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, str | PurePath):
        return str(value)
    if isinstance(value, Mapping):
        return MappingProxyType({str(key): plain(item) for key, item in value.items()})
    if isinstance(value, list | tuple):
        return tuple(plain(item) for item in value)
    if isinstance(value, set | frozenset):
        return tuple(plain(item) for item in sorted(value))
    if isinstance(value, BaseModel):
        return _record(value, list(type(value).model_fields))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _record(value, [field.name for field in dataclasses.fields(value)])
    raise TypeError(f"a template context may hold only plain data, not {type(value).__name__}")


def _record(value: object, names: list[str]) -> MappingProxyType:
    """A model's or dataclass's fields and public properties, by name."""
    properties = [
        name for klass in type(value).__mro__ if klass not in (BaseModel, object)
        for name, member in vars(klass).items() if isinstance(member, property) and not name.startswith("_")
    ]  # fmt: skip
    return MappingProxyType({name: plain(getattr(value, name)) for name in dict.fromkeys([*names, *properties])})
